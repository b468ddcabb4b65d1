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

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) { return CivilDate::parse(s); }

std::optional<UtcOffset> parse_utc_offset(std::string_view s) {
    if (s == "Z") return UtcOffset{0, "Z"};
    int h = 0, m = 0;
    if (s.size() != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':' || !digits(s, 1, 2, h) || !digits(s, 4, 2, m))
        return std::nullopt;
    if (m > 59 || h * 60 + m > 14 * 60) return std::nullopt;
    return UtcOffset{(s[0] == '-' ? -1 : 1) * (h * 60 + m), std::string(s)};
}

std::string iso_date(const Date& d) { return d.iso(); }

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
    return iso_date(CivilDate::from_days(days)) + buf + offset.text;
}

}  // namespace galley::newsml_g2
