// Ratios, the score table (plain or Markdown), the JSON report and the floor a CI run holds the totals to.
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

#include "galley/scoring.hpp"

namespace galley::scoring {
namespace {

Ratio ratio(const char* key, const char* label, int num, int den) {
    return {key, label, den > 0 ? static_cast<double>(num) / den : 1.0, num, den};
}

std::string percent(const Ratio& r) {
    if (r.den == 0) return "—";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", r.value * 100);
    return buf;
}

std::string fixed3(double v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

// The columns of the table: the ratios a reader of it looks at first.
constexpr const char* table_keys[] = {"paragraph_precision", "paragraph_recall", "paragraph_f1", "headline_exact",
                                      "kicker_exact",        "subtitle_exact",   "column_exact", "byline_names",
                                      "byline_roles",        "dateline_place",   "dateline_date", "captions",
                                      "furniture"};
constexpr const char* table_heads[] = {"para P", "para R", "para F1", "head", "kick", "sub", "col",
                                       "names", "roles", "dl place", "dl date", "capt", "furn"};

const Ratio& find(const std::vector<Ratio>& rs, const char* key) {
    for (const auto& r : rs)
        if (r.key == key) return r;
    return rs.front();
}

void row(std::string& out, bool markdown, const std::vector<std::string>& cells, const std::vector<int>& widths) {
    if (markdown) {
        out += "|";
        for (const auto& c : cells) out += " " + c + " |";
        out += "\n";
        return;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        std::string c = cells[i];
        // Display width: count UTF-8 lead bytes only (cells here are ASCII apart from "—").
        int w = 0;
        for (unsigned char ch : c) w += (ch & 0xC0) != 0x80;
        if (i == 0) c += std::string(static_cast<std::size_t>(std::max(0, widths[i] - w)), ' ');
        else c = std::string(static_cast<std::size_t>(std::max(0, widths[i] - w)), ' ') + c;
        out += c;
        out += i + 1 < cells.size() ? "  " : "\n";
    }
}

std::vector<std::string> cells(const std::string& name, const Counts& c) {
    auto rs = ratios(c);
    std::vector<std::string> out{name, std::to_string(c.articles_ours) + "/" + std::to_string(c.articles_expected)};
    for (const char* k : table_keys) {
        const Ratio& r = find(rs, k);
        out.push_back(std::string(k).rfind("paragraph_", 0) == 0 && r.den > 0 ? fixed3(r.value) : percent(r));
    }
    return out;
}

}  // namespace

std::vector<Ratio> ratios(const Counts& c) {
    double p = c.paragraphs_ours > 0 ? static_cast<double>(c.paragraphs_matched) / c.paragraphs_ours : 1.0;
    double r = c.paragraphs_expected > 0 ? static_cast<double>(c.paragraphs_matched) / c.paragraphs_expected : 1.0;
    Ratio f1{"paragraph_f1", "paragraph F1", p + r > 0 ? 2 * p * r / (p + r) : 0.0, c.paragraphs_matched,
             c.paragraphs_expected + c.paragraphs_ours};
    return {
        ratio("paragraph_precision", "paragraph precision", c.paragraphs_matched, c.paragraphs_ours),
        ratio("paragraph_recall", "paragraph recall", c.paragraphs_matched, c.paragraphs_expected),
        f1,
        ratio("article_count_exact", "pages with the right article count", c.pages_count_exact, c.pages),
        ratio("articles_found", "articles found", c.articles_matched, c.articles_expected),
        ratio("headline_exact", "headline exact", c.headline_exact, c.articles_expected),
        ratio("kicker_exact", "kicker exact (empty = empty)", c.kicker_exact, c.articles_expected),
        ratio("subtitle_exact", "subtitle exact (empty = empty)", c.subtitle_exact, c.articles_expected),
        ratio("column_exact", "column label exact (empty = empty)", c.column_exact, c.articles_expected),
        ratio("kickers_found", "printed kickers read exactly", c.kickers_found, c.kickers_expected),
        ratio("subtitles_found", "printed subtitles read exactly", c.subtitles_found, c.subtitles_expected),
        ratio("columns_found", "printed column labels read exactly", c.columns_found, c.columns_expected),
        ratio("byline_names", "byline names found", c.names_found, c.names_expected),
        ratio("byline_roles", "byline roles right", c.roles_found, c.names_expected),
        ratio("byline_precision", "byline names given that are right", c.names_ours_right, c.names_ours),
        ratio("dateline_place", "dateline place", c.dateline_place, c.datelines_expected),
        ratio("dateline_date", "dateline date as printed", c.dateline_date, c.datelines_expected),
        ratio("captions", "captions with their credits", c.captions_found, c.captions_expected),
        ratio("furniture", "furniture lines recognized", c.furniture_found, c.furniture_expected),
        ratio("subhead_recall", "subheads found", c.subheads_found, c.subheads_expected),
        ratio("subhead_precision", "subheads given that are right", c.subheads_found, c.subheads_ours),
    };
}

std::string table(const std::vector<PageScore>& pages, const Counts& total, bool markdown) {
    std::vector<std::string> head{"page", "articles"};
    for (const char* h : table_heads) head.push_back(h);
    std::vector<std::vector<std::string>> rows;
    for (const auto& p : pages) rows.push_back(cells(p.name, p.counts));
    auto t = cells("total", total);
    t[1] = std::to_string(total.pages_count_exact) + "/" + std::to_string(total.pages) + " pages";
    rows.push_back(t);
    std::vector<int> widths(head.size(), 0);
    auto widen = [&](const std::vector<std::string>& r) {
        for (std::size_t i = 0; i < r.size(); ++i) {
            int w = 0;
            for (unsigned char ch : r[i]) w += (ch & 0xC0) != 0x80;
            widths[i] = std::max(widths[i], w);
        }
    };
    widen(head);
    for (const auto& r : rows) widen(r);
    std::string out;
    row(out, markdown, head, widths);
    if (markdown) {
        out += "|---|";
        for (std::size_t i = 1; i < head.size(); ++i) out += "---:|";
        out += "\n";
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (markdown && i + 1 == rows.size()) {
            for (auto& c : rows[i]) c = "**" + c + "**";
        }
        row(out, markdown, rows[i], widths);
    }
    return out;
}

std::string json_report(const std::vector<PageScore>& pages, const Counts& total) {
    auto one = [](const Counts& c) {
        nlohmann::ordered_json counts = {
            {"pages", c.pages},
            {"pages_count_exact", c.pages_count_exact},
            {"articles_expected", c.articles_expected},
            {"articles_ours", c.articles_ours},
            {"articles_matched", c.articles_matched},
            {"paragraphs_expected", c.paragraphs_expected},
            {"paragraphs_ours", c.paragraphs_ours},
            {"paragraphs_matched", c.paragraphs_matched},
        };
        nlohmann::ordered_json rs = nlohmann::ordered_json::object();
        for (const auto& r : ratios(c)) rs[r.key] = {{"value", std::round(r.value * 10000) / 10000}, {"num", r.num}, {"den", r.den}};
        return nlohmann::ordered_json{{"counts", counts}, {"ratios", rs}};
    };
    nlohmann::ordered_json out;
    out["pages"] = nlohmann::ordered_json::array();
    for (const auto& p : pages) {
        auto j = one(p.counts);
        j["name"] = p.name;
        j["misses"] = p.misses;
        out["pages"].push_back(j);
    }
    out["total"] = one(total);
    return out.dump(2) + "\n";
}

bool read_floor(std::string_view text, const std::string& path, std::vector<std::pair<std::string, double>>& out,
                Diagnostics& diags) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        diags.error({path, 0, 0}, "not JSON: " + std::string(e.what()));
        return false;
    }
    if (!doc.is_object()) {
        diags.error({path, 0, 0}, "a floor is an object of ratio names and values");
        return false;
    }
    auto known = ratios(Counts{});
    bool ok = true;
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        bool exists = false;
        for (const auto& r : known) exists = exists || r.key == it.key();
        if (!exists || !it->is_number() || it->get<double>() < 0 || it->get<double>() > 1) {
            diags.error({path, 0, 0}, "\"" + it.key() + "\": " + (exists ? "not a ratio between 0 and 1" : "no such ratio"));
            ok = false;
            continue;
        }
        out.emplace_back(it.key(), it->get<double>());
    }
    return ok;
}

std::vector<std::string> below_floor(const Counts& total, const std::vector<std::pair<std::string, double>>& floor) {
    std::vector<std::string> out;
    auto rs = ratios(total);
    for (const auto& [key, least] : floor)
        for (const auto& r : rs)
            if (r.key == key && r.value + 1e-9 < least)
                out.push_back(key + ": " + fixed3(r.value) + " < " + fixed3(least));
    return out;
}

}  // namespace galley::scoring
