// The EPUB 3 navigation document: the table of contents (print pages → articles), the landmarks (cover,
// contents, start of content) and the page-list of the print pages. It is also the visible contents page.
#pragma once

#include <string>

#include "book.hpp"

namespace galley::epub {

inline constexpr const char* nav_file = "nav.xhtml";
inline constexpr const char* cover_page_file = "cover.xhtml";

std::string nav_document(const Render& r);

}  // namespace galley::epub
