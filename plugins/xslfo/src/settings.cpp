#include "settings.hpp"

#include <cctype>

#include "galley/calendar.hpp"
#include "galley/language.hpp"
#include "galley/quote.hpp"

namespace galley::xslfo {

std::optional<PaperSize> paper_size(std::string_view name) {
    if (name == "a3") return PaperSize{"a3", 297, 420};
    if (name == "tabloid") return PaperSize{"tabloid", 279.4, 431.8};  // 11 × 17 in
    if (name == "a4") return PaperSize{"a4", 210, 297};
    return std::nullopt;
}

double side_margin_mm(const Settings& settings) { return settings.paper.name == "a4" ? 14 : 16; }
double column_gap_mm(const Settings& settings) { return settings.paper.name == "a4" ? 6 : 7; }
double column_width_mm(const Settings& settings) {
    int n = settings.columns < 1 ? 1 : settings.columns;
    return (settings.paper.width_mm - 2 * side_margin_mm(settings) - (n - 1) * column_gap_mm(settings)) / n;
}

std::pair<std::string, std::string> language_and_country(std::string_view tag) {
    std::string language, country;
    std::size_t dash = tag.find_first_of("-_");
    for (char c : tag.substr(0, dash)) language += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    // The region is the first later subtag of two letters ("zh-Hans-CN" → CN).
    while (dash != std::string_view::npos) {
        std::size_t next = tag.find_first_of("-_", dash + 1);
        std::string_view sub = tag.substr(dash + 1, next == std::string_view::npos ? std::string_view::npos : next - dash - 1);
        if (sub.size() == 2 && std::isalpha(static_cast<unsigned char>(sub[0])) &&
            std::isalpha(static_cast<unsigned char>(sub[1]))) {
            for (char c : sub) country += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            break;
        }
        dash = next;
    }
    return {language, country};
}

bool is_cjk_language(std::string_view tag) {
    // "zh_CN" is read as zh here, and no language at all as CJK: the page's default is Chinese.
    std::string language = language_and_country(tag).first;
    return language.empty() || lang::is_cjk(language);
}

bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch,
                   Settings& out, std::string& error, std::vector<std::string>& warnings) {
    std::string size = options.text("page-size", "a3");
    auto paper = paper_size(size);
    if (!paper) {
        error = "page-size must be a3, tabloid or a4, not \"" + size + "\"";
        return false;
    }
    out.paper = *paper;
    out.body_pt = out.paper.name == "a4" ? 9.0 : 10.0;
    long columns = options.integer("columns", 3);
    if (columns < 1 || columns > 8) {
        error = "columns must be 1 to 8, not " + options.text("columns");
        return false;
    }
    out.columns = static_cast<int>(columns);

    out.language = options.text("lang");
    if (out.language.empty()) out.language = edition.language;
    if (out.language.empty()) out.language = "zh";
    out.chinese = is_cjk_language(out.language);

    out.paper_name = edition.title;
    for (const Page& page : edition.pages)
        for (const PageField& f : page.metadata)
            if (out.paper_name.empty() && f.key == "paper") out.paper_name = f.value;

    if (auto d = CivilDate::parse(edition.date)) {
        out.dated = true;
        out.date = *d;
    } else if (!edition.date.empty()) {
        warnings.push_back("the issue date " + quote_text(edition.date) + " is no YYYY-MM-DD date: the masthead shows none");
    }

    if (source_date_epoch && *source_date_epoch) {
        auto epoch = parse_source_date_epoch(source_date_epoch);
        if (!epoch) {
            error = std::string("SOURCE_DATE_EPOCH must be seconds since 1970, not \"") + source_date_epoch + "\"";
            return false;
        }
        out.timestamp = utc_timestamp(*epoch);
    } else if (out.dated) {
        out.timestamp = utc_timestamp(out.date.days_since_epoch() * 86400);
    } else {
        out.timestamp = utc_timestamp(0);
        warnings.push_back("the edition has no issue date and SOURCE_DATE_EPOCH is not set: the document's "
                           "creation time is set to 1970-01-01T00:00:00Z");
    }
    return true;
}

}  // namespace galley::xslfo
