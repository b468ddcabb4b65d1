#include "feed_bylines.hpp"

#include "print_text/credits.hpp"
#include "text/unicode.hpp"

namespace galley {

// The print-text reader's rules name the people, after an English "By".
std::vector<Byline> people_in(const std::string& credit) {
    text::U32 s = text::to_u32(credit);
    std::u32string_view v = s;
    if (v.substr(0, 3) == U"By " || v.substr(0, 3) == U"BY ") v.remove_prefix(3);
    while (!v.empty() && (v.back() == U',' || v.back() == U';' || v.back() == U'.' || v.back() == U' ')) v.remove_suffix(1);
    if (auto cjk = print_text::parse_cjk_credit(v)) return *cjk;
    if (auto latin = print_text::parse_latin_credit(v)) return *latin;
    return {};
}

// The source before the credit (CJK: ideographic space; a space) or after it (" — "), as present::byline prints it.
std::string credit_without_source(const std::string& byline, const std::string& source) {
    if (source.empty()) return byline;
    for (const std::string& lead : {source + "\u3000", source + " "})
        if (byline.compare(0, lead.size(), lead) == 0) return byline.substr(lead.size());
    std::string tail = " \u2014 " + source;
    if (byline.size() > tail.size() && byline.compare(byline.size() - tail.size(), tail.size(), tail) == 0)
        return byline.substr(0, byline.size() - tail.size());
    return byline == source ? "" : byline;
}

}  // namespace galley
