// The edition's pictures, read through the host (relative to the edition folder) and named for the formatter.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "galley/plugin.hpp"
#include "pages.hpp"

namespace galley::xslfo {

struct Picture {
    std::string media_type;  // from sniff_picture(): image/png | image/jpeg | image/gif | image/svg+xml
    std::string file;        // a safe file name: "p1-a1-2.png"
    std::string bytes;
};

using Pictures = std::map<std::pair<const Article*, std::size_t>, Picture>;  // by article and body index

std::string base64(std::string_view bytes);
// data:image/png;base64,…
std::string data_uri(const Picture& picture);

// Reads every picture of the articles on `pages`. A missing file or an unknown type is an error naming the article
// and the href; returns false when there was any.
bool load_pictures(const std::vector<PrintPage>& pages, plugin::Output& out, Pictures& pictures);

}  // namespace galley::xslfo
