#include "unicode.hpp"

#include <utf8proc.h>

namespace galley::text {

U32 to_u32(std::string_view s) {
    U32 out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char b = static_cast<unsigned char>(s[i]);
        char32_t c;
        int n;
        if (b < 0x80) {
            c = b;
            n = 1;
        } else if ((b >> 5) == 0x6) {
            c = b & 0x1F;
            n = 2;
        } else if ((b >> 4) == 0xE) {
            c = b & 0x0F;
            n = 3;
        } else {
            c = b & 0x07;
            n = 4;
        }
        for (int k = 1; k < n && i + k < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(c);
        i += static_cast<std::size_t>(n);
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

std::string to_utf8(U32View text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (char32_t c : text) append_utf8(out, c);
    return out;
}

bool is_han(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x3134F) ||
           (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007 /* 〇 */;
}

bool is_kana_or_hangul(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xAC00 && c <= 0xD7AF) ||
           (c >= 0x1100 && c <= 0x11FF);
}

bool is_cjk_char(char32_t c) { return is_han(c) || is_kana_or_hangul(c); }

bool is_letter_or_digit(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (c >= 0x4E00 && c <= 0x9FFF) return true;  // the common case in this newsroom, without a table lookup
    if (!utf8proc_codepoint_valid(static_cast<utf8proc_int32_t>(c))) return false;
    switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
        case UTF8PROC_CATEGORY_LU:
        case UTF8PROC_CATEGORY_LL:
        case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM:
        case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL:
        case UTF8PROC_CATEGORY_NO:
            return true;
        default:
            return false;
    }
}

bool is_latin_word_char(char32_t c) { return is_letter_or_digit(c) && !is_cjk_char(c); }

bool is_digit(char32_t c) { return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19); }

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0 || c == 0x2007 || c == 0x202F ||
           (c >= 0x2000 && c <= 0x200A);
}

bool is_upper(char32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LU;
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL;
}

bool is_opening_punct(char32_t c) {
    switch (c) {
        case U'“': case U'‘': case U'（': case U'《': case U'〈': case U'「': case U'『': case U'【':
        case U'〔': case U'〖': case U'［': case U'｛': case U'(': case U'[': case U'{':
            return true;
        default:
            return false;
    }
}

bool is_pause_punct(char32_t c) {
    switch (c) {
        case U'，': case U'、': case U'；': case U'：': case U',': case U';': case U':': case U'､':
            return true;
        default:
            return false;
    }
}

bool is_terminal_punct(char32_t c) {
    switch (c) {
        case U'。': case U'！': case U'？': case U'…': case U'.': case U'!': case U'?': case U'‼':
        case U'⁇': case U'⁈': case U'⁉': case U'｡': case U'．':
            return true;
        default:
            return false;
    }
}

bool is_closing_punct(char32_t c) {
    switch (c) {
        case U'”': case U'’': case U'）': case U'》': case U'〉': case U'」': case U'』': case U'】':
        case U'〕': case U'〗': case U'］': case U'｝': case U')': case U']': case U'}':
            return true;
        default:
            return is_pause_punct(c) || is_terminal_punct(c);
    }
}

bool is_dash(char32_t c) { return c == U'—' || c == U'―' || c == U'–' || c == U'-' || c == U'－'; }

bool is_cjk_punct(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
           (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == U'“' || c == U'”' ||
           c == U'‘' || c == U'’' || c == U'…' || c == U'—' || c == U'·';
}

bool is_decoration(char32_t c) {
    return (c >= 0x25A0 && c <= 0x25FF) /* geometric shapes ■□▲△●◆ */ || (c >= 0x2605 && c <= 0x2606) /* ★☆ */ ||
           c == U'※' || c == U'◎' || c == U'〓';
}

namespace {

// East Asian Ambiguous characters that CJK fonts set full width (UAX #11). utf8proc 2.8 does not expose the
// ambiguous property, so the ranges that occur in newspaper text are listed here.
bool ambiguous_in_cjk(char32_t c) {
    return (c >= 0x2010 && c <= 0x2027) /* dashes, quotes, ellipsis */ || (c >= 0x2030 && c <= 0x203B) ||
           c == 0x00B7 || c == 0x00A7 || c == 0x00B0 || c == 0x00B1 || c == 0x00D7 || c == 0x00F7 ||
           (c >= 0x2160 && c <= 0x217F) /* Roman numerals */ || (c >= 0x2190 && c <= 0x21FF) /* arrows */ ||
           (c >= 0x2460 && c <= 0x24FF) /* ① */ || (c >= 0x2500 && c <= 0x257F) /* box drawing */ ||
           (c >= 0x25A0 && c <= 0x25FF) /* ■ ▲ ● */ || (c >= 0x2605 && c <= 0x2606) || c == 0x203B;
}

}  // namespace

int char_width(char32_t c, bool cjk_context) {
    if (c == '\t') return 4;
    if (c >= 0x20 && c < 0x7F) return 1;                       // ASCII, the common cases first
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)) return 2;
    auto cp = static_cast<utf8proc_int32_t>(c);
    if (!utf8proc_codepoint_valid(cp)) return 1;
    if (cjk_context && ambiguous_in_cjk(c)) return 2;
    int w = utf8proc_charwidth(cp);
    return w < 0 ? 0 : w;
}

int text_width(U32View s, bool cjk_context) {
    int w = 0;
    for (char32_t c : s) w += char_width(c, cjk_context);
    return w;
}

U32View trim(U32View s) {
    std::size_t b = 0, e = s.size();
    while (b < e && is_space(s[b])) ++b;
    while (e > b && is_space(s[e - 1])) --e;
    return s.substr(b, e - b);
}

bool starts_with(U32View s, U32View prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(U32View s, U32View suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

ScriptCounts count_scripts(U32View s) {
    ScriptCounts n;
    for (char32_t c : s) {
        if (is_cjk_char(c)) ++n.cjk;
        else if (is_digit(c)) ++n.digits;
        else if (is_letter_or_digit(c)) ++n.latin;
    }
    return n;
}

bool mostly_cjk(U32View s) {
    ScriptCounts n = count_scripts(s);
    if (n.cjk == 0 && n.latin == 0) {
        // Digits and punctuation only: full-width marks say CJK ("”。"), "9.4%." says Latin.
        for (char32_t c : s)
            if (char_width(c, false) == 2) return true;
        return false;
    }
    // A Latin word counts about as much as one CJK character.
    return n.cjk * 4 >= n.latin;
}

}  // namespace galley::text
