// Reports JSON that does not parse, in nlohmann::json's words and at the byte it names: the fast reader
// only knows that the text is broken, and the message should not depend on which parser noticed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "galley/detail/text_position.hpp"
#include "galley/diagnostics.hpp"

namespace galley::detail {

// A SAX handler that builds nothing and keeps the first error.
class FirstJsonError : public nlohmann::json_sax<nlohmann::json> {
public:
    bool found = false;
    std::size_t byte = 0;  // nlohmann's count of bytes read when it stopped
    std::string what;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& ex) override {
        found = true;
        byte = position;
        what = ex.what();
        return false;
    }
};

// `fast_offset`: where the fast reader stopped, used only if nlohmann finds nothing wrong (which would be a
// bug in json_cursor.hpp).
inline void report_json_syntax_error(std::string_view text, std::size_t fast_offset, const std::string& file,
                                     Diagnostics& diags) {
    FirstJsonError first;
    nlohmann::json::sax_parse(text.begin(), text.end(), &first);
    std::size_t at = fast_offset;
    std::string message = "syntax error";
    if (first.found) {
        at = first.byte > 0 ? first.byte - 1 : 0;
        message = first.what;
        // nlohmann's message repeats the position; keep the part after "parse error ... : ".
        if (auto p = message.find("parse error"); p != std::string::npos) {
            if (auto cut = message.find(": ", p); cut != std::string::npos) message.erase(0, cut + 2);
        } else if (message.rfind("[json.exception.", 0) == 0) {
            // Not a parse_error: "number overflow parsing '1e400'" (out_of_range.406); drop the tag.
            if (auto cut = message.find("] "); cut != std::string::npos) message.erase(0, cut + 2);
        }
    }
    const TextPosition position = text_position(text, at);
    diags.error(SourceSpan{file, position.line, position.column}, "invalid JSON: " + message);
}

}  // namespace galley::detail
