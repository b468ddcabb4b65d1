// A ninjs body into model blocks: HTML (or XHTML) through libxml2's HTML parser, which loads nothing; plain
// text split into paragraphs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "galley/model.hpp"

namespace galley::ninjs_in {

struct Body {
    std::vector<Block> blocks;
    std::string dateline;                     // <p class="dateline">
    std::vector<Continuation> continuations;  // <p class="continued-from|continued-to">
};

Body read_html_body(std::string_view html);
// Paragraphs at blank lines; a text with none, at line breaks.
Body read_text_body(std::string_view text);

// The page a jump line names: "（下转第2版）" → "第2版", "Continued on page A3" → "A3"; "" when unsure.
std::string continuation_page(std::string_view text);

}  // namespace galley::ninjs_in
