// Writes a file all at once or not at all: a temporary file beside the target, flushed, then renamed.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::cli {

// Returns "" on success, else a message naming the file and the reason.
std::string write_file_atomically(const std::string& path, std::string_view bytes);

// Writes several files under `dir` (created if missing) all at once: every file goes to a temporary name
// first, and only when all are written are they renamed into place. Returns "" or a message.
std::string write_entries_atomically(const std::string& dir,
                                     const std::vector<std::pair<std::string, std::string>>& entries);

// Writes to standard output (`-o -`); "" or a message with the reason (a full disk, a closed pipe).
std::string write_stdout(std::string_view bytes);

// Reads a whole file; returns "" on success, else the reason.
std::string read_whole_file(const std::string& path, std::string& out);

}  // namespace galley::cli
