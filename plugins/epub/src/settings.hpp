// What the options, the environment and the edition decide for the whole book: language, title, identifier,
// times, cover and writing direction.
#pragma once

#include <string>
#include <vector>

#include "galley/calendar.hpp"
#include "galley/model.hpp"
#include "galley/plugin.hpp"

namespace galley::epub {

struct Settings {
    bool vertical = false;     // -O vertical=true
    bool draw_cover = true;    // -O cover=true: draw one when the edition has none
    std::string language;      // the book's: -O lang, else the edition's, else zh
    bool chinese = true;       // Chinese labels and dates
    std::string paper;         // the paper's name (edition title), possibly empty
    CivilDate date;            // the issue date
    std::string date_text;     // "2023年1月4日" / "2023-01-04"
    std::string title;         // dc:title: "永康日报 2023年1月4日"
    std::string issn;          // normalized "1234-5679", "" when none or not an ISSN
    std::string identifier;    // "urn:uuid:…", version 5
    std::string modified;      // dcterms:modified, CCYY-MM-DDThh:mm:ssZ
    long long modified_epoch = 0;  // the same instant in seconds since 1970, for the ZIP entries
    std::string group_position;    // the issue number's digits, "" when it has none
    // The party that evaluated this book's accessibility, as the publisher names it (-O certified-by …);
    // empty when nobody did. galley evaluates no book itself.
    std::string certified_by, certifier_credential, certifier_report;
};

// Returns false with `error` when the book cannot be made as asked (no issue date, a bad option or
// SOURCE_DATE_EPOCH); `warnings` are for the whole edition.
bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch,
                   Settings& out, std::string& error, std::vector<std::string>& warnings);
// The issue number of "第12345期", "No. 42", "2023年第5期" → "12345", "42", "5": the first run of digits that is
// not a year ("…年"); fullwidth digits count. "" when there is none.
std::string issue_digits(std::string_view issue);

}  // namespace galley::epub
