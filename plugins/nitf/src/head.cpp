#include "head.hpp"

#include "galley/item_guid.hpp"
#include "galley/presentation.hpp"

namespace galley::nitf {
namespace {

void attribute(pugi::xml_node node, const char* name, const std::string& value) {
    if (!value.empty()) node.append_attribute(name).set_value(value.c_str());
}

// head/meta (name, content) for model fields NITF has no element for, so that nothing is lost on the way.
void meta(pugi::xml_node head, const char* name, const std::string& content) {
    if (content.empty()) return;
    pugi::xml_node m = head.append_child("meta");
    m.append_attribute("name").set_value(name);
    m.append_attribute("content").set_value(content.c_str());
}

}  // namespace

void add_head(pugi::xml_node nitf, const Settings& settings, const Edition& edition, const Article& article,
              XmlCleaner& c) {
    pugi::xml_node head = nitf.append_child("head");
    // The document's title, required by feeds that list items: the headline, else the lead's opening words.
    std::string title = c.line(present::label(article, 40), "headline");
    if (!title.empty()) head.append_child("title").text().set(title.c_str());
    meta(head, "column", c.line(article.column, "column"));
    meta(head, "source", c.line(article.source, "source"));
    // A dateline the lead or the source formula already shows is not printed again (body.head has none), but
    // the feed keeps it.
    if (present::dateline(article).shown_elsewhere) {
        meta(head, "dateline", c.line(article.dateline.text, "dateline"));
        meta(head, "dateline-date", c.line(article.dateline.date, "dateline date"));
    }

    pugi::xml_node docdata = head.append_child("docdata");
    pugi::xml_node id = docdata.append_child("doc-id");
    attribute(id, "regsrc", c.line(!edition.publisher.empty() ? edition.publisher : edition.title, "publisher",
                                   XmlCleaner::Scope::edition));
    attribute(id, "id-string", c.line(settings.feed.guid(article.id), "article id"));
    std::string place = c.line(article.dateline.place, "dateline place");
    if (!place.empty()) docdata.append_child("evloc").append_attribute("city").set_value(place.c_str());
    docdata.append_child("date.issue").append_attribute("norm").set_value(settings.issued.c_str());
    std::string holder = c.line(edition.publisher, "publisher", XmlCleaner::Scope::edition);
    if (!holder.empty()) {
        pugi::xml_node copyright = docdata.append_child("doc.copyright");
        copyright.append_attribute("year").set_value(std::to_string(settings.feed.issue.year).c_str());
        copyright.append_attribute("holder").set_value(holder.c_str());
    }
    if (!article.keywords.empty()) {
        pugi::xml_node list = docdata.append_child("key-list");
        for (const std::string& k : article.keywords)
            attribute(list.append_child("keyword"), "key", c.line(k, "keyword"));
    }
    if (!article.subjects.empty()) {
        pugi::xml_node content = docdata.append_child("identified-content");
        for (const Subject& s : article.subjects) {
            pugi::xml_node classifier = content.append_child("classifier");
            classifier.append_attribute("type").set_value("subject");
            attribute(classifier, "idsrc", c.line(s.scheme, "subject scheme"));
            attribute(classifier, "value", c.line(s.code, "subject code"));
            std::string name = c.line(s.name, "subject name");
            if (!name.empty()) classifier.text().set(name.c_str());
        }
    }

    // Where the paper printed it.
    pugi::xml_node pub = head.append_child("pubdata");
    pub.append_attribute("type").set_value("print");
    pub.append_attribute("date.publication").set_value(settings.issued.c_str());
    attribute(pub, "name", c.line(edition.title, "title", XmlCleaner::Scope::edition));
    attribute(pub, "issn", settings.issn);
    attribute(pub, "issue", c.line(edition.issue, "issue", XmlCleaner::Scope::edition));
    attribute(pub, "position.section", c.line(article.section, "section"));
    if (article.page > 0) attribute(pub, "position.sequence", std::to_string(article.page));
}

}  // namespace galley::nitf
