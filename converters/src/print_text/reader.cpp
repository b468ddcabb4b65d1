#include "reader.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "../text/source_text.hpp"
#include "captions.hpp"
#include "credits.hpp"
#include "dates.hpp"
#include "furniture.hpp"
#include "heading_roles.hpp"
#include "headings.hpp"
#include "layout.hpp"
#include "leadin.hpp"
#include "page_labels.hpp"
#include "reflow.hpp"

namespace galley::print_text {
namespace {

using text::to_utf8;

// A run of lines that reads as one unit: a paragraph, a heading line, a caption.
struct TextBlock {
    std::size_t first = 0, last = 0;  // content line indices, inclusive
    Reflowed text;
    bool tail = false;  // in the heading region after a story's body
    bool head = false;  // in the heading region before a story's body (page top)
};

struct Segment {
    std::vector<Leadin> leadins;  // empty for the page top before the first lead-in
    std::size_t begin = 0, end = 0;
    std::vector<TextBlock> blocks;
};

struct JumpLine {
    std::size_t position = 0;  // content lines before it
    Continuation continuation;
};

// A wire story's sign-off ("REUTER"): it closes the story before it and names the agency.
struct SignOff {
    std::size_t position = 0;  // content lines before it
    U32 text, agency;
    SourceSpan origin;
};

// What one story collects while its segment is read.
struct Story {
    Article article;
    std::vector<std::size_t> own_headings;  // heading lines printed with the story (page top), content indices
    std::vector<std::size_t> heading_lines;  // every heading line the story has: its own and those given to it
    std::size_t body_line = 0;               // where its text starts: headings before it are above the story
    bool from_segment_with_leadin = false;
};

bool heading_sized(const PrintLine& l, const PageMetrics& m) {
    // Shorter than the column, or wider than it (a larger face: body text never runs wider).
    if (l.cjk) return l.width <= m.cjk_measure - 1.5 || wider_than_body(l, m);
    return l.width <= m.latin_measure * 0.8;
}

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

// Where the printed pages of a file start. A file may hold several pages: a page's head band (its date,
// page number, masthead or section lines) printed after text of the page before starts one. Staff lines at
// the foot of a page stay with it. A form feed does not: a PDF's page break may fall inside a paragraph
// that runs on, and is read where paragraphs break.
std::vector<std::size_t> page_starts(const std::vector<PrintLine>& lines) {
    std::vector<std::size_t> starts{0};
    bool text_before = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        auto f = match_furniture(lines[k].text);
        bool head = f && (f->kind == Furniture::Kind::running_head || f->kind == Furniture::Kind::page_number ||
                          f->kind == Furniture::Kind::section || f->kind == Furniture::Kind::masthead);
        if (!f) {
            text_before = true;
            continue;
        }
        if (!head || !text_before) continue;
        // A head band: this line and the furniture lines right after it, with text of its own page below.
        bool strong = false;
        std::size_t e = k;
        for (; e < lines.size(); ++e) {
            auto g = match_furniture(lines[e].text);
            if (!g || g->kind == Furniture::Kind::continuation || g->kind == Furniture::Kind::slug) break;
            strong = strong || g->date || g->page_number > 0 || g->kind == Furniture::Kind::masthead;
        }
        if (strong && e < lines.size() && e - k >= 2) {
            starts.push_back(k);
            text_before = false;
        }
        k = e > k ? e - 1 : k;
    }
    return starts;
}

class PageReader {
public:
    PageReader(const InputDocument& in, const ConvertOptions& opt, Diagnostics& diags, Lexicon& lexicon)
        : in_(in), opt_(opt), diags_(diags), lexicon_(lexicon) {}

    // Reads one printed page (`first_page`: the first of its file, which --page numbers).
    bool read(const std::vector<PrintLine>& lines, Edition& edition, int page_in_file);

private:
    SourceSpan span(int line, int column = 1) const { return {in_.path, line, column}; }
    SourceSpan span_at(const TextBlock& b, std::size_t offset) const {
        int line = 0, col = 1;
        b.text.locate(offset, line, col);
        return span(line, col);
    }

    void take_furniture(const std::vector<PrintLine>& lines);
    void find_leadins();
    void extend_byline(std::size_t k, Leadin& lead);
    void build_segments();
    void split_blocks(Segment& seg, bool story_follows);
    void read_segment(Segment& seg);
    void apply_trailing_dateline(const Leadin& formula, Article& a, const SourceSpan& where);
    void attach_jumps();
    void assign_headings();
    void finish_story(Story& s);

