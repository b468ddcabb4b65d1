// One page scored: articles matched by the text they share, then each field compared in the form the
// corpus README prescribes (Chinese without white space, English with white space runs as one space).
#include <algorithm>
#include <tuple>

#include "galley/scoring.hpp"
#include "text_forms.hpp"

namespace galley::scoring {
namespace {

// The reader's article as the scorer sees it.
struct Ours {
    const Article* article = nullptr;
    std::string text;  // paragraphs and subheads, squeezed
    Shingles grams;
};

std::string body_text(const Article& a) {
    std::string s;
    for (const auto& b : a.body)
        if (b.type != BlockType::image) s += squeeze(b.text);
    return s;
}

std::string truth_text(const TruthArticle& t) {
    std::string s;
    for (const auto& p : t.paragraphs) s += squeeze(p);
    return s;
}

// Pairs each expected article with the reader's article sharing most of its text, one to one, largest
// overlaps first. An article sharing under a quarter of the expected text is no match.
std::vector<int> match_articles(const PageTruth& truth, const std::vector<Ours>& ours) {
    std::vector<Shingles> expected;
    for (const auto& t : truth.articles) expected.push_back(shingles(truth_text(t)));
    std::vector<std::tuple<int, std::size_t, std::size_t>> pairs;  // overlap, expected, ours
    for (std::size_t e = 0; e < expected.size(); ++e) {
        int need = std::max(1, total(expected[e]) / 4);
        for (std::size_t o = 0; o < ours.size(); ++o)
            if (int n = shared(expected[e], ours[o].grams); n >= need) pairs.emplace_back(n, e, o);
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
        if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) > std::get<0>(b);
        return std::tie(std::get<1>(a), std::get<2>(a)) < std::tie(std::get<1>(b), std::get<2>(b));
    });
    std::vector<int> match(truth.articles.size(), -1);
    std::vector<bool> taken(ours.size(), false);
    for (const auto& [n, e, o] : pairs) {
        if (match[e] >= 0 || taken[o]) continue;
        match[e] = static_cast<int>(o);
        taken[o] = true;
    }
    return match;
}

class PageScorer {
public:
    PageScorer(const std::string& name, const PageTruth& truth, const Edition& ed) : truth_(truth), ed_(ed) {
        score_.name = name;
        latin_ = truth.language != "zh";
    }

    PageScore run(const std::vector<std::string>& page_lines);

private:
    // Headings: Chinese compared without white space, English with runs of it as one space.
    std::string heading_form(std::string_view s) const { return latin_ ? spaced(s) : squeeze(s); }
    void miss(const TruthArticle& t, const std::string& what, std::string_view want, std::string_view got) {
        score_.misses.push_back(t.id + " " + what + ": expected \"" + std::string(want) + "\", got \"" +
                                std::string(got) + "\"");
    }

    void paragraphs();
    void furniture(const std::vector<std::string>& page_lines);
    void article(const TruthArticle& t, const Ours* o);
    void headings(const TruthArticle& t, const Article* a);
    void bylines(const TruthArticle& t, const Article* a);
    void dateline(const TruthArticle& t, const Article* a);
    void captions(const TruthArticle& t, const Article* a);
    void subheads(const TruthArticle& t, const Article* a);

    const PageTruth& truth_;
    const Edition& ed_;
    bool latin_ = false;
    PageScore score_;
};

void PageScorer::paragraphs() {
    Counts& c = score_.counts;
    // Paragraph 1 may be compared with or without its lead-in formula (a reader that moves the formula
    // into the dateline and byline fields takes it out of the text).
    struct Want {
        std::string full, after_lead;
        bool used = false;
    };
    std::vector<Want> want;
    for (const auto& t : truth_.articles)
        for (std::size_t i = 0; i < t.paragraphs.size(); ++i) {
            Want w{squeeze(t.paragraphs[i]), {}};
            std::string lead = squeeze(t.lead_prefix);
            if (i == 0 && !lead.empty() && w.full.compare(0, lead.size(), lead) == 0) w.after_lead = w.full.substr(lead.size());
            want.push_back(std::move(w));
        }
    c.paragraphs_expected = static_cast<int>(want.size());
    for (const auto& a : ed_.articles)
        for (const auto& b : a.body) {
            if (b.type != BlockType::paragraph) continue;
            ++c.paragraphs_ours;
            std::string p = squeeze(b.text);
            for (auto& w : want)
                if (!w.used && (w.full == p || (!w.after_lead.empty() && w.after_lead == p))) {
                    w.used = true;
                    ++c.paragraphs_matched;
                    break;
                }
        }
    for (std::size_t i = 0, k = 0; i < truth_.articles.size(); ++i)
        for (std::size_t p = 0; p < truth_.articles[i].paragraphs.size(); ++p, ++k)
            if (!want[k].used)
                score_.misses.push_back(truth_.articles[i].id + " paragraph " + std::to_string(p + 1) +
                                        " not found: \"" + first_characters(truth_.articles[i].paragraphs[p], 30) + "…\"");
}

