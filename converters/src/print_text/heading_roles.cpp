#include "heading_roles.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "layout.hpp"

namespace galley::print_text {
namespace {

// An element: one or more heading lines read as one (a kicker over two lines, a wrapped headline).
struct Element {
    U32 text;
    double width = 0;       // of its widest line
    bool first_full = false;  // its first (or only) line was as wide as the column: broken by width
    std::size_t lines = 1;
};

double ems(U32View s) { return static_cast<double>(text::text_width(s, true)) / 2; }

bool has_quotes(U32View s) {
    return s.find_first_of(U"“「『") != U32View::npos;
}

bool has_digits(U32View s) {
    return std::any_of(s.begin(), s.end(), [](char32_t c) { return text::is_digit(c); });
}

// Two phrases set apart by a space: "把问题找出来  把实事办到位". Chinese text has no spaces between
// words, so any space between two characters (however many the extraction kept) is a deliberate gap.
bool spaced_phrases(U32View s) {
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        if (!text::is_space(s[i]) || !text::is_han(s[i - 1])) continue;
        std::size_t j = i;
        while (j < s.size() && text::is_space(s[j])) ++j;
        // A padded two-character name ("王  珂") is not two phrases.
        if (j < s.size() && text::is_han(s[j]) && i >= 3 && s.size() - j >= 3) return true;
    }
    return false;
}

bool starts_with_dash(U32View s) { return !s.empty() && (s[0] == U'—' || s[0] == U'―' || s[0] == U'－'); }
bool ends_with_dash(U32View s) { return s.size() >= 2 && s.back() == U'—' && s[s.size() - 2] == U'—'; }

U32 join(U32View a, U32View b) {
    U32 out(a);
    if (!a.empty() && !b.empty() && text::is_latin_word_char(a.back()) && text::is_latin_word_char(b.front()))
        out.push_back(U' ');
    out.append(b);
    return out;
}

std::vector<Element> cjk_elements(const std::vector<HeadingLine>& lines, double measure) {
    std::vector<Element> out;
    bool run_on = false;
    for (const auto& l : lines) {
        bool full = measure > 0 && l.width >= measure - 1;
        if (run_on && !out.empty()) {
            out.back().text += l.text;
            out.back().width = std::max(out.back().width, l.width);
            ++out.back().lines;
        } else {
            out.push_back({l.text, l.width, full, 1});
        }
        char32_t last = l.text.empty() ? U'\0' : l.text.back();
        run_on = text::is_pause_punct(last);
    }
    return out;
}

std::size_t first_word(U32View s) {
    std::size_t n = 0;
    while (n < s.size() && !text::is_space(s[n])) ++n;
    return n;
}

std::vector<Element> latin_elements(const std::vector<HeadingLine>& lines, double measure) {
    std::vector<Element> out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        // Wrapped: this line's first word would not have fitted on the line before.
        bool wrapped = i > 0 && !out.empty() && measure > 0 &&
                       lines[i - 1].width + 1 + static_cast<double>(first_word(l.text)) > measure;
        if (wrapped) {
            U32& t = out.back().text;
            if (!t.empty() && t.back() != U'-') t.push_back(U' ');  // "COVID-" + "defying" stays one word
            t += l.text;
            ++out.back().lines;
        } else {
            out.push_back({l.text, l.width, false, 1});
        }
    }
    return out;
}

// ---- scores: each rule a sub-editor would state, weighed against the others ----------------------------

double headline_length_score(U32View h) {
    double len = ems(h);
    bool title = h.find(U'《') != U32View::npos;
    if (len <= 24) return 0;
    if (len <= 32) return title ? -0.3 : -1.5;
    return -3;
}

