// 4. XHTML and SVG content documents: the root element, unique ids, and the references they hold.
#pragma once

#include <libxml/tree.h>

#include "book.hpp"
#include "report.hpp"

namespace galley::epub_check {

// Checks content document `item` (parsed as `doc`), records its ids and references in `book`, and checks
// its navs when it is the navigation document.
void check_content(Reporter& report, Book& book, const Item& item, xmlDoc* doc, bool nav_document);

}  // namespace galley::epub_check
