#include "pages.hpp"

#include <map>

namespace galley::xslfo {

std::vector<PrintPage> plan_pages(const Edition& edition) {
    std::vector<PrintPage> pages;
    std::map<int, std::size_t> by_number;
    for (const Page& p : edition.pages) {
        if (p.number > 0 && by_number.count(p.number)) continue;  // a page listed twice is one page
        if (p.number > 0) by_number[p.number] = pages.size();
        pages.push_back({p.number, &p, {}});
    }
    std::map<int, std::vector<const Article*>> unlisted;
    std::vector<const Article*> nowhere;
    for (const Article& a : edition.articles) {
        if (a.page <= 0)
            nowhere.push_back(&a);
        else if (auto it = by_number.find(a.page); it != by_number.end())
            pages[it->second].articles.push_back(&a);
        else
            unlisted[a.page].push_back(&a);
    }
    for (auto& [number, articles] : unlisted) pages.push_back({number, nullptr, std::move(articles)});
    if (!nowhere.empty()) pages.push_back({0, nullptr, std::move(nowhere)});
    return pages;
}

}  // namespace galley::xslfo
