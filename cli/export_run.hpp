// Running one exporter on an edition and putting what it wrote in place: shared by export and build.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "exporter_catalog.hpp"
#include "galley/model.hpp"

namespace galley::cli {

struct ExportTarget {
    std::string single_file;   // where a single output goes ("-": standard output)
    std::string directory;     // where named files go ("": this target takes no named files)
    std::string previous_dir;  // what an earlier run wrote, for re-sent versions ("": none)
    bool owns_directory = false;  // `directory` is galley's alone (galley build): replaced whole, not written into
};

void report_unknown_exporter(const std::string& id, const host::ExporterCatalog& catalog);

// Checks NAME=VALUE strings against the exporter's declared options and fills in the defaults; prints
// what is wrong and returns false.
bool resolve_options(const host::ExporterInfo& ex, const std::vector<std::string>& given,
                     std::vector<std::pair<std::string, std::string>>& out);

// Exports `edition` (whose canonical JSON is `json`) and writes the result atomically. `resource_dir` is
// the folder image hrefs are relative to. Returns an exit code.
int export_edition(const host::ExporterInfo& ex, const Edition& edition, const std::string& json,
                   const std::vector<std::string>& option_values, const std::string& resource_dir,
                   const ExportTarget& target, bool quiet);

}  // namespace galley::cli
