// Dates and times for NewsML-G2, built without clocks, time zones or locale (same input, same bytes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "galley/calendar.hpp"

namespace galley::newsml_g2 {

using Date = CivilDate;

// A UTC offset as written in xs:dateTime: "Z" or "+08:00"/"-05:30".
struct UtcOffset {
    int minutes = 0;
    std::string text;
};

// Strict "YYYY-MM-DD" naming a real calendar day.
std::optional<Date> parse_iso_date(std::string_view s);
// "Z", "+HH:MM" or "-HH:MM" with |offset| <= 14:00.
std::optional<UtcOffset> parse_utc_offset(std::string_view s);

std::string iso_date(const Date& d);                                 // 2023-01-04
std::string compact_date(const Date& d);                             // 20230104
std::string midnight(const Date& d, const UtcOffset& offset);        // 2023-01-04T00:00:00+08:00
std::string epoch_time(long long seconds, const UtcOffset& offset);  // local time at that offset

}  // namespace galley::newsml_g2
