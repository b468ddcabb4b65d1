#include "nameplate.hpp"

#include <cstdio>

#include "galley/issn.hpp"

namespace galley::xslfo {

std::string issue_date_words(const CivilDate& d, bool chinese) {
    static constexpr const char* zh[] = {"日", "一", "二", "三", "四", "五", "六"};
    static constexpr const char* en[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    char buf[96];
    if (chinese)
        std::snprintf(buf, sizeof buf, "%d年%d月%d日\u3000星期%s", d.year, d.month, d.day, zh[d.weekday()]);
    else
        std::snprintf(buf, sizeof buf, "%s, %s", en[d.weekday()], d.iso().c_str());
    return buf;
}

std::string issue_words(const std::string& issue, bool chinese) {
    bool number = !issue.empty() && issue.find_first_not_of("0123456789") == std::string::npos;
    if (!number) return issue;
    return chinese ? "第" + issue + "期" : "No. " + issue;
}

Nameplate nameplate(const Edition& edition, const Settings& settings) {
    Nameplate n;
    n.name = !settings.paper_name.empty() ? settings.paper_name : settings.chinese ? "版面校样" : "Page proof";
    if (settings.dated) n.particulars.emplace_back("date", issue_date_words(settings.date, settings.chinese));
    if (!edition.issue.empty()) n.particulars.emplace_back("issue", issue_words(edition.issue, settings.chinese));
    // An ISSN the edition gives in another form is printed in the standard one; one that is no ISSN as given.
    if (!edition.issn.empty()) {
        std::string issn = normalize_issn(edition.issn);
        n.particulars.emplace_back("issn", issn.empty() ? edition.issn : "ISSN " + issn);
    }
    if (!edition.publisher.empty())
        n.particulars.emplace_back("publisher",
                                   settings.chinese ? edition.publisher + "出版" : "Published by " + edition.publisher);
    return n;
}

}  // namespace galley::xslfo
