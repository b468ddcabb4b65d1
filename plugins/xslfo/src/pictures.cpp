#include "pictures.hpp"

#include "galley/picture_type.hpp"
#include "galley/svg_check.hpp"

namespace galley::xslfo {
namespace {

// Article ids become file names: letters, digits, '-' and '_' kept, anything else '_'.
std::string safe_name(std::string_view id) {
    std::string out;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        out += ok ? c : '_';
    }
    return out.empty() ? "article" : out;
}

}  // namespace

std::string base64(std::string_view bytes) {
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8 |
                     static_cast<unsigned char>(bytes[i + 2]);
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    if (i < bytes.size()) {
        unsigned v = static_cast<unsigned char>(bytes[i]) << 16;
        if (i + 1 < bytes.size()) v |= static_cast<unsigned char>(bytes[i + 1]) << 8;
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += i + 1 < bytes.size() ? alphabet[(v >> 6) & 63] : '=';
        out += '=';
    }
    return out;
}

std::string data_uri(const Picture& picture) { return "data:" + picture.media_type + ";base64," + base64(picture.bytes); }

bool load_pictures(const std::vector<PrintPage>& pages, plugin::Output& out, Pictures& pictures) {
    bool ok = true;
    for (const PrintPage& page : pages)
        for (const Article* a : page.articles) {
            int n = 0;
            for (std::size_t i = 0; i < a->body.size(); ++i) {
                const Image& image = a->body[i].image;
                if (a->body[i].type != BlockType::image || image.href.empty()) continue;
                ++n;
                auto bytes = out.resource(image.href);
                if (!bytes) {
                    out.error(a->id, "cannot read the picture " + image.href + " (not found next to the edition, or unreadable)");
                    ok = false;
                    continue;
                }
                Picture p;
                p.media_type = sniff_picture(*bytes);
                if (p.media_type.empty()) {
                    out.error(a->id, "the picture " + image.href + " is no PNG, JPEG, GIF or SVG file");
                    ok = false;
                    continue;
                }
                if (!image.media_type.empty() && image.media_type != p.media_type)
                    out.warning(a->id, "the picture " + image.href + " is " + p.media_type + ", not " + image.media_type +
                                           " as the edition says");
                p.file = safe_name(a->id) + "-" + std::to_string(n) + "." + picture_extension(p.media_type);
                p.bytes = std::string(*bytes);
                if (p.media_type == "image/svg+xml") {
                    // FOP (Batik) would fetch what an SVG refers to, and the DTD its DOCTYPE names.
                    if (std::string why = svg::check(p.bytes); !why.empty()) {
                        out.error(a->id, "the picture " + image.href + " " + why + "; galley passes on self-contained pictures only");
                        ok = false;
                        continue;
                    }
                    p.bytes = svg::without_doctype(p.bytes);
                }
                pictures[{a, i}] = std::move(p);
            }
        }
    return ok;
}

}  // namespace galley::xslfo
