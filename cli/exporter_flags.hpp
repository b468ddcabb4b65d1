// An exporter's own options on the command line: `--story page`, `--story=page`, `--message` as well as
// `-O story=page`. galley's option parser cannot know them (they come from plugins), so they are read here.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace galley::cli {

// Joins `--NAME VALUE` into `--NAME=VALUE` where `--NAME` is no option of the command (`is_own_option`
// says which are) but a valued (non-bool) option of an exporter the command line picks (-t), or of any
// installed one when it picks none. Without this the value would be taken for an input file. The plugins are looked up only when such a pair is there.
// `args` is argv without the program name, starting at the subcommand.
void join_exporter_option_values(std::vector<std::string>& args,
                                 const std::function<bool(const std::string&)>& is_own_option);

// The arguments the parser left over, as exporter option values (NAME=VALUE; `--NAME` alone is NAME=true).
// Returns false, after saying why, for anything else.
bool exporter_flags(const std::vector<std::string>& remaining, const std::string& command,
                    std::vector<std::string>& option_values);

}  // namespace galley::cli
