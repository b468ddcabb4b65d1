// Text set vertically (-O vertical=true): the punctuation Chinese vertical setting uses.
#pragma once

#include <string>
#include <string_view>

namespace galley::epub {

// Quotation marks as vertical Chinese sets them (GB/T 15834-2011: corner brackets in vertical text): “ ” → 「 」
// and ‘ ’ → 『 』. U+201C…U+201D are shared with Latin and stand sideways (UAX #50 "R") in reading systems
// that do not special-case them, as calibre's viewer does; corner brackets are "Tr" and every reading system
// turns them. A ’ between two Latin letters is an apostrophe ("Xi’an", "it’s") and stays.
std::string vertical_quotes(std::string_view text);

}  // namespace galley::epub
