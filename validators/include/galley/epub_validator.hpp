// EPUB 3 structure validator, run by `galley validate book.epub` and by the tests: the OCF container, the
// package document, the navigation document, the XHTML/SVG content documents and the NCX, checked in
// process with libzip and libxml2 (no Java). It checks structure and references, not the HTML vocabulary:
// epubcheck stays the reference validator for the schemas.
#pragma once

#include <string>

#include "galley/diagnostics.hpp"

namespace galley {

// Checks the EPUB whose bytes are `bytes`, read from `file`. Every problem goes to `diags`, located as
// "file:member" with the line (and column where libxml2 gives one) inside that member; breaches of a
// MUST are errors, of a SHOULD warnings. True when there is no error. Nothing is written to disk.
bool validate_epub(const std::string& file, const std::string& bytes, Diagnostics& diags);

// True when `bytes` is a ZIP archive whose first entry is named `mimetype` (how an EPUB starts).
bool looks_like_epub(const std::string& bytes);

}  // namespace galley
