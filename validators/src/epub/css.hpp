// Style sheets: the URLs they refer to, recorded as links of the book.
#pragma once

#include <string>
#include <string_view>

#include "book.hpp"

namespace galley::epub_check {

// Records the local references of CSS text found in `member` from line `first_line` on. Remote ones
// (web fonts) are left alone.
void collect_css(Book& book, const std::string& member, std::string_view css, long first_line);

}  // namespace galley::epub_check
