// The galley commands. main.cpp parses the command line into these structs and calls run_*.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "galley/converter.hpp"

namespace galley::cli {

// What every command that reads newsroom copy takes.
struct InputArgs {
    std::vector<std::string> inputs;
    std::string from;  // converter id, or "" to guess
    ConvertOptions options;
    bool quiet = false;
    bool fail_on_warnings = false;
};

struct NormalizeArgs {
    InputArgs in;
    std::string output;
};

struct ExportArgs {
    InputArgs in;
    std::string format;
    std::string output;
    std::vector<std::string> option_values;  // "name=value"
    std::vector<std::string> plugin_paths;
};

struct BuildArgs {
    std::string edition;  // the edition folder
    std::vector<std::string> formats;  // exporter ids; empty: every one installed
    std::string output;
    std::vector<std::string> option_values;
    std::vector<std::string> plugin_paths;
    ConvertOptions options;
    bool quiet = false;
    bool fail_on_warnings = false;
};

struct FormatsArgs {
    std::vector<std::string> plugin_paths;
};

struct ValidateArgs {
    std::vector<std::string> files;
    std::string schema_dir;
    std::string nitf_schema_dir;
    std::string xhtml_dtd;
    bool quiet = false;
};

struct ScoreArgs {
    std::vector<std::string> paths;  // folders of NAME.txt + NAME.expected.json, or NAME.txt files
    std::string floor;               // JSON of the least each total may be
    bool markdown = false;
    bool json = false;
    bool details = false;
};

int run_normalize(const NormalizeArgs& args);
int run_export(const ExportArgs& args);
int run_build(const BuildArgs& args);
int run_formats(const FormatsArgs& args);
int run_validate(const ValidateArgs& args);
int run_score(const ScoreArgs& args);

}  // namespace galley::cli
