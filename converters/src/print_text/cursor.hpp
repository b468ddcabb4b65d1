// A cursor over UTF-32 text for the small hand-written matchers the converter uses instead of regexes:
// every matcher is linear and cannot backtrack without bound.
#pragma once

#include "../text/unicode.hpp"

namespace galley::print_text {

using text::U32;
using text::U32View;

struct Cursor {
    U32View s;
    std::size_t i = 0;

    explicit Cursor(U32View text, std::size_t at = 0) : s(text), i(at) {}

    bool eof() const { return i >= s.size(); }
    char32_t peek(std::size_t k = 0) const { return i + k < s.size() ? s[i + k] : U'\0'; }
    U32View rest() const { return s.substr(std::min(i, s.size())); }

    bool lit(U32View word) {
        if (text::starts_with(rest(), word)) {
            i += word.size();
            return true;
        }
        return false;
    }
    bool one_of(U32View chars) {
        if (!eof() && chars.find(peek()) != U32View::npos) {
            ++i;
            return true;
        }
        return false;
    }
    std::size_t skip_spaces() {
        std::size_t start = i;
        while (!eof() && text::is_space(peek())) ++i;
        return i - start;
    }
    // Reads 1..max_len ASCII or full-width digits; false (cursor unchanged) when there are none.
    bool number(int& value, std::size_t max_len = 4) {
        std::size_t start = i;
        value = 0;
        while (!eof() && text::is_digit(peek()) && i - start < max_len) {
            char32_t c = peek();
            value = value * 10 + static_cast<int>(c >= 0xFF10 ? c - 0xFF10 : c - '0');
            ++i;
        }
        if (i == start || (!eof() && text::is_digit(peek()))) {
            i = start;
            return false;
        }
        return true;
    }
    // Reads a Chinese numeral up to 99 (一 … 九十九, 〇, 两).
    bool cjk_number(int& value);
};

inline bool Cursor::cjk_number(int& value) {
    auto digit = [](char32_t c) -> int {
        switch (c) {
            case U'〇': case U'零': return 0;
            case U'一': return 1;
            case U'二': case U'两': return 2;
            case U'三': return 3;
            case U'四': return 4;
            case U'五': return 5;
            case U'六': return 6;
            case U'七': return 7;
            case U'八': return 8;
            case U'九': return 9;
            default: return -1;
        }
    };
    std::size_t start = i;
    int v = 0;
    if (peek() == U'十') {
        v = 10;
        ++i;
        if (digit(peek()) > 0) v += digit(s[i++]);
    } else if (digit(peek()) > 0) {
        v = digit(s[i++]);
        if (peek() == U'十') {
            v *= 10;
            ++i;
            if (digit(peek()) > 0) v += digit(s[i++]);
        }
    }
    if (i == start) return false;
    value = v;
    return true;
}

}  // namespace galley::print_text
