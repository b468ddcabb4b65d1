// galley normalize: inputs → one edition → canonical JSON.
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "galley/model_json.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

namespace galley::cli {

int run_normalize(const NormalizeArgs& args) {
    Edition edition;
    if (int code = read_inputs(args.in, edition)) return code;
    std::string json = to_canonical_json(edition);
    bool to_stdout = args.output.empty() || args.output == "-";
    if (std::string err = to_stdout ? write_stdout(json) : write_file_atomically(args.output, json); !err.empty()) {
        std::cerr << "galley: error: " << err << '\n';
        return exit_output_error;
    }
    if (!args.in.quiet) {
        std::size_t paragraphs = 0;
        for (const auto& a : edition.articles)
            for (const auto& b : a.body) paragraphs += b.type == BlockType::paragraph;
        std::cerr << "galley: " << (to_stdout ? std::string("stdout") : args.output) << ": " << edition.articles.size()
                  << " article(s), " << paragraphs << " paragraph(s), " << edition.dropped.size()
                  << " dropped piece(s) outside articles\n";
    }
    return exit_ok;
}

}  // namespace galley::cli
