// The OCF container: a ZIP built in memory with the same bytes for the same files, whatever the machine's
// clock or time zone.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace galley::epub {

// Zips `files` (path, bytes) in the given order after a first, stored `mimetype` entry
// ("application/epub+zip", no extra field, as OCF requires); every other entry is deflated at level 9.
// Every entry's time is `mtime` (seconds since 1970, UTC; clamped to the years ZIP can hold).
std::string zip_epub(const std::vector<std::pair<std::string, std::string>>& files, long long mtime);

}  // namespace galley::epub
