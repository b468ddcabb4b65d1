#include "settings.hpp"

#include "galley/issn.hpp"
#include "galley/language.hpp"

namespace galley::nitf {

bool make_settings(const Edition& edition, const plugin::Options& options, Settings& out, std::string& error,
                   std::vector<std::string>& warnings) {
    // NITF has no time the item was made, only the issue's: SOURCE_DATE_EPOCH changes nothing here.
    if (!make_feed_settings(edition, options, nullptr, out.feed, error, warnings)) return false;
    out.issued = out.feed.first_created.basic();
    out.language = lang::is_language_tag(edition.language) && edition.language != "und" ? edition.language : "";
    out.issn = normalize_issn(edition.issn);
    return true;
}

}  // namespace galley::nitf
