// 2. The package document (OPF): metadata, manifest, spine and guide, and the members it leaves out.
#pragma once

#include <libxml/tree.h>

#include "book.hpp"
#include "report.hpp"

namespace galley::epub_check {

// Checks the package document `doc` (book.opf) and records its items, spine and guide links in `book`.
void check_package(Reporter& report, Book& book, xmlDoc* doc);
// Every member other than mimetype, META-INF/* and the package document should be in the manifest.
void check_unlisted(Reporter& report, const Book& book);

}  // namespace galley::epub_check
