// An edition folder: a hand-written manifest (edition.toml) naming the paper, the date and the pages in
// order, with the pages' text files and the pictures that go with the articles. See docs/editions.md.
#pragma once

#include <string>

#include "galley/converter.hpp"

namespace galley {

inline constexpr const char* edition_manifest_name = "edition.toml";

// Reads FOLDER/edition.toml, converts every page file with its converter, and attaches the pictures to
// their articles. Returns false (errors in `diags`, naming the manifest's line and column) when the
// manifest is wrong, a path leaves the folder, a file is missing or a page does not read. `options`
// supplies what the manifest does not say (e.g. a word list); the manifest's date, language and page
// numbers win over it.
bool read_edition_folder(const std::string& folder, const ConvertOptions& options, Edition& edition,
                         Diagnostics& diags);

}  // namespace galley
