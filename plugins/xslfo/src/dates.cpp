#include "dates.hpp"

#include <cstdio>

namespace galley::xslfo {

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

int weekday(const CivilDate& d) {
    long long w = (d.days_since_epoch() + 4) % 7;  // 1970-01-01 was a Thursday
    return static_cast<int>(w < 0 ? w + 7 : w);
}

std::string masthead_date(const CivilDate& d, bool chinese) {
    static constexpr const char* zh[] = {"日", "一", "二", "三", "四", "五", "六"};
    static constexpr const char* en[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    char buf[96];
    if (chinese)
        std::snprintf(buf, sizeof buf, "%d年%d月%d日\u3000星期%s", d.year, d.month, d.day, zh[weekday(d)]);
    else
        std::snprintf(buf, sizeof buf, "%s, %s", en[weekday(d)], d.iso().c_str());
    return buf;
}

}  // namespace galley::xslfo
