// Character classes the converters reason with. Text is handled as UTF-32 inside the converters so that
// matching and widths work per character; the model stores UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace galley::text {

using U32 = std::u32string;
using U32View = std::u32string_view;

// Converts valid UTF-8 (checked by the caller) to UTF-32 and back.
U32 to_u32(std::string_view utf8);
std::string to_utf8(U32View text);
void append_utf8(std::string& out, char32_t c);

bool is_han(char32_t c);           // CJK ideographs (all blocks)
bool is_kana_or_hangul(char32_t c);
bool is_cjk_char(char32_t c);      // Han, kana, hangul: characters set one em wide, with no spaces between
bool is_letter_or_digit(char32_t c);  // Unicode categories L* and N*
bool is_latin_word_char(char32_t c);  // letters and digits outside the CJK scripts, and apostrophes inside words
bool is_digit(char32_t c);            // ASCII and full-width digits
bool is_space(char32_t c);            // horizontal white space, including U+3000 and no-break spaces
bool is_upper(char32_t c);
bool is_lower(char32_t c);

// Punctuation roles in CJK layout (JIS X 4051 / the Chinese layout requirements, clreq).
bool is_opening_punct(char32_t c);   // “ ‘ （ 《 「 『 【 〔 ( [
bool is_closing_punct(char32_t c);   // ” ’ ） 》 」 』 】 〕 ) ] and the pause/stop marks below
bool is_terminal_punct(char32_t c);  // 。 ！ ？ … . ! ? : marks that can end a sentence
bool is_pause_punct(char32_t c);     // ， 、 ； ： , ; :  marks that cannot end a paragraph
bool is_dash(char32_t c);            // — ― – -
bool is_cjk_punct(char32_t c);       // full-width punctuation that a CJK layout may squeeze
bool is_decoration(char32_t c);      // ■ □ ● ◆ ▲ △ ★ … printed as markers, not text

// East Asian width in half-em units (utf8proc); ambiguous characters (“ ” … —) count 2 in CJK context.
int char_width(char32_t c, bool cjk_context);
int text_width(U32View s, bool cjk_context);

// Trims horizontal white space at both ends.
U32View trim(U32View s);
bool starts_with(U32View s, U32View prefix);
bool ends_with(U32View s, U32View suffix);

// Counts characters by script, for deciding how a line is set.
struct ScriptCounts {
    std::size_t cjk = 0;
    std::size_t latin = 0;  // letters outside CJK scripts
    std::size_t digits = 0;
};
ScriptCounts count_scripts(U32View s);
bool mostly_cjk(U32View s);

}  // namespace galley::text
