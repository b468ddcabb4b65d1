// UTF-8 one character at a time, strictly: the model's text may hold anything a converter read, and every
// exporter must decode, count and cut it the same way. Header-only, for plugins built outside the tree too.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::utf8 {

inline constexpr char32_t replacement = 0xFFFD;

// Decodes one UTF-8 sequence at `i`; malformed input (bad lead, short or overlong sequence, surrogate,
// beyond U+10FFFF) gives `replacement` and `malformed`, consuming one byte so that decoding resumes.
inline char32_t decode(std::string_view s, std::size_t& i, bool& malformed) {
    malformed = false;
    auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int n = b0 >= 0xF0 && b0 <= 0xF4 ? 3 : b0 >= 0xE0 ? (b0 <= 0xEF ? 2 : 0) : b0 >= 0xC2 ? 1 : 0;
    char32_t cp = n == 3 ? b0 & 0x07 : n == 2 ? b0 & 0x0F : b0 & 0x1F;
    bool ok = n > 0 && i + static_cast<std::size_t>(n) < s.size();
    for (int k = 1; ok && k <= n; ++k) {
        auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        ok = (b & 0xC0) == 0x80;
        cp = (cp << 6) | (b & 0x3F);
    }
    if (ok) {
        bool overlong = (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000);
        ok = !overlong && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    }
    if (!ok) {
        malformed = true;
        ++i;
        return replacement;
    }
    i += static_cast<std::size_t>(n) + 1;
    return cp;
}

inline void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// For code that looks at characters rather than bytes (line breaking, word counts); each malformed byte
// becomes one `replacement`.
inline std::u32string to_u32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    bool malformed = false;
    for (std::size_t i = 0; i < s.size();) out.push_back(decode(s, i, malformed));
    return out;
}

inline std::string to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) encode(c, out);
    return out;
}

// The first `max` characters, with "…" when cut (labels made from body text): cut by characters, so that no
// character is split.
inline std::string shorten(std::string_view s, std::size_t max) {
    std::u32string chars = to_u32(s);
    if (chars.size() <= max) return std::string(s);
    chars.resize(max);
    return to_utf8(chars) + "\u2026";
}

}  // namespace galley::utf8
