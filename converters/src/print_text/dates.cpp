#include "dates.hpp"

#include <array>

namespace galley::print_text {
namespace {

const std::array<std::u32string_view, 14> time_of_day{U"上午", U"下午", U"中午", U"晚上", U"晚间", U"凌晨",
                                                      U"早上", U"清晨", U"傍晚", U"夜间", U"深夜", U"早晨",
                                                      U"晚", U"早"};

std::size_t match_time_of_day(U32View s, std::size_t at) {
    for (auto t : time_of_day)
        if (text::starts_with(s.substr(std::min(at, s.size())), t)) return t.size();
    return 0;
}

struct MonthName {
    std::u32string_view name;
    int month;
};
const std::array<MonthName, 24> month_names{{
    {U"January", 1}, {U"February", 2}, {U"March", 3},     {U"April", 4},    {U"May", 5},      {U"June", 6},
    {U"July", 7},    {U"August", 8},   {U"September", 9}, {U"October", 10}, {U"November", 11}, {U"December", 12},
    {U"Jan", 1},     {U"Feb", 2},      {U"Mar", 3},       {U"Apr", 4},      {U"Jun", 6},      {U"Jul", 7},
    {U"Aug", 8},     {U"Sept", 9},     {U"Sep", 9},       {U"Oct", 10},     {U"Nov", 11},     {U"Dec", 12},
}};

int match_month_name(Cursor& c) {
    for (const auto& m : month_names) {
        std::size_t save = c.i;
        // Case-insensitive on the letters after the first so that "JAN" in an all-caps dateline reads too.
        bool ok = c.i + m.name.size() <= c.s.size();
        for (std::size_t k = 0; ok && k < m.name.size(); ++k) {
            char32_t a = c.s[c.i + k], b = m.name[k];
            ok = a == b || (a < 0x80 && b < 0x80 && (a | 0x20) == (b | 0x20));
        }
        if (!ok) continue;
        c.i += m.name.size();
        if (!c.eof() && text::is_letter_or_digit(c.peek()) && !text::is_digit(c.peek())) {
            c.i = save;  // "Marching" is not "Mar"
            continue;
        }
        c.lit(U".");
        return m.month;
    }
    return 0;
}

}  // namespace

std::optional<DatePhrase> match_cjk_date(U32View s, std::size_t at) {
    Cursor c(s, at);
    DatePhrase d;
    struct Relative {
        std::u32string_view word;
        int days;
    };
    static constexpr std::array<Relative, 6> relative{
        {{U"前天", -2}, {U"昨天", -1}, {U"昨日", -1}, {U"今天", 0}, {U"今日", 0}, {U"今年", 0}}};
    for (const auto& r : relative) {
        if (r.word == U"今年") continue;  // a year, not a day
        if (c.lit(r.word)) {
            d.relative = true;
            d.relative_days = r.days;
            d.length = c.i - at;
            d.time_length = match_time_of_day(s, c.i);
            return d;
        }
    }
    int v = 0;
    std::size_t start = c.i;
    if (c.number(v, 4) && v >= 1800 && c.lit(U"年")) {
        d.year = v;
        start = c.i;
    } else {
        c.i = start;
    }
    if (c.number(v, 2) && c.lit(U"月")) {
        d.month = v;
        if (!c.number(v, 2) || !(c.lit(U"日") || c.lit(U"号"))) return std::nullopt;
        d.day = v;
    } else {
        c.i = start;
        if (d.year != 0) return std::nullopt;  // "2023年" alone is not a dateline
        if (!c.number(v, 2) || !c.lit(U"日")) return std::nullopt;
        d.day = v;
    }
    if (d.day < 1 || d.day > 31 || d.month > 12) return std::nullopt;
    d.length = c.i - at;
    d.time_length = match_time_of_day(s, c.i);
    return d;
}

std::optional<DatePhrase> match_latin_date(U32View s, std::size_t at) {
    Cursor c(s, at);
    DatePhrase d;
    int v = 0;
    if (int m = match_month_name(c)) {
        d.month = m;
        c.skip_spaces();
        if (!c.number(v, 2) || v < 1 || v > 31) return std::nullopt;
        d.day = v;
    } else {
        c.i = at;
        if (!c.number(v, 2) || v < 1 || v > 31) return std::nullopt;
        d.day = v;
        if (c.skip_spaces() == 0) return std::nullopt;
        d.month = match_month_name(c);
        if (d.month == 0) return std::nullopt;
    }
    std::size_t end = c.i;
    if (c.lit(U",")) c.skip_spaces();
    if (c.i > end && c.number(v, 4) && v >= 1800) {
        d.year = v;
        end = c.i;
    }
    d.length = end - at;
    return d;
}

std::string resolve_date(const DatePhrase& d, const std::optional<IsoDate>& issue) {
    if (d.relative) return issue ? issue->plus_days(d.relative_days).str() : std::string();
    IsoDate out{d.year, d.month, d.day};
    if (out.year == 0) {
        if (!issue) return {};
        out.year = issue->year;
        if (out.month == 0) {
            // "3日": the issue's month, or the month before when the day is later than the issue's.
            out.month = issue->month;
            if (d.day > issue->day) {
                if (--out.month == 0) {
                    out.month = 12;
                    --out.year;
                }
            }
        } else if (out.month > issue->month || (out.month == issue->month && out.day > issue->day)) {
            --out.year;  // a date after the issue date is last year's
        }
    }
    return out.str();
}

}  // namespace galley::print_text