// a and b read as one headline broken over two lines.
double broken_score(const Element& a, const Element& b) {
    if (ends_with_dash(a.text) || starts_with_dash(b.text) || is_place_line(a.text)) return -3;
    double la = ems(a.text), lb = ems(b.text), total = la + lb;
    bool title = !b.text.empty() && b.text.front() == U'《';
    double s = -0.8;
    // A headline that ran into the column's edge and spilled a few characters onto the next line.
    if (a.first_full && lb <= la / 2) s += 2;
    if (title) s += 1.5;       // the break keeps a book title whole
    if (std::min(la, lb) / std::max(la, lb) >= 0.6) s += 1;
    if (total <= 21) s += 0.6;
    else if (total >= 23 && !title) s -= 1;
    if (spaced_phrases(a.text) || spaced_phrases(b.text)) s -= 1;
    return s;
}

double kicker_score(const Element& k, const U32& headline_first) {
    if (starts_with_dash(k.text)) return -3;
    double s = -0.5;
    if (ends_with_dash(k.text)) s += 3;
    if (is_place_line(k.text)) s += 3;
    if (spaced_phrases(k.text)) s += 1;
    if (ems(k.text) < ems(headline_first)) s += 0.8;
    if (has_quotes(headline_first) && !has_quotes(k.text)) s += 0.8;
    if (ems(k.text) > 24) s += 1;  // too long for a headline: set small above it
    if (k.lines >= 2) s += 1;      // run on over two printed lines after a comma: small type
    if (!headline_first.empty() && headline_first.front() == U'《') s -= 0.5;
    return s;
}

double subtitle_score(const Element& st, const U32& headline) {
    if (is_place_line(st.text)) return -3;
    double s = -0.4;
    if (starts_with_dash(st.text)) s += 3;
    if (ends_with_dash(st.text)) s -= 2;
    if (spaced_phrases(st.text)) s -= 0.5;
    if (has_digits(st.text) && !has_digits(headline)) s += 0.3;
    if (st.lines >= 2) s += 0.5;
    return s;
}

double column_score(const Element& c) {
    double len = ems(c.text);
    bool punct = std::any_of(c.text.begin(), c.text.end(), [](char32_t ch) { return text::is_cjk_punct(ch); });
    bool slogan = c.text.find_first_of(U"，·") != U32::npos;
    if (len > 12 || starts_with_dash(c.text) || ends_with_dash(c.text)) return -5;
    double s = -1;
    if (len <= 6 && !punct) s += 1.5;
    if (slogan) s += 1.5;
    return s;
}

HeadingParts cjk_roles(const std::vector<Element>& e) {
    const std::size_t n = e.size();
    HeadingParts best;
    best.score = -1e9;
    for (std::size_t c = 0; c <= 1; ++c)
        for (std::size_t k = 0; k <= 2; ++k)
            for (std::size_t h = 1; h <= 2; ++h)
                for (std::size_t s = 0; s <= 2; ++s) {
                    if (c + k + h + s != n) continue;
                    if (c == 1 && n < 3) continue;  // a label stands above a whole heading
                    std::size_t at = 0;
                    HeadingParts p;
                    double score = 0;
                    if (c) {
                        p.column = e[0].text;
                        score += column_score(e[0]);
                        at = 1;
                    }
                    std::size_t hk = at + k;
                    U32 head = e[hk].text;
                    if (h == 2) {
                        score += broken_score(e[hk], e[hk + 1]);
                        head = join(head, e[hk + 1].text);
                    }
                    score += headline_length_score(head);
                    if (k >= 1) {
                        score += kicker_score(e[at], e[hk].text);
                        p.kicker = e[at].text;
                        if (k == 2) {
                            score -= 2;  // a kicker over two lines runs on with a comma, already joined
                            p.kicker = join(p.kicker, e[at + 1].text);
                        }
                    }
                    std::size_t sb = hk + h;
                    if (s >= 1) {
                        score += subtitle_score(e[sb], head);
                        p.subheadline = e[sb].text;
                        if (s == 2) {
                            score += starts_with_dash(e[sb].text) ? 0.5 : -2;
                            p.subheadline = join(p.subheadline, e[sb + 1].text);
                        }
                    }
                    p.headline = head;
                    p.score = score;
                    if (score > best.score) best = p;
                }
    if (best.score > -1e8) return best;
    // More lines than a heading has: the first is the kicker, the rest the headline.
    best = {};
    best.score = -10;
    best.kicker = e[0].text;
    for (std::size_t i = 1; i < n; ++i) best.headline = join(best.headline, e[i].text);
    return best;
}

