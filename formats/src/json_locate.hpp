// Finds where a value sits in JSON text, so that errors found after parsing can name a line and column.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace galley::detail {

using JsonPathStep = std::variant<std::string, std::size_t>;  // object key or array index
using JsonPath = std::vector<JsonPathStep>;

// Byte offset of the value at `path` in `text`; the offset of the deepest part found when the path runs out.
std::size_t locate_json_value(std::string_view text, const JsonPath& path);

// "/articles/0/headline" for messages.
std::string json_pointer(const JsonPath& path);

// 1-based line and column (in code points) of a byte offset.
void line_column(std::string_view text, std::size_t offset, int& line, int& column);

}  // namespace galley::detail
