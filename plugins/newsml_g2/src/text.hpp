// Text as XML 1.0 and NewsML-G2 accept it: forbidden characters replaced, lines tidied, words counted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "galley/language.hpp"
#include "galley/xml_text.hpp"

namespace galley::newsml_g2 {

// Every string that reaches the XML passes through the SDK's cleaner (CR and CRLF become LF, one-line values
// collapse ASCII white space). Text that belongs to the whole edition (publisher, page labels) is cleaned with
// Cleaner::Scope::edition: its warnings carry no article and are given once rather than once per item.
using Cleaner = XmlCleaner;

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
void count_text(std::string_view text, TextCounts& counts);

// An href as an IRI: spaces, controls and the characters RFC 3987 excludes (" < > \ ^ ` { | }) are
// percent-encoded; other characters, "%" and non-ASCII letters stay as they are.
std::string iri(std::string_view href);

using lang::is_language_tag;  // xs:language ("zh", "zh-CN", "en-GB", "und")

}  // namespace galley::newsml_g2
