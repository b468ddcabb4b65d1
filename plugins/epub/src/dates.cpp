#include "dates.hpp"

#include <cstdio>

namespace galley::epub {

std::optional<long long> parse_epoch(std::string_view s) {
    if (s.empty() || s.size() > 12) return std::nullopt;
    long long v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    if (v >= 253402300800LL) return std::nullopt;  // 10000-01-01T00:00:00Z
    return v;
}

std::string utc_timestamp(long long seconds) {
    long long days = seconds / 86400, rest = seconds % 86400;
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02lld:%02lld:%02lldZ", rest / 3600, rest / 60 % 60, rest % 60);
    return CivilDate::from_days(days).iso() + buf;
}

long long midnight_utc(const CivilDate& d) { return d.days_since_epoch() * 86400; }

std::string display_date(const CivilDate& d, bool chinese) {
    if (!chinese) return d.iso();
    char buf[64];
    std::snprintf(buf, sizeof buf, "%d年%d月%d日", d.year, d.month, d.day);
    return buf;
}

}  // namespace galley::epub
