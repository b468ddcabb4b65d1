// Dates and times for the package metadata and the ZIP entries, built without clocks, time zones or locale.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "galley/calendar.hpp"

namespace galley::epub {

// SOURCE_DATE_EPOCH: decimal seconds since 1970-01-01T00:00:00Z, not negative, before the year 10000.
std::optional<long long> parse_epoch(std::string_view s);

// Seconds since 1970 → "CCYY-MM-DDThh:mm:ssZ", the only form dcterms:modified may take.
std::string utc_timestamp(long long seconds);
long long midnight_utc(const CivilDate& d);

// The issue date as a reader of the edition's language writes it: "2023年1月4日" or "2023-01-04".
std::string display_date(const CivilDate& d, bool chinese);

}  // namespace galley::epub
