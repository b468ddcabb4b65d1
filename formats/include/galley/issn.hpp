// ISSNs as editions give them ("ISSN 1234-5679", "12345679", "2049-363x"): one form for every exporter.
// Header-only, for converters and exporter plugins alike.
#pragma once

#include <string>
#include <string_view>

namespace galley {

// "NNNN-NNNC" (C a digit or X), or "" when `issn` is not eight such characters after an optional "ISSN"
// and spaces, hyphens or colons. The check digit is not checked here (issn_checks does).
inline std::string normalize_issn(std::string_view issn) {
    std::string_view s = issn;
    if (s.size() >= 4 && (s.substr(0, 4) == "ISSN" || s.substr(0, 4) == "issn")) s.remove_prefix(4);
    std::string chars;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == ':') continue;
        bool digit = c >= '0' && c <= '9';
        bool check = (c == 'X' || c == 'x') && chars.size() == 7;
        if (!digit && !check) return "";
        chars.push_back(c == 'x' ? 'X' : c);
    }
    if (chars.size() != 8) return "";
    return chars.substr(0, 4) + "-" + chars.substr(4);
}

// The check digit of a normalized ISSN (ISO 3297): weights 8…2 over the first seven digits, mod 11.
inline bool issn_checks(std::string_view normalized) {
    if (normalized.size() != 9) return false;
    int sum = 0;
    for (int i = 0, k = 0; i < 9; ++i) {
        if (normalized[i] == '-') continue;
        if (k < 7) sum += (normalized[i] - '0') * (8 - k);
        ++k;
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'X' : static_cast<char>('0' + check);
    return normalized[8] == expected;
}

}  // namespace galley
