// Frames sent from a child process to galley over a pipe: what a plugin reports and writes, in order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::host {

struct Frame {
    char kind = 0;                   // see the senders below
    std::vector<std::string> parts;  // length-prefixed byte strings
};

// Writes one frame to `fd`; false when the pipe is gone.
bool send_frame(int fd, char kind, const std::vector<std::string_view>& parts);

// Reads every frame from `fd` until the writer closes it or `deadline_ms` (a CLOCK_MONOTONIC time) passes.
// Returns false on timeout or a malformed stream.
bool read_frames(int fd, std::int64_t deadline_ms, std::vector<Frame>& frames, std::string& error);

std::int64_t monotonic_ms();

}  // namespace galley::host
