// The canonical JSON form of the model (documented in formats/README.md).
// Writing is deterministic: fixed key order, two-space indent, real UTF-8, a final newline.
#pragma once

#include <string>
#include <string_view>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley {

inline constexpr std::string_view canonical_format_name = "galley-edition";
inline constexpr int canonical_format_version = 1;

std::string to_canonical_json(const Edition& edition);

// Reads the canonical form. Problems go to `diags` with file, line and column; returns false on any error,
// leaving `out` unspecified.
bool from_canonical_json(std::string_view text, const std::string& file, Edition& out, Diagnostics& diags);

// True when `text` looks like canonical JSON (its first non-blank character opens an object).
bool looks_like_canonical_json(std::string_view text);

}  // namespace galley