    const InputDocument& in_;
    const ConvertOptions& opt_;
    Diagnostics& diags_;
    Lexicon& lexicon_;

    std::vector<PrintLine> content_;
    PageMetrics metrics_;
    Page page_;
    std::optional<IsoDate> printed_date_;
    std::optional<IsoDate> issue_date_;
    std::vector<JumpLine> jumps_;
    std::vector<SignOff> sign_offs_;
    std::vector<SignOff> cross_refs_;  // cross-reference lines ("（全文见第六版）"): where they stood, their text
    std::vector<std::pair<std::size_t, Leadin>> starts_;  // content index → lead-in
    std::vector<std::size_t> byline_followed_;            // starts whose formula line follows a byline line
    std::vector<Segment> segments_;
    std::vector<Story> stories_;
    std::vector<std::size_t> story_first_line_;           // content index where each story begins
    std::vector<std::vector<TextBlock>> groups_;          // heading groups at story boundaries
    std::vector<Dropped> page_dropped_;
};

void PageReader::take_furniture(const std::vector<PrintLine>& lines) {
    for (const auto& l : lines) {
        if (auto agency = match_sign_off(l.text)) {
            sign_offs_.push_back({content_.size(), l.text, *agency, span(l.number, l.column)});
            continue;
        }
        if (is_cross_reference(l.text)) {
            cross_refs_.push_back({content_.size(), l.text, {}, span(l.number, l.column)});
            continue;
        }
        auto f = match_furniture(l.text);
        // Furniture that would leave no trace in the metadata is not taken out of the text.
        if (!f || (f->kind != Furniture::Kind::continuation && f->fields.empty())) {
            content_.push_back(l);
            continue;
        }
        std::string text = to_utf8(l.text);
        if (f->kind == Furniture::Kind::continuation) {
            jumps_.push_back({content_.size(), *f->continuation});
            continue;
        }
        for (auto& field : f->fields) {
            field.text = text;
            field.origin = span(l.number, l.column);
            page_.metadata.push_back(field);
        }
        if (f->date && !printed_date_) printed_date_ = f->date;
        if (f->page_number > 0 && page_.number == 0) {
            page_.number = f->page_number;
            page_.label = to_utf8(f->page_label);
        }
        if (!f->section.empty() && page_.section.empty()) page_.section = to_utf8(f->section);
    }
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
            std::all_of(lead->bylines.begin(), lead->bylines.end(), [](const Byline& b) { return b.kind == "photographer"; }))
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

// A caption set right after a paragraph whose last line was full runs on from it in the extracted text:
// "……激动地说。1月1日，实验中学队队员（右）突破上篮。 记者 楼宇航 摄". The credit shows it; the caption
// starts at the last line start that follows a finished sentence.
// The same holds for a caption over a credit printed on a line of its own ("本报记者  林  晓摄"): the caption
// is the end of the block above the credit, from its last line that starts a sentence.
void split_trailing_captions(std::vector<TextBlock>& blocks, std::size_t from) {
    for (std::size_t i = from; i < blocks.size(); ++i) {
        TextBlock& b = blocks[i];
        const U32& t = b.text.text;
        if (b.tail || b.head || b.text.anchors.size() < 2) continue;
        bool credit_closes = photo_credit_start(t) && ends_sentence(text::trim(U32View(t).substr(0, *photo_credit_start(t))));
        bool credit_follows = i + 1 < blocks.size() && !blocks[i + 1].tail && match_photo_credit_line(blocks[i + 1].text.text) &&
                              ends_sentence(t);
        if (!credit_closes && !credit_follows) continue;
        for (std::size_t k = b.text.anchors.size() - 1; k >= 1; --k) {
            std::size_t at = b.text.anchors[k].offset;
            if (!ends_sentence(text::trim(U32View(t).substr(0, at)))) continue;
            if (match_caption(U32View(t).substr(0, at))) break;  // the whole block is captions
            TextBlock cap;
            cap.first = b.first + k;
            cap.last = b.last;
            cap.text.text = t.substr(at);
            for (std::size_t j = k; j < b.text.anchors.size(); ++j) {
                LineAnchor a = b.text.anchors[j];
                a.offset -= at;
                cap.text.anchors.push_back(a);
            }
            b.text.text.resize(at);
            b.text.anchors.resize(k);
            b.last = cap.first - 1;
            blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(cap));
            break;
        }
    }
}

