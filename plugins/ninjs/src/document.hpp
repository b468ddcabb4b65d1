// One article as a ninjs document: 2.2 as written here, 3.1 by renaming (the generations differ in names only
// for what galley writes).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "galley/feed_settings.hpp"
#include "galley/model.hpp"
#include "galley/xml_text.hpp"

namespace galley::ninjs {

struct Settings {
    FeedSettings feed;     // ids and times, the same as the NewsML-G2 and NITF feeds'
    std::string version;   // "2.2" | "3.1"
    std::string language;  // the edition's BCP 47 tag, "" when it has none
};

using Json = nlohmann::ordered_json;  // keys in the order written: same input, same bytes

Json article_document(const Settings& settings, const Edition& edition, const Article& article, XmlCleaner& cleaner);

// A 2.2 document in 3.1's names: contenttype → contentType, versioncreated → versionCreated … (the pairs are
// the schemas', checked by the tests against both).
void to_camel_case(Json& doc);

}  // namespace galley::ninjs
