#include "dates.hpp"

#include <cstdio>

namespace galley::newsml_g2 {
namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& value) {
    if (at + n > s.size()) return false;
    value = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

// Days since 1970-01-01 to a civil date (Howard Hinnant's civil_from_days), so no gmtime() is needed.
Date civil_from_days(long long z) {
    z += 719468;
    long long era = (z >= 0 ? z : z - 146096) / 146097;
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    long long d = doy - (153 * mp + 2) / 5 + 1;
    long long m = mp < 10 ? mp + 3 : mp - 9;
    long long y = yoe + era * 400 + (m <= 2);
    return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
    Date d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!digits(s, 0, 4, d.year) || !digits(s, 5, 2, d.month) || !digits(s, 8, 2, d.day)) return std::nullopt;
    if (d.year < 1 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
        return std::nullopt;
    return d;
}

std::optional<UtcOffset> parse_utc_offset(std::string_view s) {
    if (s == "Z") return UtcOffset{0, "Z"};
    int h = 0, m = 0;
    if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' || !digits(s, 1, 2, h) || !digits(s, 4, 2, m))
        return std::nullopt;
    if (m > 59 || h * 60 + m > 14 * 60) return std::nullopt;
    return UtcOffset{(s[0] == '-' ? -1 : 1) * (h * 60 + m), std::string(s)};
}

std::optional<long long> parse_epoch(std::string_view s) {
    // Up to 9999-12-31T23:59:59Z, so that every year has four digits.
    if (s.empty() || s.size() > 12) return std::nullopt;
    long long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v >= 253402300800LL) return std::nullopt;
    return v;
}

std::string iso_date(const Date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

std::string compact_date(const Date& d) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month, d.day);
    return buf;
}

std::string midnight(const Date& d, const UtcOffset& offset) { return iso_date(d) + "T00:00:00" + offset.text; }

std::string epoch_time(long long seconds, const UtcOffset& offset) {
    long long local = seconds + offset.minutes * 60LL;
    long long days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    long long rest = local - days * 86400;
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02lld:%02lld:%02lld", rest / 3600, rest / 60 % 60, rest % 60);
    return iso_date(civil_from_days(days)) + buf + offset.text;
}

}  // namespace galley::newsml_g2