// Applies one lead-in to the start of a block's text; returns what is left of the text.
U32 apply_leadin(const Leadin& lead, U32View text, Article& a, const std::optional<IsoDate>& issue,
                 std::vector<Dropped>& dropped, const SourceSpan& where) {
    if (!lead.decoration.empty()) dropped.push_back({to_utf8(lead.decoration), "decorative mark", where});
    if (!lead.source.empty() && a.source.empty()) a.source = to_utf8(lead.source);
    if (!lead.credit.empty()) {
        if (!a.credit.empty()) a.credit += "; ";
        a.credit += to_utf8(lead.credit);
        a.bylines.insert(a.bylines.end(), lead.bylines.begin(), lead.bylines.end());
    }
    if (!lead.dateline_text.empty() || lead.date) {
        a.dateline.text = to_utf8(lead.dateline_text);
        a.dateline.place = to_utf8(lead.place);
        if (lead.date) a.dateline.date = resolve_date(*lead.date, issue);
    }
    return U32(text.substr(std::min(lead.length, text.size())));
}

// A dateline printed at the story's end ("（新华社北京1月19日电）"): the story's source and dateline, unless
// its lead-in gave them.
void PageReader::apply_trailing_dateline(const Leadin& formula, Article& a, const SourceSpan& where) {
    if (a.source.empty())
        a.source = to_utf8(formula.source);
    else
        a.dropped.push_back({to_utf8(formula.source), "a dateline at the story's end; the lead-in named the source", where});
    if (a.dateline.empty()) {
        a.dateline.text = to_utf8(formula.dateline_text);
        a.dateline.place = to_utf8(formula.place);
        if (formula.date) a.dateline.date = resolve_date(*formula.date, issue_date_);
    }
}

