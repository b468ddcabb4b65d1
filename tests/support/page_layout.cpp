#include "page_layout.hpp"

#include <algorithm>

#include "text/unicode.hpp"

namespace galley::testing {
namespace {

using galley::text::to_u32;
using galley::text::to_utf8;

std::uint32_t next(std::uint32_t& s) {  // xorshift32: the same pages on every machine
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
}

bool chance(std::uint32_t& rng, int percent) { return static_cast<int>(next(rng) % 100) < percent; }

// A unit of CJK layout: one CJK character, or a run of half-width characters set together (2023, GDP).
struct Unit {
    std::u32string text;
    double width;  // em
};

std::vector<Unit> cjk_units(const std::u32string& t) {
    std::vector<Unit> out;
    for (std::size_t i = 0; i < t.size();) {
        char32_t c = t[i];
        if (c < 0x80 && c != U' ') {
            std::size_t b = i;
            while (i < t.size() && t[i] < 0x80 && t[i] != U' ') ++i;
            out.push_back({t.substr(b, i - b), 0.5 * static_cast<double>(i - b)});
            continue;
        }
        if (c == U' ' && !out.empty() && i + 1 < t.size()) {
            // A line break next to a real space would lose it in extraction (lines are trimmed), and the
            // printed pages galley reads keep such spaces inside lines: glue it to both neighbours.
            out.back().text += t.substr(i, 2);
            out.back().width += 0.5 + 1.0;
            i += 2;
            continue;
        }
        out.push_back({std::u32string(1, c), 1.0});
        ++i;
    }
    return out;
}

bool no_line_start(const Unit& u) {
    return u.text.size() == 1 && galley::text::is_closing_punct(u.text[0]);
}
bool no_line_end(const Unit& u) { return u.text.size() == 1 && galley::text::is_opening_punct(u.text[0]); }
bool is_punct(const Unit& u) {
    return u.text.size() == 1 && (galley::text::is_closing_punct(u.text[0]) || galley::text::is_opening_punct(u.text[0]));
}

}  // namespace

std::string PageStyle::name() const {
    std::string n = "w" + std::to_string(columns);
    n += double_spaced ? "_double" : "_single";
    if (leadin_own_line) n += "_leadinline";
    n += headline == Headline::before ? "_hlbefore" : headline == Headline::after ? "_hlafter" : "_nohl";
    if (furniture) n += "_furniture";
    if (keep_indent) n += "_indent";
    n += "_s" + std::to_string(seed);
    return n;
}

std::vector<std::u32string> set_cjk_paragraph(const std::u32string& text, int columns, int first_indent,
                                              int squeeze_percent, std::uint32_t& rng) {
    std::vector<Unit> units = cjk_units(text);
    std::vector<std::u32string> lines;
    std::size_t i = 0;
    bool first = true;
    while (i < units.size()) {
        double cap = columns - (first ? first_indent : 0);
        double w = 0;
        std::size_t b = i, punct = 0;
        while (i < units.size() && w + units[i].width <= cap + 1e-9) {
            w += units[i].width;
            punct += is_punct(units[i]);
            ++i;
        }
        if (i == b) ++i;  // a unit wider than the line
        // Sometimes the compositor squeezes punctuation to take one more character.
        const std::size_t filled = i;
        bool squeezed = false;
        if (i < units.size() && punct >= 2 && chance(rng, squeeze_percent) && !no_line_end(units[i]) &&
            !no_line_start(units[i]) && units[i].width <= 1.0) {
            ++i;
            squeezed = true;
        }
        // Closing punctuation may not start a line. One mark is squeezed in (it hangs at the line end); two
        // or more ("。”") are too much to squeeze, so the last character moves down with them (推出).
        std::size_t marks = 0;
        while (i + marks < units.size() && no_line_start(units[i + marks])) ++marks;
        if (marks == 1) ++i;
        else if (marks > 1 && i > b + 1) --i;
        else i += marks;
        // A first line keeps its indent visible: it is never squeezed and hung to the full measure (in the
        // seed page every first line is at least a character short of the measure).
        if (first && first_indent > 0 && squeezed && marks == 1) i = filled;
        // Opening punctuation may not end a line: push it down.
        while (i > b + 1 && i < units.size() && no_line_end(units[i - 1])) --i;
        std::u32string line;
        for (std::size_t k = b; k < i; ++k) line += units[k].text;
        lines.push_back(std::move(line));
        first = false;
    }
    return lines;
}

std::vector<std::u32string> set_latin_paragraph(const std::u32string& text, int columns, int first_indent,
                                                bool hyphenate, std::uint32_t& rng) {
    std::vector<std::u32string> words;
    std::u32string cur;
    for (char32_t c : text) {
        if (c == U' ') {
            if (!cur.empty()) words.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!cur.empty()) words.push_back(cur);
    std::vector<std::u32string> lines;
    std::u32string line;
    int cap = columns - first_indent;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::u32string w = words[k];
        int need = static_cast<int>(line.size() + (line.empty() ? 0 : 1) + w.size());
        if (need <= cap) {
            if (!line.empty()) line.push_back(U' ');
            line += w;
            continue;
        }
        int room = cap - static_cast<int>(line.size()) - (line.empty() ? 0 : 1) - 1;  // -1 for the hyphen
        bool letters = true;
        for (char32_t c : w) letters = letters && ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'));
        if (hyphenate && letters && w.size() >= 8 && room >= 3 && chance(rng, 70)) {
            // Break after a vowel, leaving at least three letters on each side.
            int at = std::min(room, static_cast<int>(w.size()) - 3);
            auto vowel = [](char32_t c) { return std::u32string_view(U"aeiouy").find(c) != std::u32string_view::npos; };
            while (at >= 3 && !(vowel(w[static_cast<std::size_t>(at) - 1]) && !vowel(w[static_cast<std::size_t>(at)]))) --at;
            if (at >= 3) {
                if (!line.empty()) line.push_back(U' ');
                line += w.substr(0, static_cast<std::size_t>(at)) + U"-";
                lines.push_back(line);
                line = w.substr(static_cast<std::size_t>(at));
                cap = columns;
                continue;
            }
        }
        // A compound breaks after its own hyphen when the first part fits.
        std::size_t h = w.find(U'-');
        if (h != std::u32string::npos && static_cast<int>(h) + 1 <= room + 1 && h >= 2 && w.size() - h > 2) {
            if (!line.empty()) line.push_back(U' ');
            line += w.substr(0, h + 1);
            lines.push_back(line);
            line = w.substr(h + 1);
            cap = columns;
            continue;
        }
        if (!line.empty()) lines.push_back(line);
        line = w;
        cap = columns;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

LaidOutPage layout_page(const std::vector<Story>& stories, const PageStyle& st) {
    LaidOutPage result;
    std::uint32_t rng = st.seed * 2654435761u + 1;
    // Latin paragraph boundaries a reader must judge by the last line's length: decided after layout,
    // against the longest line of running text the page shows.
    struct Boundary {
        std::size_t story, element;  // the paragraph after the boundary
        std::size_t last_line, first_word;
    };
    std::vector<Boundary> boundaries;
    std::size_t longest = 0;
    std::vector<std::u32string> out;  // printed lines; "" marks a paragraph gap in single spacing
    auto indent_text = [&](bool cjk) {
        if (!st.keep_indent) return std::u32string();
        return cjk ? std::u32string(static_cast<std::size_t>(st.indent), U'\u3000')
                   : std::u32string(static_cast<std::size_t>(st.indent), U' ');
    };
    auto emit_paragraph = [&](const std::u32string& text, bool cjk, bool indented) {
        int ind = indented ? st.indent : 0;
        auto lines = cjk ? set_cjk_paragraph(text, st.columns, ind, st.squeeze_percent, rng)
                         : set_latin_paragraph(text, st.columns, ind, st.hyphenate, rng);
        for (std::size_t k = 0; k < lines.size(); ++k)
            out.push_back((k == 0 && indented ? indent_text(cjk) : std::u32string()) + lines[k]);
    };
    auto headings = [&](const Story& s) {
        if (!s.kicker.empty()) out.push_back(to_u32(s.kicker));
        if (!s.headline.empty()) out.push_back(to_u32(s.headline));
        if (!s.subheadline.empty()) out.push_back(to_u32(s.subheadline));
    };

    bool any_cjk = false;
    for (const auto& s : stories) any_cjk = any_cjk || s.cjk();
    if (st.furniture) {
        out.push_back(any_cjk ? U"永康日报  2023年1月4日  星期三  第1版  要闻" : U"Wednesday, January 4, 2023 | The County Daily | A1");
    }
    // Lines that the extraction glued to the next one without the usual blank (the lead-in in a bold face).
    std::vector<std::size_t> glued;
    for (const auto& s : stories) {
        bool cjk = s.cjk();
        Story expected = s;
        expected.body.clear();
        bool blind = !cjk && !st.keep_indent;  // nothing marks a Latin paragraph but its short last line
        std::u32string last_line;  // of the previous paragraph, while it may still be joined
        if (st.headline == PageStyle::Headline::before) headings(s);
        std::u32string lead = to_u32(s.leadin);
        bool byline_line = s.leadin_is_byline_line();
        if (byline_line) {
            out.push_back(lead);
            lead = to_u32(s.leadin2);
        }
        bool first_para = true;
        for (const auto& e : s.body) {
            std::u32string t = to_u32(e.text);
            if (e.kind != StoryElement::Kind::paragraph) last_line.clear();
            if (e.kind == StoryElement::Kind::subhead) {
                out.push_back(t);
                expected.body.push_back(e);
                continue;
            }
            if (e.kind == StoryElement::Kind::caption) {
                std::u32string cap = t;
                if (!e.credit.empty()) cap += U" " + to_u32(e.credit);
                emit_paragraph(cap, cjk, false);
                expected.body.push_back(e);
                continue;
            }
            std::size_t first_word = t.find(U' ');
            if (first_word == std::u32string::npos) first_word = t.size();
            if (blind && !last_line.empty())
                boundaries.push_back({result.expected.size(), expected.body.size(), last_line.size(), first_word});
            expected.body.push_back(e);
            std::size_t before = out.size();
            if (first_para && !lead.empty()) {
                std::u32string printed = lead + (cjk || lead.back() == U' ' ? U"" : U" ") + t;
                if (st.leadin_own_line && cjk) {
                    // The formula and the opening words up to the first comma, then the rest run on.
                    std::size_t comma = t.find(U'，');
                    std::size_t take = comma != std::u32string::npos && comma < 10 ? comma + 1 : 0;
                    out.push_back(std::u32string(U" ") + lead + t.substr(0, take));
                    glued.push_back(out.size() - 1);
                    auto rest = set_cjk_paragraph(t.substr(take), st.columns, 0, st.squeeze_percent, rng);
                    for (auto& l : rest) out.push_back(l);
                } else {
                    emit_paragraph(printed, cjk, true);
                }
            } else {
                emit_paragraph(t, cjk, true);
            }
            first_para = false;
            last_line = out.back();
            for (std::size_t k = before; k < out.size(); ++k) longest = std::max(longest, out[k].size());
        }
        if (!s.endcredit.empty()) out.push_back(to_u32(s.endcredit));
        if (st.headline == PageStyle::Headline::after) headings(s);
        result.expected.push_back(std::move(expected));
    }
    if (st.furniture) out.push_back(any_cjk ? U"责任编辑：胡丽  版式：王蒙" : U"Page A1");

    std::u32string page;
    for (std::size_t k = 0; k < out.size(); ++k) {
        page += out[k];
        page += U"\n";
        bool glue = std::find(glued.begin(), glued.end(), k) != glued.end();
        if (st.double_spaced && !glue) page += U"\n";
    }
    result.text = to_utf8(page);
    // Join the paragraphs whose boundary the page does not show (last first, so indices stay valid).
    for (auto b = boundaries.rbegin(); b != boundaries.rend(); ++b) {
        if (b->last_line + 1 + b->first_word <= longest) continue;
        auto& body = result.expected[b->story].body;
        body[b->element - 1].text += " " + body[b->element].text;
        body.erase(body.begin() + static_cast<std::ptrdiff_t>(b->element));
    }
    return result;
}

}  // namespace galley::testing
