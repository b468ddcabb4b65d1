// How full FOP set each page, read from its area tree: the body's height against what its spans take (a span of
// columns is as tall as its tallest column). A make-up editor sends no page to the plate with a hole at its
// foot, so a proof says when a page is short and by how much.
#pragma once

#include <string>
#include <vector>

namespace galley::xslfo {

// A page is short when more than this share of its body is left empty, and at least this many lines: the note
// must fit the hole it reports, or it would push the page onto a second sheet.
inline constexpr double short_page_share = 0.05;
inline constexpr double short_page_lines = 4;

struct PageFill {
    double body_pt = 0;   // the body region's height
    double empty_pt = 0;  // left empty at its foot
    double empty_share() const { return body_pt > 0 ? empty_pt / body_pt : 0; }
    bool is_short(double line_pt) const { return empty_share() > short_page_share && empty_pt >= short_page_lines * line_pt; }
};

// One entry per sheet, in order; empty when `area_tree` is not FOP's area tree XML.
std::vector<PageFill> page_fill(const std::string& area_tree);

// The note a short page gets at its foot: "本版短版：下方约空 20 行（版面 44%）" / "Short page: about 20 lines
// (44% of the page) left empty". `line_pt` is the body's line height.
std::string short_page_note(const PageFill& fill, double line_pt, bool chinese);

}  // namespace galley::xslfo
