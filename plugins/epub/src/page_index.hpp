// One index page per print page (版面): where the page starts in print (a page-break marker the page-list
// points at), the page's number, label and section, and its articles' headlines linking to them.
#pragma once

#include <string>

#include "book.hpp"

namespace galley::epub {

std::string page_index(const Render& r, const PageDoc& page);

}  // namespace galley::epub
