#include "layout.hpp"

#include "captions.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace galley::print_text {
namespace {

std::size_t first_word_width(U32View s) {
    std::size_t n = 0;
    while (n < s.size() && !text::is_space(s[n])) ++n;
    return n;
}

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    auto k = static_cast<std::size_t>(std::floor(q * static_cast<double>(v.size() - 1)));
    return v[k];
}

// Ragged right: the measure is the longest line of running text. Only lines that certainly run on (the
// next line starts in lower case, mid-sentence) are counted, so headlines and credit lines set wider than
// the column do not stretch it.
// A headline wrapped at the column also runs on in lower case, but its words never reach a full stop: the
// lines that run on must lead to a sentence's end.
double ragged_measure(const std::vector<PrintLine>& lines) {
    double edge = 0, any = 0;
    auto runs_on = [&](std::size_t i) {
        std::size_t j = i + 1;
        if (j >= lines.size() || lines[j].text.empty() || !text::is_lower(lines[j].text[0])) return false;
        for (; j < lines.size() && j < i + 12; ++j) {
            const U32& t = lines[j].text;
            if (ends_sentence(t) || (!t.empty() && text::is_pause_punct(t.back()))) return true;
            if (j + 1 >= lines.size() || lines[j + 1].text.empty() || !text::is_lower(lines[j + 1].text[0])) return false;
        }
        return true;
    };
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].cjk) continue;
        any = std::max(any, lines[i].width);
        if (runs_on(i)) edge = std::max(edge, lines[i].width);
    }
    return edge > 0 ? edge : any;
}

// "U.S.", "Jan.", "Mr.": a full stop that ends an abbreviation more often than a sentence.
bool ends_with_abbreviation(U32View s) {
    std::size_t e = s.size();
    while (e > 0 && (s[e - 1] == U'"' || s[e - 1] == U'”' || s[e - 1] == U'’' || s[e - 1] == U'\'')) --e;
    if (e == 0 || s[e - 1] != U'.') return false;
    std::size_t b = e - 1;
    while (b > 0 && !text::is_space(s[b - 1])) --b;
    U32View word = s.substr(b, e - b);
    // Initials with inner full stops: U.S., U.K., a.m.
    if (std::count(word.begin(), word.end(), U'.') >= 2) return true;
    static constexpr std::array<std::u32string_view, 30> abbreviations{
        U"Jan.", U"Feb.", U"Mar.", U"Apr.", U"Aug.", U"Sept.", U"Sep.", U"Oct.", U"Nov.", U"Dec.",
        U"Mr.",  U"Mrs.", U"Ms.",  U"Dr.",  U"St.",  U"Gen.",  U"Sen.", U"Rep.", U"Gov.", U"Lt.",
        U"Col.", U"Capt.", U"Prof.", U"No.", U"Vol.", U"vs.",  U"Jr.",  U"Sr.",  U"Ft.",  U"Mt."};
    for (auto a : abbreviations)
        if (word == a) return true;
    return false;
}

// The indent of a ragged-right page's paragraphs, which the extraction lost. Each first line that runs on
// (it follows a short line that ended a sentence and ends no sentence itself) bounds it: with the indent I,
// the line fitted (I + width <= measure) and the next line's first word did not (I + width + 1 + word >
// measure). The indent is the one most lines agree with; unknown (0) with fewer than three such lines or
// no clear majority.
double latin_indent(const std::vector<PrintLine>& lines, double measure) {
    std::array<int, 9> agree{};
    int seen = 0;
    for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
        const PrintLine& p = lines[i - 1];
        const PrintLine& l = lines[i];
        const PrintLine& n = lines[i + 1];
        if (l.cjk || p.cjk || n.cjk || !ends_sentence(p.text) || p.width > measure - 6 || ends_sentence(l.text)) continue;
        char32_t last = l.text.empty() ? U'\0' : l.text.back();
        if (text::is_pause_punct(last) && last != U',' && last != U'，') continue;
        double word = static_cast<double>(first_word_width(n.text));
        ++seen;
        for (int indent = 0; indent < static_cast<int>(agree.size()); ++indent)
            if (indent + l.width <= measure + 0.5 && indent + l.width + 1 + word > measure) ++agree[static_cast<std::size_t>(indent)];
    }
    int best = 0;
    for (int indent = 1; indent < static_cast<int>(agree.size()); ++indent)
        if (agree[static_cast<std::size_t>(indent)] > agree[static_cast<std::size_t>(best)]) best = indent;
    if (seen < 3 || agree[static_cast<std::size_t>(best)] * 10 < seen * 6) return 0;
    return best;
}

