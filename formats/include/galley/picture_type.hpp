// What a picture is, from its bytes: readers trust the media type a document declares, and a wrong one hides
// the picture, so exporters type pictures by their content, never by the file name or the edition's word.
#pragma once

#include <string>
#include <string_view>

namespace galley {

// "image/png", "image/jpeg", "image/gif" or "image/svg+xml" (the picture types every exporter passes on:
// EPUB 3's core image types, and what FOP reads without extra packages); "" for anything else.
inline std::string sniff_picture(std::string_view b) {
    if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1a\n", 8)) return "image/png";
    if (b.size() >= 3 && b.substr(0, 3) == "\xFF\xD8\xFF") return "image/jpeg";
    if (b.size() >= 6 && (b.substr(0, 6) == "GIF87a" || b.substr(0, 6) == "GIF89a")) return "image/gif";
    // SVG is text: an XML document (maybe after a BOM, a declaration or comments) with an <svg> element.
    std::string_view head = b.substr(0, 4096);
    std::size_t start = head.substr(0, 3) == "\xEF\xBB\xBF" ? head.find_first_not_of(" \t\r\n", 3)
                                                            : head.find_first_not_of(" \t\r\n");
    if (start != std::string_view::npos && head[start] == '<' && head.find("<svg") != std::string_view::npos)
        return "image/svg+xml";
    return "";
}

// The file extension for a sniffed type: "png", "jpg", "gif", "svg"; "bin" for anything else.
inline std::string picture_extension(std::string_view media_type) {
    if (media_type == "image/png") return "png";
    if (media_type == "image/jpeg") return "jpg";
    if (media_type == "image/gif") return "gif";
    if (media_type == "image/svg+xml") return "svg";
    return "bin";
}

}  // namespace galley
