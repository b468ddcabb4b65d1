// galley's command line: parses options, picks converters (and later exporters), and reports.
// The work itself happens in the libraries; this file only wires them up.
#include <CLI/CLI.hpp>

#include <iostream>

#include "exit_codes.hpp"
#include "galley/converter.hpp"
#include "galley/diagnostics.hpp"
#include "galley/model_json.hpp"
#include "output_file.hpp"

#ifndef GALLEY_VERSION
#define GALLEY_VERSION "0.0.0"
#endif

namespace galley::cli {
namespace {

struct NormalizeArgs {
    std::vector<std::string> inputs;
    std::string output;
    std::string from;
    ConvertOptions options;
    bool quiet = false;
    bool fail_on_warnings = false;
};

void print_diagnostics(const Diagnostics& diags, bool quiet) {
    for (const auto& d : diags.items()) {
        if (quiet && d.severity != Severity::error) continue;
        std::cerr << "galley: " << format_diagnostic(d) << '\n';
    }
}

bool valid_language_tag(const std::string& tag) {
    // BCP 47 in its plain shape: letters, digits and hyphens, starting with a 2–3 letter language.
    if (tag.empty() || tag.size() > 35) return false;
    std::size_t lang = 0;
    while (lang < tag.size() && std::isalpha(static_cast<unsigned char>(tag[lang]))) ++lang;
    if (lang < 2 || lang > 3) return false;
    for (char c : tag)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-') return false;
    return tag.back() != '-';
}

int run_normalize(const NormalizeArgs& args) {
    Diagnostics diags;
    Edition edition;
    int text_inputs = 0;
    for (const auto& path : args.inputs) {
        InputDocument input{path, {}};
        if (std::string err = read_whole_file(path, input.bytes); !err.empty()) {
            diags.error({path, 0, 0}, "cannot read the file: " + err);
            continue;
        }
        const Converter* conv = args.from.empty() ? pick_converter(input) : find_converter(args.from);
        if (!conv) {
            diags.error({path, 0, 0}, "no converter reads this file");
            continue;
        }
        // --page numbers the first page of text; the pages after it count on.
        ConvertOptions options = args.options;
        if (conv->id() == "print-text" && options.page > 0) options.page += text_inputs++;
        conv->read(input, options, edition, diags);
    }
    print_diagnostics(diags, args.quiet);
    if (diags.has_errors()) {
        std::cerr << "galley: " << diags.error_count() << " error(s); nothing written\n";
        return exit_input_error;
    }
    if (args.fail_on_warnings && diags.warning_count() > 0) {
        std::cerr << "galley: " << diags.warning_count() << " warning(s) and --fail-on-warnings; nothing written\n";
        return exit_warnings;
    }
    std::string json = to_canonical_json(edition);
    if (args.output.empty() || args.output == "-") {
        std::cout << json << std::flush;
        if (!std::cout) return exit_output_error;
    } else if (std::string err = write_file_atomically(args.output, json); !err.empty()) {
        std::cerr << "galley: error: " << err << '\n';
        return exit_output_error;
    }
    if (!args.quiet) {
        std::size_t paragraphs = 0;
        for (const auto& a : edition.articles)
            for (const auto& b : a.body) paragraphs += b.type == BlockType::paragraph;
        std::cerr << "galley: " << (args.output.empty() || args.output == "-" ? std::string("stdout") : args.output)
                  << ": " << edition.articles.size() << " article(s), " << paragraphs << " paragraph(s), "
                  << edition.dropped.size() << " dropped piece(s) outside articles\n";
    }
    return exit_ok;
}

int run_formats() {
    std::cout << "Converters (input):\n";
    for (const Converter* c : converters()) std::cout << "  " << c->id() << "\t" << c->description() << '\n';
    std::cout << "\nExporters (output):\n  (none installed yet)\n";
    return exit_ok;
}

constexpr const char* exit_code_help =
    "Exit codes: 0 success; 1 an input could not be read or converted (nothing written); 2 usage error;\n"
    "3 warnings under --fail-on-warnings; 4 the output could not be written; 70 internal error.";

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"galley: newsroom copy in, one article model, NewsML-G2, EPUB and print layout out", "galley"};
    app.set_version_flag("--version", "galley " GALLEY_VERSION);
    app.footer(exit_code_help);
    app.require_subcommand(1);

    NormalizeArgs norm;
    auto* normalize = app.add_subcommand(
        "normalize", "Read inputs (print text or canonical JSON) and write the article model as canonical JSON");
    normalize->add_option("INPUT", norm.inputs, "Input files: text from a printed page, or galley JSON")
        ->required()
        ->type_name("FILE");
    normalize->add_option("-o,--output", norm.output, "Write here instead of standard output (written whole or not at all)")
        ->type_name("FILE");
    normalize->add_option("--issue-date", norm.options.issue_date,
                          "Date of the issue (YYYY-MM-DD); resolves datelines such as 1月3日. Default: the date "
                          "the page prints")
        ->type_name("DATE")
        ->check([](const std::string& v) {
            return v.size() == 10 && v[4] == '-' && v[7] == '-' &&
                           std::all_of(v.begin(), v.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; })
                       ? std::string()
                       : std::string("must be a date as YYYY-MM-DD");
        });
    normalize->add_option("--lang", norm.options.language, "Language of every article (BCP 47, e.g. zh-CN). Default: detected")
        ->type_name("TAG")
        ->check([](const std::string& v) { return valid_language_tag(v) ? std::string() : std::string("not a BCP 47 language tag"); });
    normalize->add_option("--page", norm.options.page,
                          "Print page number of the first text input (later ones count on). Default: the number "
                          "the page prints, else its position")
        ->check(CLI::Range(1, 9999));
    normalize->add_option("--section", norm.options.section, "Section of the page (要闻, 综合 …)");
    normalize->add_option("--word-list", norm.options.word_list,
                          "Word list (one word per line) used to undo end-of-line hyphenation in Latin text")
        ->type_name("FILE");
    normalize->add_option("--from", norm.from, "Read inputs with this converter instead of guessing (print-text, json)")
        ->check(CLI::IsMember({"print-text", "json"}));
    normalize->add_flag("-q,--quiet", norm.quiet, "Print errors only");
    normalize->add_flag("--explain", norm.options.explain,
                        "Print a note for every line: where paragraphs break and why, what is a heading");
    normalize->add_flag("--fail-on-warnings", norm.fail_on_warnings, "Treat warnings as errors (exit code 3)");

    auto* formats = app.add_subcommand("formats", "List the converters and exporters galley has");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? exit_ok : exit_usage;
    }
    try {
        if (normalize->parsed()) return run_normalize(norm);
        if (formats->parsed()) return run_formats();
    } catch (const std::exception& e) {
        std::cerr << "galley: internal error: " << e.what() << '\n';
        return exit_internal;
    }
    return exit_usage;
}

}  // namespace galley::cli

int main(int argc, char** argv) { return galley::cli::main(argc, argv); }
