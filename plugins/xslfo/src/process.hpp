// Running a program without a shell: posix_spawn with an argument vector, standard input from /dev/null, its
// standard output and error read together through one pipe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace galley::xslfo {

struct ProcessResult {
    bool started = false;
    bool timed_out = false;
    int exit_code = -1;  // -1 when it did not exit normally (signal, timeout)
    std::string output;  // standard output and standard error, interleaved as written
    std::string error;   // why it could not be started or waited for
};

// argv[0] must be a path to the program. Kills it (SIGKILL) after `timeout_seconds`. `environment` entries
// ("TZ=UTC") replace or add to galley's own environment for the program.
ProcessResult run_process(const std::vector<std::string>& argv, int timeout_seconds,
                          const std::vector<std::string>& environment = {});

// The program as given when it holds a '/', else the first executable NAME on $PATH; "" when there is none.
std::string find_program(std::string_view name);

}  // namespace galley::xslfo
