// 禁则 (line-breaking rules) for FOP, which knows only UAX #14: closing punctuation must never start a line and
// opening punctuation never end one. galley glues them to their neighbours with U+2060 WORD JOINER, which
// UAX #14 forbids breaking on either side of, and which FOP sets with no width and no glyph.
#pragma once

#include <string>
#include <string_view>

namespace galley::xslfo {

inline constexpr char32_t word_joiner = U'\u2060';

bool is_closing_punctuation(char32_t c);  // ，。、；：？！”’）》」』】… and their ASCII kin
bool is_opening_punctuation(char32_t c);  // “‘（《「『【…
// Dashes and ellipses come in pairs (——, ……) that must not be split either.
bool is_paired_punctuation(char32_t c);

// `text` (UTF-8) with a word joiner after every opening punctuation mark followed by a character, before every
// closing one preceded by a character, and inside ——/……. Never next to white space.
std::string join_punctuation(std::string_view text);

}  // namespace galley::xslfo
