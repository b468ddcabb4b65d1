// The pictures a book carries: read through the host, typed from their bytes.
#pragma once

#include <string>
#include <string_view>

#include "book.hpp"
#include "galley/plugin.hpp"

namespace galley::epub {

// The media type the bytes are, among EPUB 3.2's core image types (PNG, JPEG, GIF, SVG); "" for anything
// else, which a reading system need not show.
std::string sniff_image(std::string_view bytes);
// "png", "jpg", "gif", "svg".
std::string extension_for(std::string_view media_type);

// Reads every asset with an href through out.resource(). A missing or unreadable file, or one that is no
// core image type, is an error naming the article (or the cover) and the href; returns false after
// reporting every such file.
bool load_assets(Book& book, plugin::Output& out);

}  // namespace galley::epub
