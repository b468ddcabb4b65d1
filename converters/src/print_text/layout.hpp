// The printed page as lines, what the page's measure is, and where paragraphs break.
//
// Text extracted from print loses paragraph marks: every printed line is a line, and a paragraph shows only
// in the shape of its lines. In a justified CJK column every line is full except a paragraph's first line
// (indented two characters) and its last. Punctuation squeezing makes widths vary by a character or two, so
// widths alone cannot decide; they are read together with how a line ends (a sentence mark or not) and how
// the next one starts. In ragged-right Latin text the test is whether the next line's first word would have
// fitted on the line before.
#pragma once

#include <vector>

#include "../text/source_text.hpp"
#include "cursor.hpp"

namespace galley::print_text {

struct PrintLine {
    U32 text;        // without leading and trailing white space
    int number = 0;  // line number in the file
    int column = 1;  // column of the first character
    int indent = 0;  // leading white space, in half-em units
    int blank_before = 0;
    bool page_break_before = false;
    bool cjk = false;    // set as CJK text
    double width = 0;    // printed width estimate in half-em units (see printed_width)
    double nominal = 0;  // East Asian width of the text, every character at its full width
};

struct PageMetrics {
    bool double_spaced = false;  // a blank line after every printed line (blank lines carry no meaning)
    int common_indent = 0;       // indentation every line has (a margin), in half-em units
    double cjk_measure = 0;      // width of a full CJK line
    double cjk_body_max = 0;     // the widest CJK line of running text; 0 when too few lines show it
    double latin_measure = 0;    // width of the longest Latin lines (the column)
    double latin_indent = 0;     // a paragraph's first-line indent in Latin text, when the page shows it
    bool latin_indents_kept = false;  // the extraction kept Latin first-line indents as leading spaces
};

std::vector<PrintLine> collect_lines(const std::vector<text::SourceLine>& lines);
PageMetrics measure_page(const std::vector<PrintLine>& lines);

// The estimated printed width of a line in half-em units: East Asian width (ideographs and full-width
// punctuation 2, Latin letters and digits 1), except that closing punctuation ending a line counts 1, as
// it is set half-width or hangs in the margin there.
double printed_width(U32View line, bool cjk);

// True when `l` is wider than any line of running text on the page: a heading set in a larger face.
bool wider_than_body(const PrintLine& l, const PageMetrics& m);

// True when a sentence ends at the end of `s` (a terminal mark, maybe inside closing quotes or brackets).
bool ends_sentence(U32View s);

// True when `s` opens a bracket it does not close ("本报讯（实习生 林一").
bool opens_bracket(U32View s);

// True when a line opens with an interview's question or answer label: 问： 答： Q: A:
bool qa_label(U32View s);

// True when a line starts with a numbered point (一、 （一） 1.) or a decorative mark (■ ●).
bool numbered_or_marked(U32View s);

// True when a short line looks like it opens a paragraph of its own: a quotation, a question or answer,
// a speaker's label, a numbered point, a decorated lead.
bool opens_paragraph(U32View s);

// Whether a paragraph ends between two lines, and the rule that decided it (for `galley normalize --explain`).
struct BreakDecision {
    bool brk = false;
    const char* why = "";
    explicit operator bool() const { return brk; }
};

// Decides whether a paragraph ends between `p` and `c` (lines next to each other after furniture is gone).
// `p_opens` tells that `p` is itself the first line of a paragraph: its indent, not its end, made it short.
// `next` is the line after `c`, if any.
BreakDecision paragraph_break(const PrintLine& p, const PrintLine& c, const PageMetrics& m, bool p_opens = false,
                              const PrintLine* next = nullptr);

}  // namespace galley::print_text
