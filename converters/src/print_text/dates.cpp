#include "dates.hpp"

#include <array>
#include <cstdio>

namespace galley::print_text {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[static_cast<std::size_t>(m - 1)];
}

// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, inverted).
long days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

IsoDate civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    return {y, m, d};
}

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

bool IsoDate::valid() const {
    return year >= 1800 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string IsoDate::str() const {
    if (!valid()) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

std::optional<IsoDate> IsoDate::parse(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (std::size_t k : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[k] < '0' || s[k] > '9') return std::nullopt;
    auto num = [&](std::size_t a, std::size_t n) {
        int v = 0;
        for (std::size_t k = a; k < a + n; ++k) v = v * 10 + (s[k] - '0');
        return v;
    };
    IsoDate d{num(0, 4), num(5, 2), num(8, 2)};
    if (!d.valid()) return std::nullopt;
    return d;
}

IsoDate IsoDate::plus_days(int days) const { return civil_from_days(days_from_civil(year, month, day) + days); }

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
