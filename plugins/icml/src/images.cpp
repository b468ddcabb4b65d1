#include "images.hpp"

#include <charconv>
#include <cmath>
#include <set>

#include "galley/picture_type.hpp"

namespace galley::icml {
namespace {

unsigned long be(std::string_view b, std::size_t at, int n) {
    unsigned long v = 0;
    for (int i = 0; i < n; ++i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}
unsigned long le16(std::string_view b, std::size_t at) {
    return static_cast<unsigned char>(b[at]) | (static_cast<unsigned long>(static_cast<unsigned char>(b[at + 1])) << 8);
}

void read_png(std::string_view b, PictureInfo& info) {
    info.format = "png";
    // IHDR is the first chunk; pHYs (pixels per unit, unit 1 = metre) may follow before IDAT.
    if (b.size() >= 24 && b.substr(12, 4) == "IHDR") {
        info.width = static_cast<long>(be(b, 16, 4));
        info.height = static_cast<long>(be(b, 20, 4));
    }
    for (std::size_t at = 8; at + 8 <= b.size();) {
        unsigned long length = be(b, at, 4);
        std::string_view type = b.substr(at + 4, 4);
        if (type == "IDAT" || type == "IEND" || length > b.size() - at - 8) break;
        if (type == "pHYs" && length == 9 && b[at + 16] == 1) {
            info.ppi_x = static_cast<double>(be(b, at + 8, 4)) * 0.0254;
            info.ppi_y = static_cast<double>(be(b, at + 12, 4)) * 0.0254;
        }
        at += 12 + length;
    }
}

void read_jpeg(std::string_view b, PictureInfo& info) {
    info.format = "jpeg";
    for (std::size_t at = 2; at + 4 <= b.size();) {
        if (static_cast<unsigned char>(b[at]) != 0xFF) return;
        auto marker = static_cast<unsigned char>(b[at + 1]);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            at += 2;
            continue;
        }
        std::size_t length = be(b, at + 2, 2);
        if (length < 2 || at + 2 + length > b.size()) return;
        std::string_view segment = b.substr(at + 4, length - 2);
        // APP0 JFIF: density units 1 = per inch, 2 = per centimetre.
        if (marker == 0xE0 && segment.size() >= 12 && segment.substr(0, 5) == std::string_view("JFIF\0", 5)) {
            auto units = static_cast<unsigned char>(segment[7]);
            double x = static_cast<double>(be(segment, 8, 2)), y = static_cast<double>(be(segment, 10, 2));
            if (units == 1 || units == 2) {
                info.ppi_x = units == 1 ? x : x * 2.54;
                info.ppi_y = units == 1 ? y : y * 2.54;
            }
        }
        // Start of frame (any coding but DHT, JPG and DAC): precision, height, width.
        bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof && segment.size() >= 5) {
            info.height = static_cast<long>(be(segment, 1, 2));
            info.width = static_cast<long>(be(segment, 3, 2));
            return;
        }
        if (marker == 0xDA) return;  // start of scan without a frame header: give up
        at += 2 + length;
    }
}

// A file name for the images/ folder: the href's last segment, without characters that misbehave in a
// file name on some desk's file system (separators, controls, a leading dot).
std::string file_name_of(const std::string& href) {
    std::string name = href.substr(href.find_last_of("/\\") == std::string::npos ? 0 : href.find_last_of("/\\") + 1);
    std::string out;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        bool bad = u < 0x20 || u == 0x7F || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' ||
                   c == '|';
        out.push_back(bad ? '_' : c);
    }
    while (!out.empty() && out.front() == '.') out.erase(out.begin());
    return out.empty() ? "picture" : out;
}

// "clinic.png" taken by another picture → "clinic-2.png".
std::string unique_name(const std::string& name, std::set<std::string>& taken) {
    if (taken.insert(name).second) return name;
    std::size_t dot = name.rfind('.');
    std::string stem = dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
    std::string ext = dot == std::string::npos || dot == 0 ? "" : name.substr(dot);
    for (int n = 2;; ++n) {
        std::string candidate = stem + "-" + std::to_string(n) + ext;
        if (taken.insert(candidate).second) return candidate;
    }
}

}  // namespace

PictureInfo read_picture_info(std::string_view b) {
    PictureInfo info;
    std::string type = sniff_picture(b);
    if (type == "image/png") {
        read_png(b, info);
    } else if (type == "image/jpeg") {
        read_jpeg(b, info);
    } else if (type == "image/gif" && b.size() >= 10) {  // the logical screen's size follows the signature
        info.format = "gif";
        info.width = static_cast<long>(le16(b, 6));
        info.height = static_cast<long>(le16(b, 8));
    }
    return info;
}

std::string file_uri(std::string_view relative_path) {
    static const char* hex = "0123456789ABCDEF";
    std::string out = "file:";
    for (char c : relative_path) {
        auto u = static_cast<unsigned char>(c);
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '.' || c == '_' || c == '~' || c == '/';
        if (keep) {
            out.push_back(c);
        } else {
            out.push_back('%');
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        }
    }
    return out;
}

std::string points(double value) {
    double rounded = std::round(value * 1000) / 1000;
    if (rounded == 0) rounded = 0;  // no "-0"
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, rounded, std::chars_format::fixed, 3);
    std::string s(buf, ec == std::errc() ? end : buf);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    return s;
}

bool load_pictures(const std::vector<const Article*>& articles, long image_width, plugin::Output& out,
                   PictureShelf& shelf) {
    bool ok = true;
    std::set<std::string> taken;
    for (const Article* a : articles)
        for (const Block& b : a->body) {
            if (b.type != BlockType::image || b.image.href.empty() || shelf.by_href.count(b.image.href)) continue;
            const std::string& href = b.image.href;
            auto bytes = out.resource(href);
            if (!bytes) {
                out.error(a->id, "cannot read the picture " + href + " (not found next to the edition, or unreadable)");
                ok = false;
                shelf.by_href[href] = shelf.pictures.size();  // reported once
                shelf.pictures.emplace_back();
                continue;
            }
            Picture p;
            p.href = href;
            p.bytes = std::string(*bytes);
            p.info = read_picture_info(p.bytes);
            p.entry = "images/" + unique_name(file_name_of(href), taken);
            p.uri = file_uri(p.entry);
            if (p.info.width > 0 && p.info.height > 0) {
                // InDesign places a picture at its own resolution; 72 ppi when it records none.
                double rx = p.info.ppi_x > 1 ? p.info.ppi_x : 72, ry = p.info.ppi_y > 1 ? p.info.ppi_y : 72;
                p.natural_width = static_cast<double>(p.info.width) * 72 / rx;
                p.natural_height = static_cast<double>(p.info.height) * 72 / ry;
            } else {
                out.warning(a->id, "the picture " + href +
                                       " is no PNG, JPEG or GIF whose size galley can read: it is placed in a "
                                       "144 pt square frame (fit it in InDesign)");
                p.natural_width = p.natural_height = 144;
            }
            double scale = image_width > 0 ? static_cast<double>(image_width) / p.natural_width : 1;
            p.width = p.natural_width * scale;
            p.height = p.natural_height * scale;
            shelf.by_href[href] = shelf.pictures.size();
            shelf.pictures.push_back(std::move(p));
        }
    return ok;
}

}  // namespace galley::icml