void PageScorer::furniture(const std::vector<std::string>& page_lines) {
    Counts& c = score_.counts;
    std::vector<std::string> lines;
    for (const auto& l : page_lines) lines.push_back(squeeze(l));
    // The reader's furniture: one entry per printed line taken into page metadata.
    std::vector<std::string> ours;
    for (const auto& p : ed_.pages) {
        int last = -1;
        for (const auto& f : p.metadata) {
            if (f.origin.line == last && f.origin.line > 0) continue;
            last = f.origin.line;
            ours.push_back(squeeze(f.text));
        }
    }
    std::vector<bool> used(ours.size(), false);
    for (const auto& f : truth_.furniture) {
        std::string want = squeeze(f);
        if (std::find(lines.begin(), lines.end(), want) == lines.end()) continue;  // a description, not a line
        ++c.furniture_expected;
        bool found = false;
        for (std::size_t i = 0; i < ours.size() && !found; ++i)
            if (!used[i] && ours[i] == want) found = used[i] = true;
        if (found) ++c.furniture_found;
        else score_.misses.push_back("furniture not recognized: \"" + f + "\"");
    }
}

void PageScorer::headings(const TruthArticle& t, const Article* a) {
    Counts& c = score_.counts;
    // A brief printed without a headline is read right when the reader derived one (and marked it) or
    // left it empty.
    std::string got = a ? heading_form(a->headline) : std::string();
    bool headline_ok = a && (t.headline.empty() ? (a->headline_derived || a->headline.empty())
                                                : !a->headline_derived && got == heading_form(t.headline));
    c.headline_exact += headline_ok;
    if (a && !headline_ok) miss(t, "headline", t.headline, a->headline + (a->headline_derived ? " (derived)" : ""));
    struct Field {
        const std::string& want;
        std::string got;
        int& exact;
        int& expected;
        int& found;
        const char* name;
    };
    Field fields[] = {
        {t.kicker, a ? a->kicker : "", c.kicker_exact, c.kickers_expected, c.kickers_found, "kicker"},
        {t.subtitle, a ? a->subheadline : "", c.subtitle_exact, c.subtitles_expected, c.subtitles_found, "subtitle"},
        {t.column, a ? a->column : "", c.column_exact, c.columns_expected, c.columns_found, "column"},
    };
    for (auto& f : fields) {
        bool ok = a && heading_form(f.want) == heading_form(f.got);
        f.exact += ok;
        if (!f.want.empty()) {
            ++f.expected;
            f.found += ok;
        }
        if (a && !ok) miss(t, f.name, f.want, f.got);
    }
}

void PageScorer::bylines(const TruthArticle& t, const Article* a) {
    Counts& c = score_.counts;
    std::vector<bool> used(a ? a->bylines.size() : 0, false);
    for (const auto& by : t.bylines)
        for (const auto& name : by.names) {
            ++c.names_expected;
            bool found = false;
            for (std::size_t i = 0; a && i < a->bylines.size() && !found; ++i) {
                if (used[i] || folded(a->bylines[i].name) != folded(name)) continue;
                found = used[i] = true;
                // A byline printed without a role word ("By Jane Doe") takes the story's agency as its role.
                const std::string& role = a->bylines[i].role.empty() ? a->source : a->bylines[i].role;
                bool role_ok = folded(role) == folded(by.role);
                c.roles_found += role_ok;
                if (!role_ok) miss(t, "role of " + name, by.role, role);
            }
            c.names_found += found;
            if (!found) miss(t, "byline name", name, "");
        }
    if (!a) return;
    // Precision: the reader's distinct names; a name the truth keeps in a trailing credit line is a credit,
    // not a wrong byline.
    std::vector<std::string> seen;
    std::string elsewhere = folded(t.credited_elsewhere);
    for (const auto& b : a->bylines) {
        std::string n = folded(b.name);
        if (std::find(seen.begin(), seen.end(), n) != seen.end()) continue;
        seen.push_back(n);
        bool right = !n.empty() && elsewhere.find(n) != std::string::npos;
        for (const auto& by : t.bylines)
            for (const auto& name : by.names) right = right || folded(name) == n;
        ++c.names_ours;
        c.names_ours_right += right;
        if (!right) miss(t, "byline name not in the truth", "", b.name);
    }
}

void PageScorer::dateline(const TruthArticle& t, const Article* a) {
    if (!t.dateline.present) return;
    Counts& c = score_.counts;
    ++c.datelines_expected;
    if (!a) return;
    // The date as printed: the dateline's text after its place ("LONDON, March 2" → "March 2").
    std::string text = a->dateline.text;
    if (!a->dateline.place.empty() && text.compare(0, a->dateline.place.size(), a->dateline.place) == 0)
        text = text.substr(a->dateline.place.size());
    while (!text.empty() && (text.front() == ',' || text.front() == ' ')) text.erase(0, 1);
    bool place_ok = folded(a->dateline.place) == folded(t.dateline.place);
    bool date_ok = folded(text) == folded(t.dateline.date);
    c.dateline_place += place_ok;
    c.dateline_date += date_ok;
    if (!place_ok) miss(t, "dateline place", t.dateline.place, a->dateline.place);
    if (!date_ok) miss(t, "dateline date", t.dateline.date, text);
}

