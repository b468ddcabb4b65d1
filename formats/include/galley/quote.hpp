// Input echoed in a message: escaped so that one message stays one line of plain text, and cut so that a
// 50 MB key does not make 50 MB of messages. Every message that repeats what it read goes through here.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "galley/utf8.hpp"

namespace galley {

namespace detail {

// Characters that would break or disguise a line on a terminal: C0 and C1 controls, DEL, line and
// paragraph separators, and the bidirectional overrides and isolates.
inline bool unprintable(char32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

// Appends `s` escaped until `out` reaches `max_bytes`; true when it had to stop before the end (then with "…").
inline bool append_escaped(std::string& out, std::string_view s, std::size_t max_bytes, bool in_quotes) {
    std::size_t i = 0;
    char buf[16];
    while (i < s.size()) {
        if (out.size() >= max_bytes) break;
        const std::size_t start = i;
        bool malformed = false;
        const char32_t cp = utf8::decode(s, i, malformed);  // a malformed byte is consumed alone
        if (malformed) {
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[start]));
            out += buf;
        } else if (cp == '\n') out += "\\n";
        else if (cp == '\r') out += "\\r";
        else if (cp == '\t') out += "\\t";
        else if (in_quotes && (cp == '"' || cp == '\\')) (out += '\\') += static_cast<char>(cp);
        else if (unprintable(cp)) {
            std::snprintf(buf, sizeof buf, cp < 0x80 ? "\\x%02X" : "\\u%04X", static_cast<unsigned>(cp));
            out += buf;
        } else out.append(s, start, i - start);
    }
    if (i == s.size()) return false;
    out += "\xE2\x80\xA6";  // …
    return true;
}

}  // namespace detail

// `s` in double quotes, escaped, at most about `max_bytes` of it shown; a cut one says how long it was:
// "Lorem ipsum…" (50000000 bytes).
inline std::string quote_text(std::string_view s, std::size_t max_bytes = 80) {
    std::string out = "\"";
    const bool cut = detail::append_escaped(out, s, max_bytes + 1, true);
    out += '"';
    if (cut) out += " (" + std::to_string(s.size()) + " bytes)";
    return out;
}

// A whole message made safe for one line of a terminal or log: controls escaped, cut at `max_bytes`.
inline std::string printable(std::string_view s, std::size_t max_bytes = 4096) {
    std::string out;
    detail::append_escaped(out, s, max_bytes, false);
    return out;
}

}  // namespace galley
