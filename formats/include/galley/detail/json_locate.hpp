// Finds where a value sits in JSON text, so that errors found after parsing can name a line and column.
// The ninjs reader names the place of a value of the wrong type with it, and the DOM reader kept as a test oracle
// (formats/testing/dom_model_json.hpp) does too; galley's canonical JSON reader notes places as it reads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace galley::detail {

using JsonPathStep = std::variant<std::string, std::size_t>;  // object key or array index
using JsonPath = std::vector<JsonPathStep>;

namespace json_scan {

// A forgiving scanner over text that nlohmann::json has already accepted as valid JSON.
class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text) {}

    std::size_t pos() const { return i_; }

    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t')) ++i_;
    }

    // Reads a string token at the current position and returns its raw (still escaped) contents.
    std::string read_string() {
        std::string out;
        if (i_ >= s_.size() || s_[i_] != '"') return out;
        ++i_;
        while (i_ < s_.size() && s_[i_] != '"') {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) {
                out += s_[i_++];
            }
            out += s_[i_++];
        }
        if (i_ < s_.size()) ++i_;
        return out;
    }

    void skip_value() {
        skip_ws();
        if (i_ >= s_.size()) return;
        char c = s_[i_];
        if (c == '"') {
            read_string();
        } else if (c == '{' || c == '[') {
            int depth = 0;
            while (i_ < s_.size()) {
                char d = s_[i_];
                if (d == '"') {
                    read_string();
                    continue;
                }
                if (d == '{' || d == '[') ++depth;
                if (d == '}' || d == ']') {
                    if (--depth == 0) {
                        ++i_;
                        return;
                    }
                }
                ++i_;
            }
        } else {
            while (i_ < s_.size() && s_[i_] != ',' && s_[i_] != '}' && s_[i_] != ']' && s_[i_] != ' ' &&
                   s_[i_] != '\n' && s_[i_] != '\r' && s_[i_] != '\t')
                ++i_;
        }
    }

    // Positions the scanner at the value of `key` in the object starting here; false when absent.
    bool enter_key(const std::string& key) {
        skip_ws();
        if (i_ >= s_.size() || s_[i_] != '{') return false;
        ++i_;
        for (;;) {
            skip_ws();
            if (i_ >= s_.size() || s_[i_] == '}') return false;
            std::string k = read_string();
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ':') ++i_;
            skip_ws();
            if (k == key) return true;
            skip_value();
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ',') ++i_;
        }
    }

    bool enter_index(std::size_t index) {
        skip_ws();
        if (i_ >= s_.size() || s_[i_] != '[') return false;
        ++i_;
        for (std::size_t n = 0;; ++n) {
            skip_ws();
            if (i_ >= s_.size() || s_[i_] == ']') return false;
            if (n == index) return true;
            skip_value();
            skip_ws();
            if (i_ < s_.size() && s_[i_] == ',') ++i_;
        }
    }

private:
    std::string_view s_;
    std::size_t i_ = 0;
};

}  // namespace json_scan

// Byte offset of the value at `path` in `text`; the offset of the deepest part found when the path runs out.
inline std::size_t locate_json_value(std::string_view text, const JsonPath& path) {
    json_scan::Scanner scan(text);
    scan.skip_ws();
    std::size_t found = scan.pos();
    for (const auto& step : path) {
        bool ok = std::holds_alternative<std::string>(step) ? scan.enter_key(std::get<std::string>(step))
                                                            : scan.enter_index(std::get<std::size_t>(step));
        if (!ok) break;
        found = scan.pos();
    }
    return found;
}

// "/articles/0/headline" for messages.
inline std::string json_pointer(const JsonPath& path) {
    std::string out;
    for (const auto& step : path) {
        out += '/';
        if (std::holds_alternative<std::size_t>(step)) {
            out += std::to_string(std::get<std::size_t>(step));
            continue;
        }
        for (char c : std::get<std::string>(step)) {
            if (c == '~') out += "~0";
            else if (c == '/') out += "~1";
            else out += c;
        }
    }
    return out.empty() ? "/" : out;
}

// 1-based line and column (in code points) of a byte offset.
inline void line_column(std::string_view text, std::size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;  // count code points, not bytes
        }
    }
}

}  // namespace galley::detail
