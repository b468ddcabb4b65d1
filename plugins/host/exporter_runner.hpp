// Runs one export in a child process: a plugin that crashes, hangs or lies cannot take galley down, and
// galley keeps the output in memory until the export has succeeded.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporter_catalog.hpp"
#include "galley/exporter_plugin.h"

namespace galley::host {

struct PluginReport {
    galley_severity severity = GALLEY_NOTE;
    std::string article_id;
    std::string message;
};

struct ExportRun {
    bool ok = false;      // the export returned GALLEY_OK, the process ended cleanly, the output is sound
    std::string failure;  // why not, when the process or what it sent is at fault
    std::vector<std::pair<std::string, std::string>> entries;  // output entries, in the order first written
    std::vector<PluginReport> reports;
};

// Where an export reads and writes besides the model.
struct ExportPlaces {
    std::string previous_dir;  // the output directory of an earlier run, or ""
    std::string resource_dir;  // the folder image and cover hrefs are relative to (the edition's), or ""
};

// `options` holds every declared option (defaults filled in).
ExportRun run_export(const ExporterInfo& exporter, std::string_view edition_json,
                     const std::vector<std::pair<std::string, std::string>>& options, const ExportPlaces& places,
                     int timeout_seconds);

}  // namespace galley::host
