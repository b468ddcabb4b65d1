#include "images.hpp"

#include "galley/svg_check.hpp"

namespace galley::epub {

std::string sniff_image(std::string_view b) {
    if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return "image/png";
    if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF") return "image/jpeg";
    if (b.size() >= 6 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a")) return "image/gif";
    // SVG is text: an XML document (maybe after a BOM, a declaration or comments) whose root is <svg>.
    std::string_view head = b.substr(0, 4096);
    std::size_t start = head.find_first_not_of(" \t\r\n");
    if (head.substr(0, 3) == "\xEF\xBB\xBF") start = head.find_first_not_of(" \t\r\n", 3);
    if (start != std::string_view::npos && head[start] == '<' && head.find("<svg") != std::string_view::npos)
        return "image/svg+xml";
    return "";
}

std::string extension_for(std::string_view media_type) {
    if (media_type == "image/png") return "png";
    if (media_type == "image/jpeg") return "jpg";
    if (media_type == "image/gif") return "gif";
    if (media_type == "image/svg+xml") return "svg";
    return "bin";
}

bool load_assets(Book& book, plugin::Output& out) {
    bool ok = true;
    for (Asset& a : book.assets) {
        if (a.href.empty()) continue;  // galley's own drawing
        // Messages name the article through its id (galley prints its source line); the cover has none.
        std::string what = a.cover ? "the cover picture " + a.href : "the picture " + a.href;
        auto bytes = out.resource(a.href);
        if (!bytes) {
            out.error(a.article_id, "cannot read " + what + " (not found next to the edition, or unreadable)");
            ok = false;
            continue;
        }
        a.media_type = sniff_image(*bytes);
        if (a.media_type.empty()) {
            out.error(a.article_id, what + " is no PNG, JPEG, GIF or SVG file, the picture types every EPUB reader shows");
            ok = false;
            continue;
        }
        // The bytes decide: a reader trusts the manifest's media type, and a wrong one hides the picture.
        const std::string& declared = a.declared_type;
        if (!declared.empty() && declared != a.media_type && !(declared == "image/jpg" && a.media_type == "image/jpeg"))
            out.warning(a.article_id, "the picture " + a.href + " is " + a.media_type + ", not " + declared +
                                          " as the edition says; the book says " + a.media_type);
        // A reading system would fetch what an SVG refers to (and run its scripts): the book holds
        // self-contained pictures only.
        if (a.media_type == "image/svg+xml")
            if (std::string why = svg::check(*bytes); !why.empty()) {
                out.error(a.article_id, what + " " + why + "; galley passes on self-contained pictures only");
                ok = false;
                continue;
            }
        a.bytes = std::string(*bytes);
        a.file = "images/" + a.stem + "." + extension_for(a.media_type);
    }
    return ok;
}

}  // namespace galley::epub
