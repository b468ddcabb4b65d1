// ninjs as JSON: the text parsed with its nesting bounded, and places in it for messages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "galley/diagnostics.hpp"
#include "galley/detail/json_locate.hpp"  // a value's byte offset from its path in text already parsed

namespace galley::ninjs_in {

using Json = nlohmann::ordered_json;  // document order: 1.x associations and renditions are objects
using detail::JsonPath;

// Deeper nesting is refused before parsing. No ninjs document comes near it (IPTC's deepest examples nest 6).
inline constexpr int max_depth = 64;

// Where the first bracket deeper than `limit` opens (outside strings), or npos.
std::size_t too_deep_at(std::string_view text, int limit);

// Parses `text` into `out`. False, with an error naming file, line and column, when the text is not JSON or
// nests deeper than max_depth.
bool parse(std::string_view text, const std::string& file, Json& out, Diagnostics& diags);

// The place of the value at `path` in `text` (which parsed), for messages.
SourceSpan locate(std::string_view text, const std::string& file, const JsonPath& path);

}  // namespace galley::ninjs_in
