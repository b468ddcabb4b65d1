// The EPUB 2 NCX, for reading systems that predate the EPUB 3 navigation document: the same table of contents
// (print pages → articles) and a pageList of the print pages.
#pragma once

#include <string>

#include "book.hpp"

namespace galley::epub {

inline constexpr const char* ncx_file = "toc.ncx";

std::string ncx_document(const Render& r);

}  // namespace galley::epub
