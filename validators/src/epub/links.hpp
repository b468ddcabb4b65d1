// Every reference recorded in the book, checked once all documents are read.
#pragma once

#include "book.hpp"
#include "report.hpp"

namespace galley::epub_check {

// Checks each link of `book`: remote ones against the manifest, local ones against the archive, the
// manifest and the spine, and fragments against the ids of the document they name.
void check_links(Reporter& report, const Book& book);

}  // namespace galley::epub_check