// What a mid-paragraph CJK line says about its column's measure. A full line is as wide as the column,
// so it votes for its own width. It could also be a line that squeezed its punctuation to take one more
// character (then the column is narrower, by up to half an em per mark), or one that stopped short of a
// run of digits or Latin letters on the next line, which does not break (then it is wider, by up to that
// run less one): those widths get a small vote.
void vote_measure(const PrintLine& l, const PrintLine* next, std::map<int, double>& votes) {
    int nominal = static_cast<int>(l.nominal);
    int marks = 0;
    for (char32_t ch : l.text)
        if (text::char_width(ch, true) == 2 && (text::is_closing_punct(ch) || text::is_opening_punct(ch))) ++marks;
    int run = 0;
    if (next)
        for (char32_t ch : next->text) {
            if (text::char_width(ch, true) != 1 || text::is_space(ch)) break;
            ++run;
        }
    // A line ending in a mark either fits it or lets it hang past the measure (it may not start a line).
    bool hangs = text::is_closing_punct(l.text.back()) && text::char_width(l.text.back(), true) == 2;
    // Lines with digits or Latin letters measure the column less exactly: a run that does not break
    // leaves them short by an unknown amount.
    bool half_width = false;
    for (char32_t ch : l.text) half_width = half_width || text::char_width(ch, true) == 1;
    double weight = (hangs ? 0.5 : 1.0) * (half_width ? 0.5 : 1.0);
    auto vote = [&](int at) {
        votes[at] += weight;
        for (int w = at - marks; w < at; ++w) votes[w] += 0.25 * weight;
        for (int w = at + 1; w < at + run; ++w) votes[w] += 0.5 * weight;
    };
    vote(nominal);
    if (hangs) vote(nominal - 2);
}

double measure_from_votes(const std::map<int, double>& votes) {
    double best = 0, best_votes = -1;
    for (const auto& [w, v] : votes)
        if (v >= best_votes) {  // ties go to the wider measure
            best = w;
            best_votes = v;
        }
    return best;
}

char32_t last_char(U32View s) { return s.empty() ? U'\0' : s.back(); }

bool ends_with_dash(U32View s) { return s.size() >= 2 && s.back() == U'—' && s[s.size() - 2] == U'—'; }
char32_t first_char(U32View s) { return s.empty() ? U'\0' : s.front(); }


BreakDecision yes(const char* why) { return {true, why}; }
BreakDecision no(const char* why) { return {false, why}; }

// A line a little short of the measure is either a full line stretched (its next character could not
// start a line, or a run of digits did not fit) or an indented first line that squeezed its punctuation
// to take one more character. Each full-width mark may be set at full or half width, so the line's
// content spans [nominal − marks, nominal] half-ems. It reads as indented when that span reaches the
// indented measure but not the full one, and nothing else explains the shortfall.
bool squeezed_first_line(const PrintLine& c, const PrintLine* next, double full) {
    if (c.width <= full - 2.5) return false;  // plainly short: the caller knows
    double nominal = 0, marks = 0;
    for (char32_t ch : c.text) {
        int w = text::char_width(ch, true);
        nominal += w;
        if (w == 2 && (text::is_closing_punct(ch) || text::is_opening_punct(ch))) ++marks;
    }
    // What stretches a full line: the next line's first character could not end this one (an opening
    // mark), or starts a run of digits or letters too wide for the room left.
    double run = 0;
    if (next)
        for (char32_t ch : next->text) {
            if (text::char_width(ch, true) != 1 || text::is_space(ch)) break;
            ++run;
        }
    bool stretched = next && !next->text.empty() &&
                     (text::is_opening_punct(next->text.front()) || (run > 0 && nominal + run > full));
    bool reaches_full = nominal >= full - 0.5;
    bool reaches_indented = nominal - marks <= full - 4 + 0.5;
    return !reaches_full && reaches_indented && !stretched;
}

}  // namespace

