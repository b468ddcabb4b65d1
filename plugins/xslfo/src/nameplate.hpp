// The front page's nameplate (报头): the paper's name large across the columns, and under it the issue's
// particulars as the edition gives them — date, issue number, ISSN, publisher — in the page's language.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "galley/calendar.hpp"
#include "galley/model.hpp"
#include "settings.hpp"

namespace galley::xslfo {

struct Nameplate {
    std::string name;                      // the paper: "永康日报" (else "版面校样" / "Page proof")
    // "2023年1月4日　星期三", "第8765期", "ISSN 1234-5679", "永康日报社出版", each with the edition's field it comes
    // from ("date", "issue", "issn", "publisher"), which a warning about its text names.
    std::vector<std::pair<std::string, std::string>> particulars;
};

Nameplate nameplate(const Edition& edition, const Settings& settings);

// "2023年1月4日　星期三" (Chinese) or "Wednesday, 2023-01-04".
std::string issue_date_words(const CivilDate& d, bool chinese);
// The issue as printed: "第8765期" / "No. 8765" for a bare number, else as the edition gives it.
std::string issue_words(const std::string& issue, bool chinese);

}  // namespace galley::xslfo
