// The hostile suite: galley run the way an attacker would, each case bounded in time and memory, checking
// that nothing was written and that the message names the problem. It grows with every reader, transport
// and output galley gains.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "run.hpp"

namespace galley::hostile {

struct Limits {
    double seconds = 20;   // the case is stopped (and fails) after this long
    long memory_mib = 512; // peak resident memory allowed (scaled up under the sanitizers)
};

struct Outcome {
    int exit_code = -1;
    std::string out, err;
    double seconds = 0;
    long peak_mib = 0;
    bool timed_out = false;
};

// Runs build/galley with `args` (stdin from `stdin_path` when given: a file, FIFO or device; stdout to
// `stdout_path` when given, else into Outcome::out), in its own process group, stopped after `limits.seconds`.
Outcome run(const std::vector<std::string>& args, const Limits& limits = {}, const std::string& stdin_path = "",
            const std::string& stdout_path = "");

// The same, but galley alone (not its process group) is killed with SIGKILL as soon as `kill_when` says so:
// what is left of its children afterwards is what a crash or an operator's kill -9 would leave.
Outcome run_killed(const std::vector<std::string>& args, const Limits& limits, const std::function<bool()>& kill_when);

// Process ids of this user's processes whose command line contains `text` (galley's own test process excepted).
std::vector<int> processes_mentioning(const std::string& text);

// gtest checks for the bounds: within the time, within the memory.
void expect_bounded(const Outcome& o, const Limits& limits);

// A TCP server on loopback that only counts who connects: proof that galley reached for the network.
class Listener {
public:
    Listener();   // binds 127.0.0.1 on a free port and listens
    ~Listener();
    Listener(const Listener&) = delete;
    Listener& operator=(const Listener&) = delete;
    int port() const { return port_; }
    int connections();  // accepted so far

private:
    int fd_ = -1, port_ = 0, seen_ = 0;
};

// True when no file in `dir` (recursively) has a name that does not start with one of `allowed`.
std::vector<std::string> files_in(const std::string& dir);

}  // namespace galley::hostile
