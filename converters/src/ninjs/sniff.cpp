#include "sniff.hpp"

#include <cctype>
#include <string>

namespace galley::ninjs_in {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Keys that only ninjs (of the JSON galley meets) puts beside "uri" (lowercased; 3.x's camelCase too).
bool ninjs_key(const std::string& k) {
    static constexpr std::string_view keys[] = {
        "type", "version", "versioncreated", "firstcreated", "contentcreated", "headline", "headlines", "bodies",
        "byline", "by", "located", "person", "people", "subject", "subjects", "renditions", "associations",
        "descriptions", "language", "pubstatus", "urgency", "copyrightholder", "copyrightnotice", "ednote",
        "slugline", "mimetype", "profile", "places", "place", "genres", "genre", "altids", "title", "usageterms",
        "embargoed", "embargoeduntil", "eventdetails", "organisations", "representationtype"};
    for (std::string_view n : keys)
        if (k == n) return true;
    return k.rfind("headline_", 0) == 0 || k.rfind("body_", 0) == 0 || k.rfind("description_", 0) == 0;
}

}  // namespace

int sniff_ninjs(std::string_view t) {
    std::size_t i = 0;
    if (t.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    auto ws = [&] {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t')) ++i;
    };
    ws();
    if (i >= t.size()) return 0;
    int object_depth = 1;  // the depth of the object whose keys count
    if (t[i] == '[') {
        ++i;
        ws();
        object_depth = 2;
    }
    if (i >= t.size() || t[i] != '{') return 0;
    bool uri = false, standard = false;
    int properties = 0;
    int depth = object_depth - 1;  // inside the array, if there is one
    const std::size_t end = t.size() < (1u << 20) ? t.size() : (1u << 20);  // the top keys come early enough
    for (; i < end; ++i) {
        const char c = t[i];
        if (c == '"') {
            std::size_t start = ++i;
            while (i < end && t[i] != '"') i += t[i] == '\\' ? 2 : 1;
            if (i >= end) break;
            std::string_view s = t.substr(start, i - start);
            std::size_t j = i + 1;
            while (j < end && (t[j] == ' ' || t[j] == '\n' || t[j] == '\r' || t[j] == '\t')) ++j;
            bool key = j < end && t[j] == ':';
            if (key && depth == object_depth) {
                std::string k = lower(s);
                if (k == "uri" || k == "guid") uri = true;
                else if (k == "$standard") standard = true;
                else if (ninjs_key(k)) ++properties;
            } else if (!key && depth == object_depth + 1 && s == "ninjs") {
                standard = true;  // "standard": {"name": "ninjs"} (a value one level down)
            }
            continue;
        }
        if (c == '{' || c == '[') ++depth;
        else if (c == '}' || c == ']') {
            if (--depth < object_depth) break;  // the first object ended
        }
    }
    // A lone "type" beside "uri" is not enough: {"uri": …, "type": "text"} could be anyone's.
    return uri && (standard || properties >= 2) ? 80 : 0;
}

}  // namespace galley::ninjs_in
