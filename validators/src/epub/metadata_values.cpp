// BCP 47 (RFC 5646 section 2.1) well-formedness and the dcterms:modified date form.
#include "metadata_values.hpp"

#include <cstddef>
#include <string>
#include <vector>

#include "text.hpp"

namespace galley::epub_check {
namespace {

bool all_of(std::string_view s, bool (*pred)(char)) {
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}

}  // namespace

bool well_formed_bcp47(std::string_view tag) {
    static constexpr std::string_view irregular[] = {
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de"};
    std::string low = lowered(tag);
    for (std::string_view g : irregular)
        if (low == g) return true;
    std::vector<std::string_view> sub = split(tag, '-');
    for (std::string_view s : sub)
        if (s.empty() || s.size() > 8 || !all_of(s, is_alnum)) return false;
    std::size_t i = 0, n = sub.size();
    auto privateuse = [&](std::size_t from) {  // "x" 1*("-" 1*8alphanum)
        return lower(sub[from][0]) == 'x' && sub[from].size() == 1 && from + 1 < n;
    };
    if (privateuse(0)) return true;
    if (sub[0].size() < 2 || !all_of(sub[0], is_alpha)) return false;
    bool short_language = sub[0].size() <= 3;
    i = 1;
    for (int ext = 0; short_language && ext < 3 && i < n && sub[i].size() == 3 && all_of(sub[i], is_alpha); ++ext) ++i;
    if (i < n && sub[i].size() == 4 && all_of(sub[i], is_alpha)) ++i;  // script
    if (i < n && ((sub[i].size() == 2 && all_of(sub[i], is_alpha)) || (sub[i].size() == 3 && all_of(sub[i], is_digit))))
        ++i;  // region
    while (i < n && (sub[i].size() >= 5 || (sub[i].size() == 4 && is_digit(sub[i][0])))) ++i;  // variants
    while (i < n && sub[i].size() == 1 && lower(sub[i][0]) != 'x') {  // extensions
        std::size_t start = ++i;
        while (i < n && sub[i].size() >= 2) ++i;
        if (i == start) return false;
    }
    if (i < n && privateuse(i)) return true;
    return i == n;
}

bool well_formed_modified(std::string_view v) {
    if (v.size() != 20 || v[4] != '-' || v[7] != '-' || v[10] != 'T' || v[13] != ':' || v[16] != ':' || v[19] != 'Z')
        return false;
    for (std::size_t p : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
        if (!is_digit(v[p])) return false;
    auto num = [&](std::size_t at, std::size_t len) {
        int x = 0;
        for (std::size_t k = 0; k < len; ++k) x = x * 10 + (v[at + k] - '0');
        return x;
    };
    int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    if (day > days[month - 1] + (month == 2 && leap ? 1 : 0)) return false;
    return num(11, 2) <= 23 && num(14, 2) <= 59 && num(17, 2) <= 59;
}

}  // namespace galley::epub_check
