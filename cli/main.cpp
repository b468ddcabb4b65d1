// galley's command line: parses options, picks converters and exporters, and reports. The work happens in
// the libraries; the commands are in normalize.cpp, export.cpp, formats.cpp and validate.cpp.
#include <CLI/CLI.hpp>

#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "exporter_flags.hpp"

#ifndef GALLEY_VERSION
#define GALLEY_VERSION "0.0.0"
#endif

namespace galley::cli {
namespace {

constexpr const char* exit_code_help =
    "Exit codes: 0 success; 1 an input could not be read or converted (nothing written); 2 usage error;\n"
    "3 warnings under --fail-on-warnings; 4 the output could not be written; 5 the exporter failed (nothing\n"
    "written); 6 validation found problems; 7 a score fell below its floor; 70 internal error.";

std::string check_date(const std::string& v) {
    bool shape = v.size() == 10 && v[4] == '-' && v[7] == '-';
    for (std::size_t i = 0; shape && i < v.size(); ++i) shape = i == 4 || i == 7 || std::isdigit(static_cast<unsigned char>(v[i]));
    return shape ? std::string() : std::string("must be a date as YYYY-MM-DD");
}

std::string check_language(const std::string& tag) {
    // BCP 47 in its plain shape: a 2–3 letter language, then letters, digits and hyphens.
    std::size_t lang = 0;
    while (lang < tag.size() && std::isalpha(static_cast<unsigned char>(tag[lang]))) ++lang;
    bool ok = tag.size() <= 35 && lang >= 2 && lang <= 3 && tag.back() != '-';
    for (char c : tag) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == '-');
    return ok ? std::string() : std::string("not a BCP 47 language tag");
}

// The options of every command that reads newsroom copy.
void add_input_options(CLI::App* cmd, InputArgs& in) {
    cmd->add_option("INPUT", in.inputs, "Input files: text from a printed page, or galley JSON")->required()->type_name("FILE");
    cmd->add_option("--issue-date", in.options.issue_date,
                    "Date of the issue (YYYY-MM-DD); resolves datelines such as 1月3日. Default: the date the page prints")
        ->type_name("DATE")
        ->check(check_date);
    cmd->add_option("--lang", in.options.language, "Language of every article (BCP 47, e.g. zh-CN). Default: detected")
        ->type_name("TAG")
        ->check(check_language);
    cmd->add_option("--page", in.options.page,
                    "Print page number of the first text input (later ones count on). Default: the number the page "
                    "prints, else its position")
        ->check(CLI::Range(1, 9999));
    cmd->add_option("--section", in.options.section, "Section of the page (要闻, 综合 …)");
    cmd->add_option("--word-list", in.options.word_list,
                    "Word list (one word per line) used to undo end-of-line hyphenation in Latin text")
        ->type_name("FILE");
    cmd->add_option("--from", in.from, "Read inputs with this converter instead of guessing")
        ->check(CLI::IsMember({"print-text", "json"}));
    cmd->add_flag("-q,--quiet", in.quiet, "Print errors only");
    cmd->add_flag("--explain", in.options.explain,
                  "Print a note for every line: where paragraphs break and why, what is a heading");
    cmd->add_flag("--fail-on-warnings", in.fail_on_warnings, "Treat warnings as errors (exit code 3)");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"galley: newsroom copy in, one article model, NewsML-G2, EPUB and print layout out", "galley"};
    app.set_version_flag("--version", "galley " GALLEY_VERSION);
    app.footer(exit_code_help);
    app.require_subcommand(1);

    NormalizeArgs norm;
    auto* normalize = app.add_subcommand(
        "normalize",
        "Read inputs (print text, canonical JSON, NewsML-G2, NITF, ninjs: told by content) and write the article "
        "model as canonical JSON");
    add_input_options(normalize, norm.in);
    normalize->add_option("-o,--output", norm.output, "Write here instead of standard output (written whole or not at all)")
        ->type_name("FILE");

    ExportArgs exp;
    auto* export_cmd = app.add_subcommand("export", "Read inputs and write them with an exporter (galley formats lists them)");
    export_cmd->add_option("-t,--to", exp.format, "Exporter id, e.g. newsml-g2")->required()->type_name("FORMAT");
    add_input_options(export_cmd, exp.in);
    export_cmd->add_option("-o,--output", exp.output,
                           "Output file, or directory for exporters that write several files; written all at once or "
                           "not at all. Default: standard output")
        ->type_name("OUT");
    export_cmd->add_option("-O,--option", exp.option_values,
                           "Exporter option, NAME=VALUE (repeatable). An exporter's options also work as --NAME "
                           "(for true), --NAME=VALUE and --NAME VALUE, e.g. --message, --story page")
        ->type_name("NAME=VALUE");
    export_cmd->allow_extras();  // the exporter's own options, checked once the exporter is known
    export_cmd->add_option("--plugin-path", exp.plugin_paths, "Look for exporter plugins here first (repeatable)")
        ->type_name("DIR");

