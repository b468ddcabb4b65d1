// The ninjs reader: IPTC ninjs 1.x, 2.x and 3.x documents (one object, or an array of them) into the model.
// The mapping inverts plugins/ninjs (see its README, "Reading ninjs"), so that galley's own ninjs reads back to
// the same documents.
#pragma once

#include "galley/converter.hpp"

namespace galley {

const Converter& ninjs_converter();

}  // namespace galley
