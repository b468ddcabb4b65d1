// One FOP run in a private temporary directory: the page, its pictures and the configuration written there, fop
// started without a shell, its messages read, the PDF read back, the directory removed.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace galley::xslfo {

inline constexpr const char* fop_install_hint =
    "galley -t pdf needs Apache FOP: apt-get install --no-install-recommends fop fonts-noto-cjk";

struct FopJob {
    std::string fop;     // path of the fop command
    std::string fo;      // the page document
    std::string config;  // the FOP configuration
    std::vector<std::pair<std::string, std::string>> files;  // more files beside the page ("pictures/x.png", bytes)
    int timeout_seconds = 600;
    bool area_tree = false;  // lay the page out only, and return FOP's area tree (XML) instead of a PDF
};

struct FopResult {
    bool ok = false;
    std::string pdf;  // the PDF, or the area tree's XML for an area_tree job
    std::vector<std::string> errors;    // missing glyphs and fonts, FOP's errors, a failed run
    std::vector<std::string> warnings;  // FOP's other warnings (overflowing lines …)
    int pages = 0;                      // "Rendered page #n" lines
    double seconds = 0;
};

// The fop command: `option` when given, else $GALLEY_FOP, else fop on PATH; "" when none of these runs.
std::string find_fop(const std::string& option);

FopResult run_fop(const FopJob& job);

// Sorts FOP's output into the result: a line about a glyph that is "not available" or a font "not found" is an
// error of the export (the text would come out as '#' or in a font without the characters).
void classify_fop_output(const std::string& output, FopResult& result);

}  // namespace galley::xslfo
