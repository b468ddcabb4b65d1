// Language tags and the scripts they imply, read the same way by every exporter: which tags a document may
// carry, and which languages get Chinese labels, CJK typesetting or traditional characters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace galley::lang {

// A BCP 47 tag as xs:language (xml:lang, dc:language) accepts it: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
inline bool is_language_tag(std::string_view tag) {
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

namespace detail {

// A subtag in upper-case ASCII, since tags compare without regard to case ("zh-hant" is "zh-Hant").
inline std::string upper(std::string_view subtag) {
    std::string out(subtag);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

// The primary language subtag ("zh" of "zh-Hant-TW"), upper-cased.
inline std::string primary(std::string_view tag) { return upper(tag.substr(0, tag.find('-'))); }

}  // namespace detail

// Chinese ("zh", "zh-CN", "zh-Hant-TW"): Chinese labels, dates and typesetting rules.
inline bool is_chinese(std::string_view tag) { return detail::primary(tag) == "ZH"; }

// Chinese in traditional characters: a Hant script, or Taiwan, Hong Kong or Macao as the region.
inline bool is_traditional_chinese(std::string_view tag) {
    if (!is_chinese(tag)) return false;
    for (std::size_t at = tag.find('-'); at != std::string_view::npos;) {
        std::size_t end = tag.find('-', at + 1);
        std::string sub = detail::upper(tag.substr(at + 1, end == std::string_view::npos ? end : end - at - 1));
        if (sub == "HANT" || sub == "TW" || sub == "HK" || sub == "MO") return true;
        at = end;
    }
    return false;
}

// Chinese, Japanese or Korean: set by CJK rules (ideographic indents and spaces, no word spaces).
inline bool is_cjk(std::string_view tag) {
    std::string p = detail::primary(tag);
    return p == "ZH" || p == "JA" || p == "KO";
}

// CJK ideographs, kana, hangul and CJK punctuation: characters set one per em.
inline bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace galley::lang
