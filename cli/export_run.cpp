#include "export_run.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string_view>
#include <unordered_map>

#include "exit_codes.hpp"
#include "exporter_runner.hpp"
#include "galley/diagnostics.hpp"
#include "galley/quote.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

namespace galley::cli {
namespace {

namespace fs = std::filesystem;

void print_reports(const host::ExportRun& run, const Edition& edition, const std::string& exporter, bool quiet) {
    std::unordered_map<std::string_view, const Article*> by_id;
    for (const auto& a : edition.articles) by_id.emplace(a.id, &a);
    Diagnostics diags;
    for (const auto& r : run.reports) {
        Severity severity = r.severity == GALLEY_ERROR ? Severity::error : r.severity == GALLEY_WARNING ? Severity::warning : Severity::note;
        std::string message = exporter + ": ";
        SourceSpan where;
        if (!r.article_id.empty()) {
            auto found = by_id.find(r.article_id);
            if (found != by_id.end()) where = found->second->origin;
            message += (found != by_id.end() ? "article " : "") + printable(r.article_id, 80) + ": ";
        }
        diags.add(severity, std::move(where), message + r.message);
    }
    print_diagnostics(diags, quiet);
}

int plugin_timeout() {
    const char* env = std::getenv("GALLEY_EXPORT_TIMEOUT");
    int t = env ? std::atoi(env) : 0;
    return t > 0 ? t : 600;
}

}  // namespace

void report_unknown_exporter(const std::string& id, const host::ExporterCatalog& catalog) {
    std::cerr << "galley: error: no exporter \"" << id << "\"";
    if (!catalog.exporters.empty()) {
        std::cerr << " (installed:";
        for (const auto& e : catalog.exporters) std::cerr << ' ' << e.id;
        std::cerr << ')';
    }
    std::cerr << '\n';
    for (const auto& r : catalog.refused) std::cerr << "galley: note: " << r.path << " refused: " << r.reason << '\n';
}

bool resolve_options(const host::ExporterInfo& ex, const std::vector<std::string>& given,
                     std::vector<std::pair<std::string, std::string>>& out) {
    for (const auto& o : ex.options) out.emplace_back(o.name, o.default_value);
    for (const auto& g : given) {
        std::size_t eq = g.find('=');
        std::string name = g.substr(0, eq), value = eq == std::string::npos ? "true" : g.substr(eq + 1);
        const host::OptionSpec* spec = nullptr;
        for (const auto& o : ex.options)
            if (o.name == name) spec = &o;
        if (!spec) {
            std::cerr << "galley: error: exporter " << ex.id << " has no option \"" << name << "\"";
            if (!ex.options.empty()) {
                std::cerr << " (it takes:";
                for (const auto& o : ex.options) std::cerr << ' ' << o.name;
                std::cerr << ')';
            }
            std::cerr << '\n';
            return false;
        }
        bool ok = spec->type != "bool" || value == "true" || value == "false";
        if (spec->type == "int") {
            char* end = nullptr;
            std::strtol(value.c_str(), &end, 10);
            ok = !value.empty() && end && *end == '\0';
        }
        if (!ok) {
            std::cerr << "galley: error: option " << name << " of exporter " << ex.id << " takes a"
                      << (spec->type == "int" ? "n int" : " bool (true or false)") << ", not \"" << value << "\"\n";
            return false;
        }
        for (auto& [k, v] : out)
            if (k == name) v = value;
    }
    return true;
}

int export_edition(const host::ExporterInfo& ex, const Edition& edition, const std::string& json,
                   const std::vector<std::string>& option_values, const std::string& resource_dir,
                   const ExportTarget& target, bool quiet) {
    std::vector<std::pair<std::string, std::string>> options;
    if (!resolve_options(ex, option_values, options)) return exit_usage;

    host::ExportRun run = host::run_export(ex, json, options, {target.previous_dir, resource_dir}, plugin_timeout());
    print_reports(run, edition, ex.id, quiet);
    if (!run.failure.empty() || !run.ok) {
        std::cerr << "galley: error: exporter " << ex.id << (run.failure.empty() ? " failed" : ": " + printable(run.failure))
                  << "; nothing written\n";
        return exit_export_failed;
    }
    // An exporter of one file per article given no article writes nothing, and nothing is made: an empty file
    // at -o would read as a broken document.
    if (run.entries.empty()) {
        if (!quiet) std::cerr << "galley: " << ex.id << ": wrote nothing (" << edition.articles.size() << " article(s))\n";
        return exit_ok;
    }
    bool named = !run.entries.front().first.empty();
    std::error_code ec;
    std::string err, where;
    if (named) {
        if (target.directory.empty()) {
            std::cerr << "galley: error: exporter " << ex.id << " writes " << run.entries.size()
                      << " files: give a directory with -o\n";
            return exit_usage;
        }
        if (fs::exists(target.directory, ec) && !fs::is_directory(target.directory, ec)) {
            std::cerr << "galley: error: exporter " << ex.id << " writes several files, but " << target.directory
                      << " is a file: give a directory with -o\n";
            return exit_usage;
        }
        err = target.owns_directory ? replace_folder_atomically(target.directory, run.entries)
                                    : write_entries_atomically(target.directory, run.entries);
        where = target.directory + " (" + std::to_string(run.entries.size()) + " files)";
    } else {
        const std::string& bytes = run.entries.front().second;
        if (target.single_file == "-") {
            err = write_stdout(bytes);
            where = "stdout";
        } else {
            // `-o folder/` names a folder: made if it is not there yet, as an exporter of several files would.
            // Only the folder the file goes in: `galley build` names a folder for named files too, which a
            // single-file exporter leaves unmade (an empty out/epub/ beside out/edition.epub).
            fs::path folder = fs::path(target.single_file).parent_path();
            bool same = (fs::path(target.directory) / "").lexically_normal() == (folder / "").lexically_normal();
            if (!folder.empty() && same && !fs::create_directories(folder, ec) && ec)
                err = "cannot make the folder " + folder.string() + ": " + ec.message();
            if (err.empty()) err = write_file_atomically(target.single_file, bytes);
            where = target.single_file + " (" + std::to_string(bytes.size()) + " bytes)";
        }
    }
    if (!err.empty()) {
        std::cerr << "galley: error: " << err << "; nothing written\n";
        return exit_output_error;
    }
    if (!quiet) {
        std::cerr << "galley: " << ex.id << ": wrote " << where << " from " << edition.articles.size() << " article(s)\n";
        if (named)
            for (const auto& [name, bytes] : run.entries)
                std::cerr << "galley:   " << (fs::path(target.directory) / name).string() << " (" << bytes.size() << " bytes)\n";
    }
    return exit_ok;
}

}  // namespace galley::cli
