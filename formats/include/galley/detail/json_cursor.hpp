// A pull parser over JSON text in memory: the reader asks for the value it expects next and the cursor reads
// it in place, without building a document. It accepts exactly what nlohmann::json::parse accepts, quirks
// included (a UTF-8 byte order mark at the very start; a NUL byte outside strings read as the end of the
// input; a number too large for a double refused), so that canonical JSON reads the same either way. It
// only says *that* the text is broken; nlohmann is asked for the message (json_syntax_error.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "galley/detail/utf8_sequence.hpp"
#include "galley/utf8.hpp"

namespace galley::detail {

struct JsonNumber {
    bool integer = false;          // no fraction and no exponent
    bool negative = false;
    std::uint64_t magnitude = 0;   // of an integer; saturates at the largest std::uint64_t
};

class JsonCursor {
public:
    explicit JsonCursor(std::string_view text) : text_(text) {}

    bool failed() const { return failed_; }
    std::size_t offset() const { return pos_; }
    void seek(std::size_t offset) { pos_ = offset; }

    // nlohmann skips a byte order mark at the very start, and refuses a broken one.
    bool skip_bom() {
        if (pos_ != 0 || text_.empty() || static_cast<unsigned char>(text_[0]) != 0xEF) return true;
        if (text_.substr(0, 3) != "\xEF\xBB\xBF") return fail();
        pos_ = 3;
        return true;
    }

    // Skips whitespace and returns the next byte without taking it: '\0' at the end of the text.
    char peek() {
        while (pos_ < text_.size() && is_space(text_[pos_])) ++pos_;
        return pos_ < text_.size() ? text_[pos_] : '\0';
    }

    // After the top-level value only whitespace may follow, up to the end or to a NUL byte, where nlohmann
    // stops reading (it treats NUL as the end of a C string).
    bool at_end() { return !failed_ && peek() == '\0'; }

    // The string at the cursor, unescaped, into `out`.
    bool string(std::string& out) { return scan_string(&out); }

    bool number(JsonNumber& out);

    // `word` is true, false or null; the cursor is at its first letter.
    bool literal(std::string_view word) {
        if (text_.substr(pos_, word.size()) != word) return fail();
        pos_ += word.size();
        return true;
    }

    // Checks and passes over the value at the cursor, however deeply nested: containers are tracked on a
    // heap stack, not by recursion, so that no input can overflow the call stack.
    bool skip_value();

    // Reads the object at the cursor ('{'): for each member, `member(key)` must read or skip the value and
    // return true to go on. `key` stays valid only until the value is read.
    template <class Member>
    bool members(Member&& member) {
        ++pos_;
        if (peek() == '}') {
            ++pos_;
            return true;
        }
        for (;;) {
            std::string_view key;
            if (peek() != '"' || !key_string(key)) return fail();
            if (peek() != ':') return fail();
            ++pos_;
            if (!member(key)) return false;
            if (!next_or_close('}')) return !failed_;
        }
    }

    // Reads the array at the cursor ('['): `element(index)` must read or skip each value and return true to
    // go on.
    template <class Element>
    bool elements(Element&& element) {
        ++pos_;
        if (peek() == ']') {
            ++pos_;
            return true;
        }
        for (std::size_t index = 0;; ++index) {
            if (!element(index)) return false;
            if (!next_or_close(']')) return !failed_;
        }
    }

private:
    static bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    static bool is_digit(char c) { return c >= '0' && c <= '9'; }

    bool fail() {
        failed_ = true;
        return false;
    }

    // After a member or element: true at ',' (another follows), false at `close` or on an error.
    bool next_or_close(char close) {
        const char c = peek();
        if (c == ',' || c == close) ++pos_;
        if (c == ',') return true;
        if (c != close) fail();
        return false;
    }

    // Keys without escapes (all of canonical JSON's) are viewed in place; others are unescaped into a buffer.
    bool key_string(std::string_view& key) {
        const std::size_t begin = pos_ + 1;
        if (!scan_string(nullptr)) return false;
        key = text_.substr(begin, pos_ - 1 - begin);
        if (key.find('\\') == std::string_view::npos) return true;
        pos_ = begin - 1;
        if (!scan_string(&key_buffer_)) return false;
        key = key_buffer_;
        return true;
    }