namespace {
// A CJK line's width without a closing mark at its end, which may hang past the column.
double set_width(const PrintLine& l) {
    bool hangs = !l.text.empty() && text::is_closing_punct(l.text.back()) && text::char_width(l.text.back(), true) == 2;
    return l.width - (hangs ? 1 : 0);
}
}  // namespace

bool wider_than_body(const PrintLine& l, const PageMetrics& m) {
    double width = set_width(l);
    if (!l.cjk || m.cjk_body_max <= 0 || width <= m.cjk_body_max + 0.5) return false;
    // Squeezed punctuation lets a line of running text hold more than its nominal width: each mark may
    // have taken half its width.
    double squeezable = 0;
    for (std::size_t i = 0; i + 1 < l.text.size(); ++i)
        if (text::char_width(l.text[i], true) == 2 && (text::is_closing_punct(l.text[i]) || text::is_opening_punct(l.text[i])))
            ++squeezable;
    return width - squeezable > m.cjk_body_max + 0.5;
}

namespace {

BreakDecision cjk_break(const PrintLine& p, const PrintLine& c, const PageMetrics& m, bool p_opens,
                        const PrintLine* next) {
    const double full = m.cjk_measure;
    const double short_by = 2.5;  // a line at least ~1¼ characters short of the measure is not full
    bool p_short = p.width <= full - short_by;
    bool c_short = c.width <= full - short_by;
    // A heading line after a finished sentence: wider than running text, or a subhead leading into the
    // paragraphs below it with a dash.
    bool c_indented_next = next && next->width <= full - short_by;
    bool c_heading = !ends_sentence(c.text) && c.text.find(U'。') == U32::npos &&
                     (wider_than_body(c, m) || (ends_with_dash(c.text) && c_indented_next));
    if (ends_sentence(p.text) && c_heading) return yes("a sentence ends and a heading line follows");
    // A list of parallel paragraphs ends each with a semicolon: a short line ending with one, before a line
    // short as an indented one, closes a paragraph.
    char32_t pe = last_char(p.text);
    if ((pe == U'；' || pe == U';') && p_short && c_short && !ends_sentence(c.text) && c.width >= full - 4 - 2.5)
        return yes("a list item ends with a semicolon on a short line and an indented line follows");
    if (ends_sentence(p.text)) {
        // The next line reads as indented when it is plainly short, or one character short with
        // punctuation it could have squeezed to take that character.
        bool squeezed = !c_short && squeezed_first_line(c, next, full);
        // A question or an answer opens a paragraph whatever its width.
        if (qa_label(c.text)) return yes("a question or an answer starts");
        // An indented first line that happens to end with a sentence is short for its indent; a full line
        // after it goes on with the paragraph.
        // It may be a character shorter still when the next line opens with a mark that may not end a line.
        bool stretched = text::is_opening_punct(first_char(c.text)) && p.nominal + 2 >= full - 4 - 0.5;
        if (p_short && p_opens && (p.nominal >= full - 4 - 1.5 || stretched) && !c_short && !squeezed)
            return no("an indented first line ends a sentence and a full line follows");
        // A nearly full line before a full one is a full line cut short by digits that would not break,
        // or by a mark that may not start the next line; a new paragraph would start indented.
        if (p_short && !c_short && !squeezed && p.width > full - 4)
            return no("a nearly full line before a full line: the paragraph goes on");
        if (p_short) return yes("a sentence ends on a short line: the paragraph's last line");
        if (squeezed) return yes("a sentence ends a full line and a first line with squeezed punctuation follows");
        if (!c_short) return no("a full line follows a full line");
        // A full line ends a sentence and a short line follows: an indented first line, unless the short
        // line is the tail of the same paragraph. A one-line tail that ends a sentence and has no mark of
        // a new paragraph reads as a tail; so does a line too wide to have an indent.
        if (c.width > full - 4 + 1.5) return no("the next line is too wide to be indented");
        if (ends_sentence(c.text) && !opens_paragraph(c.text)) return no("a one-line tail of the paragraph");
        return yes("a sentence ends a full line and an indented line follows");
    }
    // No sentence ends here. A line much shorter than the measure closes a heading, a byline or a
    // caption; so does a shorter line without commas before an indented one (a subhead). Were it a
    // paragraph's first line itself, the line after it would be full. A numbered line before an indented
    // one is a subhead too.
    bool commas = false;  // or any other mark that runs a sentence on or ends one (not a number's 、)
    for (std::size_t i = numbered_or_marked(p.text) ? 2 : 0; i < p.text.size(); ++i)
        commas = commas || text::is_pause_punct(p.text[i]) || text::is_terminal_punct(p.text[i]);
    bool c_indented = c_short || squeezed_first_line(c, next, full);
    if (p.width <= full / 2) return yes("a short line that ends no sentence: a heading or credit");
    // Body text never runs wider than its column (a mark may hang by one place): a wider line is a heading
    // set in a larger or bolder face.
    if (wider_than_body(p, m)) return yes("a line wider than any line of running text: a heading or subhead");
    // A subhead may end with a dash that leads into the paragraphs below it ("抓党性教育，筑牢初心使命——").
    if (ends_with_dash(p.text) && c_indented && !ends_sentence(c.text))
        return yes("a subhead ending with a dash before an indented line");
    // An indented first line one character short, because that character opens a quotation or bracket
    // and may not end a line, is running text.
    bool stretched = text::is_opening_punct(first_char(c.text)) && p.width + 2 >= full - 4 - 0.5;
    if (c_indented && !ends_sentence(c.text) && !stretched &&
        (numbered_or_marked(p.text) || (!commas && p.width <= full - 5.5)))
        return yes("a subhead before an indented line");
    // A line that opens a block, neither indented nor full, ending no sentence, before an indented line: a
    // subhead set to its own length ("这条链，带动消费和投资相互促进").
    double p_marks = 0;  // punctuation p may have squeezed to fit an indented line
    for (char32_t ch : p.text)
        if (text::char_width(ch, true) == 2 && (text::is_closing_punct(ch) || text::is_opening_punct(ch))) ++p_marks;
    bool could_be_indented = p.nominal - p_marks <= full - 4 + 0.5;
    if (p_opens && c_indented && !stretched && !could_be_indented && p.width < full - 1 &&
        !text::is_pause_punct(last_char(p.text)))
        return yes("a line that is neither indented nor full before an indented line: a subhead");
    return no("the sentence goes on");
}

BreakDecision latin_break(const PrintLine& p, const PrintLine& c, const PageMetrics& m, bool p_opens,
                          const PrintLine* next) {
    std::size_t fw = first_word_width(c.text);
    // A paragraph's first line had its indent as well: that much less room.
    double room = m.latin_measure - (p_opens ? m.latin_indent : 0) - p.width;
    // Proportional type makes character counts rough: ask for a margin unless a sentence ended.
    double margin = ends_sentence(p.text) || last_char(p.text) == U'"' || last_char(p.text) == U'”' ? 0.0 : 3.0;
    if (room >= static_cast<double>(fw) + 1 + margin) return yes("the next line's first word would have fitted");
    // The next line itself shows an indent: the word after it would have fitted on it, but for the indent
    // a paragraph's first line has (and it runs on, so that word is its own paragraph's).
    if (next && m.latin_indent > 0 && !next->cjk && !ends_sentence(c.text) && ends_sentence(p.text)) {
        double after = c.width + 1 + static_cast<double>(first_word_width(next->text));
        if (m.latin_indent >= 2 && after <= m.latin_measure && after + m.latin_indent > m.latin_measure)
            return yes("the next line is indented: the word after it would have fitted but for the indent");
    }
    // On a page whose paragraphs were indented, a finished sentence followed by a line with room for the
    // indent reads as a paragraph's end: the lines were set to the column, and a line that stops an indent
    // short after a full stop is where news copy starts a paragraph.
    if (ends_sentence(p.text) && !ends_with_abbreviation(p.text) && m.latin_indent >= 2 && !m.latin_indents_kept &&
        c.width + m.latin_indent <= m.latin_measure)
        return yes("a sentence ends and the next line has room for an indent");
    return no("the next line's first word would not have fitted");
}

}  // namespace

