// A streaming JSON writer that appends to one std::string and lays the text out byte for byte as
// nlohmann::json's dump(2, ' ', false, error_handler_t::replace) does: two-space indent, `": "` between a key
// and its value, `[]` and `{}` for empty containers, real UTF-8, and U+FFFD for bytes that are not UTF-8.
#pragma once

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

#include "galley/detail/utf8_sequence.hpp"

namespace galley::detail {

// Appends `text` as a JSON string: `\"` `\\` `\b` `\f` `\n` `\r` `\t`, other control characters as `\u00xx`,
// everything else raw; each bad UTF-8 sequence becomes one U+FFFD, as nlohmann's `replace` handler does.
inline void append_json_string(std::string& out, std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t copied = 0;  // text[copied, i) is plain and not yet appended
    std::size_t i = 0;
    out += '"';
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c >= 0x80) {
            const Utf8Sequence seq = utf8_sequence(bytes + i, size - i);
            if (!seq.valid) {
                out.append(text.data() + copied, i - copied);
                out += "\xEF\xBF\xBD";
                copied = i + seq.length;
            }
            i += seq.length;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        out.append(text.data() + copied, i - copied);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
        }
        copied = ++i;
    }
    out.append(text.data() + copied, size - copied);
    out += '"';
}

// Values go in document order: key() then the value inside objects, values alone inside arrays.
class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    // Keys are the model's own names: plain ASCII that needs no escaping.
    void key(std::string_view name) {
        new_line();
        out_ += '"';
        out_ += name;
        out_ += "\": ";
        after_key_ = true;
    }

    void string(std::string_view value) {
        begin_value();
        append_json_string(out_, value);
    }

    void integer(long long value) {
        begin_value();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
        out_.append(digits, end);
    }

    void boolean(bool value) {
        begin_value();
        out_ += value ? "true" : "false";
    }

    void string_member(std::string_view name, std::string_view value) {
        key(name);
        string(value);
    }
    void integer_member(std::string_view name, long long value) {
        key(name);
        integer(value);
    }
    void boolean_member(std::string_view name, bool value) {
        key(name);
        boolean(value);
    }

private:
    void begin_value() {
        if (after_key_) {
            after_key_ = false;
        } else if (depth_ > 0) {
            new_line();  // an array element
        }
    }

    // Each member or element starts a line; all but the first of a container end the previous one with ','.
    void new_line() {
        if (!empty_) out_ += ',';
        out_ += '\n';
        out_.append(2 * depth_, ' ');
        empty_ = false;
    }

    void open(char bracket) {
        begin_value();
        out_ += bracket;
        ++depth_;
        empty_ = true;
    }

    void close(char bracket) {
        --depth_;
        if (!empty_) {
            out_ += '\n';
            out_.append(2 * depth_, ' ');
        }
        out_ += bracket;
        empty_ = false;  // the enclosing container now holds at least this one
    }

    std::string& out_;
    std::size_t depth_ = 0;
    bool empty_ = true;  // nothing written yet in the innermost open container
    bool after_key_ = false;
};

}  // namespace galley::detail
