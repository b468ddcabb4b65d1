#include "document.hpp"

#include <utility>

#include "html.hpp"
#include "galley/item_guid.hpp"
#include "galley/language.hpp"
#include "galley/presentation.hpp"

namespace galley::ninjs {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Json text_entry(const char* role, const std::string& value) {
    return Json{{"role", role}, {"contenttype", "text/plain"}, {"value", value}};
}

// The people credited, with the model's kind as their relation to the content (ninjs has no role vocabulary
// for bylines; `by` keeps the byline as printed).
Json people(const std::vector<Byline>& bylines, XmlCleaner& c) {
    Json out = Json::array();
    for (const Byline& b : bylines) {
        std::string name = c.line(b.name, "byline name");
        if (name.empty()) continue;
        Json person{{"name", name}};
        if (!b.kind.empty()) person["rel"] = b.kind;
        out.push_back(std::move(person));
    }
    return out;
}

Json subjects(const Article& a, XmlCleaner& c) {
    Json out = Json::array();
    for (const Subject& s : a.subjects) {
        Json subject;
        std::string name = c.line(s.name, "subject name"), code = c.line(s.code, "subject code");
        if (!name.empty()) subject["name"] = name;
        if (s.scheme == "medtop" && !code.empty()) subject["uri"] = "http://cv.iptc.org/newscodes/mediatopic/" + code;
        else if (!code.empty()) subject["literal"] = (s.scheme.empty() ? "" : c.line(s.scheme, "subject scheme") + ":") + code;
        if (!subject.empty()) out.push_back(std::move(subject));
    }
    // ninjs 2.x has no keywords: they are subjects related as keywords.
    for (const std::string& k : a.keywords) {
        std::string name = c.line(k, "keyword");
        if (!name.empty()) out.push_back(Json{{"name", name}, {"rel", "keyword"}});
    }
    return out;
}

Json picture(const Settings& s, const Article& a, const Image& img, int n, XmlCleaner& c) {
    std::string which = "picture " + std::to_string(n);
    Json p;
    p["name"] = "picture" + std::to_string(n);
    p["uri"] = s.feed.guid(picture_item_id(a.id, n));  // the NewsML-G2 feed's picture item
    p["type"] = "picture";
    p["version"] = "1";
    std::string credit = c.line(img.caption.credit, "credit of " + which);
    if (!credit.empty()) p["by"] = credit;
    Json descriptions = Json::array();
    std::string caption = c.text(img.caption.text, "caption of " + which);
    if (!blank(caption)) descriptions.push_back(text_entry("caption", caption));
    std::string alt = c.line(img.alt, "alt text of " + which);
    if (!alt.empty()) descriptions.push_back(text_entry("alt", alt));
    if (!descriptions.empty()) p["descriptions"] = std::move(descriptions);
    Json credited = people(img.caption.bylines, c);
    if (!credited.empty()) p["people"] = std::move(credited);
    Json rendition{{"name", "original"}, {"href", iri(c.line(img.href, "href of " + which))}};
    std::string type = c.line(img.media_type, "media type of " + which);
    if (!type.empty()) rendition["contenttype"] = type;
    p["renditions"] = Json::array({std::move(rendition)});
    return p;
}

}  // namespace

Json article_document(const Settings& s, const Edition& edition, const Article& a, XmlCleaner& c) {
    Json doc;
    doc["uri"] = s.feed.guid(a.id);
    doc["standard"] = {{"name", "ninjs"},
                       {"version", s.version},
                       {"schema", "http://www.iptc.org/std/ninjs/ninjs-schema_" + s.version + ".json"}};
    doc["type"] = "text";
    doc["version"] = "1";
    doc["firstcreated"] = s.feed.first_created.xs_date_time();
    doc["versioncreated"] = s.feed.version_created.xs_date_time();
    if (auto date = CivilDate::parse(a.dateline.date))
        doc["contentcreated"] = LocalTime::midnight(*date, s.feed.offset).xs_date_time();
    std::string language = lang::is_language_tag(a.language) && a.language != "und" ? a.language : s.language;
    if (!language.empty()) doc["language"] = language;

    Json headlines = Json::array();
    present::Headline h = present::headline(a);
    if (!h.empty()) headlines.push_back(text_entry("main", c.line(h.text, "headline")));
    for (auto [role, text, field] : {std::tuple{"kicker", &a.kicker, "kicker"},
                                     std::tuple{"subhead", &a.subheadline, "subheadline"},
                                     std::tuple{"column", &a.column, "column"}}) {
        std::string line = c.line(*text, field);
        if (!line.empty()) headlines.push_back(text_entry(role, line));
    }
    if (!headlines.empty()) doc["headlines"] = std::move(headlines);
    // Where a feed cannot style, a derived headline is set apart by the note every feed gives.
    if (h.derived) doc["ednote"] = present::derived_headline_note;

    std::string by = c.line(present::byline(a, present::is_cjk(a, edition.language)).text(), "credit");
    if (!by.empty()) doc["by"] = by;
    std::string place = c.line(a.dateline.place, "dateline place");
    if (!place.empty()) doc["located"] = place;
    Json credited = people(a.bylines, c);
    if (!credited.empty()) doc["people"] = std::move(credited);

    TextCounts counts;
    std::string html = body_html(a, c, counts);
    if (!html.empty())
        doc["bodies"] = Json::array({Json{{"role", "main"},
                                          {"contenttype", "text/html"},
                                          {"charcount", counts.chars},
                                          {"wordcount", counts.words},
                                          {"value", html}}});
    Json topics = subjects(a, c);
    if (!topics.empty()) doc["subjects"] = std::move(topics);
    std::string holder = c.line(edition.publisher, "publisher", XmlCleaner::Scope::edition);
    if (!holder.empty()) doc["copyrightholder"] = holder;
    std::string rights = c.line(!a.rights.empty() ? a.rights : edition.rights, "rights");
    if (!rights.empty()) doc["copyrightnotice"] = rights;

    Json associations = Json::array();
    int n = 0;
    for (const Block& b : a.body)
        if (b.type == BlockType::image && picture_supplied(b))
            associations.push_back(picture(s, a, b.image, ++n, c));
    if (!associations.empty()) doc["associations"] = std::move(associations);
    if (s.version == "3.1") to_camel_case(doc);
    return doc;
}

void to_camel_case(Json& doc) {
    static const std::pair<const char*, const char*> names[] = {
        {"contenttype", "contentType"},         {"versioncreated", "versionCreated"},
        {"firstcreated", "firstCreated"},       {"contentcreated", "contentCreated"},
        {"copyrightholder", "copyrightHolder"}, {"copyrightnotice", "copyrightNotice"},
        {"ednote", "edNote"},                   {"charcount", "charCount"},
        {"wordcount", "wordCount"},             {"sizeinbytes", "sizeInBytes"},
        {"altids", "altIds"},                   {"infosources", "infoSources"},
        {"pubstatus", "pubStatus"},             {"usageterms", "usageTerms"}};
    if (doc.is_array()) {
        for (Json& item : doc) to_camel_case(item);
        return;
    }
    if (!doc.is_object()) return;
    Json renamed;
    for (auto& [key, value] : doc.items()) {
        std::string name = key;
        for (const auto& [from, to] : names)
            if (name == from) name = to;
        to_camel_case(value);
        renamed[name] = std::move(value);
    }
    doc = std::move(renamed);
}

}  // namespace galley::ninjs
