// Writes a file all at once or not at all: a temporary file beside the target, flushed, then renamed.
#pragma once

#include <string>
#include <string_view>

namespace galley::cli {

// Returns "" on success, else a message naming the file and the reason.
std::string write_file_atomically(const std::string& path, std::string_view bytes);

// Reads a whole file; returns "" on success, else the reason.
std::string read_whole_file(const std::string& path, std::string& out);

}  // namespace galley::cli
