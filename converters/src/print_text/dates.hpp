// Date phrases as newspapers print them ("1月3日", "昨天", "Jan. 3"), and their ISO dates.
#pragma once

#include <optional>
#include <string>

#include "cursor.hpp"
#include "galley/calendar.hpp"

namespace galley::print_text {

// A calendar date (galley/calendar.hpp) in the years a newspaper prints.
struct IsoDate : CivilDate {
    IsoDate() = default;
    IsoDate(int y, int m, int d) : CivilDate{y, m, d} {}
    IsoDate(const CivilDate& c) : CivilDate(c) {}
    bool valid() const { return CivilDate::valid() && year >= 1800 && year <= 2999; }
    std::string str() const { return valid() ? iso() : std::string(); }  // YYYY-MM-DD, or ""
    static std::optional<IsoDate> parse(std::string_view s) {
        auto c = CivilDate::parse(s);
        if (!c || !IsoDate(*c).valid()) return std::nullopt;
        return IsoDate(*c);
    }
    IsoDate plus_days(int days) const { return CivilDate::plus_days(days); }
};

// A date phrase found at a position in text. Fields left 0 were not printed.
struct DatePhrase {
    std::size_t length = 0;  // characters matched, without any time of day that follows
    std::size_t time_length = 0;  // characters of a time of day after the date (下午, 上午 …)
    int year = 0, month = 0, day = 0;
    int relative_days = 0;  // 昨天 → -1 …; meaningful when `relative` is set
    bool relative = false;
};

// Chinese forms at s[at]: 2023年1月3日, 1月3日, 3日, 昨天/昨日/今天/今日/前天, each optionally followed by
// a time of day (上午, 下午, 晚 …).
std::optional<DatePhrase> match_cjk_date(U32View s, std::size_t at = 0);

// English forms at s[at]: "Jan 3", "Jan. 3", "January 3", "3 January", optionally ", 2023".
std::optional<DatePhrase> match_latin_date(U32View s, std::size_t at = 0);

// Resolves a phrase against the issue date: a month/day later than the issue is taken from the year before
// (a 12月31日 story in a January paper). Returns "" when the phrase cannot be placed.
std::string resolve_date(const DatePhrase& d, const std::optional<IsoDate>& issue);

}  // namespace galley::print_text