    bool scan_string(std::string* out);
    bool unescape(std::string* out);
    int hex4();
    bool finite_as_double(std::string_view token, std::int64_t int_digits, std::int64_t first_nonzero,
                          std::int64_t exponent);

    std::string_view text_;
    std::size_t pos_ = 0;
    bool failed_ = false;
    std::string key_buffer_;
    std::string open_containers_;  // skip_value's stack: the closing bracket of each container it is in
};

// Reads the string at the cursor ('"'), checking it as nlohmann does: no raw control characters, valid escapes
// and surrogate pairs, well-formed UTF-8. Its bytes go to `out` unless that is null.
inline bool JsonCursor::scan_string(std::string* out) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t size = text_.size();
    const std::size_t begin = pos_ + 1;
    // Most strings have no escapes: check them in one pass and copy them whole. This is the reader's hottest
    // loop, so it keeps its place in a local and takes the common cases first.
    std::size_t i = begin;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            if (c == '"' || c == '\\' || c < 0x20) break;
            ++i;
        } else {
            const Utf8Sequence seq = utf8_sequence(bytes + i, size - i);
            if (!seq.valid) break;
            i += seq.length;
        }
    }
    pos_ = i;
    if (i >= size || (bytes[i] != '"' && bytes[i] != '\\')) return fail();  // the end, a control character, bad UTF-8
    if (out) out->assign(text_.data() + begin, i - begin);
    if (bytes[i] == '\\') return unescape(out);
    ++pos_;
    return true;
}

// The rest of a string from its first backslash on.
inline bool JsonCursor::unescape(std::string* out) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t size = text_.size();
    std::size_t copied = pos_;  // text_[copied, pos_) is plain and not yet appended
    while (pos_ < size) {
        const unsigned char c = bytes[pos_];
        if (c >= 0x80) {
            const Utf8Sequence seq = utf8_sequence(bytes + pos_, size - pos_);
            if (!seq.valid) return fail();
            pos_ += seq.length;
            continue;
        }
        if (c < 0x20) return fail();
        if (c != '"' && c != '\\') {
            ++pos_;
            continue;
        }
        if (out) out->append(text_.data() + copied, pos_ - copied);
        if (c == '"') {
            ++pos_;
            return true;
        }
        if (++pos_ >= size) return fail();
        const char e = text_[pos_++];
        char plain = 0;
        switch (e) {
            case '"': plain = '"'; break;
            case '\\': plain = '\\'; break;
            case '/': plain = '/'; break;
            case 'b': plain = '\b'; break;
            case 'f': plain = '\f'; break;
            case 'n': plain = '\n'; break;
            case 'r': plain = '\r'; break;
            case 't': plain = '\t'; break;
            case 'u': break;
            default: return fail();
        }
        if (e != 'u') {
            if (out) *out += plain;
            copied = pos_;
            continue;
        }
        const int first = hex4();
        if (first < 0 || (first >= 0xDC00 && first <= 0xDFFF)) return fail();  // a low surrogate alone
        std::uint32_t cp = static_cast<std::uint32_t>(first);
        if (first >= 0xD800 && first <= 0xDBFF) {  // a high surrogate: its low half must follow
            if (text_.substr(pos_, 2) != "\\u") return fail();
            pos_ += 2;
            const int second = hex4();
            if (second < 0xDC00 || second > 0xDFFF) return fail();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<std::uint32_t>(second) - 0xDC00);
        }
        if (out) utf8::encode(static_cast<char32_t>(cp), *out);
        copied = pos_;
    }
    return fail();
}

