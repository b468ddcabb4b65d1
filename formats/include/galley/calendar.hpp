// Calendar dates as the model stores them (ISO 8601 "YYYY-MM-DD"), with day arithmetic and no clocks,
// time zones or locale: the same input gives the same dates everywhere. Header-only, for converters and
// exporters alike.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace galley {

inline bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

inline int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

struct CivilDate {
    int year = 0, month = 0, day = 0;

    bool valid() const { return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month); }

    std::string iso() const {  // 2023-01-04, or "" when not a date
        if (!valid()) return {};
        char buf[40];  // room for any int, so that the compiler can see nothing is cut
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        return buf;
    }

    // Days since 1970-01-01 and back (Howard Hinnant's days_from_civil / civil_from_days).
    long long days_since_epoch() const {
        long long y = year - (month <= 2);
        long long era = (y >= 0 ? y : y - 399) / 400;
        long long yoe = y - era * 400;
        long long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
    static CivilDate from_days(long long z) {
        z += 719468;
        long long era = (z >= 0 ? z : z - 146096) / 146097;
        long long doe = z - era * 146097;
        long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long long mp = (5 * doy + 2) / 153;
        int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
        int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
        return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
    }
    CivilDate plus_days(long long n) const { return from_days(days_since_epoch() + n); }

    // Strict "YYYY-MM-DD" naming a real day.
    static std::optional<CivilDate> parse(std::string_view s) {
        if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
        int v[3] = {0, 0, 0};
        const std::size_t at[3] = {0, 5, 8}, len[3] = {4, 2, 2};
        for (int f = 0; f < 3; ++f)
            for (std::size_t i = at[f]; i < at[f] + len[f]; ++i) {
                if (s[i] < '0' || s[i] > '9') return std::nullopt;
                v[f] = v[f] * 10 + (s[i] - '0');
            }
        CivilDate d{v[0], v[1], v[2]};
        if (!d.valid()) return std::nullopt;
        return d;
    }

    int weekday() const {  // 0 Sunday … 6 Saturday
        long long w = (days_since_epoch() + 4) % 7;  // 1970-01-01 was a Thursday
        return static_cast<int>(w < 0 ? w + 7 : w);
    }
};

// SOURCE_DATE_EPOCH (reproducible-builds.org): decimal seconds since 1970-01-01T00:00:00Z, not negative,
// and before the year 10000 so that every date written from it has four digits.
inline std::optional<long long> parse_source_date_epoch(std::string_view s) {
    if (s.empty() || s.size() > 12) return std::nullopt;
    long long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v >= 253402300800LL) return std::nullopt;  // 10000-01-01T00:00:00Z
    return v;
}

// Seconds since 1970 (not negative) → "CCYY-MM-DDThh:mm:ssZ".
inline std::string utc_timestamp(long long seconds) {
    long long days = seconds / 86400, rest = seconds % 86400;
    char buf[48];
    std::snprintf(buf, sizeof buf, "T%02lld:%02lld:%02lldZ", rest / 3600, rest / 60 % 60, rest % 60);
    return CivilDate::from_days(days).iso() + buf;
}

// A UTC offset as xs:dateTime writes it: "Z", "+08:00" or "-05:30", |offset| <= 14:00. Feeds stamp their
// times in the paper's own zone, chosen by an option, never read from the machine.
struct UtcOffset {
    int minutes = 0;
    std::string text;  // as written in xs:dateTime

    static std::optional<UtcOffset> parse(std::string_view s) {
        if (s == "Z") return UtcOffset{0, "Z"};
        auto two = [&](std::size_t at) {
            bool ok = s[at] >= '0' && s[at] <= '9' && s[at + 1] >= '0' && s[at + 1] <= '9';
            return ok ? (s[at] - '0') * 10 + (s[at + 1] - '0') : -1;
        };
        if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return std::nullopt;
        int h = two(1), m = two(4);
        if (h < 0 || m < 0 || m > 59 || h * 60 + m > 14 * 60) return std::nullopt;
        return UtcOffset{(s[0] == '-' ? -1 : 1) * (h * 60 + m), std::string(s)};
    }
    // ISO 8601 basic form, as NITF's @norm wants it: "Z", "+0800".
    std::string basic() const { return text == "Z" ? text : text.substr(0, 3) + text.substr(4); }
};

// A wall-clock time at an offset: the date and hh:mm:ss there.
struct LocalTime {
    CivilDate date;
    int hour = 0, minute = 0, second = 0;
    UtcOffset offset;

    static LocalTime midnight(const CivilDate& d, const UtcOffset& offset) { return {d, 0, 0, 0, offset}; }
    static LocalTime at(long long epoch_seconds, const UtcOffset& offset) {
        long long local = epoch_seconds + offset.minutes * 60LL;
        long long days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
        long long rest = local - days * 86400;
        return {CivilDate::from_days(days), static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60),
                static_cast<int>(rest % 60), offset};
    }
    std::string xs_date_time() const {  // 2023-01-04T00:00:00+08:00
        char buf[48];
        std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hour, minute, second);
        return date.iso() + buf + offset.text;
    }
    std::string basic() const {  // 20230104T000000+0800
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d", date.year, date.month, date.day, hour, minute,
                      second);
        return buf + offset.basic();
    }
};

}  // namespace galley
