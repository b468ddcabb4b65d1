// The article's reading text as the HTML fragment of ninjs' main body.
#pragma once

#include <string>

#include "galley/feed_text.hpp"
#include "galley/model.hpp"
#include "galley/xml_text.hpp"

namespace galley::ninjs {

// <p>, <h2> for subheads, <figure> with <img> and <figcaption> for supplied pictures, the dateline first when
// readers see it nowhere else, jump lines where the page printed them. `counts` gets the text's characters and
// words (galley/feed_text.hpp), as the NewsML-G2 feed counts them.
std::string body_html(const Article& article, XmlCleaner& cleaner, TextCounts& counts);

// & < > " escaped: text for an HTML element or a double-quoted attribute.
std::string escape_html(std::string_view text);

}  // namespace galley::ninjs
