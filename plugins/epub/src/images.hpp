// The pictures a book carries: read through the host, typed from their bytes (galley/picture_type.hpp: PNG,
// JPEG, GIF and SVG, EPUB 3's core image types).
#pragma once

#include "book.hpp"
#include "galley/plugin.hpp"

namespace galley::epub {

// Reads every asset with an href through out.resource(). A missing or unreadable file, or one that is no
// core image type, is an error naming the article (or the cover) and the href; returns false after
// reporting every such file.
bool load_assets(Book& book, plugin::Output& out);

}  // namespace galley::epub