double printed_width(U32View line, bool cjk) {
    double w = 0;
    // Punctuation at the end of a line is set half-width (or hangs in the margin): count it as 1.
    std::size_t end = line.size();
    while (cjk && end > 0 && text::is_closing_punct(line[end - 1]) && text::char_width(line[end - 1], true) == 2) --end;
    for (std::size_t i = 0; i < line.size(); ++i) w += i >= end ? 1 : text::char_width(line[i], cjk);
    return w;
}

std::vector<PrintLine> collect_lines(const std::vector<text::SourceLine>& lines) {
    std::vector<PrintLine> out;
    int blanks = 0;
    bool page_break = false;
    for (const auto& l : lines) {
        page_break = page_break || l.page_break_before;
        U32View t = text::trim(l.text);
        if (t.empty()) {
            ++blanks;
            continue;
        }
        PrintLine pl;
        std::size_t lead = 0;
        int indent = 0;
        while (lead < l.text.size() && text::is_space(l.text[lead])) indent += text::char_width(l.text[lead++], true);
        // White space runs inside the line become one space: extraction pads with runs of spaces.
        pl.text.reserve(t.size());
        bool space = false;
        for (char32_t ch : t) {
            if (text::is_space(ch)) {
                space = true;
                continue;
            }
            if (space) pl.text.push_back(U' ');
            space = false;
            pl.text.push_back(ch);
        }
        pl.number = l.number;
        pl.column = static_cast<int>(lead) + 1;
        pl.indent = indent;
        pl.blank_before = blanks;
        pl.page_break_before = page_break;
        pl.cjk = text::mostly_cjk(pl.text);
        pl.width = printed_width(t, pl.cjk);
        pl.nominal = text::text_width(t, pl.cjk);
        out.push_back(std::move(pl));
        blanks = 0;
        page_break = false;
    }
    return out;
}

