// The print-text converter: a page of text extracted from print → stories in the shared model.
#pragma once

#include "galley/converter.hpp"

namespace galley::print_text {

// Reads one page and adds it, with its stories, to `edition`. False (edition untouched) when the input
// cannot be read as text.
bool read_page(const InputDocument& input, const ConvertOptions& options, Edition& edition, Diagnostics& diags);

// The language of a piece of text: "zh" for CJK text, "en" for English, "und" when unsure.
std::string detect_language(std::u32string_view text);

}  // namespace galley::print_text
