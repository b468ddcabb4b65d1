// Plugin code runs in child processes that talk to galley in frames over a pipe: what a plugin reports and
// writes, in order. This file starts such a child and reads what it sends, within limits.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::host {

struct Frame {
    char kind = 0;                   // see the senders
    std::vector<std::string> parts;  // length-prefixed byte strings
};

// Writes one frame to `fd`; false when the pipe is gone.
bool send_frame(int fd, char kind, const std::vector<std::string_view>& parts);

// What a child may send before galley stops it.
struct FrameLimits {
    std::uint64_t max_bytes = std::uint64_t{1} << 31;  // all parts of all frames together
    std::size_t max_messages = 100000;                 // frames of kind 'R' (reports)
};

struct ChildRun {
    std::vector<Frame> frames;
    bool finished = false;   // a final frame arrived
    bool timed_out = false;  // the deadline passed first
    std::string error;       // a malformed stream or a limit passed (the child was stopped)
    int status = 0;          // as waitpid gave it
};

// Runs `body(fd)` in a child process and collects its frames. The child gets a process group of its own, is
// killed if galley dies (PR_SET_PDEATHSIG), and has its standard output sent to galley's standard error, so
// that nothing it prints reaches galley's output. Reading stops at the first frame whose kind is in
// `final_kinds`, when the child exits, at the deadline, or when a limit is passed; then the child's whole
// process group is killed (whatever it started and left running) and the child reaped.
ChildRun run_child(const std::function<void(int fd)>& body, std::int64_t timeout_ms, std::string_view final_kinds,
                   const FrameLimits& limits = {});

std::int64_t monotonic_ms();

}  // namespace galley::host
