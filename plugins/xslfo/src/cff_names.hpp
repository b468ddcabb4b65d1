// The names inside a CFF table. The faces of a Noto CJK collection share one CFF table, whose FontName,
// CIDFontName and FullName are the Japanese face's ("NotoSerifCJKjp-Regular", "Noto Serif CJK JP"), so a face
// taken out for Simplified Chinese would show up in a PDF's font list as the JP one and confuse a prepress check.
#pragma once

#include <string>

namespace galley::xslfo {

// Replaces `from` by `to` (the same length, so no offset in the table moves) in the CFF table's Name INDEX and
// String INDEX only: a charstring may hold the same bytes by chance. Returns how many names changed, or -1 when
// `cff` is no CFF table (version 1) or `from` and `to` differ in length.
int rename_cff(std::string& cff, const std::string& from, const std::string& to);

}  // namespace galley::xslfo
