// Text as XML 1.0 and NewsML-G2 accept it: forbidden characters replaced, lines tidied, words counted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace galley::newsml_g2 {

// One thing the cleaner had to change, for a warning. `edition` marks text that belongs to the whole
// edition (publisher, page labels), reported once rather than once per item.
struct TextProblem {
    std::string message;
    bool edition = false;
};

// Makes model text safe to write. Every string that reaches the XML passes through here, so that no
// input can produce a document a parser rejects (pugixml would write C0 controls as "&#1;", which XML 1.0
// forbids even as a reference).
class Cleaner {
public:
    // Element content: C0 controls other than tab and LF, U+FFFE, U+FFFF and malformed UTF-8 become U+FFFD;
    // CR and CRLF become LF (a parser would turn them into LF anyway).
    std::string text(std::string_view s, std::string_view field, bool edition = false);
    // Attributes and g2normalizedString values (name, keyword, slugline, creditline, literal), which allow
    // no tab or line break: as text(), then whitespace runs become one space, trimmed at both ends.
    std::string line(std::string_view s, std::string_view field, bool edition = false);

    // Something else worth a warning about the text (a subject code that is no Media Topic …).
    void add(std::string message, bool edition = false);

    const std::vector<TextProblem>& problems() const { return problems_; }

private:
    void report(std::string_view field, char32_t bad, bool malformed, bool edition);
    std::vector<TextProblem> problems_;
};

// charcount and wordcount of the body (see count_text).
struct TextCounts {
    std::size_t chars = 0;
    std::size_t words = 0;
};

// Adds one block of text to `counts`. chars: every character of the block, spaces and punctuation
// included (blocks are not joined, so no separator is counted). words: each CJK ideograph or kana counts
// as one word, as Chinese and Japanese newsrooms count 字数, since the script puts no spaces between
// words; any other run of letters and digits is one word (an apostrophe or hyphen between letters, or a
// point or comma between digits, keeps it one: "don't", "well-known", "3.5"); punctuation, symbols and
// spaces are no words.
void count_text(std::string_view utf8, TextCounts& counts);

// UTF-8 ⇄ UTF-32 for the small matchers (malformed input decodes to U+FFFD).
std::u32string to_u32(std::string_view utf8);
std::string to_utf8(std::u32string_view s);

// An href as an IRI: spaces, controls and the characters RFC 3987 excludes (" < > \ ^ ` { | }) are
// percent-encoded; other characters, "%" and non-ASCII letters stay as they are.
std::string iri(std::string_view href);

// True when `tag` is a BCP 47 language tag as xs:language accepts it ("zh", "zh-CN", "en-GB", "und").
bool is_language_tag(std::string_view tag);

}  // namespace galley::newsml_g2
