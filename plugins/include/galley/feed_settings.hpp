// What every feed exporter (NewsML-G2, NITF, ninjs) takes from the edition and its options alike: the issue
// date, the zone its times are written in, when the items were made, and the prefix of their ids. One place, so
// that the same story carries the same id and times in every feed. Header-only, part of the plugin SDK.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "galley/calendar.hpp"
#include "galley/item_guid.hpp"
#include "galley/model.hpp"
#include "galley/plugin.hpp"
#include "galley/presentation.hpp"
#include "galley/quote.hpp"

namespace galley {

struct FeedSettings {
    CivilDate issue;              // the edition's date: every id and time hangs on it
    UtcOffset offset;             // -O utc-offset (default +08:00, the first user's zone)
    LocalTime first_created;      // the issue date at midnight
    LocalTime version_created;    // SOURCE_DATE_EPOCH when set, else first_created
    std::string guid_prefix;      // -O guid-prefix, else from the ISSN (galley/item_guid.hpp)

    std::string guid(std::string_view local) const { return item_guid(guid_prefix, issue, local); }
};

// Reads the options utc-offset and guid-prefix and the edition's date. Returns false with `error` when no stable
// item can be written (no issue date, a malformed offset or SOURCE_DATE_EPOCH); `warnings` gets what was worked
// around. `source_date_epoch` is the environment variable's value, or nullptr when it is not set.
inline bool make_feed_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch,
                               FeedSettings& out, std::string& error, std::vector<std::string>& warnings) {
    auto offset = UtcOffset::parse(options.text("utc-offset", "+08:00"));
    if (!offset) {
        error = "option utc-offset: " + quote_text(options.text("utc-offset")) +
                " is no UTC offset (write Z, +08:00 or -05:30)";
        return false;
    }
    out.offset = *offset;
    auto date = CivilDate::parse(edition.date);
    if (!date) {
        error = edition.date.empty() ? "the edition has no date: give the issue date (--issue-date YYYY-MM-DD)"
                                     : "the edition's date " + quote_text(edition.date) + " is not YYYY-MM-DD";
        return false;
    }
    out.issue = *date;
    out.first_created = LocalTime::midnight(out.issue, out.offset);
    out.version_created = out.first_created;
    if (source_date_epoch) {
        auto seconds = parse_source_date_epoch(source_date_epoch);
        if (!seconds) {
            error = std::string("SOURCE_DATE_EPOCH=") + quote_text(source_date_epoch) +
                    " is not a number of seconds since 1970-01-01 (unset it or fix it)";
            return false;
        }
        out.version_created = LocalTime::at(*seconds, out.offset);
    }
    out.guid_prefix = guid_prefix(edition, options.text("guid-prefix"), warnings);
    return true;
}

// Every article id can name its file (`<id>.<extension>`) and names one article only; each one that cannot is
// reported as an error on `out`. Returns false when any was.
inline bool check_article_ids(const Edition& edition, std::string_view format, std::string_view extension,
                              plugin::Output& out) {
    std::set<std::string> seen;
    bool ok = true;
    for (const Article& a : edition.articles) {
        if (!is_safe_item_id(a.id)) {
            out.error(a.id, "article id " + quote_text(a.id) + " cannot name a " + std::string(format) +
                                " file (use letters, digits, '-', '_', '.')");
            ok = false;
        } else if (!seen.insert(a.id).second) {
            out.error(a.id, "two articles would both be written to " + a.id + "." + std::string(extension) +
                                " (article ids must be unique)");
            ok = false;
        }
    }
    return ok;
}

// A feed refers to a picture by its href: a caption with none has no picture to send and is left out, as of
// every reading output (galley/presentation.hpp).
inline bool picture_supplied(const Block& block) {
    return present::shows_image(block, block.image.href.find_first_not_of(" \t\r\n") != std::string::npos);
}

// The warning every exporter gives for each caption left out that way.
inline void warn_missing_pictures(const Edition& edition, plugin::Output& out) {
    for (const Article& a : edition.articles)
        for (const Block& b : a.body)
            if (b.type == BlockType::image && !picture_supplied(b))
                out.warning(a.id, present::missing_picture_warning(a, b));
}

}  // namespace galley
