#include "text.hpp"

#include <cstdio>

#include "galley/plugin_text.hpp"

namespace galley::epub {
namespace {


using plugin::utf8::decode;
using plugin::utf8::encode;
using plugin::utf8::replacement;
using plugin::utf8::xml_allows;

bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; }

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
        std::string message = std::string(field) + ": replaced " + what + ", which XML 1.0 does not allow, with U+FFFD";
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
        } else if (cp == U'\r') {
            if (i < s.size() && s[i] == '\n') ++i;
            cp = U'\n';
        }
        encode(cp, out);
    }
    return out;
}

std::string Cleaner::line(std::string_view s, std::string_view field) {
    std::string cleaned = text(s, field), out;
    bool pending_space = false;
    for (char c : cleaned) {
        if (is_space(static_cast<unsigned char>(c))) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out.push_back(' ');
        pending_space = false;
        out.push_back(c);
    }
    return out;
}

std::string shorten(std::string_view utf8, std::size_t max) {
    std::u32string s = to_u32(utf8);
    if (s.size() <= max) return std::string(utf8);
    s.resize(max);
    return to_utf8(s) + "…";
}

bool is_language_tag(std::string_view tag) {
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

bool is_chinese(std::string_view tag) {
    std::string_view primary = tag.substr(0, tag.find('-'));
    return primary.size() == 2 && (primary[0] | 0x20) == 'z' && (primary[1] | 0x20) == 'h';
}

bool is_ascii_name(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    if (!((id[0] >= 'a' && id[0] <= 'z') || (id[0] >= 'A' && id[0] <= 'Z'))) return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace galley::epub
