// The same PDF for the same page: FOP takes the creation and modification times from the page's XMP metadata
// (galley sets them to the issue date or SOURCE_DATE_EPOCH), but still stamps xmp:MetadataDate and dc:date with the clock
// and derives the file identifier (/ID) from it. Both are rewritten in place, at the same length, so that the
// cross-reference offsets stay right: the metadata date becomes the page's timestamp, the identifier the MD5 of
// the file with a blank identifier.
#pragma once

#include <string>

namespace galley::xslfo {

// Returns false (and leaves the rest alone) with `problem` when a piece is not where FOP 2.8 puts it.
bool make_reproducible(std::string& pdf, const std::string& timestamp, std::string& problem);

}  // namespace galley::xslfo
