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

// Replaces the folder `dir` (galley's own, as `galley build` lays out) with one holding exactly `entries`:
// they are written to a new folder beside it, which is then swapped in with one rename, so that files of an
// earlier build that this one no longer writes do not linger. Returns "" or a message.
std::string replace_folder_atomically(const std::string& dir,
                                      const std::vector<std::pair<std::string, std::string>>& entries);

// Writes to standard output (`-o -`); "" or a message with the reason (a full disk, a closed pipe).
std::string write_stdout(std::string_view bytes);

// Reads a whole file; returns "" on success, else the reason.
std::string read_whole_file(const std::string& path, std::string& out);

}  // namespace galley::cli
