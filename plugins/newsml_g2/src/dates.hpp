// Dates and times for NewsML-G2, built without clocks, time zones or locale (same input, same bytes).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "galley/calendar.hpp"

namespace galley::newsml_g2 {

using Date = CivilDate;

using galley::UtcOffset;  // the SDK's (galley/calendar.hpp), shared with the other feeds

// Strict "YYYY-MM-DD" naming a real calendar day.
std::optional<Date> parse_iso_date(std::string_view s);

std::string iso_date(const Date& d);                                 // 2023-01-04

}  // namespace galley::newsml_g2
