// A page's lead-ins, the segments they open, and the blocks (paragraphs, heading lines) each segment holds.
#include <algorithm>

#include "../text/source_text.hpp"
#include "captions.hpp"
#include "credits.hpp"
#include "furniture.hpp"
#include "heading_roles.hpp"
#include "headings.hpp"
#include "page_labels.hpp"
#include "page_reader.hpp"

namespace galley::print_text {

using text::to_utf8;

namespace {

bool heading_sized(const PrintLine& l, const PageMetrics& m) {
    // Shorter than the column, or wider than it (a larger face: body text never runs wider).
    if (l.cjk) return l.width <= m.cjk_measure - 1.5 || wider_than_body(l, m);
    return l.width <= m.latin_measure * 0.8;
}

}  // namespace

// Does this line read like a heading line rather than running text? Headings end no sentence and hold
// no full stop; a jump line closing a paragraph ("工作。（下转第2版）") is running text.
bool heading_like(const PrintLine& l, const PageMetrics& m) {
    if (!heading_sized(l, m) || ends_sentence(l.text)) return false;
    if (l.text.find(U'。') != U32::npos || find_jump(l.text, true)) return false;
    char32_t last = l.text.back();
    return !text::is_pause_punct(last) && !text::is_opening_punct(last);
}

bool ends_with_two_dashes(U32View s) { return s.size() >= 3 && s.back() == U'—' && s[s.size() - 2] == U'—'; }

// Lines that close a story's text and are never headings: a credit, a dateline printed at the end, a note
// on the author, an editor's signature, a photo credit.
bool closes_text(U32View line) {
    return match_end_credit(line, true) || match_trailing_dateline(line) || author_note_start(line) == std::size_t{0} ||
           is_editor_signature(line) || match_photo_credit_line(line);
}

bool has_pause(U32View s) {
    for (char32_t c : s)
        if (text::is_pause_punct(c)) return true;
    return false;
}

U32 strip_decoration(U32View s, U32& removed) {
    std::size_t i = 0;
    while (i < s.size() && (text::is_decoration(s[i]) || text::is_space(s[i]))) {
        if (!text::is_space(s[i])) removed.push_back(s[i]);
        ++i;
    }
    return U32(s.substr(i));
}

bool only_decoration(U32View s) {
    for (char32_t c : s)
        if (!text::is_decoration(c) && !text::is_space(c) && !text::is_dash(c) && c != U'*' && c != U'·') return false;
    return true;
}

void PageReader::find_leadins() {
    for (std::size_t k = 0; k < content_.size(); ++k) {
        // A byline line is a whole line ("By Jane Doe", "本报记者 王浩").
        auto lead = match_leadin(content_[k].text);
        if (!lead || lead->kind != Leadin::Kind::byline_line) {
            // A formula may run over a line end ("本报讯（融媒记者 徐" / "敏）1月3日"): look at this line
            // and the start of the next two.
            std::vector<ReflowPiece> pieces;
            for (std::size_t j = k; j < content_.size() && j < k + 3; ++j) {
                // A line that is all formula so far ("新华社北京1月19日" / "电  近日…") runs on whatever its
                // shape: the layout rules do not see a formula.
                bool formula_so_far = j == k + 1 && content_[k].cjk && formula_prefix(content_[k].text);
                if (j > k && !formula_so_far && paragraph_break(content_[j - 1], content_[j], metrics_)) break;
                pieces.push_back({U32View(content_[j].text).substr(0, 200), content_[j].number, content_[j].column});
            }
            lead = match_leadin(reflow(pieces, lexicon_).text);
            if (lead && lead->kind == Leadin::Kind::byline_line) lead.reset();
            // A wire dateline's place is printed on one line: "SEEK WAGE RISE" above "JOHANNESBURG, March 2 -"
            // is a headline's last line, not part of the place.
            if (lead && lead->latin && lead->dateline_text.size() > content_[k].text.size()) lead.reset();
        }
        // "By JANE HOLT, TOM REED and" / "ANNA PARK": a byline broken before its last name.
        if (!lead && k + 1 < content_.size()) {
            U32View t = content_[k].text;
            bool by = text::starts_with(t, U"By ") || text::starts_with(t, U"BY ");
            if (by && (t.back() == U',' || text::ends_with(t, U" and") || text::ends_with(t, U" AND"))) {
                auto joined = match_leadin(U32(t) + U" " + content_[k + 1].text);
                if (joined && joined->kind == Leadin::Kind::byline_line) {
                    lead = std::move(joined);
                    lead->lines = 2;
                }
            }
        }
        if (!lead) continue;
        // "本报记者 张三摄" credits a picture, not a story.
        if (lead->kind == Leadin::Kind::byline_line && !lead->bylines.empty() &&
            std::all_of(lead->bylines.begin(), lead->bylines.end(), [](const Byline& b) { return makes_pictures(b.kind); }))
            continue;
        if (lead->kind == Leadin::Kind::byline_line) extend_byline(k, *lead);
        // A story opens after a finished sentence, never inside one.
        if (k > 0 && !starts_.empty() &&
            starts_.back().first + starts_.back().second.lines + starts_.back().second.date_line_follows == k &&
            starts_.back().second.kind == Leadin::Kind::byline_line) {
            byline_followed_.push_back(starts_.size());
        } else if (k > 0 && !content_[k - 1].text.empty()) {
            char32_t pe = content_[k - 1].text.back();
            if ((text::is_pause_punct(pe) || text::is_opening_punct(pe)) && !heading_like(content_[k - 1], metrics_))
                continue;
        }
        std::size_t skip = lead->lines - 1 + lead->date_line_follows;
        starts_.emplace_back(k, std::move(*lead));
        k += skip;
    }
}

// A byline runs on over a line end when the next line goes on with its list ("and JILL COLVIN") or the line
// breaks after a comma or "and"; wire copy puts the story's date on the line under it.
void PageReader::extend_byline(std::size_t k, Leadin& lead) {
    if (!lead.latin) return;
    U32 joined = content_[k].text;
    for (std::size_t j = 1; j < lead.lines; ++j) joined += U" " + content_[k + j].text;
    while (k + lead.lines < content_.size() && lead.lines < 4) {
        const U32& next = content_[k + lead.lines].text;
        bool runs_on = text::starts_with(next, U"and ") || text::starts_with(next, U"& ") ||
                       (!joined.empty() && joined.back() == U',') || text::ends_with(joined, U" and");
        if (!runs_on) break;
        U32 longer = joined + U" " + next;
        auto again = match_leadin(longer);
        if (!again || again->kind != Leadin::Kind::byline_line) break;
        std::size_t lines = lead.lines + 1;
        lead = std::move(*again);
        lead.lines = lines;
        joined = std::move(longer);
    }
    lead.date_line_follows = k + lead.lines < content_.size() && is_date_line(content_[k + lead.lines].text);
}

void PageReader::build_segments() {
    Segment top;
    top.begin = 0;
    top.end = starts_.empty() ? content_.size() : starts_[0].first;
    segments_.push_back(std::move(top));
    for (std::size_t s = 0; s < starts_.size(); ++s) {
        if (std::find(byline_followed_.begin(), byline_followed_.end(), s) != byline_followed_.end()) {
            segments_.back().leadins.push_back(starts_[s].second);
            segments_.back().end = s + 1 < starts_.size() ? starts_[s + 1].first : content_.size();
            continue;
        }
        Segment seg;
        seg.leadins.push_back(starts_[s].second);
        seg.begin = starts_[s].first;
        seg.end = s + 1 < starts_.size() ? starts_[s + 1].first : content_.size();
        segments_.push_back(std::move(seg));
    }
}

void PageReader::split_blocks(Segment& seg, bool story_follows) {
    if (seg.begin >= seg.end) return;
    // Heading region at the end: the lines after the last finished sentence. A story's text ends with a
    // sentence, so before another story's lead-in whatever follows it is headings, credits or captions,
    // however wide the extraction set them. At the foot of the page a story may run on to another page:
    // there only lines short enough to be headings count.
    std::size_t tail_from = seg.end;
    std::size_t floor = seg.begin;
    for (const auto& l : seg.leadins) floor += l.lines + l.date_line_follows;
    // A jump line (下转) or a sign-off closes its story: what comes before it is the story's text, however it
    // ends; only what follows can be headings.
    for (const auto& j : jumps_)
        if (j.continuation.direction == "to" && j.position > seg.begin && j.position <= seg.end)
            floor = std::max(floor, j.position);
    for (const auto* closers : {&sign_offs_, &cross_refs_})
        for (const auto& so : *closers)
            if (so.position > seg.begin && so.position <= seg.end) floor = std::max(floor, so.position);
    // Brackets still open before each line: a credit in brackets may run over several lines
    // ("(Reporting by Maiya Keidan and Fergal" / "Smith; Editing by …" / "Marguerita Choy)").
    std::vector<int> open_before(seg.end - seg.begin, 0);
    for (std::size_t k = seg.begin, depth = 0; k < seg.end; ++k) {
        open_before[k - seg.begin] = static_cast<int>(depth);
        for (char32_t c : content_[k].text) {
            if (c == U'（' || c == U'(') ++depth;
            if ((c == U'）' || c == U')') && depth > 0) --depth;
        }
        if (ends_sentence(content_[k].text) && depth > 0 && depth < 3) depth = 0;  // a stray bracket ends with its sentence
    }
    auto tail_line = [&](std::size_t k) {
        const PrintLine& l = content_[k];
        if (ends_sentence(l.text)) return false;
        if (open_before[k - seg.begin] > 0) return false;  // "（记者 张三 通讯员" / "李四）"
        if (closes_text(l.text)) return false;
        return story_follows ? true : heading_like(l, metrics_);
    };
    while (tail_from > floor && tail_line(tail_from - 1)) --tail_from;
    // A Latin headline wraps at the column like running text: a full line whose last word left no room for
    // the heading line's first word is that heading's first line.
    for (int wraps = 0; wraps < 2 && tail_from > floor && tail_from < seg.end; ++wraps) {
        const PrintLine& above = content_[tail_from - 1];
        const PrintLine& head = content_[tail_from];
        if (above.cjk || head.cjk || ends_sentence(above.text) || open_before[tail_from - 1 - seg.begin] > 0 ||
            text::is_pause_punct(above.text.back()) || opens_bracket(above.text))
            break;
        std::size_t word = head.text.find(U' ');
        double first_word = static_cast<double>(word == U32::npos ? head.text.size() : word);
        if (above.width + 1 + first_word <= metrics_.latin_measure) break;
        --tail_from;
    }
    // At the foot of the page, a headline the extraction put after its story may be set wider than the
    // column: up to three lines with no comma after the last finished sentence still read as headings
    // (a paragraph cut off by the page end runs full lines with commas).
    if (!story_follows && tail_from == seg.end) {
        std::size_t k = seg.end;
        while (k > floor && seg.end - k < 3 && !ends_sentence(content_[k - 1].text) &&
               !has_pause(content_[k - 1].text) && !opens_bracket(content_[k - 1].text) && !closes_text(content_[k - 1].text))
            --k;
        if (k < seg.end && k > floor && ends_sentence(content_[k - 1].text)) tail_from = k;
    }
    // Heading region at the page top, before the first story's running text.
    std::size_t head_to = seg.begin;
    if (seg.leadins.empty()) {
        // A jump line (上接) opens the story's text: the heading repeated above it ends there.
        std::size_t head_limit = tail_from;
        for (const auto& j : jumps_)
            if (j.continuation.direction == "from" && j.position > seg.begin && j.position < head_limit)
                head_limit = j.position;
        // A line an indent short of the column, with a full line after it, is a paragraph's first line.
        auto opens_paragraph_text = [&](std::size_t k) {
            if (k + 1 >= seg.end) return false;
            const PrintLine& l = content_[k];
            const PrintLine& n = content_[k + 1];
            double full = metrics_.cjk_measure;
            return l.cjk && n.cjk && !ends_sentence(l.text) && n.width >= full - 1.5 && l.width >= full - 4 - 2.5 &&
                   l.width <= full - 1.5;
        };
        while (head_to < head_limit && heading_like(content_[head_to], metrics_) && !opens_paragraph_text(head_to))
            ++head_to;
        // The few lines above it are the repeated heading, however wide.
        if (head_limit < tail_from && head_limit - seg.begin <= 4) head_to = head_limit;
        if (head_to == tail_from) head_to = seg.begin;  // nothing but headings: all of it is the tail
    }

    TextBlock cur;
    std::vector<ReflowPiece> pieces;
    auto flush = [&](std::size_t last) {
        if (pieces.empty()) return;
        cur.last = last;
        cur.text = reflow(pieces, lexicon_);
        seg.blocks.push_back(std::move(cur));
        cur = TextBlock{};
        pieces.clear();
    };
    for (std::size_t k = seg.begin; k < seg.end; ++k) {
        bool in_tail = k >= tail_from, in_head = k < head_to;
        bool brk = k == seg.begin || in_tail || in_head || k == tail_from || k == head_to;
        // A byline (over one or more lines) stands alone, so does a date line under it, and the formula
        // after them starts the story's text.
        bool decided = brk;
        const char* why = in_tail ? "heading region after the story's text"
                          : in_head ? "heading region at the top of the page"
                          : k == seg.begin ? "a story starts"
                                           : "";
        if (!seg.leadins.empty() && seg.leadins[0].kind == Leadin::Kind::byline_line && !in_tail && !in_head) {
            const Leadin& by = seg.leadins[0];
            std::size_t end = seg.begin + by.lines;
            if (k > seg.begin && k < end) {
                brk = false;
                decided = true;
                why = "the byline runs on";
            } else if (k == end || (by.date_line_follows && k == end + 1)) {
                brk = decided = true;
                why = "the byline ends";
            }
        }
        // A lead-in formula runs on into the story's first sentence ("本报讯（记者 张三）深夜的市" /
        // "人民医院…"), whatever the width of its line.
        bool formula_runs_on = k == seg.begin + 1 && !seg.leadins.empty() &&
                               seg.leadins[0].kind == Leadin::Kind::formula && !ends_sentence(content_[k - 1].text) &&
                               (metrics_.double_spaced || content_[k].blank_before == 0) && content_[k].blank_before < 2;
        if (!decided && formula_runs_on) why = "the lead-in runs on into the first sentence";
        if (!decided && !formula_runs_on) {
            BreakDecision d = paragraph_break(content_[k - 1], content_[k], metrics_, pieces.size() == 1,
                                              k + 1 < seg.end ? &content_[k + 1] : nullptr);
            brk = d.brk;
            why = d.why;
        }
        if (opt_.explain && k > seg.begin)
            diags_.note(span(content_[k].number, content_[k].column),
                        std::string(brk ? "new block: " : "same paragraph: ") + why + " (width " +
                            std::to_string(static_cast<int>(content_[k].width * 2) / 2.0).substr(0, 4) + ")");
        if (brk && k > seg.begin) flush(k - 1);
        if (pieces.empty()) {
            cur.first = k;
            cur.tail = in_tail;
            cur.head = in_head;
        }
        pieces.push_back({content_[k].text, content_[k].number, content_[k].column});
    }
    flush(seg.end - 1);
}

}  // namespace galley::print_text
