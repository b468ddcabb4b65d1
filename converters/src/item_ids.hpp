// The article id a structured item gets in the model: its guid's last part when that can name a file
// ("urn:newsml:issn.1234-5679:20230104:p1-a1" → "p1-a1", galley's own feeds round-trip), else a stable id made
// from the whole guid (the same guid, the same id, in every run).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "galley/item_guid.hpp"

namespace galley {

inline std::string article_id_from_guid(std::string_view guid, std::string_view prefix) {
    std::size_t cut = guid.find_last_of(":/");
    std::string_view last = cut == std::string_view::npos ? guid : guid.substr(cut + 1);
    if (is_safe_item_id(last)) return std::string(last);
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a, 64 bits
    for (unsigned char c : guid) h = (h ^ c) * 1099511628211ull;
    char hex[24];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return std::string(prefix) + "-" + hex;
}

}  // namespace galley
