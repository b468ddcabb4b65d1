#include "text.hpp"

#include <cstdio>

namespace galley::icml {
namespace {

constexpr char32_t replacement = 0xFFFD;
constexpr char32_t line_separator = 0x2028;

// Decodes one UTF-8 sequence at `i`; malformed input (bad lead, short or overlong sequence, surrogate,
// beyond U+10FFFF) gives `replacement` and `malformed`, consuming one byte so that decoding resumes.
char32_t decode(std::string_view s, std::size_t& i, bool& malformed) {
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

void encode(char32_t cp, std::string& out) {
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
bool xml_allows(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
}

std::string lower_primary(std::string_view tag) {
    std::string p(tag.substr(0, tag.find('-')));
    for (char& c : p) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return p;
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

std::string Cleaner::text(std::string_view s, std::string_view field) {
    std::string out;
    out.reserve(s.size());
    auto note = [&](const std::string& what) {
        std::string message =
            std::string(field) + ": replaced " + what + ", which XML 1.0 does not allow, with U+FFFD";
        for (const auto& p : problems_)
            if (p.first == article_ && p.second == message) return;
        problems_.emplace_back(article_, std::move(message));
    };
    for (std::size_t i = 0; i < s.size();) {
        bool malformed = false;
        char32_t cp = decode(s, i, malformed);
        if (malformed) {
            note("malformed UTF-8");
        } else if (!xml_allows(cp)) {
            char hex[16];
            std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
            note(hex);
            cp = replacement;
        } else if (cp == U'\r' || cp == U'\n') {
            if (cp == U'\r' && i < s.size() && s[i] == '\n') ++i;
            cp = line_separator;
        }
        encode(cp, out);
    }
    return out;
}

bool is_chinese(std::string_view tag) { return lower_primary(tag) == "zh"; }

bool is_traditional_chinese(std::string_view tag) {
    if (!is_chinese(tag)) return false;
    std::string t(tag);
    for (char& c : t) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    for (const char* sub : {"-HANT", "-TW", "-HK", "-MO"}) {
        std::size_t at = t.find(sub);
        std::size_t end = at == std::string::npos ? at : at + std::string_view(sub).size();
        if (at != std::string::npos && (end == t.size() || t[end] == '-')) return true;
    }
    return false;
}

}  // namespace galley::icml
