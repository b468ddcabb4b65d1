// A manifest's shape checked before the TOML parser sees it: toml++ descends recursively, so a key of
// fifty thousand dotted parts or brackets nested as deep would take the stack. Hand-written manifests
// need a handful of each.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace galley::edition {

inline constexpr int max_toml_nesting = 32;     // [ and { inside one another
inline constexpr int max_toml_key_parts = 16;   // a.b.c … in one key or table header

struct ShapeError {
    int line = 0, column = 0;
    std::string message;
};

// The first place `text` nests deeper or dots a key longer than a manifest may; nullopt when it is fine.
std::optional<ShapeError> check_toml_shape(std::string_view text);

}  // namespace galley::edition