void PageScorer::captions(const TruthArticle& t, const Article* a) {
    Counts& c = score_.counts;
    std::vector<bool> used(a ? a->body.size() : 0, false);
    for (const auto& cap : t.captions) {
        ++c.captions_expected;
        bool found = false;
        for (std::size_t i = 0; a && i < a->body.size() && !found; ++i) {
            const Block& b = a->body[i];
            if (used[i] || b.type != BlockType::image) continue;
            if (squeeze(b.image.caption.text) == squeeze(cap.text) && squeeze(b.image.caption.credit) == squeeze(cap.credit))
                found = used[i] = true;
        }
        c.captions_found += found;
        if (!found) miss(t, "caption", cap.text + " / " + cap.credit, "");
    }
}

void PageScorer::subheads(const TruthArticle& t, const Article* a) {
    Counts& c = score_.counts;
    std::vector<bool> used(a ? a->body.size() : 0, false);
    for (const auto& s : t.subheads) {
        ++c.subheads_expected;
        bool found = false;
        for (std::size_t i = 0; a && i < a->body.size() && !found; ++i)
            if (!used[i] && a->body[i].type == BlockType::subheading && squeeze(a->body[i].text) == squeeze(s))
                found = used[i] = true;
        c.subheads_found += found;
        if (!found) miss(t, "subhead", s, "");
    }
    for (std::size_t i = 0; a && i < a->body.size(); ++i)
        if (a->body[i].type == BlockType::subheading && !used[i]) miss(t, "subhead not in the truth", "", a->body[i].text);
}

void PageScorer::article(const TruthArticle& t, const Ours* o) {
    const Article* a = o ? o->article : nullptr;
    if (!a) score_.misses.push_back(t.id + " not found: no article of the reader shares a quarter of its text");
    score_.counts.articles_matched += a != nullptr;
    headings(t, a);
    bylines(t, a);
    dateline(t, a);
    captions(t, a);
    subheads(t, a);
}

PageScore PageScorer::run(const std::vector<std::string>& page_lines) {
    Counts& c = score_.counts;
    c.pages = 1;
    c.articles_expected = static_cast<int>(truth_.articles.size());
    c.articles_ours = static_cast<int>(ed_.articles.size());
    c.pages_count_exact = c.articles_ours == truth_.article_count;
    if (!c.pages_count_exact)
        score_.misses.push_back("article count: expected " + std::to_string(truth_.article_count) + ", got " +
                                std::to_string(c.articles_ours));
    std::vector<Ours> ours;
    for (const auto& a : ed_.articles) {
        Ours o{&a, body_text(a), {}};
        o.grams = shingles(o.text);
        ours.push_back(std::move(o));
    }
    std::vector<int> match = match_articles(truth_, ours);
    paragraphs();
    for (const auto& a : ed_.articles)
        for (const auto& b : a.body) c.subheads_ours += b.type == BlockType::subheading;
    for (std::size_t i = 0; i < truth_.articles.size(); ++i)
        article(truth_.articles[i], match[i] >= 0 ? &ours[static_cast<std::size_t>(match[i])] : nullptr);
    furniture(page_lines);
    return std::move(score_);
}

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
    pages += o.pages;
    pages_count_exact += o.pages_count_exact;
    articles_expected += o.articles_expected;
    articles_ours += o.articles_ours;
    articles_matched += o.articles_matched;
    paragraphs_expected += o.paragraphs_expected;
    paragraphs_ours += o.paragraphs_ours;
    paragraphs_matched += o.paragraphs_matched;
    headline_exact += o.headline_exact;
    kicker_exact += o.kicker_exact;
    subtitle_exact += o.subtitle_exact;
    column_exact += o.column_exact;
    kickers_expected += o.kickers_expected;
    kickers_found += o.kickers_found;
    subtitles_expected += o.subtitles_expected;
    subtitles_found += o.subtitles_found;
    columns_expected += o.columns_expected;
    columns_found += o.columns_found;
    names_expected += o.names_expected;
    names_found += o.names_found;
    roles_found += o.roles_found;
    names_ours += o.names_ours;
    names_ours_right += o.names_ours_right;
    datelines_expected += o.datelines_expected;
    dateline_place += o.dateline_place;
    dateline_date += o.dateline_date;
    captions_expected += o.captions_expected;
    captions_found += o.captions_found;
    furniture_expected += o.furniture_expected;
    furniture_found += o.furniture_found;
    subheads_expected += o.subheads_expected;
    subheads_found += o.subheads_found;
    subheads_ours += o.subheads_ours;
    return *this;
}

PageScore score_page(const std::string& name, const PageTruth& truth, const Edition& ours,
                     const std::vector<std::string>& page_lines) {
    return PageScorer(name, truth, ours).run(page_lines);
}

}  // namespace galley::scoring
