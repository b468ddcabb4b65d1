// Reading an input file the way every galley command does: only regular files, the size checked before a
// byte is read, and never more than the cap (plus one byte, to tell a file that grew past it).
#pragma once

#include <cstddef>
#include <string>

namespace galley {

// galley's cap on any one input: 256 MiB.
inline constexpr std::size_t max_input_file_bytes = std::size_t{256} << 20;

// Reads `path` into `out`. Returns "" on success, else why not, in words a user reads after the file name:
// "does not exist", "is a folder", "is a FIFO (named pipe), not a file", "is a device, not a file",
// "is 300 MiB; galley reads at most 256 MiB", or the system's reason.
std::string read_input_file(const std::string& path, std::string& out, std::size_t max_bytes = max_input_file_bytes);

// What `path` is when it is not a regular file ("a folder", "a FIFO (named pipe)", "a device", "a socket"),
// or "" for a regular file or nothing at all.
std::string special_file_kind(const std::string& path);

}  // namespace galley
