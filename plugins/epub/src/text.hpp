// Text on its way into XML: characters XML 1.0 forbids replaced, UTF-8 helpers, language tags.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::epub {

// Makes model text safe to write, and remembers what it had to change so that the exporter can warn with the
// article concerned. pugixml would write a C0 control as "&#1;", which XML 1.0 forbids even as a reference,
// and readers refuse the whole document; U+FFFD keeps the book readable.
class Cleaner {
public:
    // Which article the following text belongs to ("" for the edition), for the warnings.
    void set_article(std::string_view id) { article_ = id; }

    // Element content: C0 controls but tab and LF, U+FFFE, U+FFFF and malformed UTF-8 become U+FFFD;
    // CR and CRLF become LF.
    std::string text(std::string_view s, std::string_view field);
    // Attributes and one-line labels: as text(), then whitespace runs become one space, trimmed.
    std::string line(std::string_view s, std::string_view field);

    // (article id, message), each once, in the order found.
    const std::vector<std::pair<std::string, std::string>>& problems() const { return problems_; }

private:
    std::string article_;
    std::vector<std::pair<std::string, std::string>> problems_;
};

std::u32string to_u32(std::string_view utf8);  // malformed input decodes to U+FFFD
std::string to_utf8(std::u32string_view s);

// The first `max` characters of a line of text, with "…" when cut (labels made from body text).
std::string shorten(std::string_view utf8, std::size_t max);

// A BCP 47 tag as xml:lang and dc:language accept it: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
bool is_language_tag(std::string_view tag);
// True for Chinese tags ("zh", "zh-CN", "zh-Hant-TW"): they get Chinese labels and a Chinese date.
bool is_chinese(std::string_view tag);

// True when `id` can be an XML id and a file name as it is: ASCII letter first, then letters, digits, '-'
// and '_' (readers such as Adobe Digital Editions drop fragments that are not ASCII).
bool is_ascii_name(std::string_view id);

// True for CJK ideographs, kana and CJK punctuation: text set one character per em.
bool is_wide(char32_t c);

}  // namespace galley::epub