void PageReader::read_segment(Segment& seg) {
    bool has_body = false;
    for (const auto& b : seg.blocks) has_body = has_body || (!b.tail && !b.head);
    if (seg.leadins.empty() && !has_body) {
        // The page top holds only heading lines: they wait for the story they belong to.
        for (auto& b : seg.blocks) groups_[stories_.size()].push_back(std::move(b));
        return;
    }
    std::vector<TextBlock> group;  // heading lines after this story's body
    Story story;
    Article& a = story.article;
    story.from_segment_with_leadin = !seg.leadins.empty();
    std::size_t first = seg.blocks.empty() ? seg.begin : seg.blocks.front().first;
    a.origin = span(content_[first].number, content_[first].column);
    story_first_line_.push_back(seg.begin);
    story.body_line = seg.begin;
    if (seg.leadins.empty())
        for (const auto& b : seg.blocks)
            if (!b.head) {
                story.body_line = b.first;
                break;
            }

    std::size_t bi = 0;
    // The lead-in(s): a byline line stands alone; a formula opens the first paragraph.
    for (const auto& lead : seg.leadins) {
        // The date line under a byline: the story's filing time, not its text.
        if (bi < seg.blocks.size() && is_date_line(seg.blocks[bi].text.text)) {
            a.dropped.push_back({to_utf8(text::trim(seg.blocks[bi].text.text)), "the story's date line (when it was filed)",
                                 span_at(seg.blocks[bi], 0)});
            ++bi;
        }
        if (bi >= seg.blocks.size()) break;
        TextBlock& b = seg.blocks[bi];
        // The block opens with the lead-in found for it; if it does not (the block was split elsewhere),
        // nothing of its text is taken.
        auto exact = match_leadin(b.text.text);
        if (!exact || exact->kind != lead.kind) break;
        U32 rest = apply_leadin(*exact, b.text.text, a, issue_date_, a.dropped, span_at(b, 0));
        std::size_t consumed = b.text.text.size() - rest.size();
        if (text::trim(rest).empty()) {
            ++bi;
            continue;
        }
        b.text.text = rest;
        for (auto& anchor : b.text.anchors) anchor.offset = anchor.offset >= consumed ? anchor.offset - consumed : 0;
        break;
    }

    split_trailing_captions(seg.blocks, bi);
    std::vector<Block>& body = a.body;
    for (; bi < seg.blocks.size(); ++bi) {
        TextBlock& b = seg.blocks[bi];
        U32View t = b.text.text;
        SourceSpan where = span_at(b, 0);
        if (is_end_mark(t)) {
            a.dropped.push_back({to_utf8(text::trim(t)), "end-of-story mark", where});
            continue;
        }
        if (only_decoration(t)) {
            a.dropped.push_back({to_utf8(t), "decorative mark", where});
            continue;
        }
        if (body.empty() && b.first == b.last && is_date_line(t)) {
            a.dropped.push_back({to_utf8(text::trim(t)), "the story's date line (when it was filed)", where});
            continue;
        }
        if (b.head) {
            for (std::size_t k = b.first; k <= b.last; ++k) story.own_headings.push_back(k);
            continue;
        }
        // A photo credit on the line under its caption. Printed under a short paragraph, it makes that
        // paragraph a caption: a photographer is credited for a picture, not for text.
        if (!body.empty() && body.back().image.caption.credit.empty())
            if (auto credit = match_photo_credit_line(t)) {
                Block& above = body.back();
                bool caption = above.type == BlockType::image ||
                               (above.type == BlockType::paragraph && text::to_u32(above.text).size() <= 150);
                if (caption) {
                    if (above.type == BlockType::paragraph) {
                        above.type = BlockType::image;
                        above.image.caption.text = std::move(above.text);
                        above.text.clear();
                    }
                    above.image.caption.credit = to_utf8(*credit);
                    continue;
                }
            }
        if (auto cap = match_caption(t)) {
            Block img;
            img.type = BlockType::image;
            img.image.caption = {to_utf8(cap->text), to_utf8(cap->credit)};
            img.origin = where;
            body.push_back(std::move(img));
            continue;
        }
        if (auto td = match_trailing_dateline(t); td && td->begin == 0) {
            apply_trailing_dateline(td->formula, a, where);
            continue;
        }
        if (!body.empty() && author_note_start(t) == std::size_t{0}) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(text::trim(t));
            continue;
        }
        if (!body.empty()) {
            if (auto credit = match_end_credit(t, true)) {
                if (!a.credit.empty()) a.credit += "; ";
                a.credit += to_utf8(credit->credit);
                a.bylines.insert(a.bylines.end(), credit->bylines.begin(), credit->bylines.end());
                continue;
            }
        }
        if (b.tail) {
            group.push_back(std::move(b));
            continue;
        }
        U32 para(t);
        if (auto jump = find_jump(para, false)) {
            a.continuations.push_back(jump->continuation);
            para.erase(jump->begin, jump->end - jump->begin);
        }
        if (auto jump = find_jump(para, true)) {
            a.continuations.push_back(jump->continuation);
            para.erase(jump->begin);
        }
        para = U32(text::trim(para));
        if (para.empty()) continue;
        Block blk;
        blk.origin = where;
        // A short line standing between paragraphs, ending no sentence, is a subhead.
        bool one_line = b.first == b.last;
        // A subhead may end with a dash that leads into its paragraphs ("抓党性教育，筑牢初心使命——").
        const PrintLine& line = content_[b.first];
        bool subhead_shape = heading_like(line, metrics_) || (ends_with_two_dashes(line.text) && line.text.find(U'。') == U32::npos);
        if (one_line && !body.empty() && subhead_shape && bi + 1 < seg.blocks.size() && !seg.blocks[bi + 1].tail) {
            U32 decoration;
            U32 sub = strip_decoration(para, decoration);
            if (!decoration.empty()) a.dropped.push_back({to_utf8(decoration), "decorative mark", where});
            // A subhead printed over two lines ("织密物流网络" / "延伸配送范围") is one subhead.
            if (body.back().type == BlockType::subheading) {
                bool cjk = text::mostly_cjk(sub);
                body.back().text += cjk ? "\u3000" : " ";
                body.back().text += to_utf8(sub);
                continue;
            }
            blk.type = BlockType::subheading;
            blk.text = to_utf8(sub);
        } else {
            blk.text = to_utf8(para);
        }
        body.push_back(std::move(blk));
    }
    // A closing note crediting contributors ("Associated Press writers … contributed to this report.").
    if (!body.empty() && body.back().type == BlockType::paragraph)
        if (auto note = match_contributed_note(text::to_u32(body.back().text))) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(note->credit);
            a.bylines.insert(a.bylines.end(), note->bylines.begin(), note->bylines.end());
            body.pop_back();
        }
    // A credit closing the last paragraph: "……工作。（记者 张三）"; a dateline or a note on the author
    // closing it likewise ("……工作。（新华社北京1月19日电）").
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        if (it->type != BlockType::paragraph) continue;
        U32 t = text::to_u32(it->text);
        if (auto td = match_trailing_dateline(t); td && td->begin > 0 && ends_sentence(text::trim(U32View(t).substr(0, td->begin)))) {
            apply_trailing_dateline(td->formula, a, it->origin);
            t = U32(text::trim(U32View(t).substr(0, td->begin)));
            it->text = to_utf8(t);
        }
        if (auto at = author_note_start(t); at && *at > 0 && ends_sentence(text::trim(U32View(t).substr(0, *at)))) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(text::trim(U32View(t).substr(*at)));
            t = U32(text::trim(U32View(t).substr(0, *at)));
            it->text = to_utf8(t);
        }
        if (auto credit = match_end_credit(t, false);
            credit && credit->begin > 0 && ends_sentence(text::trim(U32View(t).substr(0, credit->begin)))) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(credit->credit);
            a.bylines.insert(a.bylines.end(), credit->bylines.begin(), credit->bylines.end());
            it->text = to_utf8(text::trim(U32View(t).substr(0, credit->begin)));
        }
        break;
    }
    stories_.push_back(std::move(story));
    // Heading lines after the body lie between this story and the next.
    for (auto& b : group) groups_[stories_.size()].push_back(std::move(b));
}

