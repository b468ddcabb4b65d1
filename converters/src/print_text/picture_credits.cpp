#include "picture_credits.hpp"

#include <algorithm>
#include <array>

#include "credits.hpp"

namespace galley::print_text {
namespace {

using namespace std::string_view_literals;

bool closes_bracket(char32_t c) { return c == U'）' || c == U')'; }

// "（本报记者 张三 摄）", "(REUTERS/Jane Doe)": a credit printed wholly in brackets.
U32View unbracket(U32View s) {
    s = text::trim(s);
    if (s.size() < 2 || (s.front() != U'（' && s.front() != U'(') || !closes_bracket(s.back())) return s;
    U32View inside = s.substr(1, s.size() - 2);
    return inside.find_first_of(U"（()）") == U32View::npos ? text::trim(inside) : s;
}

// The verb closing a Chinese credit says what the people did: 摄 took the picture, 绘 drew it, 发 released it
// (an agency's release names no maker: its people keep the kind their role says).
struct Verb {
    std::u32string_view word;
    const char* kind;
};
constexpr std::array<Verb, 6> verbs{{{U"摄影", "photographer"},
                                     {U"摄", "photographer"},
                                     {U"绘图", "illustrator"},
                                     {U"制图", "illustrator"},
                                     {U"绘", "illustrator"},
                                     {U"发", ""}}};

std::vector<Byline> cjk_people(U32View s) {
    s = unbracket(s);
    // A distributor after the maker: "曾恒贵摄（新华社发）", "张三 摄（资料图片）".
    if (!s.empty() && closes_bracket(s.back())) {
        std::size_t open = s.find_last_of(U"（(");
        if (open != U32View::npos && open > 0) {
            auto people = cjk_people(s.substr(0, open));
            for (auto& b : cjk_people(s.substr(open))) people.push_back(std::move(b));
            return people;
        }
    }
    const Verb* verb = nullptr;
    for (const auto& v : verbs)
        if (text::ends_with(s, v.word) && s.size() > v.word.size()) {
            verb = &v;
            s = text::trim(s.substr(0, s.size() - v.word.size()));
            break;
        }
    auto parsed = parse_cjk_credit(s);
    if (!parsed) return {};
    std::vector<Byline> people;
    for (auto& b : *parsed) {
        // "新华社发": a name with no role word before 发 is the agency.
        if (verb && *verb->kind == '\0' && b.role.empty()) continue;
        if (verb && *verb->kind != '\0') {
            b.kind = verb->kind;
        } else if (b.kind == "writer" && b.role != "文") {
            b.kind = "photographer";  // a reporter credited under a picture took it
        }
        people.push_back(std::move(b));
    }
    return people;
}

// Words that make a part of an English credit an agency or a desk, not a person ("Getty Images", "Pool").
constexpr std::array<std::u32string_view, 12> desk_words{U"Images", U"Pictures", U"Photo",   U"Photos",
                                                         U"Press",  U"News",     U"Agency",  U"Service",
                                                         U"Pool",   U"Handout",  U"Staff",   U"File"};

// A person's name in a credit: two to five words, each with a small letter (capitals are an agency's: AP,
// REUTERS), none an agency's or a desk's.
bool is_person(U32View name) {
    std::size_t words = 0, b = 0;
    while (b < name.size()) {
        std::size_t e = std::min(name.find(U' ', b), name.size());
        U32View w = name.substr(b, e - b);
        bool lower = false;
        for (char32_t c : w) lower = lower || text::is_lower(c);
        if (!lower || is_news_agency(w)) return false;
        for (auto d : desk_words)
            if (w == d) return false;
        ++words;
        b = e + 1;
    }
    return words >= 2;
}

std::vector<Byline> latin_people(U32View s) {
    s = unbracket(s);
    // A lead names what the people did: "Photo: …", "Photos by …", "Illustration by …".
    U32 role;
    std::size_t colon = s.find(U':'), by = s.find(U" by ");
    std::size_t lead = std::min(colon, by);
    if (lead != U32View::npos && lead <= 20) {
        role = tidy_spaces(s.substr(0, lead));
        s = s.substr(lead + (lead == by ? 4 : 1));
    }
    std::string kind = latin_role_kind(role);
    if (kind == "writer") kind = "photographer";  // "Picture:", "Credit:", or none: the credit is a picture's
    // Parts: "Jane Doe/Reuters", "REUTERS/Jane Doe", "Jane Doe and John Roe", "Jane Doe; Li Wei".
    U32 parts = tidy_spaces(s);
    for (auto sep : {U" and "sv, U" & "sv, U", "sv})
        for (std::size_t at; (at = parts.find(sep)) != U32::npos;) parts.replace(at, sep.size(), U"/");
    std::vector<Byline> people;
    std::size_t b = 0;
    while (b <= parts.size()) {
        std::size_t e = std::min(parts.find_first_of(U"/;", b), parts.size());
        U32 name = latin_name(U32View(parts).substr(b, e - b));
        if (is_person(name)) people.push_back({text::to_utf8(role), text::to_utf8(name), kind});
        b = e + 1;
    }
    return people;
}

}  // namespace

std::vector<Byline> picture_credit_bylines(U32View credit) {
    U32View s = text::trim(credit);
    if (s.empty() || s.size() > 120) return {};
    for (char32_t c : s)
        if (text::is_han(c)) return cjk_people(s);
    return latin_people(s);
}

std::vector<Byline> picture_credit_bylines(std::string_view credit) { return picture_credit_bylines(text::to_u32(credit)); }

}  // namespace galley::print_text
