// Whether a text has ninjs' shape, without parsing it whole: the keys of the top-level object (or of the first
// object of a top-level array, IPTC's "collection" form).
#pragma once

#include <string_view>

namespace galley::ninjs_in {

// 80 for ninjs (above the canonical JSON converter's 60 for any JSON, below its 100 for galley's own), else 0.
int sniff_ninjs(std::string_view text);

}  // namespace galley::ninjs_in