void PageReader::attach_jumps() {
    for (const auto& j : jumps_) {
        // "下转" closes the story it follows; "上接" opens the story after it.
        std::size_t line = j.continuation.direction == "to" && j.position > 0 ? j.position - 1 : j.position;
        int owner = -1;
        for (std::size_t s = 0; s < story_first_line_.size(); ++s)
            if (story_first_line_[s] <= line) owner = static_cast<int>(s);
        if (owner < 0 && !stories_.empty()) owner = 0;
        if (owner < 0) {
            page_dropped_.push_back({j.continuation.text, "jump line with no story on the page", span(0)});
            continue;
        }
        stories_[static_cast<std::size_t>(owner)].article.continuations.push_back(j.continuation);
    }
    for (const auto& so : sign_offs_) {
        // The sign-off closes the story it follows.
        std::size_t line = so.position > 0 ? so.position - 1 : 0;
        int owner = -1;
        for (std::size_t s = 0; s < story_first_line_.size(); ++s)
            if (story_first_line_[s] <= line) owner = static_cast<int>(s);
        if (owner < 0) {
            page_dropped_.push_back({to_utf8(text::trim(so.text)), "wire sign-off with no story before it", so.origin});
            continue;
        }
        Article& a = stories_[static_cast<std::size_t>(owner)].article;
        if (a.source.empty()) a.source = to_utf8(so.agency);
        a.dropped.push_back({to_utf8(text::trim(so.text)), "wire sign-off: the agency that filed the story", so.origin});
    }
    for (const auto& x : cross_refs_) {
        // A cross-reference closes the story it follows (or opens the page's first).
        std::size_t line = x.position > 0 ? x.position - 1 : 0;
        int owner = stories_.empty() ? -1 : 0;
        for (std::size_t s = 0; s < story_first_line_.size(); ++s)
            if (story_first_line_[s] <= line) owner = static_cast<int>(s);
        if (owner < 0) {
            page_dropped_.push_back({to_utf8(text::trim(x.text)), "cross-reference with no story on the page", x.origin});
            continue;
        }
        stories_[static_cast<std::size_t>(owner)].article.dropped.push_back(
            {to_utf8(text::trim(x.text)), "cross-reference to another page", x.origin});
    }
}

U32 story_text(const Article& a) {
    std::string s;
    for (const auto& b : a.body) s += b.type == BlockType::image ? b.image.caption.text : b.text;
    return text::to_u32(s);
}

