// The print-text reader's page: the state one printed page is read with, shared by the files that each do
// one step of it (reader.cpp: the page and its furniture; segments.cpp: lead-ins and blocks; stories.cpp:
// a story's text and credits; story_headings.cpp: which heading lines a story has and what they are).
// Internal to the converter.
#pragma once

#include <optional>
#include <utility>
#include <vector>

#include "galley/converter.hpp"
#include "dates.hpp"
#include "layout.hpp"
#include "leadin.hpp"
#include "reflow.hpp"

namespace galley::print_text {

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

// Does this line read like a heading line rather than running text? Headings end no sentence and hold
// no full stop; a jump line closing a paragraph ("工作。（下转第2版）") is running text.
bool heading_like(const PrintLine& l, const PageMetrics& m);
bool ends_with_two_dashes(U32View s);
// Lines that close a story's text and are never headings: a credit, a dateline printed at the end, a note
// on the author, an editor's signature, a photo credit.
bool closes_text(U32View line);
bool has_pause(U32View s);
// Takes decorative marks (■ ●) off the front of `s` into `removed`.
U32 strip_decoration(U32View s, U32& removed);
bool only_decoration(U32View s);

class PageReader {
public:
    PageReader(const InputDocument& in, const ConvertOptions& opt, Diagnostics& diags, Lexicon& lexicon)
        : in_(in), opt_(opt), diags_(diags), lexicon_(lexicon) {}

    // Reads one printed page (`page_in_file`: its place in the file; --page numbers the first). The lines are
    // taken, not copied: a page's text is held once.
    bool read(std::vector<PrintLine> lines, Edition& edition, int page_in_file);

private:
    SourceSpan span(int line, int column = 1) const { return {in_.path, line, column}; }
    SourceSpan span_at(const TextBlock& b, std::size_t offset) const {
        int line = 0, col = 1;
        b.text.locate(offset, line, col);
        return span(line, col);
    }

    void take_furniture(std::vector<PrintLine>& lines);
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

}  // namespace galley::print_text
