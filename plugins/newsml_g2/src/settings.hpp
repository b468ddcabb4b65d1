// What one export holds constant for every item: provider, guid prefix, times, language.
#pragma once

#include <string>
#include <vector>

#include "dates.hpp"
#include "galley/model.hpp"
#include "galley/plugin.hpp"

namespace galley::newsml_g2 {

struct Settings {
    bool message = false;         // one newsMessage to the single output instead of one file per item
    std::string provider;         // itemMeta/provider and newsMessage/header/sender
    std::string guid_prefix;      // "urn:newsml:issn.1234-5679:" …
    Date date;                    // the edition's date
    UtcOffset offset;             // for the times built from dates
    std::string first_created;    // the edition's date at midnight
    std::string version_created;  // SOURCE_DATE_EPOCH if set, else first_created
    std::string language;         // the edition's language, else the one all articles share, else ""
};

// Reads the options and the edition. Returns false with `error` set when no valid item can be written
// (no edition date, a malformed option or SOURCE_DATE_EPOCH); `warnings` gets what was worked around.
// `source_date_epoch` is the environment variable's value, or nullptr when it is not set.
bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch, Settings& out,
                   std::string& error, std::vector<std::string>& warnings);

// The guid of an item: prefix, YYYYMMDD of the edition, ":", then `local` ("p1-a1", "p1-a1-img1", "edition").
std::string item_guid(const Settings& settings, std::string_view local);

}  // namespace galley::newsml_g2
