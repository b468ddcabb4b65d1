// The edition manifest (edition.toml) as data, read with toml++ and checked.
#pragma once

#include <string>
#include <vector>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley::edition {

struct PageEntry {
    int number = 0;
    std::string label, section;
    std::vector<std::string> files;  // relative to the edition folder, checked
    SourceSpan where;
};

struct ImageEntry {
    std::string article;  // article id, "p1-a1"
    std::string file;     // relative to the edition folder, checked
    std::string caption, credit, alt;
    int after = 1;  // paragraphs before the picture
    SourceSpan where;
};

struct Manifest {
    Edition meta;  // title, date, issue, issn, publisher, language, rights, note, cover (no pages yet)
    std::vector<PageEntry> pages;
    std::vector<ImageEntry> images;
};

// Reads `folder`/edition.toml. False, with every problem in `diags`, when it cannot be used.
bool read_manifest(const std::string& folder, Manifest& out, Diagnostics& diags);

// The media type of a picture file by its extension, or "" when galley does not know it.
std::string image_media_type(const std::string& file);

}  // namespace galley::edition
