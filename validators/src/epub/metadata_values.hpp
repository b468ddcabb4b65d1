// The syntax of two package metadata values: BCP 47 language tags (RFC 5646 section 2.1, well-formedness
// only) and the dcterms:modified date.
#pragma once

#include <string_view>

namespace galley::epub_check {

bool well_formed_bcp47(std::string_view tag);
// CCYY-MM-DDThh:mm:ssZ, with real months, days, hours, minutes and seconds.
bool well_formed_modified(std::string_view v);

}  // namespace galley::epub_check
