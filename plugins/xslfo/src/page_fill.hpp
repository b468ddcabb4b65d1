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
    double columns_pt = 0;  // taken by spans of columns (text and pictures), not by the headlines across them
    double empty_share() const { return body_pt > 0 ? empty_pt / body_pt : 0; }
    bool is_short(double line_pt) const { return empty_share() > short_page_share && empty_pt >= short_page_lines * line_pt; }
};

// One entry per sheet, in order; empty when `area_tree` is not FOP's area tree XML.
std::vector<PageFill> page_fill(const std::string& area_tree);

// A make-up editor fills a page that is a little short by opening up the leading: the factor for the body's line
// height that takes up most of the hole (the columns grow with it, the headlines do not; a margin is kept so the
// page cannot overflow), or 0 when more than `max_leading_stretch` would be needed and the page is left short.
inline constexpr double max_leading_stretch = 1.12;
double leading_stretch(const PageFill& fill);

// The note a short page gets at its foot: "本版短版：下方约空 20 行（版面 44%）" / "Short page: about 20 lines
// (44% of the page) left empty". `line_pt` is the body's line height.
std::string short_page_note(const PageFill& fill, double line_pt, bool chinese);

}  // namespace galley::xslfo
