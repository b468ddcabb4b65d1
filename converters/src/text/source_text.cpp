#include "source_text.hpp"

#include <cstdio>

namespace galley::text {
namespace {

// Names common binary formats so that the message can tell the user what they passed.
const char* sniff_binary(std::string_view b) {
    auto has = [&](std::string_view magic) { return b.substr(0, magic.size()) == magic; };
    if (has("%PDF")) return "a PDF file; extract its text first (for example: pdftotext -layout FILE.pdf)";
    if (has("\x89PNG")) return "a PNG image";
    if (has("\xFF\xD8\xFF")) return "a JPEG image";
    if (has("PK\x03\x04")) return "a ZIP archive (an EPUB, DOCX or IDML file?)";
    if (has("\x1F\x8B")) return "a gzip file";
    if (has("\x7F" "ELF")) return "a program";
    if (has("\xFF\xFE") || has("\xFE\xFF")) return "UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)";
    return nullptr;
}

// True when the bytes from `i` look like GB18030/GBK (lead byte 0x81–0xFE, trail 0x40–0xFE) rather than UTF-8.
bool looks_like_gb(std::string_view b, std::size_t i) {
    int pairs = 0, tries = 0;
    for (std::size_t k = i; k + 1 < b.size() && tries < 64; ++k) {
        unsigned char c = static_cast<unsigned char>(b[k]);
        if (c < 0x80) continue;
        ++tries;
        unsigned char d = static_cast<unsigned char>(b[k + 1]);
        if (c >= 0x81 && c <= 0xFE && d >= 0x40 && d <= 0xFE && d != 0x7F) {
            ++pairs;
            ++k;
        }
    }
    return tries > 0 && pairs * 4 >= tries * 3;
}

std::string hex_byte(unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", c);
    return buf;
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view s, std::size_t i, char32_t* decoded) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b = at(i);
    if (b < 0x80) {
        if (decoded) *decoded = b;
        return 1;
    }
    std::size_t n;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
        min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > s.size()) return 0;
    char32_t c = b & (0xFF >> (n + 1));
    for (std::size_t k = 1; k < n; ++k) {
        if ((at(i + k) & 0xC0) != 0x80) return 0;
        c = (c << 6) | (at(i + k) & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
    if (decoded) *decoded = c;
    return n;
}

bool decode_text(std::string_view b, const std::string& file, DecodedText& out, Diagnostics& diags) {
    out = {};
    if (b.size() > max_input_bytes) {
        diags.error({file, 0, 0}, "input is " + std::to_string(b.size() >> 20) + " MiB; galley reads page text of up to " +
                                      std::to_string(max_input_bytes >> 20) + " MiB a file (split it at its pages)");
        return false;
    }
    if (const char* what = sniff_binary(b)) {
        diags.error({file, 1, 1}, std::string("not a text file: this looks like ") + what);
        return false;
    }
    std::size_t i = 0;
    if (b.substr(0, 3) == "\xEF\xBB\xBF") {
        diags.warning({file, 1, 1}, "UTF-8 byte-order mark ignored");
        i = 3;
    }

    int line_no = 1, col = 1;
    bool saw_crlf = false, saw_cr = false, page_break = false;
    int control_chars = 0;
    SourceSpan first_control;
    U32 current;
    std::size_t line_bytes = 0;

    auto end_line = [&]() {
        out.lines.push_back({std::move(current), line_no, page_break});
        out.longest_line_bytes = std::max(out.longest_line_bytes, line_bytes);
        current.clear();
        page_break = false;
        line_bytes = 0;
        ++line_no;
        col = 1;
    };

    while (i < b.size()) {
        if (line_no > max_input_lines) {
            diags.error({file, line_no, 1}, "more than " + std::to_string(max_input_lines) +
                                                " lines; galley reads page text of up to that many lines a file (split it at its pages)");
            return false;
        }
        unsigned char c = static_cast<unsigned char>(b[i]);
        if (c == '\n') {
            end_line();
            ++i;
            continue;
        }
        if (c == '\r') {
            bool crlf = i + 1 < b.size() && b[i + 1] == '\n';
            (crlf ? saw_crlf : saw_cr) = true;
            end_line();
            i += crlf ? 2 : 1;
            continue;
        }
        if (c == 0) {
            diags.error({file, line_no, col}, "NUL byte: this is a binary file, not text");
            return false;
        }
        if (c == '\f') {  // page break, as pdftotext writes between pages
            if (!current.empty()) end_line();
            page_break = true;
            ++i;
            continue;
        }
        char32_t cp = 0;
        std::size_t n = utf8_sequence_length(b, i, &cp);
        if (n == 0) {
            std::string msg = "invalid UTF-8 (byte " + hex_byte(c) + ")";
            if (looks_like_gb(b, i)) msg += "; the file looks like GB18030/GBK: convert it with iconv -f GB18030 -t UTF-8";
            else msg += "; galley reads UTF-8 text only";
            diags.error({file, line_no, col}, msg);
            return false;
        }
        bool control = (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF ||
                       cp == 0xFFFE || cp == 0xFFFF;
        if (control) {
            if (control_chars++ == 0) first_control = {file, line_no, col};
        } else {
            current.push_back(cp);
        }
        line_bytes += n;
        i += n;
        ++col;
    }
    if (!current.empty() || page_break) end_line();

    if (saw_crlf) diags.warning({file, 0, 0}, "CRLF line endings read as LF");
    if (saw_cr) diags.warning({file, 0, 0}, "bare CR line endings read as LF");
    if (control_chars > 0)
        diags.warning(first_control, std::to_string(control_chars) +
                                         " control character(s) removed (they carry no text)");

    bool any_text = false;
    for (const auto& l : out.lines) {
        for (char32_t cp : l.text) any_text = any_text || !is_space(cp);
        if (any_text) break;
    }
    if (!any_text) {
        diags.error({file, 0, 0}, b.empty() ? "file is empty" : "file holds no text, only white space");
        return false;
    }
    return true;
}

}  // namespace galley::text
