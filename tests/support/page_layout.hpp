// Lays out ground-truth stories as a printed page and "extracts" its text the way PDF text extraction does:
// one line per printed line, indents lost, punctuation squeezed, headlines where the extraction put them.
// The converter under test must recover the stories from that text alone.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "story.hpp"

namespace galley::testing {

struct PageStyle {
    int columns = 17;               // CJK: characters (em) per line; Latin: characters per line
    int indent = 2;                 // first-line indent, in em (CJK) or characters (Latin)
    bool keep_indent = false;       // the extraction kept the indent as spaces
    bool double_spaced = true;      // a blank line after every printed line (as in the seed)
    bool leadin_own_line = false;   // the lead-in formula extracted as a line of its own (as in the seed)
    enum class Headline { before, after, none } headline = Headline::before;
    bool furniture = false;         // a running head at the top and the editors at the foot
    int squeeze_percent = 25;       // chance a line with punctuation squeezes in one more character
    bool hyphenate = true;          // Latin: break long words at line ends with a hyphen
    std::uint32_t seed = 1;

    std::string name() const;  // for test names and messages
};

struct LaidOutPage {
    std::string text;
    // What a reader can know from `text`: the stories, except that in ragged-right Latin text without
    // indents or blank lines a paragraph whose last line left no room for the next paragraph's first word
    // cannot be told from the next one. Those pairs are joined here (the converter joins them too).
    std::vector<Story> expected;
};

// The page text for `stories` in `style`.
LaidOutPage layout_page(const std::vector<Story>& stories, const PageStyle& style);

// One paragraph set in a column (exposed for the generator's own tests).
std::vector<std::u32string> set_cjk_paragraph(const std::u32string& text, int columns, int first_indent,
                                              int squeeze_percent, std::uint32_t& rng);
std::vector<std::u32string> set_latin_paragraph(const std::u32string& text, int columns, int first_indent,
                                                bool hyphenate, std::uint32_t& rng);

}  // namespace galley::testing
