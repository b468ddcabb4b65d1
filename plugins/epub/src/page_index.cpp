#include "page_index.hpp"

#include "xml.hpp"

namespace galley::epub {
namespace {

std::string file_name(const std::string& path) { return path.substr(path.rfind('/') + 1); }

void add_span(pugi::xml_node parent, const char* cls, const std::string& text, bool vertical) {
    set_attr(add_phrase(parent, "span", text, vertical), "class", cls);
}

}  // namespace

std::string page_index(const Render& r, const PageDoc& page) {
    Cleaner& c = r.cleaner;
    bool v = r.settings.vertical;
    std::string heading = c.line(page.heading, "page label");
    Xhtml x(r.settings.language, heading, "../css/galley.css");
    pugi::xml_node section = x.body.append_child("section");
    set_attr(section, "class", "page-index");
    set_attr(section, "aria-labelledby", page.stem + "-title");
    if (page.printed) {
        // Where the print page begins: the page-list and the NCX pageList point here.
        pugi::xml_node marker = section.append_child("span");
        set_attr(marker, "epub:type", "pagebreak");
        set_attr(marker, "role", "doc-pagebreak");
        set_attr(marker, "id", page.marker);
        set_attr(marker, "title", c.line(page.name, "page label"));
    }
    add_text(section, "p", c.line(r.settings.title, "title")).append_attribute("class").set_value("edition");
    pugi::xml_node h1 = add_phrase(section, "h1", heading, v);
    set_attr(h1, "id", page.stem + "-title");

    if (page.printed) {
        const char* gap = r.settings.chinese ? "：" : ": ";
        pugi::xml_node facts = section.append_child("p");
        set_attr(facts, "class", "page-facts");
        add_span(facts, "page-number", std::string(r.labels.page_number) + gap + std::to_string(page.number), v);
        if (!page.label.empty()) {
            facts.append_child(pugi::node_pcdata).set_value(" ");
            add_span(facts, "page-label", c.line(page.label, "page label"), v);
        }
        if (!page.section.empty()) {
            facts.append_child(pugi::node_pcdata).set_value(" ");
            add_span(facts, "page-section", std::string(r.labels.section) + gap + c.line(page.section, "section"), v);
        }
    }

    if (page.articles.empty()) {
        add_text(section, "p", r.labels.empty_page).append_attribute("class").set_value("empty-page");
        return x.str();
    }
    pugi::xml_node list = section.append_child("ol");
    set_attr(list, "class", "page-articles");
    for (const ArticleDoc& doc : page.articles) {
        const Article& a = *doc.article;
        c.set_article(a.id);
        pugi::xml_node li = list.append_child("li");
        if (doc.language != r.settings.language) {
            set_attr(li, "lang", doc.language);
            set_attr(li, "xml:lang", doc.language);
        }
        pugi::xml_node link = li.append_child("a");
        set_attr(link, "href", file_name(doc.file));
        if (!a.column.empty()) {
            add_span(link, "column", c.line(a.column, "column"), v);
            link.append_child(pugi::node_pcdata).set_value(" ");
        }
        if (!a.kicker.empty()) {
            add_span(link, "kicker", c.line(a.kicker, "kicker"), v);
            link.append_child(pugi::node_pcdata).set_value(" ");
        }
        add_span(link, "headline", c.line(doc.label, "headline"), v);
        if (!a.subheadline.empty()) {
            li.append_child(pugi::node_pcdata).set_value(" ");
            add_span(li, "subheadline", c.line(a.subheadline, "subheadline"), v);
        }
        c.set_article("");
    }
    return x.str();
}

}  // namespace galley::epub
