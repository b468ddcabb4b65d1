// Reading the inputs of a command into one edition, and printing what went wrong.
#pragma once

#include "commands.hpp"
#include "galley/diagnostics.hpp"

namespace galley::cli {

// Reads every input with its converter into `edition`. Returns the exit code to stop with (input error,
// warnings under --fail-on-warnings), or 0 to go on; diagnostics are printed.
int read_inputs(const InputArgs& args, Edition& edition);

void print_diagnostics(const Diagnostics& diags, bool quiet);

}  // namespace galley::cli
