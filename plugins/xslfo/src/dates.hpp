// Dates for the masthead and the PDF's metadata, built without clocks, time zones or locale.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "galley/calendar.hpp"

namespace galley::xslfo {

// SOURCE_DATE_EPOCH: decimal seconds since 1970-01-01T00:00:00Z, not negative, before the year 10000.
std::optional<long long> parse_epoch(std::string_view s);
// Seconds since 1970 → "CCYY-MM-DDThh:mm:ssZ" (XMP's and ISO 8601's UTC form).
std::string utc_timestamp(long long seconds);
// 0 = Sunday … 6 = Saturday.
int weekday(const CivilDate& d);
// The masthead's date: "2023年1月4日　星期三" (Chinese) or "Wednesday, 2023-01-04".
std::string masthead_date(const CivilDate& d, bool chinese);

}  // namespace galley::xslfo
