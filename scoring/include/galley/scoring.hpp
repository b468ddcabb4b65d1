// Scoring the print-text reader against pages whose truth is known: a folder of NAME.txt pages, each with
// NAME.expected.json (the layout of ../shared/corpus/print-pages/README.md). `galley score` runs the reader
// on every page and prints what this module counts. Counts, not ratios, are kept per page so that totals
// are exact (micro-averaged) sums.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley::scoring {

struct TruthByline {
    std::string role;  // as printed: 本报记者, 记者, Reuters
    std::vector<std::string> names;
};

struct TruthDateline {
    bool present = false;
    std::string place;  // empty when the dateline prints none (中新网3月8日电)
    std::string date;   // as printed: 1月14日, Feb 26; empty when none
};

struct TruthCaption {
    std::string text;
    std::string credit;  // the credit as printed, empty when none
};

struct TruthArticle {
    std::string id;
    std::string headline;  // empty: a brief printed without one
    std::string kicker, subtitle, column;
    std::vector<std::string> paragraphs;
    std::string lead_prefix;  // the formula that opens paragraph 1 ("本报天津1月14日电  （记者武少民）")
    std::vector<TruthByline> bylines;
    TruthDateline dateline;
    std::vector<TruthCaption> captions;
    std::vector<std::string> subheads;
    std::string credited_elsewhere;  // trailing credit text: names in it are credits, not false bylines
};

struct PageTruth {
    std::string language;  // zh | en
    std::vector<std::string> furniture;  // page furniture lines as printed
    int article_count = 0;
    std::vector<TruthArticle> articles;
};

// Reads NAME.expected.json. Problems go to `diags` with file, line and column; false on any.
bool read_truth(std::string_view json, const std::string& path, PageTruth& out, Diagnostics& diags);

// What one page (or all of them, summed) scored. Each field is a count.
struct Counts {
    int pages = 0, pages_count_exact = 0;  // pages whose article count is right
    int articles_expected = 0, articles_ours = 0, articles_matched = 0;
    int paragraphs_expected = 0, paragraphs_ours = 0, paragraphs_matched = 0;
    // Over all expected articles: the field is exact, an empty truth matching an empty field.
    int headline_exact = 0, kicker_exact = 0, subtitle_exact = 0, column_exact = 0;
    // Over the articles whose truth has the field.
    int kickers_expected = 0, kickers_found = 0, subtitles_expected = 0, subtitles_found = 0;
    int columns_expected = 0, columns_found = 0;
    int names_expected = 0, names_found = 0, roles_found = 0;  // byline names (recall) and their roles
    int names_ours = 0, names_ours_right = 0;                   // byline names the reader gave (precision)
    int datelines_expected = 0, dateline_place = 0, dateline_date = 0;
    int captions_expected = 0, captions_found = 0;  // caption text and its credit both exact
    int furniture_expected = 0, furniture_found = 0;
    int subheads_expected = 0, subheads_found = 0, subheads_ours = 0;

    Counts& operator+=(const Counts& o);
};

struct PageScore {
    std::string name;
    Counts counts;
    std::vector<std::string> misses;  // what went wrong, one line each (for --details)
};

// Scores the reader's edition of one page against its truth. `page_lines` are the page's lines as printed:
// furniture entries of the truth that are not a line of the page (descriptions) are not scored.
PageScore score_page(const std::string& name, const PageTruth& truth, const Edition& ours,
                     const std::vector<std::string>& page_lines);

// One named ratio of a tally. `den` 0 means there was nothing to count (the value is then 1).
struct Ratio {
    std::string key;  // stable: "paragraph_f1", "headline_exact" … (what a floor file names)
    std::string label;
    double value = 1;
    int num = 0, den = 0;
};

// The ratios of a tally, in a fixed order.
std::vector<Ratio> ratios(const Counts& c);

// The table: one row per page and a total, as plain text or as Markdown.
std::string table(const std::vector<PageScore>& pages, const Counts& total, bool markdown);
// The same as JSON: {"pages": [{name, counts, ratios}], "total": {counts, ratios}}.
std::string json_report(const std::vector<PageScore>& pages, const Counts& total);

// A floor: the least each named ratio may be. Reads {"paragraph_f1": 0.97, …}.
bool read_floor(std::string_view json, const std::string& path, std::vector<std::pair<std::string, double>>& out,
                Diagnostics& diags);
// The ratios of `total` below their floor, as "key: value < floor" lines (empty when none).
std::vector<std::string> below_floor(const Counts& total, const std::vector<std::pair<std::string, double>>& floor);

}  // namespace galley::scoring
