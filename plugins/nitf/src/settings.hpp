// What one export holds constant for every document: ids and times (as every feed has them), the paper's
// print data.
#pragma once

#include <string>
#include <vector>

#include "galley/feed_settings.hpp"
#include "galley/model.hpp"
#include "galley/plugin.hpp"

namespace galley::nitf {

struct Settings {
    FeedSettings feed;     // ids, issue date, offset (the same as the NewsML-G2 and ninjs feeds')
    std::string issued;    // date.issue@norm: the issue date at midnight, ISO 8601 basic
    std::string language;  // the edition's BCP 47 tag, "" when it has none
    std::string issn;      // normalized, "" when none or no ISSN
};

// Returns false with `error` when no document can be written (no issue date, a malformed option);
// `warnings` gets what was worked around.
bool make_settings(const Edition& edition, const plugin::Options& options, Settings& out, std::string& error,
                   std::vector<std::string>& warnings);

}  // namespace galley::nitf
