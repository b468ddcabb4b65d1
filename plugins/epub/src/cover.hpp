// The cover: the edition's own picture, or one galley draws as SVG from the masthead (the paper's name), the
// date and the lead headlines; and the XHTML page that shows it with alt text.
#pragma once

#include <string>
#include <vector>

#include "book.hpp"

namespace galley::epub {

// The SVG cover (the paper's name, date, issue and the first headlines of the first page). No fonts are
// embedded: the text names the usual CJK font families, so the reader's own fonts draw it.
std::string draw_cover(const Render& r);
// What the cover shows, for the img's alt text.
std::string cover_alt(const Render& r);
// cover.xhtml: the cover picture, full page.
std::string cover_page(const Render& r);

// Breaks `text` into lines of at most `width` ems (CJK characters one em, others about half), never
// starting a line with closing punctuation; at most `max_lines`, the last one ending in "…" when cut.
std::vector<std::string> wrap_lines(const std::string& text, double width, std::size_t max_lines);

}  // namespace galley::epub
