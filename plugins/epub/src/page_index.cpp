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
        // Only the facts the heading does not already give ("第1版 要闻" says the number, label and section): a
        // page index that repeats its own heading reads like a form.
        const char* gap = r.settings.chinese ? "：" : ": ";
        std::string label = c.line(page.label, "page label"), name = c.line(page.section, "section");
        std::string number = std::to_string(page.number);
        auto told = [&](const std::string& s) { return s.empty() || heading.find(s) != std::string::npos; };
        pugi::xml_node facts;
        auto fact = [&](const char* cls, const std::string& text) {
            if (!facts) {
                facts = section.append_child("p");
                set_attr(facts, "class", "page-facts");
            } else {
                facts.append_child(pugi::node_pcdata).set_value(" ");
            }
            add_span(facts, cls, text, v);
        };
        if (!told(number)) fact("page-number", std::string(r.labels.page_number) + gap + number);
        if (!told(label)) fact("page-label", label);
        if (!told(name)) fact("page-section", std::string(r.labels.section) + gap + name);
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
