// The name and version every canonical JSON document carries (formats/README.md).
#pragma once

#include <string_view>

namespace galley {

inline constexpr std::string_view canonical_format_name = "galley-edition";
inline constexpr int canonical_format_version = 1;

}  // namespace galley
