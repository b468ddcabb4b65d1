#include "text.hpp"

#include <cstdio>

#include "galley/plugin_text.hpp"

namespace galley::newsml_g2 {
namespace {


using plugin::utf8::decode;
using plugin::utf8::encode;
using plugin::utf8::replacement;
using plugin::utf8::xml_allows;

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_cjk(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3134F) || (c >= 0x3040 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FF) ||
           (c >= 0x31F0 && c <= 0x31FF);
}

bool is_punct_or_symbol(char32_t c) {
    if (c < 0x80) return !((c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z'));
    return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x2BFF) ||
           (c >= 0x3000 && c <= 0x303F) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) ||
           (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) ||
           c == replacement;
}

bool is_word_char(char32_t c) { return !is_space(c) && !is_cjk(c) && !is_punct_or_symbol(c); }

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Keeps one word across "don't", "well-known", "3.5" and "1,000".
bool joins(char32_t before, char32_t c, char32_t after) {
    if (c == U'.' || c == U',') return is_digit(before) && is_digit(after);
    return (c == U'\'' || c == 0x2019 || c == U'-' || c == 0x2010) && is_word_char(before) && is_word_char(after);
}

}  // namespace

std::u32string to_u32(std::string_view utf8) {
    std::u32string out;
    bool malformed = false;
    for (std::size_t i = 0; i < utf8.size();) out.push_back(decode(utf8, i, malformed));
    return out;
}

std::string to_utf8(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) encode(c, out);
    return out;
}

void Cleaner::report(std::string_view field, char32_t bad, bool malformed, bool edition) {
    std::string what;
    if (malformed) {
        what = "malformed UTF-8";
    } else {
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(bad));
        what = hex;
    }
    add(std::string(field) + ": replaced " + what + ", which XML 1.0 does not allow, with U+FFFD", edition);
}

void Cleaner::add(std::string message, bool edition) {
    for (const auto& p : problems_)
        if (p.message == message) return;
    problems_.push_back({std::move(message), edition});
}

std::string Cleaner::text(std::string_view s, std::string_view field, bool edition) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        bool malformed = false;
        std::size_t at = i;
        char32_t cp = decode(s, i, malformed);
        if (malformed) {
            report(field, static_cast<unsigned char>(s[at]), true, edition);
        } else if (!xml_allows(cp)) {
            report(field, cp, false, edition);
            cp = replacement;
        } else if (cp == U'\r') {
            if (i < s.size() && s[i] == '\n') ++i;
            cp = U'\n';
        }
        encode(cp, out);
    }
    return out;
}

std::string Cleaner::line(std::string_view s, std::string_view field, bool edition) {
    std::string cleaned = text(s, field, edition), out;
    bool pending_space = false;
    for (char c : cleaned) {
        if (c == ' ' || c == '\t' || c == '\n') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

void count_text(std::string_view utf8, TextCounts& counts) {
    std::u32string cps = to_u32(utf8);
    bool in_word = false;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        char32_t c = cps[i];
        ++counts.chars;
        if (is_cjk(c)) {
            ++counts.words;
            in_word = false;
        } else if (is_word_char(c)) {
            if (!in_word) ++counts.words;
            in_word = true;
        } else if (!(in_word && i + 1 < cps.size() && joins(cps[i - 1], c, cps[i + 1]))) {
            in_word = false;
        }
    }
}

std::string iri(std::string_view href) {
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

bool is_language_tag(std::string_view tag) {
    // xs:language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*
    std::size_t part = 0, len = 0;
    for (char c : tag) {
        bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        bool digit = c >= '0' && c <= '9';
        if (c == '-') {
            if (len == 0) return false;
            ++part;
            len = 0;
        } else if (alpha || (digit && part > 0)) {
            if (++len > 8) return false;
        } else {
            return false;
        }
    }
    return len > 0;
}

}  // namespace galley::newsml_g2
