// galley's exit codes, documented in docs/cli.md and `galley --help`.
#pragma once

namespace galley::cli {

enum ExitCode : int {
    exit_ok = 0,
    exit_input_error = 1,    // an input could not be read or converted; nothing was written
    exit_usage = 2,          // bad command line
    exit_warnings = 3,       // warnings under --fail-on-warnings
    exit_output_error = 4,   // the output could not be written
    exit_export_failed = 5,  // the exporter failed, crashed or was refused; nothing was written
    exit_invalid = 6,        // galley validate found problems
    exit_below_floor = 7,    // galley score: a total fell below its floor
    exit_internal = 70,      // a bug in galley
};

}  // namespace galley::cli
