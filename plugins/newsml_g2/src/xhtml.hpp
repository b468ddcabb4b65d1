// The article body as XHTML 1.0 Strict, for contentSet/inlineXML.
#pragma once

#include <string>

#include "galley/model.hpp"
#include "xml.hpp"

namespace galley::newsml_g2 {

// Appends <html xmlns="http://www.w3.org/1999/xhtml"> to `parent`: <title> is the headline; the body holds
// one <p> per paragraph and no other <p> (receivers count paragraphs by it), <h2> per subheading, and
// per picture <div class="figure"> with <img> (when there is an href), <div class="caption"> and
// <div class="credit">. Returns charcount and wordcount of the body's text.
TextCounts add_xhtml(pugi::xml_node parent, Builder& b, const Article& article, const std::string& language);

}  // namespace galley::newsml_g2
