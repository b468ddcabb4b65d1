// galley validate: checks files against the standards they claim — NewsML-G2 2.35 (IPTC's XSD and the
// XHTML body), NITF 3.6 (IPTC's XSD) and EPUB 3 (container, package, navigation and content structure) —
// picked by content.
#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "galley/epub_validator.hpp"
#include "galley/validators.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

namespace galley::cli {

int run_validate(const ValidateArgs& args) {
    std::string schema_dir = args.schema_dir;
    if (schema_dir.empty())
        if (const char* env = std::getenv("GALLEY_SCHEMA_DIR")) schema_dir = env;

    std::string nitf_dir = args.nitf_schema_dir;
    if (nitf_dir.empty())
        if (const char* env = std::getenv("GALLEY_NITF_SCHEMA_DIR")) nitf_dir = env;

    NewsmlValidator newsml;
    NitfValidator nitf;
    bool newsml_loaded = false, nitf_loaded = false;
    int invalid = 0, unreadable = 0;
    for (const auto& file : args.files) {
        Diagnostics diags;
        std::string bytes;
        if (std::string err = read_whole_file(file, bytes); !err.empty()) {
            diags.error({file, 0, 0}, "cannot read the file: " + err);
            print_diagnostics(diags, false);
            ++unreadable;
            continue;
        }
        bool ok = false;
        const char* what = "";
        if (looks_like_epub(bytes)) {
            ok = validate_epub(file, bytes, diags);
            what = "valid EPUB 3 (container, package, navigation and links)";
        } else if (looks_like_newsml(bytes)) {
            if (!newsml_loaded) {
                Diagnostics load;
                if (!newsml.load(schema_dir, args.xhtml_dtd, load)) {
                    print_diagnostics(load, false);
                    return exit_usage;
                }
                newsml_loaded = true;
            }
            ok = newsml.validate(file, bytes, diags);
            what = "valid NewsML-G2 2.35 (schema and XHTML body)";
        } else if (looks_like_nitf(bytes)) {
            if (!nitf_loaded) {
                Diagnostics load;
                if (!nitf.load(nitf_dir, load)) {
                    print_diagnostics(load, false);
                    return exit_usage;
                }
                nitf_loaded = true;
            }
            ok = nitf.validate(file, bytes, diags);
            what = "valid NITF 3.6 (IPTC's schema)";
        } else {
            diags.error({file, 0, 0}, "galley validates NewsML-G2, NITF and EPUB files; this is none of them");
        }
        print_diagnostics(diags, false);
        if (!ok) ++invalid;
        else if (!args.quiet) std::cerr << "galley: " << file << ": " << what << "\n";
    }
    if (unreadable) return exit_input_error;
    return invalid ? exit_invalid : exit_ok;
}

}  // namespace galley::cli