std::size_t words(U32View s) {
    std::size_t n = 0;
    bool in = false;
    for (char32_t c : s) {
        bool sp = text::is_space(c);
        n += !sp && !in;
        in = !sp;
    }
    return n;
}

HeadingParts latin_roles(const std::vector<Element>& e) {
    HeadingParts p;
    std::size_t from = 0, to = e.size();
    if (e.size() >= 2 && starts_with_dash(e.back().text)) {
        p.subheadline = e.back().text;
        --to;
    }
    if (to - from >= 2 && words(e[0].text) <= 3 && e[0].text.size() < e[1].text.size()) {
        p.kicker = e[0].text;
        ++from;
    }
    for (std::size_t i = from; i < to; ++i) p.headline = p.headline.empty() ? e[i].text : p.headline + U" " + e[i].text;
    p.score = 0;
    return p;
}

}  // namespace

bool is_place_line(U32View raw) {
    U32View s = text::trim(raw);
    if (s.size() < 3 || s.size() > 16) return false;
    for (char32_t c : s)
        if (!text::is_han(c)) return false;
    // Administrative units, from the largest: a place line is a chain of them ("江苏省宿迁市", "四川省凉山
    // 彝族自治州"), starting with a province or a city, or a single city or county ("仙居县").
    static constexpr std::array<std::u32string_view, 14> units{U"自治区", U"自治州", U"自治县", U"街道", U"社区",
                                                               U"省",     U"市",     U"州",     U"盟",   U"县",
                                                               U"旗",     U"区",     U"镇",     U"乡"};
    auto unit_at = [&](std::size_t end) -> std::size_t {  // the unit ending at `end`, its length, or 0
        for (auto u : units)
            if (end >= u.size() && s.substr(end - u.size(), u.size()) == u) return u.size();
        return 0;
    };
    std::size_t segments = 0, b = 0;
    bool top = false;
    while (b < s.size()) {
        // The shortest segment from b (2 to 7 characters) that ends with a unit.
        std::size_t e = 0;
        for (std::size_t len = 2; len <= 7 && b + len <= s.size(); ++len)
            if (unit_at(b + len)) {
                e = b + len;
                break;
            }
        if (e == 0) return false;
        U32View seg = s.substr(b, e - b);
        if (segments == 0)
            top = text::ends_with(seg, U"省") || text::ends_with(seg, U"自治区") || text::ends_with(seg, U"市") ||
                  text::ends_with(seg, U"州") || text::ends_with(seg, U"盟") ||
                  (text::ends_with(seg, U"县") && s.size() <= 5) || (text::ends_with(seg, U"旗") && s.size() <= 6);
        ++segments;
        b = e;
    }
    return top && segments <= 3;
}

HeadingParts split_heading_lines(const std::vector<HeadingLine>& lines, const HeadingMeasure& measure) {
    HeadingParts none;
    if (lines.empty()) return none;
    std::size_t cjk = 0;
    for (const auto& l : lines) cjk += l.cjk;
    if (cjk * 2 >= lines.size()) {
        auto e = cjk_elements(lines, measure.cjk);
        if (e.size() == 1) {
            none.headline = e[0].text;
            return none;
        }
        return cjk_roles(e);
    }
    auto e = latin_elements(lines, measure.latin);
    if (e.size() == 1) {
        none.headline = e[0].text;
        return none;
    }
    return latin_roles(e);
}

}  // namespace galley::print_text
