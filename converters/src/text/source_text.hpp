// Checks and decodes an input file's bytes into lines: UTF-8 only, with clear errors for anything else.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "galley/diagnostics.hpp"
#include "unicode.hpp"

namespace galley::text {

struct SourceLine {
    U32 text;                        // without the line ending; control characters removed
    int number = 0;                  // 1-based line number in the file
    bool page_break_before = false;  // a form feed (as pdftotext writes between pages) came before this line
};

struct DecodedText {
    std::vector<SourceLine> lines;
    std::size_t longest_line_bytes = 0;
};

// What the print-text reader holds at once, with its lines, blocks and model, is about twelve times its input
// (docs/performance.md): a file of page text is at most 64 MiB and 1,000,000 lines (a month of a daily
// paper's pages is some 150,000). Larger inputs are split at their pages.
inline constexpr std::size_t max_input_bytes = 64u << 20;  // 64 MiB
inline constexpr int max_input_lines = 1'000'000;

// Decodes `bytes` read from `file`. Returns false (with errors in `diags`) when the input cannot be read
// as text; warnings cover what was repaired (a byte-order mark, CRLF line ends, control characters).
bool decode_text(std::string_view bytes, const std::string& file, DecodedText& out, Diagnostics& diags);

// Length in bytes of the valid UTF-8 sequence at `s[i]` (its code point in `*decoded` when given), or 0 when
// it is not valid UTF-8: no overlong forms, surrogates or values past U+10FFFF.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i, char32_t* decoded = nullptr);

}  // namespace galley::text
