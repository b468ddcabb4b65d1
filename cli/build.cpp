// galley build: an edition folder → the model → every selected exporter, each into the output folder.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "export_run.hpp"
#include "galley/edition_folder.hpp"
#include "galley/model_json.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

namespace galley::cli {

namespace fs = std::filesystem;

int run_build(const BuildArgs& args) {
    Diagnostics diags;
    Edition edition;
    bool ok = read_edition_folder(args.edition, args.options, edition, diags);
    print_diagnostics(diags, args.quiet);
    if (!ok) {
        std::cerr << "galley: " << diags.error_count() << " error(s) in " << args.edition << "; nothing written\n";
        return exit_input_error;
    }
    if (args.fail_on_warnings && diags.warning_count() > 0) {
        std::cerr << "galley: " << diags.warning_count() << " warning(s) and --fail-on-warnings; nothing written\n";
        return exit_warnings;
    }

    host::ExporterCatalog catalog = host::discover_exporters(host::plugin_search_path(args.plugin_paths));
    std::vector<const host::ExporterInfo*> chosen;
    if (args.formats.empty()) {
        for (const auto& e : catalog.exporters) chosen.push_back(&e);
    } else {
        for (const auto& f : args.formats) {
            const host::ExporterInfo* e = catalog.find(f);
            if (!e) {
                report_unknown_exporter(f, catalog);
                return exit_usage;
            }
            chosen.push_back(e);
        }
    }
    // Options apply to every chosen exporter that declares them; one that none declares is a mistake.
    for (const auto& given : args.option_values) {
        std::string name = given.substr(0, given.find('='));
        bool declared = false;
        for (const auto* e : chosen)
            for (const auto& o : e->options) declared = declared || o.name == name;
        if (!declared) {
            std::cerr << "galley: error: no chosen exporter has an option \"" << name << "\"\n";
            return exit_usage;
        }
    }

    std::error_code ec;
    fs::create_directories(args.output, ec);
    std::string json = to_canonical_json(edition);
    std::string name = fs::path(args.edition).lexically_normal().filename().string();
    if (name.empty() || name == ".") name = fs::path(args.edition).parent_path().filename().string();
    if (name.empty()) name = "edition";

    int status = exit_ok;
    if (std::string err = write_file_atomically((fs::path(args.output) / "edition.json").string(), json); !err.empty()) {
        std::cerr << "galley: error: " << err << '\n';
        return exit_output_error;
    }
    if (!args.quiet) std::cerr << "galley: wrote " << (fs::path(args.output) / "edition.json").string() << " (the model)\n";
    for (const auto* e : chosen) {
        ExportTarget target;
        target.single_file = (fs::path(args.output) / (name + "." + e->file_extension)).string();
        target.directory = (fs::path(args.output) / e->id).string();
        target.owns_directory = true;
        std::vector<std::string> own;
        for (const auto& given : args.option_values) {
            std::string opt = given.substr(0, given.find('='));
            for (const auto& o : e->options)
                if (o.name == opt) own.push_back(given);
        }
        int code = export_edition(*e, edition, json, own, args.edition, target, args.quiet);
        if (code != exit_ok && status == exit_ok) status = code;
    }
    return status;
}

}  // namespace galley::cli
