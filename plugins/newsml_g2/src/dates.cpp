#include "dates.hpp"

namespace galley::newsml_g2 {

std::optional<Date> parse_iso_date(std::string_view s) { return CivilDate::parse(s); }

std::string iso_date(const Date& d) { return d.iso(); }

}  // namespace galley::newsml_g2
