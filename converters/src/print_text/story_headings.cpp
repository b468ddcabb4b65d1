// Which heading lines each story has, and what they are (column label, kicker, headline, subtitle).
#include <algorithm>

#include "../text/source_text.hpp"
#include "captions.hpp"
#include "credits.hpp"
#include "furniture.hpp"
#include "heading_roles.hpp"
#include "headings.hpp"
#include "page_labels.hpp"
#include "page_reader.hpp"
#include "reader.hpp"

namespace galley::print_text {

using text::to_utf8;

namespace {

std::string language_of(const Article& a, const ConvertOptions& opt) {
    if (!opt.language.empty()) return opt.language;
    std::string sample = a.headline;
    for (const auto& b : a.body) {
        sample += b.text;
        if (sample.size() > 4000) break;
    }
    return detect_language(text::to_u32(sample));
}

U32 story_text(const Article& a) {
    std::string s;
    for (const auto& b : a.body) s += b.type == BlockType::image ? b.image.caption.text : b.text;
    return text::to_u32(s);
}


}  // namespace

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

}  // namespace galley::print_text
