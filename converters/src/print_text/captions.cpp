#include "captions.hpp"

#include <array>

#include "credits.hpp"
#include "picture_credits.hpp"

namespace galley::print_text {
namespace {

using namespace std::string_view_literals;

constexpr std::array<std::u32string_view, 9> caption_leads{U"图为", U"上图", U"下图", U"左图", U"右图",
                                                           U"图：", U"图片：", U"图①", U"▲"};

}  // namespace

// "… 记者 徐敏 摄" / "…（徐敏 摄）" / "… 新华社记者 张三 摄": the credit at the end, or nullopt.
std::optional<std::size_t> photo_credit_start(U32View s) {
    std::size_t e = s.size();
    bool bracket = e > 0 && (s[e - 1] == U'）' || s[e - 1] == U')');
    if (bracket) {
        std::size_t open = s.find_last_of(U"（(");
        if (open == U32View::npos) return std::nullopt;
        U32View inside = s.substr(open + 1, e - open - 2);
        if (text::ends_with(text::trim(inside), U"摄") || text::ends_with(inside, U"发") ||
            text::starts_with(inside, U"图片") || text::starts_with(inside, U"资料图")) {
            if (text::ends_with(text::trim(inside), U"摄") && !parse_cjk_credit(inside)) return std::nullopt;
            return open;
        }
        return std::nullopt;
    }
    if (!text::ends_with(s, U"摄")) return std::nullopt;
    // Walk back over the credit's tokens while what remains parses as a credit.
    std::optional<std::size_t> best;
    for (std::size_t b = s.size() - 1; b > 0; --b) {
        if (!text::is_space(s[b - 1]) && s[b - 1] != U'。' && s[b - 1] != U'，') continue;
        if (s.size() - b > 30) break;
        if (parse_cjk_credit(s.substr(b))) best = b;
    }
    return best;
}

std::optional<U32> match_photo_credit_line(U32View raw) {
    U32View s = text::trim(raw);
    if (s.empty() || s.size() > 40) return std::nullopt;
    U32View rest = s;
    // A distributor in brackets at the end: "（新华社发）", "（资料图片）".
    if (s.back() == U'）' || s.back() == U')') {
        std::size_t open = s.find_last_of(U"（(");
        if (open == U32View::npos) return std::nullopt;
        U32View inside = text::trim(s.substr(open + 1, s.size() - open - 2));
        bool distributor = text::ends_with(inside, U"发") || text::starts_with(inside, U"资料图") ||
                           text::starts_with(inside, U"图片") || (inside.find(U'/') != U32View::npos && !inside.empty() &&
                                                                    text::is_upper(inside[0]));
        if (!distributor) return std::nullopt;
        rest = text::trim(s.substr(0, open));
    }
    if (rest.empty()) return tidy_spaces(s);
    // The photographer: "曾恒贵摄", "记者 徐敏 摄".
    if (text::ends_with(rest, U"摄") && parse_cjk_credit(rest)) return tidy_spaces(s);
    return std::nullopt;
}

bool starts_caption(U32View raw) {
    U32View s = text::trim(raw);
    for (auto lead : caption_leads)
        if (text::starts_with(s, lead)) return true;
    return !s.empty() && (s[0] == U'△' || s[0] == U'▼');
}

std::optional<CaptionMatch> match_caption(U32View raw) {
    U32View s = text::trim(raw);
    if (s.empty() || s.size() > 300) return std::nullopt;
    if (auto at = photo_credit_start(s)) {
        U32View credit = text::trim(s.substr(*at));
        if (!credit.empty() && (credit.front() == U'（' || credit.front() == U'(')) credit = credit.substr(1, credit.size() - 2);
        return CaptionMatch{U32(text::trim(s.substr(0, *at))), tidy_spaces(credit)};
    }
    // Wire photo credit: "(REUTERS/Jane Doe)", "Photo: Jane Doe/Reuters"
    if (s.back() == U')') {
        std::size_t open = s.rfind(U'(');
        if (open != U32View::npos && s.substr(open).find(U'/') != U32View::npos) {
            U32View inside = s.substr(open + 1, s.size() - open - 2);
            bool caps = !inside.empty() && text::is_upper(inside[0]);
            if (caps && inside.size() < 60)
                return CaptionMatch{U32(text::trim(s.substr(0, open))), tidy_spaces(inside)};
        }
    }
    // A credit closing an English caption, naming its photographer: "Shoppers in London. Photo: Jane Doe/Reuters".
    for (std::u32string_view lead : {U" Photo: "sv, U" PHOTO: "sv, U" Photograph: "sv, U" Photos: "sv}) {
        std::size_t at = s.rfind(lead);
        if (at == U32View::npos || at == 0 || !text::is_terminal_punct(s[at - 1])) continue;
        U32View credit = s.substr(at + 1);
        if (credit.size() <= 60 && !picture_credit_bylines(credit).empty())
            return CaptionMatch{U32(text::trim(s.substr(0, at))), tidy_spaces(credit)};
    }
    for (std::u32string_view lead : {U"Photo:"sv, U"PHOTO:"sv, U"Photograph:"sv}) {
        if (text::starts_with(s, lead)) return CaptionMatch{U32(s), U""};
    }
    if (starts_caption(s)) return CaptionMatch{U32(s), U""};
    return std::nullopt;
}

std::optional<CreditMatch> match_end_credit(U32View raw, bool whole) {
    U32View s = text::trim(raw);
    if (s.empty()) return std::nullopt;
    char32_t last = s.back();
    if (last != U'）' && last != U')') {
        if (!whole || s.size() > 30) return std::nullopt;
        // An unbracketed credit line: "记者 张三 通讯员 李四". Names alone are too easily a heading.
        auto b = parse_cjk_credit(s);
        if (!b) return std::nullopt;
        bool has_role = false;
        for (const auto& by : *b) has_role = has_role || !by.role.empty();
        if (!has_role) return std::nullopt;
        return CreditMatch{tidy_spaces(s), std::move(*b), 0};
    }
    std::size_t open = s.find_last_of(U"（(");
    if (open == U32View::npos || (whole && open != 0)) return std::nullopt;
    U32View inside = s.substr(open + 1, s.size() - open - 2);
    if (inside.find_first_of(U"（(") != U32View::npos) return std::nullopt;
    auto b = parse_cjk_credit(inside);
    if (!b) b = parse_latin_credit(inside);
    if (!b) return std::nullopt;
    // A bracket of names inside running text ("会见了（张三）") needs a role to count as a credit.
    if (!whole) {
        bool has_role = false;
        for (const auto& by : *b) has_role = has_role || !by.role.empty();
        if (!has_role) return std::nullopt;
    }
    std::size_t begin = static_cast<std::size_t>(s.data() - raw.data()) + open;
    return CreditMatch{tidy_spaces(inside), std::move(*b), begin};
}

std::optional<CreditMatch> match_contributed_note(U32View raw) {
    U32View s = text::trim(raw);
    if (s.size() > 400) return std::nullopt;
    std::size_t end = std::u32string_view::npos;
    for (std::u32string_view tail : {U" contributed to this report."sv, U" contributed to this story."sv,
                                     U" contributed reporting."sv, U" contributed."sv})
        if (text::ends_with(s, tail)) {
            end = s.size() - tail.size();
            break;
        }
    if (end == std::u32string_view::npos) return std::nullopt;
    // "[The] [Associated Press|AP|Reuters] writer(s)|reporter(s)|correspondent(s) NAMES"
    Cursor c(s);
    c.lit(U"The ");
    for (std::u32string_view org : {U"Associated Press "sv, U"AP "sv, U"Reuters "sv, U"AFP "sv, U"Bloomberg "sv})
        if (c.lit(org)) break;
    bool role = false;
    for (std::u32string_view r : {U"writers "sv, U"writer "sv, U"reporters "sv, U"reporter "sv, U"correspondents "sv,
                                  U"correspondent "sv, U"journalists "sv, U"journalist "sv})
        if (c.lit(r)) {
            role = true;
            break;
        }
    if (!role || c.i >= end) return std::nullopt;
    // Names joined by ", " and " and ", each maybe followed by " in PLACE" (which may hold a comma).
    U32View list = s.substr(c.i, end - c.i);
    std::vector<Byline> out;
    std::size_t b = 0;
    while (b <= list.size()) {
        std::size_t and_at = list.find(U" and ", b);
        std::size_t e = and_at == U32View::npos ? list.size() : and_at;
        U32View part = list.substr(b, e - b);
        std::size_t in = part.find(U" in ");
        U32View names = in == U32View::npos ? part : part.substr(0, in);
        // "A, B" inside one part (before any place).
        std::size_t nb = 0;
        while (nb <= names.size()) {
            std::size_t ne = names.find(U", ", nb);
            if (ne == U32View::npos) ne = names.size();
            U32View name = text::trim(names.substr(nb, ne - nb));
            auto parsed = parse_latin_credit(name);
            if (!parsed || parsed->size() != 1) return std::nullopt;
            out.push_back({"", (*parsed)[0].name, "contributor"});
            nb = ne + 2;
        }
        if (and_at == U32View::npos) break;
        b = and_at + 5;
    }
    if (out.empty()) return std::nullopt;
    return CreditMatch{U32(s), std::move(out), 0};
}

namespace {

// The bracketed text closing `s`: where its bracket opens, and what it holds.
std::optional<std::pair<std::size_t, U32View>> closing_bracket(U32View s) {
    if (s.empty() || (s.back() != U'）' && s.back() != U')')) return std::nullopt;
    std::size_t open = s.find_last_of(U"（(");
    if (open == U32View::npos) return std::nullopt;
    return std::make_pair(open, text::trim(s.substr(open + 1, s.size() - open - 2)));
}

}  // namespace

std::optional<TrailingDateline> match_trailing_dateline(U32View raw) {
    U32View s = text::trim(raw);
    auto br = closing_bracket(s);
    if (!br) return std::nullopt;
    auto lead = match_leadin(br->second);
    // The whole bracket is the formula, with a place or a date: "新华社北京1月19日电".
    if (!lead || lead->kind != Leadin::Kind::formula || lead->latin || text::trim(br->second.substr(lead->length)).size() != 0 ||
        (lead->place.empty() && !lead->date))
        return std::nullopt;
    std::size_t begin = static_cast<std::size_t>(s.data() - raw.data()) + br->first;
    return TrailingDateline{std::move(*lead), begin};
}

std::optional<std::size_t> author_note_start(U32View raw) {
    U32View s = text::trim(raw);
    auto br = closing_bracket(s);
    if (!br) return std::nullopt;
    for (std::u32string_view lead : {U"作者为"sv, U"作者系"sv, U"作者是"sv, U"作者单位"sv, U"作者："sv, U"作者:"sv})
        if (text::starts_with(br->second, lead) && br->second.size() > lead.size()) 
            return static_cast<std::size_t>(s.data() - raw.data()) + br->first;
    return std::nullopt;
}

bool is_editor_signature(U32View raw) {
    U32View s = text::trim(raw);
    std::size_t i = 0;
    while (i < s.size() && (text::is_dash(s[i]) || text::is_space(s[i]))) ++i;
    if (i == 0) return false;
    U32View who = text::trim(s.substr(i));
    return who == U"编者" || who == U"本报编辑部" || who == U"编辑部" || who == U"本刊编辑部";
}

bool is_end_mark(U32View raw) {
    U32View s = text::trim(raw);
    constexpr std::array<std::u32string_view, 8> marks{U"（完）", U"(完)", U"完", U"(END)", U"END",
                                                       U"-30-", U"###", U"(end)"};
    for (auto m : marks)
        if (s == m) return true;
    return false;
}

}  // namespace galley::print_text
