// Text as XML 1.0 and NewsML-G2 accept it: forbidden characters replaced, lines tidied, words counted.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "galley/feed_text.hpp"
#include "galley/language.hpp"
#include "galley/xml_text.hpp"

namespace galley::newsml_g2 {

// Every string that reaches the XML passes through the SDK's cleaner (CR and CRLF become LF, one-line values
// collapse ASCII white space). Text that belongs to the whole edition (publisher, page labels) is cleaned with
// Cleaner::Scope::edition: its warnings carry no article and are given once rather than once per item.
using Cleaner = XmlCleaner;

// Counting and IRIs are the SDK's (galley/feed_text.hpp), shared by every feed.
using galley::count_text;
using galley::iri;
using galley::TextCounts;

using lang::is_language_tag;  // xs:language ("zh", "zh-CN", "en-GB", "und")

}  // namespace galley::newsml_g2
