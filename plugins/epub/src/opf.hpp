// The package document: metadata (title, language, identifier, dates, the paper as a series, the print source
// of the page-list, accessibility), the manifest of every file, and the spine in reading order.
#pragma once

#include <string>
#include <vector>

#include "book.hpp"

namespace galley::epub {

// One file of the book besides mimetype and META-INF, in the order the ZIP holds them.
struct BookFile {
    std::string path;        // relative to the package folder: "text/p1-a1.xhtml"
    std::string id;          // manifest id
    std::string media_type;
    std::string properties;  // "nav", "cover-image", "" …
    bool in_spine = false;
    std::string bytes;
};

std::string package_document(const Render& r, const std::vector<BookFile>& files);

}  // namespace galley::epub
