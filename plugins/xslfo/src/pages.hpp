// Which articles go on which printed page, in print order.
#pragma once

#include <vector>

#include "galley/model.hpp"

namespace galley::xslfo {

struct PrintPage {
    int number = 0;              // print page number; 0 for the articles printed on no known page
    const Page* page = nullptr;  // the edition's page, when it lists one
    std::vector<const Article*> articles;
};

// The edition's pages in its order (with or without articles), then pages that only articles name (by number),
// then, when any article has no page, one last page of those.
std::vector<PrintPage> plan_pages(const Edition& edition);

}  // namespace galley::xslfo