void PageReader::assign_headings() {
    // groups_[g] lies between story g-1 and story g. Its lines usually head the story after them; a
    // heading printed after its story's text heads the story before; and a heading block printed before a
    // neighbour's (B's heading, then A's heading over A's text) heads the story after next. Each line goes
    // to the story whose text it speaks of, with a small lead for the usual places and a cost for every
    // change of story inside the group, so a kicker that shares no words stays with its headline.
    std::vector<U32> bodies;
    for (const auto& s : stories_) bodies.push_back(story_text(s.article));
    const double switch_cost = 0.35;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
        const auto& group = groups_[g];
        if (group.empty()) continue;
        struct Candidate {
            std::size_t story;
            double prior;
        };
        std::vector<Candidate> cands;
        auto taken_above = [&](std::size_t st) { return !stories_[st].own_headings.empty(); };
        if (g < stories_.size()) cands.push_back({g, taken_above(g) ? -0.3 : 0.15});
        if (g >= 1 && g - 1 < stories_.size()) cands.push_back({g - 1, 0.05});
        if (g + 1 < stories_.size() && (g + 1 >= groups_.size() || groups_[g + 1].empty()) && !taken_above(g + 1))
            cands.push_back({g + 1, -0.1});
        if (cands.empty()) {
            for (const auto& b : group)
                page_dropped_.push_back({to_utf8(b.text.text), "heading line that no story on the page claims",
                                         span_at(b, 0)});
            continue;
        }
        // Dynamic programming over the group's lines: best[i][c] is the best score of lines 0..i with line
        // i given to candidate c.
        const std::size_t n = group.size(), m = cands.size();
        std::vector<std::vector<double>> best(n, std::vector<double>(m, -1e9));
        std::vector<std::vector<std::size_t>> from(n, std::vector<std::size_t>(m, 0));
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t c = 0; c < m; ++c) {
                double own = heading_affinity(group[i].text.text, bodies[cands[c].story]) + cands[c].prior;
                if (i == 0) {
                    best[i][c] = own;
                    continue;
                }
                for (std::size_t q = 0; q < m; ++q) {
                    double v = best[i - 1][q] + own - (q == c ? 0 : switch_cost);
                    if (v > best[i][c]) {
                        best[i][c] = v;
                        from[i][c] = q;
                    }
                }
            }
        std::size_t c = 0;
        for (std::size_t q = 1; q < m; ++q)
            if (best[n - 1][q] > best[n - 1][c]) c = q;
        for (std::size_t i = n; i-- > 0;) {
            auto& story = stories_[cands[c].story];
            for (std::size_t k = group[i].first; k <= group[i].last; ++k) story.heading_lines.push_back(k);
            if (opt_.explain)
                diags_.note(span_at(group[i], 0), "heading line given to story " + std::to_string(cands[c].story + 1) +
                                                      " (shares " +
                                                      std::to_string(static_cast<int>(100 * heading_affinity(
                                                          group[i].text.text, bodies[cands[c].story]))) +
                                                      "% of its words with its text)");
            if (i > 0) c = from[i][c];
        }
    }
}

std::string language_of(const Article& a, const ConvertOptions& opt) {
    if (!opt.language.empty()) return opt.language;
    std::string sample = a.headline;
    for (const auto& b : a.body) {
        sample += b.text;
        if (sample.size() > 4000) break;
    }
    return detect_language(text::to_u32(sample));
}

