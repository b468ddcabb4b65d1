// 5. The NCX of EPUB 2 (and of EPUB 3 books that keep one for old reading systems).
#pragma once

#include <libxml/tree.h>

#include "book.hpp"
#include "report.hpp"

namespace galley::epub_check {

// Checks the NCX `item` (parsed as `doc`): its root, dtb:uid and navMap; its content srcs become links.
void check_ncx(Reporter& report, Book& book, const Item& item, xmlDoc* doc);

}  // namespace galley::epub_check
