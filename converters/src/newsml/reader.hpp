// The NewsML-G2 reader: newsItems, packageItems and newsMessages (as agencies send them) into the model.
#pragma once

#include "galley/converter.hpp"

namespace galley {

const Converter& newsml_converter();

}  // namespace galley
