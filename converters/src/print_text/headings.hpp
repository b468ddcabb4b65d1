// Headlines: which heading lines belong to which story, and a headline derived from the lead when a story
// printed none. What each line of a heading is (kicker, headline …): heading_roles.hpp.
#pragma once

#include <optional>
#include <vector>

#include "cursor.hpp"

namespace galley::print_text {

// How strongly `heading` speaks of `story`: the share of the heading's character pairs (CJK) or words
// (Latin) that occur in the story. 0 … 1.
double heading_affinity(U32View heading, U32View story);

// A headline made from the lead: its first sentence without the opening date phrase, cut at a clause
// boundary when long.
U32 derive_headline(U32View lead, bool cjk);

}  // namespace galley::print_text
