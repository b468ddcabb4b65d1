#include "merge.hpp"

#include <string_view>
#include <unordered_set>

#include "galley/quote.hpp"

namespace galley {

bool merge_into(Edition& edition, Edition&& in, const ConvertOptions& options, const std::string& path,
                Diagnostics& diags) {
    // An id already in the edition (or twice in this input) refuses the input before anything is merged.
    std::unordered_set<std::string_view> earlier, own;
    for (const Article& e : edition.articles) earlier.insert(e.id);
    for (const Article& a : in.articles) {
        const bool before = earlier.count(a.id) > 0;
        if (before || !own.insert(a.id).second) {
            diags.error(a.origin.known() ? a.origin : SourceSpan{path, 0, 0},
                        "article id " + quote_text(a.id) +
                            (before ? " is already used by an earlier input" : " is used twice in this input"));
            return false;
        }
    }
    // Merge: the first input's edition metadata wins; pages and articles are appended.
    auto fill = [](std::string& dst, const std::string& src) {
        if (dst.empty()) dst = src;
    };
    fill(edition.title, in.title);
    fill(edition.date, options.issue_date.empty() ? in.date : options.issue_date);
    fill(edition.issue, in.issue);
    fill(edition.issn, in.issn);
    fill(edition.publisher, in.publisher);
    fill(edition.language, options.language.empty() ? in.language : options.language);
    fill(edition.rights, in.rights);
    for (auto& p : in.pages) edition.pages.push_back(std::move(p));
    for (auto& a : in.articles) {
        if (!options.language.empty()) a.language = options.language;
        edition.articles.push_back(std::move(a));
    }
    for (auto& d : in.dropped) edition.dropped.push_back(std::move(d));
    return true;
}

}  // namespace galley
