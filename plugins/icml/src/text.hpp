// Text on its way into a story: the SDK's cleaner, with line ends made InDesign's forced line break, and the
// SDK's reading of language tags. Everything else, full-width punctuation and U+3000 included, passes unchanged.
#pragma once

#include "galley/language.hpp"
#include "galley/xml_text.hpp"

namespace galley::icml {

// CR, CRLF and LF become U+2028, the forced line break InDesign stores inside a paragraph (a paragraph break
// is a <Br/> between ranges).
struct Cleaner : XmlCleaner {
    Cleaner() : XmlCleaner(LineEnds::line_separator) {}
};

using lang::is_chinese;
using lang::is_traditional_chinese;

}  // namespace galley::icml
