#include "text.hpp"

#include <cstdio>

#include "galley/plugin_text.hpp"

namespace galley::icml {
namespace {

constexpr char32_t line_separator = 0x2028;

using plugin::utf8::decode;
using plugin::utf8::encode;
using plugin::utf8::replacement;
using plugin::utf8::xml_allows;

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
