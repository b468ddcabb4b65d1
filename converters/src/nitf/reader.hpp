// The NITF reader: IPTC NITF 3.x documents (namespaced or not, as agencies send them) into the model.
#pragma once

#include "galley/converter.hpp"

namespace galley {

const Converter& nitf_converter();

}  // namespace galley