void PageReader::finish_story(Story& s) {
    Article& a = s.article;
    // Decorations before headings go to `dropped`; the heading lines make column, kicker, headline and
    // subheadline.
    std::vector<std::size_t> all = s.own_headings;
    all.insert(all.end(), s.heading_lines.begin(), s.heading_lines.end());
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    std::vector<HeadingLine> above, below;  // printed above the story's text, and after it
    for (std::size_t k : all) {
        const PrintLine& l = content_[k];
        U32 removed;
        U32 clean = strip_decoration(l.text, removed);
        if (!removed.empty()) a.dropped.push_back({to_utf8(removed), "decorative mark", span(l.number, l.column)});
        if (clean.empty()) continue;
        (k < s.body_line ? above : below).push_back({clean, printed_width(clean, l.cjk), l.cjk});
    }
    // Names alone under a heading ("王  珂  徐  敏") are the byline, printed without its role.
    if (above.size() >= 2 && above.back().cjk) {
        auto names = parse_cjk_credit(above.back().text);
        bool all_names = names && std::all_of(names->begin(), names->end(), [](const Byline& b) { return b.role.empty(); });
        if (all_names) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(tidy_spaces(above.back().text));
            a.bylines.insert(a.bylines.begin(), names->begin(), names->end());
            above.pop_back();
        }
    }
    if (!above.empty() || !below.empty()) {
        HeadingMeasure m{metrics_.cjk_measure, metrics_.latin_measure};
        // A heading line printed after the story's text may belong above its heading (a kicker) or below it
        // (a subtitle): the reading that fits the roles better wins.
        std::vector<HeadingLine> order = above;
        order.insert(order.end(), below.begin(), below.end());
        HeadingParts parts = split_heading_lines(order, m);
        if (!above.empty() && !below.empty()) {
            std::vector<HeadingLine> alt = below;
            alt.insert(alt.end(), above.begin(), above.end());
            HeadingParts other = split_heading_lines(alt, m);
            if (opt_.explain)
                diags_.note(a.origin, "heading read with the lines after the text below (score " + std::to_string(parts.score) +
                                          ") or above (score " + std::to_string(other.score) + ")");
            if (other.score > parts.score) parts = other;
        }
        if (opt_.explain)
            diags_.note(a.origin, "heading: column \"" + to_utf8(parts.column) + "\", kicker \"" + to_utf8(parts.kicker) +
                                      "\", headline \"" + to_utf8(parts.headline) + "\", subtitle \"" +
                                      to_utf8(parts.subheadline) + "\"");
        a.column = to_utf8(parts.column);
        a.kicker = to_utf8(parts.kicker);
        a.headline = to_utf8(parts.headline);
        a.subheadline = to_utf8(parts.subheadline);
    }
    // The dateline of a story whose lead opens with the date: "1月3日，市委书记…" keeps the date in the
    // sentence and reads it into the dateline too.
    const Block* lead = nullptr;
    for (const auto& b : a.body)
        if (b.type == BlockType::paragraph) {
            lead = &b;
            break;
        }
    if (lead && a.dateline.date.empty() && a.dateline.text.empty() && s.from_segment_with_leadin) {
        U32 t = text::to_u32(lead->text);
        if (auto d = match_cjk_date(t)) {
            a.dateline.text = to_utf8(U32View(t).substr(0, d->length));
            a.dateline.date = resolve_date(*d, issue_date_);
        }
    }
    if (a.headline.empty() && lead) {
        a.headline = to_utf8(derive_headline(text::to_u32(lead->text), text::mostly_cjk(text::to_u32(lead->text))));
        a.headline_derived = !a.headline.empty();
    }
    a.language = language_of(a, opt_);
}

bool PageReader::read(const std::vector<PrintLine>& lines, Edition& edition, int page_in_file) {
    take_furniture(lines);
    metrics_ = measure_page(content_);
    if (opt_.explain)
        diags_.note(span(0), "page measure: CJK " + std::to_string(metrics_.cjk_measure) + ", Latin " +
                                 std::to_string(metrics_.latin_measure) + " (indent " + std::to_string(static_cast<int>(metrics_.latin_indent)) + ")" + (metrics_.double_spaced ? ", double-spaced" : ", single-spaced"));

    if (!opt_.issue_date.empty()) {
        issue_date_ = IsoDate::parse(opt_.issue_date);
        if (!issue_date_) {
            diags_.error({in_.path, 0, 0}, "the issue date \"" + opt_.issue_date + "\" is not a date (YYYY-MM-DD)");
            return false;
        }
    } else if (!edition.date.empty()) {
        issue_date_ = IsoDate::parse(edition.date);
    } else {
        issue_date_ = printed_date_;
    }
    if (printed_date_ && issue_date_ && printed_date_->str() != issue_date_->str())
        diags_.warning(span(0), "the page prints the date " + printed_date_->str() + " but the issue date is " +
                                    issue_date_->str());

    find_leadins();
    build_segments();
    groups_.assign(segments_.size() + 1, {});
    for (std::size_t s = 0; s < segments_.size(); ++s) {
        split_blocks(segments_[s], s + 1 < segments_.size());
        read_segment(segments_[s]);
    }
    attach_jumps();
    groups_.resize(stories_.size() + 1);
    assign_headings();

    // The page: its number from the options, the page itself, or its place in the edition.
    int number = opt_.page > 0 ? opt_.page + page_in_file
                 : page_.number > 0 ? page_.number
                                    : static_cast<int>(edition.pages.size()) + 1;
    page_.number = number;
    if (!opt_.section.empty()) page_.section = opt_.section;
    page_.files.push_back(in_.path);
    int n = 0;
    for (const auto& a : edition.articles) n += a.page == number;
    if (stories_.empty()) diags_.warning(span(0), "no story found on this page");
    bool unresolved = false;
    std::optional<std::size_t> before;  // the article read just before this one, in the edition
    for (auto& s : stories_) {
        finish_story(s);
        Article& a = s.article;
        // A column of briefs prints its label once, over briefs that each have a place line for a kicker
        // (乡村新事 / 江苏省宿迁市 … / 浙江省仙居县 …): the briefs under it share the label.
        if (before && a.column.empty() && !edition.articles[*before].column.empty() &&
            is_place_line(text::to_u32(a.kicker)) && is_place_line(text::to_u32(edition.articles[*before].kicker)))
            a.column = edition.articles[*before].column;
        unresolved = unresolved || (!a.dateline.text.empty() && a.dateline.date.empty());
        a.page = number;
        a.section = page_.section;
        a.id = "p" + std::to_string(number) + "-a" + std::to_string(++n);
        edition.articles.push_back(std::move(a));
        before = edition.articles.size() - 1;
    }
    if (unresolved && !issue_date_)
        diags_.warning(span(0), "no issue date: datelines such as 1月3日 are left without an ISO date (pass --issue-date)");
    if (edition.title.empty())
        for (const auto& f : page_.metadata)
            if (f.key == "paper") edition.title = f.value;  // the masthead names the paper
    edition.pages.push_back(std::move(page_));
    edition.dropped.insert(edition.dropped.end(), page_dropped_.begin(), page_dropped_.end());
    if (edition.date.empty() && issue_date_) edition.date = issue_date_->str();
    if (edition.language.empty()) {
        // The edition speaks the language most of its articles do, unless --lang says.
        std::map<std::string, int> count;
        for (const auto& a : edition.articles) ++count[a.language];
        int best = 0;
        for (const auto& [lang, articles] : count)
            if (articles > best && lang != "und") {
                best = articles;
                edition.language = lang;
            }
        if (!opt_.language.empty()) edition.language = opt_.language;
    }
    return true;
}

}  // namespace