// Four hex digits after "\u" (either case); -1 when they are not there.
inline int JsonCursor::hex4() {
    if (text_.size() - pos_ < 4) return -1;
    int value = 0;
    for (int k = 0; k < 4; ++k) {
        const char c = text_[pos_++];
        int digit = -1;
        if (c >= '0' && c <= '9') digit = c - '0';
        else if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? — then, as nlohmann does, refuses a number whose value as a
// double would be infinite.
inline bool JsonCursor::number(JsonNumber& out) {
    constexpr std::uint64_t max = UINT64_MAX;
    constexpr std::int64_t exponent_cap = 1'000'000'000'000'000;  // far past any double, far from overflow
    const std::size_t begin = pos_;
    const std::size_t size = text_.size();
    out = JsonNumber{};
    if (pos_ < size && text_[pos_] == '-') {
        out.negative = true;
        ++pos_;
    }
    if (pos_ >= size || !is_digit(text_[pos_])) return fail();
    std::int64_t digits = 0;          // of the integer part and the fraction
    std::int64_t first_nonzero = -1;  // index of the first nonzero digit among them
    auto digit = [&](char c) {
        if (first_nonzero < 0 && c != '0') first_nonzero = digits;
        ++digits;
    };
    if (text_[pos_] == '0') {
        digit(text_[pos_++]);
    } else {
        while (pos_ < size && is_digit(text_[pos_])) {
            const auto d = static_cast<std::uint64_t>(text_[pos_] - '0');
            out.magnitude = out.magnitude > (max - d) / 10 ? max : out.magnitude * 10 + d;
            digit(text_[pos_++]);
        }
    }
    const std::int64_t int_digits = digits;
    bool fraction_or_exponent = false;
    if (pos_ < size && text_[pos_] == '.') {
        fraction_or_exponent = true;
        if (++pos_ >= size || !is_digit(text_[pos_])) return fail();
        while (pos_ < size && is_digit(text_[pos_])) digit(text_[pos_++]);
    }
    std::int64_t exponent = 0;
    if (pos_ < size && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
        fraction_or_exponent = true;
        bool minus = false;
        if (++pos_ < size && (text_[pos_] == '+' || text_[pos_] == '-')) minus = text_[pos_++] == '-';
        if (pos_ >= size || !is_digit(text_[pos_])) return fail();
        while (pos_ < size && is_digit(text_[pos_])) {
            exponent = exponent > exponent_cap ? exponent : exponent * 10 + (text_[pos_] - '0');
            ++pos_;
        }
        if (minus) exponent = -exponent;
    }
    out.integer = !fraction_or_exponent;
    // Integers of up to 300 digits are finite as doubles; only longer ones and fractions need a look.
    if ((fraction_or_exponent || int_digits > 300) && first_nonzero >= 0 &&
        !finite_as_double(text_.substr(begin, pos_ - begin), int_digits, first_nonzero, exponent))
        return fail();
    return true;
}

// Whether strtod would give a finite double (nlohmann refuses the number otherwise): values below 1e308 are,
// values of 1e309 and more are not; in between nlohmann itself decides.
inline bool JsonCursor::finite_as_double(std::string_view token, std::int64_t int_digits, std::int64_t first_nonzero,
                                         std::int64_t exponent) {
    const std::int64_t decimal_exponent = int_digits - 1 - first_nonzero + exponent;  // of the leading digit
    if (decimal_exponent < 308) return true;
    if (decimal_exponent > 308) return false;
    return nlohmann::json::accept(token.begin(), token.end());
}

inline bool JsonCursor::skip_value() {
    open_containers_.clear();
    for (;;) {
        // A value.
        switch (peek()) {
            case '"':
                if (!scan_string(nullptr)) return false;
                break;
            case 't':
                if (!literal("true")) return false;
                break;
            case 'f':
                if (!literal("false")) return false;
                break;
            case 'n':
                if (!literal("null")) return false;
                break;
            case '{':
                ++pos_;
                if (peek() == '}') {
                    ++pos_;
                    break;
                }
                open_containers_ += '}';
                if (peek() != '"' || !scan_string(nullptr) || peek() != ':') return fail();
                ++pos_;
                continue;
            case '[':
                ++pos_;
                if (peek() == ']') {
                    ++pos_;
                    break;
                }
                open_containers_ += ']';
                continue;
            default: {
                JsonNumber ignored;
                if (!number(ignored)) return false;
            }
        }
        // After a value: close finished containers, or move to the next member or element.
        for (;;) {
            if (open_containers_.empty()) return true;
            if (!next_or_close(open_containers_.back())) {
                if (failed_) return false;
                open_containers_.pop_back();
                continue;
            }
            if (open_containers_.back() == '}') {
                if (peek() != '"' || !scan_string(nullptr) || peek() != ':') return fail();
                ++pos_;
            }
            break;
        }
    }
}

}  // namespace galley::detail
