// UTF-8 one character at a time, and what XML 1.0 allows: the pieces every exporter that writes XML needs
// to clean the model's text (which may hold anything a converter read) before it reaches a document.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::plugin::utf8 {

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

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (surrogates never
// come out of decode()).
inline bool xml_allows(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
}

}  // namespace galley::plugin::utf8
