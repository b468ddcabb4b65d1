#include "settings.hpp"

#include <cstdio>

#include "labels.hpp"
#include "text.hpp"
#include "uuid.hpp"
#include "galley/calendar.hpp"
#include "galley/issn.hpp"
#include "galley/language.hpp"
#include "galley/quote.hpp"
#include "galley/utf8.hpp"

namespace galley::epub {

// The issue date as a reader of the edition's language writes it: "2023年1月4日" or "2023-01-04".
std::string display_date(const CivilDate& d, bool chinese) {
    if (!chinese) return d.iso();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d年%d月%d日", d.year, d.month, d.day);
    return buf;
}

std::string issue_digits(std::string_view issue) {
    std::u32string s = utf8::to_u32(issue);
    for (std::size_t i = 0; i < s.size();) {
        auto digit = [](char32_t c) -> int {
            if (c >= U'0' && c <= U'9') return static_cast<int>(c - U'0');
            if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
            return -1;
        };
        if (digit(s[i]) < 0) {
            ++i;
            continue;
        }
        std::string run;
        while (i < s.size() && digit(s[i]) >= 0) run.push_back(static_cast<char>('0' + digit(s[i++])));
        if (i < s.size() && s[i] == U'年') continue;  // "2023年第5期": the year is no issue number
        std::size_t nonzero = run.find_first_not_of('0');
        return nonzero == std::string::npos ? "0" : run.substr(nonzero);
    }
    return "";
}

namespace {

// A credential or report says something about an evaluator, so neither goes without one; a report is a link.
bool certifier(const plugin::Options& options, Settings& out, std::string& error) {
    out.certified_by = options.text("certified-by");
    out.certifier_credential = options.text("certifier-credential");
    out.certifier_report = options.text("certifier-report");
    if (out.certified_by.empty() && !(out.certifier_credential.empty() && out.certifier_report.empty())) {
        error = "options certifier-credential and certifier-report describe an evaluator: name it with certified-by";
        return false;
    }
    std::string_view report = out.certifier_report;
    if (!report.empty() && report.substr(0, 8) != "https://" && report.substr(0, 7) != "http://") {
        error = "option certifier-report: " + quote_text(out.certifier_report) + " is no http(s) URL";
        return false;
    }
    return true;
}

}  // namespace

bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch,
                   Settings& out, std::string& error, std::vector<std::string>& warnings) {
    out.vertical = options.flag("vertical");
    out.draw_cover = options.flag("cover");

    std::string lang = options.text("lang");
    if (!lang.empty() && !lang::is_language_tag(lang)) {
        error = "option lang: \"" + lang + "\" is no BCP 47 language tag (zh, zh-CN, en-GB …)";
        return false;
    }
    if (lang.empty() && lang::is_language_tag(edition.language) && edition.language != "und") lang = edition.language;
    if (lang.empty() && !edition.language.empty() && edition.language != "und")
        warnings.push_back("the edition's language " + quote_text(edition.language) + " is no BCP 47 tag; the book says zh");
    out.language = lang.empty() ? "zh" : lang;
    out.chinese = lang::is_chinese(out.language);

    // The identifier, dc:date and every timestamp hang on the issue date: without one the book could not be
    // told from another day's, nor made again with the same bytes.
    auto date = CivilDate::parse(edition.date);
    if (!date) {
        error = edition.date.empty() ? "the edition has no date: give the issue date (--issue-date YYYY-MM-DD)"
                                     : "the edition's date " + quote_text(edition.date) + " is not YYYY-MM-DD";
        return false;
    }
    out.date = *date;
    out.date_text = display_date(out.date, out.chinese);
    out.paper = edition.title;
    out.title = out.paper.empty() ? out.date_text : out.paper + " " + out.date_text;

    out.modified_epoch = out.date.days_since_epoch() * 86400;  // midnight UTC of the issue date
    if (source_date_epoch) {
        auto seconds = parse_source_date_epoch(source_date_epoch);
        if (!seconds) {
            error = std::string("SOURCE_DATE_EPOCH=\"") + source_date_epoch +
                    "\" is not a number of seconds since 1970-01-01 (unset it or fix it)";
            return false;
        }
        out.modified_epoch = *seconds;
    }
    out.modified = utc_timestamp(out.modified_epoch);

    if (!edition.issn.empty()) {
        out.issn = normalize_issn(edition.issn);
        if (out.issn.empty())
            warnings.push_back("the edition's ISSN " + quote_text(edition.issn) +
                               " is no ISSN; the book's identifier is made from the paper's name instead");
    }
    // Same paper and day, same identifier: a reading system then replaces the issue rather than adding a copy.
    std::string name = (out.issn.empty() ? "title:" + out.paper : "issn:" + out.issn) + "/" + out.date.iso();
    out.identifier = "urn:uuid:" + format_uuid(uuid_v5(*parse_uuid(edition_namespace), name));

    out.group_position = issue_digits(edition.issue);
    return certifier(options, out, error);
}

}  // namespace galley::epub
