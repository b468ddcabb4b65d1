// The packageItem for the edition: its items grouped by printed page, in page and reading order.
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"
#include "settings.hpp"
#include "text.hpp"

namespace galley::newsml_g2 {

// One item as the package refers to it.
struct PackageRef {
    std::string guid;
    int version = 1;
    bool picture = false;
    const Article* article = nullptr;
    int picture_number = 0;  // for pictures, which image block of the article (1-based)
};

// root group (pgrmod:seq) → one group per page (pgrmod:seq, titled "第1版 要闻") → itemRefs carrying
// guid, version and content type, with itemClass and headline (pictures: caption) as hints.
std::string render_package(const Settings& settings, const Edition& edition, const std::vector<PackageRef>& refs,
                           int version, Cleaner& cleaner);

}  // namespace galley::newsml_g2
