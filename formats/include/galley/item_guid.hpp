// The identifier a partner sees for a story, the same in every feed format (NewsML-G2 guid, NITF doc-id, ninjs
// uri): a story delivered as NewsML-G2 to one partner and as NITF to another is recognizably the same one.
// Header-only, for exporter plugins.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "galley/calendar.hpp"
#include "galley/issn.hpp"
#include "galley/model.hpp"
#include "galley/quote.hpp"

namespace galley {

// The prefix every guid of the edition starts with: `chosen` (an exporter's guid-prefix option) when given,
// else "urn:newsml:issn.NNNN-NNNC:" from the edition's ISSN, else "urn:newsml:galley:". `warnings` says why
// an ISSN was not used.
inline std::string guid_prefix(const Edition& edition, std::string_view chosen, std::vector<std::string>& warnings) {
    if (!chosen.empty()) return std::string(chosen);
    if (edition.issn.empty()) return "urn:newsml:galley:";
    std::string issn = normalize_issn(edition.issn);
    if (issn.empty()) {
        warnings.push_back("the edition's ISSN " + quote_text(edition.issn) +
                           " is no ISSN; guids use urn:newsml:galley: instead");
        return "urn:newsml:galley:";
    }
    if (!issn_checks(issn)) warnings.push_back("the edition's ISSN " + issn + " fails its check digit; guids use it anyway");
    return "urn:newsml:issn." + issn + ":";
}

// Article ids become file names and the end of a URN: letters, digits, '-', '_' and '.', not starting with '.'
// or '-' (no hidden files, no options), at most 100 characters.
inline bool is_safe_item_id(std::string_view id) {
    if (id.empty() || id.size() > 100 || id[0] == '.' || id[0] == '-') return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.'))
            return false;
    return true;
}

// prefix + YYYYMMDD of the issue + ":" + `local` ("p1-a1", "p1-a1-img1", "edition").
inline std::string item_guid(std::string_view prefix, const CivilDate& issue, std::string_view local) {
    char day[32];
    std::snprintf(day, sizeof day, "%04d%02d%02d", issue.year, issue.month, issue.day);
    return std::string(prefix) + day + ":" + std::string(local);
}

// A picture's own item: "<article id>-img<n>", n counting the article's supplied pictures from 1.
inline std::string picture_item_id(std::string_view article_id, int n) {
    return std::string(article_id) + "-img" + std::to_string(n);
}

}  // namespace galley