PageMetrics measure_page(const std::vector<PrintLine>& lines) {
    PageMetrics m;
    if (lines.empty()) return m;
    std::size_t one_blank = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) one_blank += lines[i].blank_before == 1;
    m.double_spaced = lines.size() > 2 && one_blank * 10 >= (lines.size() - 1) * 6;
    int common = lines[0].indent;
    for (const auto& l : lines) common = std::min(common, l.indent);
    m.common_indent = common;

    std::vector<double> cjk_all, latin_all;
    for (const auto& l : lines) (l.cjk ? cjk_all : latin_all).push_back(l.width);
    // Mid-paragraph for certain: no sentence ends on the line or on the line before.
    auto estimate = [&]() {
        std::map<int, double> votes;  // see vote_measure
        std::size_t voters = 0;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            const auto& l = lines[i];
            const auto& p = lines[i - 1];
            if (!l.cjk || !p.cjk || ends_sentence(p.text) || ends_sentence(l.text)) continue;
            vote_measure(l, i + 1 < lines.size() ? &lines[i + 1] : nullptr, votes);
            ++voters;
        }
        return voters >= 5 ? measure_from_votes(votes) : percentile(cjk_all, 0.8);
    };
    m.cjk_measure = estimate();
    // The widest line of running text (mid-paragraph for certain); a wider line is set in another face.
    // A heading block (a headline over its subtitle) may pass for two such lines: the widest 3% are not
    // trusted.
    std::vector<double> body;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto& l = lines[i];
        const auto& p = lines[i - 1];
        if (!l.cjk || !p.cjk || ends_sentence(p.text) || ends_sentence(l.text)) continue;
        body.push_back(set_width(l));
    }
    m.cjk_body_max = body.size() >= 10 ? percentile(body, 0.97) : 0;
    m.latin_measure = ragged_measure(lines);
    m.latin_indent = latin_indent(lines, m.latin_measure);
    for (const auto& l : lines) m.latin_indents_kept = m.latin_indents_kept || (!l.cjk && l.indent - m.common_indent >= 2);
    return m;
}

// "本报讯（实习生 林一" goes on to "帆 记者 周婷）". Quotation marks are not counted: a quotation running
// over several paragraphs leaves one open.
bool opens_bracket(U32View s) {
    int depth = 0;
    for (char32_t c : s) {
        if (c == U'（' || c == U'(' || c == U'［' || c == U'[') ++depth;
        if ((c == U'）' || c == U')' || c == U'］' || c == U']') && depth > 0) --depth;
    }
    return depth > 0;
}

