// The FOP configuration galley writes for each run: complex scripts off (CJK needs no shaping, and with it on
// FOP 2.8 maps 日 to the Kangxi radical ⽇ in the PDF's text), and the CJK faces under the family names the page
// uses, embedded. With `tagged`, FOP writes an accessible PDF: a structure tree (headings, paragraphs, figures with
// their alt text), the language, and PDF/UA-1's identification, so a screen reader and a PDF/UA check can read it.
#pragma once

#include <string>

#include "fonts.hpp"

namespace galley::xslfo {

std::string fop_configuration(const FontSet& fonts, bool tagged = true);
// file:///path with everything but unreserved characters and '/' percent-encoded.
std::string file_uri(std::string_view path);

}  // namespace galley::xslfo
