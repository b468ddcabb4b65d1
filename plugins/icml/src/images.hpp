// The pictures the stories place: read through the host, sized from their headers, written beside the
// stories under images/ and linked by a relative file: URI.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "galley/model.hpp"
#include "galley/plugin.hpp"

namespace galley::icml {

// What a picture's header says: its format and pixel size, and its resolution when it records one.
struct PictureInfo {
    std::string format;  // "png", "jpeg", "gif", "" when not one of these
    long width = 0, height = 0;            // pixels; 0 when unknown
    double ppi_x = 0, ppi_y = 0;           // pixels per inch; 0 when the file does not say
};
PictureInfo read_picture_info(std::string_view bytes);

struct Picture {
    std::string href;    // as the edition gives it
    std::string entry;   // "images/clinic.png", written beside the stories
    std::string uri;     // "file:images/clinic.png", percent-encoded
    std::string bytes;
    PictureInfo info;
    double natural_width = 0, natural_height = 0;  // points: pixels at the picture's resolution (else 72 ppi)
    double width = 0, height = 0;                  // points, as placed
};

struct PictureShelf {
    std::vector<Picture> pictures;
    std::map<std::string, std::size_t> by_href;
    const Picture* find(const std::string& href) const {
        auto it = by_href.find(href);
        return it == by_href.end() ? nullptr : &pictures[it->second];
    }
};

// Reads every picture the articles refer to (once per href). A picture that cannot be read is an error
// naming the article and the href; one whose size cannot be read is placed in a square frame with a
// warning. `image_width` > 0 scales every picture to that width in points. Returns false after reporting
// every unreadable file.
bool load_pictures(const std::vector<const Article*>& articles, long image_width, plugin::Output& out,
                   PictureShelf& shelf);

// "images/a b.png" → "file:images/a%20b.png": RFC 3986 path characters kept, everything else (non-ASCII
// UTF-8 bytes too) percent-encoded.
std::string file_uri(std::string_view relative_path);

// Points as ICML writes them: at most three decimals, no trailing zeros, no locale ("160", "72.5").
std::string points(double value);

}  // namespace galley::icml
