// Text on its way into XML: the SDK's cleaner, with the line ends EPUB keeps, and the ids it can use as names.
#pragma once

#include <string_view>

#include "galley/xml_text.hpp"

namespace galley::epub {

// CR and CRLF become LF; one-line labels collapse ASCII white space.
using Cleaner = XmlCleaner;

// True when `id` can be an XML id and a file name as it is: ASCII letter first, then letters, digits, '-'
// and '_' (readers such as Adobe Digital Editions drop fragments that are not ASCII).
bool is_ascii_name(std::string_view id);

}  // namespace galley::epub
