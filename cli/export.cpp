// galley export: inputs → one edition → an exporter plugin → files, all at once or not at all.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "export_run.hpp"
#include "galley/model_json.hpp"
#include "inputs.hpp"

namespace galley::cli {

int run_export(const ExportArgs& args) {
    namespace fs = std::filesystem;
    host::ExporterCatalog catalog = host::discover_exporters(host::plugin_search_path(args.plugin_paths));
    const host::ExporterInfo* ex = catalog.find(args.format);
    if (!ex) {
        report_unknown_exporter(args.format, catalog);
        return exit_usage;
    }
    std::vector<std::pair<std::string, std::string>> checked;
    if (!resolve_options(*ex, args.option_values, checked)) return exit_usage;

    Edition edition;
    if (int code = read_inputs(args.in, edition)) return code;

    // -o: nothing or "-" is standard output; an existing folder (or one ending in '/') takes either kind of
    // output; any other path is the single output's file, or the folder an exporter's files go to.
    ExportTarget target;
    std::error_code ec;
    if (args.output.empty() || args.output == "-") {
        target.single_file = "-";
    } else if (fs::is_directory(args.output, ec) || args.output.back() == '/') {
        target.single_file = (fs::path(args.output) / ("edition." + ex->file_extension)).string();
        target.directory = target.previous_dir = args.output;
    } else {
        target.single_file = target.directory = args.output;
    }
    // Image hrefs in a JSON edition are relative to the folder it was read from.
    std::string resource_dir = fs::path(args.in.inputs.front()).parent_path().string();
    return export_edition(*ex, edition, to_canonical_json(edition), args.option_values,
                         resource_dir.empty() ? "." : resource_dir, target, args.in.quiet);
}

}  // namespace galley::cli
