// Finding exporter plugins: where galley looks, which plugins it takes, and why it refuses the others.
#pragma once

#include <string>
#include <vector>

#include "galley/diagnostics.hpp"

namespace galley::host {

struct OptionSpec {
    std::string name, type, default_value, help;
};

// What galley knows of a plugin it accepted (read in a child process: the plugin's code never runs in
// galley itself).
struct ExporterInfo {
    std::string path;  // the shared library
    std::string id, name, version, description, file_extension, media_type;
    std::vector<OptionSpec> options;
};

struct Refusal {
    std::string path;
    std::string reason;
};

struct ExporterCatalog {
    std::vector<ExporterInfo> exporters;  // in search order; the first of an id wins
    std::vector<Refusal> refused;         // wrong ABI, missing symbol, a descriptor that lies, a crash …
    std::vector<std::string> searched;    // the folders, in order

    const ExporterInfo* find(const std::string& id) const;
};

// The folders to search: --plugin-path folders, then GALLEY_PLUGIN_PATH (':'-separated), then the plugin
// folder installed beside the galley executable (../lib/galley/plugins/<ABI>) and the build tree's
// (plugins/ beside the executable).
std::vector<std::string> plugin_search_path(const std::vector<std::string>& cli_paths);

// Looks at every *.so in `folders` (files may be named too) and probes each in a child process.
ExporterCatalog discover_exporters(const std::vector<std::string>& folders);

// Probes one shared library: loads it in a child process, reads and checks its descriptor. Returns true
// and fills `info`, or returns false with the reason.
bool probe_exporter(const std::string& path, ExporterInfo& info, std::string& reason);

}  // namespace galley::host
