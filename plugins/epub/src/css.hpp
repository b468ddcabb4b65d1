// The style sheet: Chinese newspaper text with the reader's own fonts (none embedded), relative sizes only
// (readers scale them; epubcheck's ACC-014 flags absolute ones), optionally set vertically.
#pragma once

#include <string>

namespace galley::epub {

inline constexpr const char* css_file = "css/galley.css";

std::string style_sheet(bool vertical);

}  // namespace galley::epub