bool ends_sentence(U32View s) {
    std::size_t e = s.size();
    // 。” and ！） end sentences inside quotes and brackets; so do ." and .' in ASCII-quoted copy.
    while (e > 0 && ((text::is_closing_punct(s[e - 1]) && !text::is_terminal_punct(s[e - 1]) &&
                      !text::is_pause_punct(s[e - 1])) ||
                     ((s[e - 1] == U'"' || s[e - 1] == U'\'') && e >= 2 && text::is_terminal_punct(s[e - 2]))))
        --e;
    return e > 0 && text::is_terminal_punct(s[e - 1]);
}

bool numbered_or_marked(U32View s) {
    if (s.empty()) return false;
    if (text::is_decoration(s[0])) return true;
    // Numbered points: 一、 （一） 1. 1、 — but "58.3亿元" is a number, not a numbered point.
    Cursor c(s);
    int n = 0;
    if (c.one_of(U"（(")) return (c.cjk_number(n) || c.number(n, 2)) && c.one_of(U"）)");
    return (c.cjk_number(n) || c.number(n, 2)) && c.one_of(U"、.．") && !text::is_digit(c.peek());
}

bool qa_label(U32View s) {
    for (std::u32string_view label : {U"问：", U"答：", U"问:", U"答:", U"Q：", U"A：", U"Q:", U"A:"})
        if (text::starts_with(s, label)) return true;
    return false;
}

bool opens_paragraph(U32View s) {
    if (s.empty()) return false;
    if (starts_caption(s) || numbered_or_marked(s)) return true;
    char32_t c0 = s[0];
    if (c0 == U'“' || c0 == U'「' || c0 == U'『' || c0 == U'"') return true;
    char32_t last = s.back();
    if (last == U'！' || last == U'？' || last == U'!' || last == U'?') return true;
    // A speaker's label or Q&A: up to six characters, then a colon ("问：", "记者：", "Q:").
    for (std::size_t k = 1; k <= 6 && k < s.size(); ++k) {
        if (s[k] == U'：' || s[k] == U':') return true;
        if (!text::is_letter_or_digit(s[k])) break;
    }
    return false;
}

BreakDecision paragraph_break(const PrintLine& p, const PrintLine& c, const PageMetrics& m, bool p_opens,
                              const PrintLine* next) {
    if (c.page_break_before && ends_sentence(p.text)) return yes("a page break after a finished sentence");
    if (m.double_spaced) {
        if (c.blank_before == 0) return no("no blank line between: two pieces of one printed line");
        if (c.blank_before >= 2) return yes("two blank lines");
    } else if (c.blank_before >= 1) {
        return yes("a blank line");
    }
    if (is_editor_signature(c.text)) return no("the editor's signature closes the note");
    if (c.indent - m.common_indent >= 2 && p.indent - m.common_indent < 2) return yes("an indented line");
    char32_t pe = last_char(p.text), cs = first_char(c.text);
    // (A Chinese list item may end its paragraph with a semicolon: cjk_break weighs that.)
    bool list_item_end = p.cjk && (pe == U'；' || pe == U';');
    if (text::is_opening_punct(pe) || (text::is_pause_punct(pe) && !list_item_end))
        return no("the line ends with a comma or an opening mark");
    if (opens_bracket(p.text)) return no("a bracket opened on the line closes on the next");
    if (photo_credit_start(p.text)) return yes("a photo credit closes a caption");
    if (ends_sentence(p.text) && starts_caption(c.text)) return yes("a caption starts");
    if (text::is_closing_punct(cs) && !text::is_opening_punct(cs)) return no("no line starts with closing punctuation");
    if (pe == U'-' && p.text.size() >= 2 && text::is_letter_or_digit(p.text[p.text.size() - 2]) &&
        text::is_letter_or_digit(cs))
        return no("a hyphenated word goes on");
    if (p.cjk) return cjk_break(p, c, m, p_opens, next);
    return latin_break(p, c, m, p_opens, next);
}

}  // namespace galley::print_text
