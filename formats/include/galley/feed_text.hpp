// What a feed says of an article's text: its character and word counts (NewsML-G2 charcount/wordcount, ninjs
// charcount/wordcount), and hrefs written as IRIs. One place, so that every feed counts the same article alike.
// Header-only, for exporter plugins.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "galley/utf8.hpp"

namespace galley {

// charcount and wordcount of a text (see count_text).
struct TextCounts {
    std::size_t chars = 0;
    std::size_t words = 0;
};

namespace feed_detail {

inline bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_cjk(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0x3040 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF) ||
           (c >= 0x31F0 && c <= 0x31FF);
}

inline bool is_punct_or_symbol(char32_t c) {
    if (c < 0x80) return !((c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'));
    return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
           c == utf8::replacement;
}

inline bool is_word_char(char32_t c) { return !is_space(c) && !is_cjk(c) && !is_punct_or_symbol(c); }

inline bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Keeps one word across "don't", "well-known", "3.5" and "1,000".
inline bool joins(char32_t before, char32_t c, char32_t after) {
    if (c == U'.' || c == U',') return is_digit(before) && is_digit(after);
    return (c == U'\'' || c == 0x2019 || c == U'-' || c == 0x2010) && is_word_char(before) && is_word_char(after);
}

}  // namespace feed_detail

// Adds one block of text to `counts`. chars: every character of the block, spaces and punctuation
// included (blocks are not joined, so no separator is counted). words: each CJK ideograph or kana counts
// as one word, as Chinese and Japanese newsrooms count 字数, since the script puts no spaces between
// words; any other run of letters and digits is one word (an apostrophe or hyphen between letters, or a
// point or comma between digits, keeps it one: "don't", "well-known", "3.5"); punctuation, symbols and
// spaces are no words.
inline void count_text(std::string_view text, TextCounts& counts) {
    std::u32string cps = utf8::to_u32(text);
    bool in_word = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        char32_t c = cps[i];
        ++counts.chars;
        if (feed_detail::is_cjk(c)) {
            ++counts.words;
            in_word = false;
        } else if (feed_detail::is_word_char(c)) {
            if (!in_word) ++counts.words;
            in_word = true;
        } else if (!(in_word && i + 1 < cps.size() && feed_detail::joins(cps[i - 1], c, cps[i + 1]))) {
            in_word = false;
        }
    }
}

// An href as an IRI: spaces, controls and the characters RFC 3987 excludes (" < > \\ ^ ` { | }) are
// percent-encoded; other characters, "%" and non-ASCII letters stay as they are.
inline std::string iri(std::string_view href) {
    static constexpr std::string_view excluded = "\"<>\\^`{|}";
    std::string out;
    for (char ch : href) {
        auto c = static_cast<unsigned char>(ch);
        if (c <= 0x20 || c == 0x7F || excluded.find(ch) != std::string_view::npos) {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            out += hex;
        } else {
            out.push_back(ch);
        }
    }
    return out;
}

}  // namespace galley