std::string detect_language(std::u32string_view t) {
    text::ScriptCounts n = text::count_scripts(t);
    if (n.cjk == 0 && n.latin == 0) return "und";
    if (text::mostly_cjk(t)) return "zh";
    // English if its commonest words show up.
    std::size_t hits = 0, words = 0, i = 0;
    static constexpr std::array<std::u32string_view, 10> common{U"the", U"and", U"of", U"to", U"in",
                                                                U"a", U"is", U"for", U"on", U"that"};
    while (i < t.size()) {
        while (i < t.size() && !text::is_latin_word_char(t[i])) ++i;
        std::size_t b = i;
        while (i < t.size() && text::is_latin_word_char(t[i])) ++i;
        if (b == i) continue;
        ++words;
        U32 w(t.substr(b, i - b));
        for (auto& c : w)
            if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
        for (auto c : common) hits += w == c;
    }
    return words > 0 && hits * 8 >= words ? "en" : "und";
}

bool read_page(const InputDocument& input, const ConvertOptions& options, Edition& edition, Diagnostics& diags) {
    text::DecodedText decoded;
    if (!text::decode_text(input.bytes, input.path, decoded, diags)) return false;
    if (decoded.longest_line_bytes > (1u << 20))
        diags.warning({input.path, 0, 0}, "a line of " + std::to_string(decoded.longest_line_bytes >> 20) +
                                              " MiB: this does not look like text extracted from a printed page");
    Lexicon lexicon;
    if (!options.word_list.empty() && !lexicon.load_word_list(options.word_list)) {
        diags.error({options.word_list, 0, 0}, "cannot read the word list");
        return false;
    }
    std::vector<PrintLine> lines = collect_lines(decoded.lines);
    for (const auto& l : lines)
        lexicon.add_words_from(l.text.size() > 1 && l.text.back() == U'-' ? U32View(l.text).substr(0, l.text.size() - 1)
                                                                          : U32View(l.text));
    std::vector<std::size_t> starts = page_starts(lines);
    for (std::size_t p = 0; p < starts.size(); ++p) {
        std::size_t end = p + 1 < starts.size() ? starts[p + 1] : lines.size();
        std::vector<PrintLine> page(lines.begin() + static_cast<std::ptrdiff_t>(starts[p]),
                                    lines.begin() + static_cast<std::ptrdiff_t>(end));
        PageReader reader(input, options, diags, lexicon);
        if (!reader.read(page, edition, static_cast<int>(p))) return false;
    }
    return true;
}

}  // namespace galley::print_text