    BuildArgs bld;
    auto* build = app.add_subcommand("build", "Build an edition folder (edition.toml and its pages) with every exporter, or those named");
    build->add_option("EDITION", bld.edition, "The edition folder (it holds edition.toml)")->required()->type_name("DIR");
    build->add_option("-t,--to", bld.formats, "Exporter id (repeatable). Default: every exporter installed")->type_name("FORMAT");
    build->add_option("-o,--output", bld.output, "Output folder: edition.json, <edition>.<ext> per single-file exporter, <exporter>/ per multi-file one")
        ->required()
        ->type_name("DIR");
    build->add_option("-O,--option", bld.option_values,
                      "Exporter option NAME=VALUE, for every chosen exporter that has it. Also as --NAME (for true), "
                      "--NAME=VALUE or --NAME VALUE, e.g. --story page")
        ->type_name("NAME=VALUE");
    build->allow_extras();  // the exporters' own options, checked once the exporters are known
    build->add_option("--plugin-path", bld.plugin_paths, "Look for exporter plugins here first (repeatable)")->type_name("DIR");
    build->add_option("--word-list", bld.options.word_list, "Word list for undoing hyphenation in Latin text")->type_name("FILE");
    build->add_flag("-q,--quiet", bld.quiet, "Print errors only");
    build->add_flag("--fail-on-warnings", bld.fail_on_warnings, "Treat warnings as errors (exit code 3)");
    build->add_flag("--explain", bld.options.explain, "Print a note for every line of every page");

    FormatsArgs fmt;
    auto* formats = app.add_subcommand("formats", "List the converters and exporters galley has, with their options");
    formats->add_option("--plugin-path", fmt.plugin_paths, "Look for exporter plugins here first (repeatable)")->type_name("DIR");

    ValidateArgs val;
    auto* validate = app.add_subcommand(
        "validate", "Check NewsML-G2 and NITF files against IPTC's schemas and EPUB files' structure (told apart by content)");
    validate->add_option("FILE", val.files, "Files to check")->required();
    validate->add_option("--schema-dir", val.schema_dir,
                         "Folder with NewsML-G2_2.35-spec-All-Power.xsd. Default: $GALLEY_SCHEMA_DIR")
        ->type_name("DIR");
    validate->add_option("--nitf-schema-dir", val.nitf_schema_dir, "Folder with nitf-3-6.xsd. Default: $GALLEY_NITF_SCHEMA_DIR")
        ->type_name("DIR");
    validate->add_option("--xhtml-dtd", val.xhtml_dtd,
                         "XHTML 1.0 Strict DTD for NewsML-G2 bodies. Default: Debian's w3c-sgml-lib copy")
        ->type_name("FILE");
    validate->add_flag("-q,--quiet", val.quiet, "Print problems only");

    ScoreArgs sc;
    auto* score = app.add_subcommand(
        "score", "Measure the print-text reader on pages whose truth is known (NAME.txt beside NAME.expected.json)");
    score->add_option("PAGES", sc.paths, "Folders of pages with their truth, or NAME.txt files")->required()->type_name("PATH");
    score->add_option("--floor", sc.floor, "JSON of the least each total may be ({\"paragraph_f1\": 0.97, …}); exit 7 below it")
        ->type_name("FILE");
    auto* md = score->add_flag("--markdown", sc.markdown, "Print the table as Markdown");
    score->add_flag("--json", sc.json, "Print counts and ratios per page and in total as JSON")->excludes(md);
    score->add_flag("--details", sc.details, "After the table, list every field the reader got wrong");

    // `--story page`: an exporter option's value must not be taken for an input file.
    std::vector<std::string> args(argv + 1, argv + argc);
    if (!args.empty() && (args[0] == "export" || args[0] == "build"))
        join_exporter_option_values(args, [&](const std::string& name) {
            return (args[0] == "export" ? export_cmd : build)->get_option_no_throw(name) != nullptr;
        });
    std::vector<const char*> joined{argv[0]};
    for (const auto& a : args) joined.push_back(a.c_str());

    try {
        app.parse(static_cast<int>(joined.size()), joined.data());
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? exit_ok : exit_usage;
    }
    try {
        if (normalize->parsed()) return run_normalize(norm);
        if (export_cmd->parsed()) {
            if (!exporter_flags(export_cmd->remaining(), "export", exp.option_values)) return exit_usage;
            return run_export(exp);
        }
        if (build->parsed()) {
            if (!exporter_flags(build->remaining(), "build", bld.option_values)) return exit_usage;
            return run_build(bld);
        }
        if (formats->parsed()) return run_formats(fmt);
        if (validate->parsed()) return run_validate(val);
        if (score->parsed()) return run_score(sc);
    } catch (const std::exception& e) {
        std::cerr << "galley: internal error: " << e.what() << '\n';
        return exit_internal;
    }
    return exit_usage;
}

}  // namespace galley::cli

int main(int argc, char** argv) { return galley::cli::main(argc, argv); }
