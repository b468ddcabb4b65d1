#include "items.hpp"

#include "galley/feed_settings.hpp"
#include "galley/presentation.hpp"

#include "envelope.hpp"
#include "parties.hpp"
#include "xhtml.hpp"

namespace galley::newsml_g2 {

std::string item_language(const Settings& settings, const Article& article) {
    return is_language_tag(article.language) ? article.language : settings.language;
}

std::string picture_local_id(const Article& article, int n) { return picture_item_id(article.id, n); }

int picture_count(const Article& article) {
    int n = 0;
    for (const Block& b : article.body) n += picture_supplied(b);
    return n;
}

const Image* nth_picture(const Article& article, int n) {
    for (const Block& b : article.body)
        if (picture_supplied(b) && --n == 0) return &b.image;
    return nullptr;
}

namespace {

// When the content was made: the dateline's date, else the issue's. A date only (TruncatedDateTimeType):
// the print page tells the day, not the hour.
std::string content_created(const Settings& settings, const Article& article) {
    auto d = parse_iso_date(article.dateline.date);
    return iso_date(d ? *d : settings.date);
}

ItemHead head_for(const Settings& settings, const Edition& edition, const Article& article, std::string guid,
                  int version) {
    ItemHead head;
    head.element = "newsItem";
    head.guid = std::move(guid);
    head.version = version;
    head.language = item_language(settings, article);
    head.publisher = edition.publisher;
    head.rights = article.rights.empty() ? edition.rights : article.rights;
    head.edition_rights = article.rights.empty();
    return head;
}

void add_party(pugi::xml_node content_meta, Builder& b, const char* element, const char* role, const std::string& name,
               const std::string& field) {
    pugi::xml_node party = Builder::element(content_meta, element);
    party.append_attribute("role").set_value(role);
    b.line(party, "name", name, field);
}

bool is_medtop_code(const std::string& code) {
    if (code.size() != 8) return false;
    for (char c : code)
        if (c < '0' || c > '9') return false;
    return true;
}

void add_subject(pugi::xml_node content_meta, Builder& b, const Subject& s, int n) {
    std::string field = "subject " + std::to_string(n);
    std::string name = b.cleaner().line(s.name, field);
    std::string code = s.code.rfind("medtop:", 0) == 0 ? s.code.substr(7) : s.code;
    pugi::xml_node subject;
    if (s.scheme == "medtop" && is_medtop_code(code)) {
        subject = Builder::element(content_meta, "subject");
        subject.append_attribute("type").set_value("cpnat:abstract");
        subject.append_attribute("qcode").set_value(("medtop:" + code).c_str());
    } else {
        // Only IPTC Media Topics have an alias in the catalog; anything else travels as its words.
        if (s.scheme == "medtop")
            b.cleaner().add(field + ": \"" + s.code +
                            "\" is no IPTC Media Topic code (8 digits); written as a literal");
        std::string literal = !name.empty() ? name : b.cleaner().line(s.code, field);
        if (literal.empty()) return;
        subject = Builder::element(content_meta, "subject");
        subject.append_attribute("literal").set_value(literal.c_str());
    }
    if (!name.empty()) Builder::element(subject, "name").text().set(name.c_str());
}

// "要闻-p1-a1": the section and the article's id, stable across versions of the story.
std::string slugline(const Article& article) {
    return article.section.empty() ? article.id : article.section + "-" + article.id;
}

std::string guess_media_type(const Image& img) {
    if (!img.media_type.empty()) return img.media_type;
    std::string ext = img.href.substr(img.href.find_last_of('.') + 1);
    for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
    if (ext == "png") return "image/png";
    if (ext == "gif") return "image/gif";
    if (ext == "webp") return "image/webp";
    if (ext == "tif" || ext == "tiff") return "image/tiff";
    if (ext == "svg") return "image/svg+xml";
    return "";
}

}  // namespace

std::string render_text_item(const Settings& settings, const Edition& edition, const Article& article, int version,
                             Cleaner& cleaner) {
    Builder b(cleaner);
    pugi::xml_document doc;
    ItemHead head = head_for(settings, edition, article, item_guid(settings, article.id), version);
    if (!cleaner.line(article.kicker, "kicker").empty() || !cleaner.line(article.subheadline, "subheadline").empty() ||
        !cleaner.line(article.column, "column").empty())
        head.schemes.push_back(headline_roles);
    pugi::xml_node item = start_item(doc, b, head);

    ItemMeta meta;
    meta.item_class = "ninat:text";
    meta.version = version;
    meta.title = article.headline;
    if (article.headline_derived)
        meta.notes.push_back(present::derived_headline_note);
    for (const auto& c : article.continuations)
        meta.notes.push_back((c.direction == "from" ? "Continued from " : "Continues on ") + c.page + ": " + c.text);
    for (int n = 1; n <= picture_count(article); ++n)
        meta.see_also.push_back(item_guid(settings, picture_local_id(article, n)));
    add_item_meta(item, b, settings, meta);

    // contentMeta: administrative group first (contentCreated, located, creator, contributor), then the
    // descriptive group (language, keyword, subject, slugline, headline, dateline, by, creditline).
    pugi::xml_node cm = Builder::element(item, "contentMeta");
    Builder::element(cm, "contentCreated").text().set(content_created(settings, article).c_str());
    std::string place = cleaner.line(article.dateline.place, "dateline place");
    if (!place.empty()) {
        pugi::xml_node located = Builder::element(cm, "located");
        located.append_attribute("type").set_value("cpnat:geoArea");
        located.append_attribute("literal").set_value(place.c_str());
        Builder::element(located, "name").text().set(place.c_str());
    }
    for (bool creators : {true, false})
        for (std::size_t i = 0; i < article.bylines.size(); ++i) {
            const Byline& by = article.bylines[i];
            Party party = text_party(by.kind);
            std::string field = "byline " + std::to_string(i + 1);
            if (party.creator != creators || cleaner.line(by.name, field).empty()) continue;
            add_party(cm, b, creators ? "creator" : "contributor", party.role, by.name, field);
        }
    if (!head.language.empty())
        Builder::element(cm, "language").append_attribute("tag").set_value(head.language.c_str());
    for (std::size_t i = 0; i < article.keywords.size(); ++i) {
        std::string field = "keyword " + std::to_string(i + 1);
        if (!cleaner.line(article.keywords[i], field).empty()) b.line(cm, "keyword", article.keywords[i], field);
    }
    for (std::size_t i = 0; i < article.subjects.size(); ++i)
        add_subject(cm, b, article.subjects[i], static_cast<int>(i + 1));
    b.line(cm, "slugline", slugline(article), "slugline");
    // Nothing blank is written. The headline proper comes first: receivers that show one take the first.
    auto label = [&](const char* element, const std::string& raw, const char* field, const char* role = nullptr) {
        if (cleaner.line(raw, field).empty()) return;
        pugi::xml_node node = b.text(cm, element, raw, field);
        if (role) node.append_attribute("role").set_value(role);
    };
    // What a reader sees, composed as every exporter composes it (galley/presentation.hpp).
    bool cjk = present::is_cjk(article, settings.language);
    label("headline", present::headline(article).text, "headline");
    label("headline", article.kicker, "kicker", "galhl:kicker");
    label("headline", article.subheadline, "subheadline", "galhl:subtitle");
    label("headline", article.column, "column", "galhl:column");
    label("dateline", present::dateline(article).text, "dateline");
    label("by", present::byline(article, cjk).text(), "credit");
    if (!cleaner.line(article.source, "source").empty()) b.line(cm, "creditline", article.source, "source");

    pugi::xml_node inline_xml = Builder::element(Builder::element(item, "contentSet"), "inlineXML");
    inline_xml.append_attribute("contenttype").set_value("application/xhtml+xml");
    TextCounts counts = add_xhtml(inline_xml, b, article, head.language);
    inline_xml.append_attribute("charcount").set_value(static_cast<unsigned long long>(counts.chars));
    inline_xml.append_attribute("wordcount").set_value(static_cast<unsigned long long>(counts.words));
    return serialize(doc);
}

std::string render_picture_item(const Settings& settings, const Edition& edition, const Article& article, int n,
                                int version, Cleaner& cleaner) {
    const Image* img = nth_picture(article, n);
    if (!img) return "";
    Builder b(cleaner);
    std::string field = " of picture " + std::to_string(n);
    pugi::xml_document doc;
    ItemHead head = head_for(settings, edition, article, item_guid(settings, picture_local_id(article, n)), version);
    bool has_alt = !cleaner.line(img->alt, "alt text" + field).empty();
    if (has_alt) head.schemes.push_back(description_roles);
    pugi::xml_node item = start_item(doc, b, head);

    ItemMeta meta;
    meta.item_class = "ninat:picture";
    meta.version = version;
    meta.see_also.push_back(item_guid(settings, article.id));
    add_item_meta(item, b, settings, meta);

    pugi::xml_node cm = Builder::element(item, "contentMeta");
    Builder::element(cm, "contentCreated").text().set(content_created(settings, article).c_str());
    // The people the credit names (the reader found them; the credit as printed stays in creditline).
    for (bool creators : {true, false})
        for (const Byline& by : img->caption.bylines) {
            Party party = picture_party(by.kind);
            if (party.creator != creators || cleaner.line(by.name, "credit" + field).empty()) continue;
            add_party(cm, b, creators ? "creator" : "contributor", party.role, by.name, "credit" + field);
        }
    if (!head.language.empty())
        Builder::element(cm, "language").append_attribute("tag").set_value(head.language.c_str());
    if (!cleaner.line(img->caption.credit, "credit" + field).empty())
        b.line(cm, "creditline", img->caption.credit, "credit" + field);
    if (!cleaner.line(img->caption.text, "caption" + field).empty())
        b.text(cm, "description", img->caption.text, "caption" + field)
            .append_attribute("role")
            .set_value("drol:caption");
    if (has_alt)
        b.text(cm, "description", img->alt, "alt text" + field).append_attribute("role").set_value("galdrol:altText");

    std::string href = cleaner.line(img->href, "href" + field);
    if (!href.empty()) {
        pugi::xml_node remote = Builder::element(Builder::element(item, "contentSet"), "remoteContent");
        remote.append_attribute("href").set_value(iri(href).c_str());
        std::string type = cleaner.line(guess_media_type(*img), "media type" + field);
        if (!type.empty()) remote.append_attribute("contenttype").set_value(type.c_str());
    }
    return serialize(doc);
}

}  // namespace galley::newsml_g2
