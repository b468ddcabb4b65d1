#include "toml_shape.hpp"

namespace galley::edition {

std::optional<ShapeError> check_toml_shape(std::string_view s) {
    int line = 1, column = 0;
    int depth = 0;          // open [ and {
    int parts = 1;          // parts of the key being read
    bool in_key = true;     // between the start of a line (or a { or , of an inline table) and its =
    bool in_header = false; // inside [table] or [[table]]
    std::size_t i = 0;
    auto advance = [&](std::size_t n) {
        for (std::size_t k = 0; k < n && i < s.size(); ++k, ++i) {
            if (s[i] == '\n') {
                ++line;
                column = 0;
            } else {
                ++column;
            }
        }
    };
    auto skip_string = [&](char quote) {
        bool multi = s.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''");
        advance(multi ? 3 : 1);
        while (i < s.size()) {
            if (quote == '"' && s[i] == '\\') {
                advance(2);
                continue;
            }
            if (multi ? s.substr(i, 3) == std::string_view(quote == '"' ? "\"\"\"" : "'''") : s[i] == quote) {
                advance(multi ? 3 : 1);
                return;
            }
            if (!multi && s[i] == '\n') return;  // the parser reports the unclosed string
            advance(1);
        }
    };
    while (i < s.size()) {
        char c = s[i];
        if (c == '"' || c == '\'') {
            skip_string(c);
            continue;
        }
        if (c == '#') {
            while (i < s.size() && s[i] != '\n') advance(1);
            continue;
        }
        if (c == '\n') {
            if (depth == 0) {
                in_key = true;
                parts = 1;
            }
            in_header = false;
            advance(1);
            continue;
        }
        if ((in_key || in_header) && c == '.') {
            if (++parts > max_toml_key_parts)
                return ShapeError{line, column + 1,
                                  "a key with more than " + std::to_string(max_toml_key_parts) + " dotted parts"};
        } else if (c == '=' && in_key) {
            in_key = false;
        } else if (c == '[' && in_header) {
            // the second "[" of an array-of-tables header "[[pages]]"
        } else if (c == '[' || c == '{') {
            bool header = c == '[' && in_key && depth == 0;
            if (header) {
                in_header = true;
                in_key = false;
                parts = 1;
            } else if (++depth > max_toml_nesting) {
                return ShapeError{line, column + 1,
                                  "brackets nested more than " + std::to_string(max_toml_nesting) + " deep"};
            }
            if (c == '{') {
                in_key = true;
                parts = 1;
            }
        } else if (c == ']' || c == '}') {
            if (in_header && c == ']') {
                // "]]" of an array-of-tables header, or "]" of a table header
            } else if (depth > 0) {
                --depth;
            }
        } else if (c == ',' && depth > 0) {
            in_key = true;  // the next key of an inline table (or the next array value: no dots count there)
            parts = 1;
        }
        advance(1);
    }
    return std::nullopt;
}

}  // namespace galley::edition
