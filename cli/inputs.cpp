#include "inputs.hpp"

#include <iostream>

#include "exit_codes.hpp"
#include "output_file.hpp"

namespace galley::cli {

void print_diagnostics(const Diagnostics& diags, bool quiet) {
    // A flood of messages (a million unknown keys) helps no one: the first ones say what is wrong.
    constexpr std::size_t most = 200;
    std::size_t shown = 0, held_back = 0;
    for (const auto& d : diags.items()) {
        if (quiet && d.severity != Severity::error) continue;
        if (shown == most) {
            ++held_back;
            continue;
        }
        std::cerr << "galley: " << format_diagnostic(d) << '\n';
        ++shown;
    }
    if (held_back > 0) std::cerr << "galley: note: " << held_back << " more message(s) not shown\n";
}

int read_inputs(const InputArgs& args, Edition& edition) {
    Diagnostics diags;
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
    return exit_ok;
}

}  // namespace galley::cli
