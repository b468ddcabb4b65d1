#include "ncx.hpp"

#include <algorithm>
#include <map>

#include "xml.hpp"

namespace galley::epub {
namespace {

// playOrder follows reading order, and every target has one number: the NCX rules want no gaps, and the same
// number for entries that point at the same place (and only for those).
class PlayOrder {
public:
    void add(const std::string& src) { order_.try_emplace(src, static_cast<int>(order_.size()) + 1); }
    std::string of(const std::string& src) const { return std::to_string(order_.at(src)); }

private:
    std::map<std::string, int> order_;
};

void add_label(pugi::xml_node parent, const std::string& text) {
    add_text(parent.append_child("navLabel"), "text", text);
}

pugi::xml_node add_point(pugi::xml_node parent, const char* name, const std::string& id, const std::string& label,
                         const std::string& src, const PlayOrder& order) {
    pugi::xml_node point = parent.append_child(name);
    set_attr(point, "id", id);
    set_attr(point, "playOrder", order.of(src));
    add_label(point, label);
    set_attr(point.append_child("content"), "src", src);
    return point;
}

void add_meta(pugi::xml_node head, const char* name, const std::string& content) {
    pugi::xml_node meta = head.append_child("meta");
    set_attr(meta, "name", name);
    set_attr(meta, "content", content);
}

}  // namespace

std::string ncx_document(const Render& r) {
    Cleaner& c = r.cleaner;
    PlayOrder order;
    int printed = 0, max_page = 0;
    for (const PageDoc& page : r.book.pages) {
        order.add(page.file);
        if (page.printed) {
            order.add(page.file + "#" + page.marker);
            ++printed;
            max_page = std::max(max_page, page.number);
        }
        for (const ArticleDoc& doc : page.articles) order.add(doc.file);
    }

    pugi::xml_document d;
    add_declaration(d);
    pugi::xml_node ncx = d.append_child("ncx");
    set_attr(ncx, "xmlns", ncx_namespace);
    set_attr(ncx, "version", "2005-1");
    set_attr(ncx, "xml:lang", r.settings.language);
    pugi::xml_node head = ncx.append_child("head");
    add_meta(head, "dtb:uid", r.settings.identifier);  // must be the package's unique identifier
    add_meta(head, "dtb:depth", r.book.article_count() > 0 ? "2" : "1");
    add_meta(head, "dtb:totalPageCount", std::to_string(printed));
    add_meta(head, "dtb:maxPageNumber", std::to_string(max_page));
    add_text(ncx.append_child("docTitle"), "text", c.line(r.settings.title, "title"));

    pugi::xml_node map = ncx.append_child("navMap");
    for (const PageDoc& page : r.book.pages) {
        pugi::xml_node point =
            add_point(map, "navPoint", "nav-" + page.stem, c.line(page.heading, "page label"), page.file, order);
        for (const ArticleDoc& doc : page.articles) {
            c.set_article(doc.article->id);
            add_point(point, "navPoint", "nav-" + doc.stem, c.line(doc.label, "headline"), doc.file, order);
            c.set_article("");
        }
    }

    if (printed > 0) {
        pugi::xml_node list = ncx.append_child("pageList");
        add_label(list, r.labels.page_list);
        for (const PageDoc& page : r.book.pages) {
            if (!page.printed) continue;
            std::string src = page.file + "#" + page.marker;
            pugi::xml_node target = add_point(list, "pageTarget", "pt-" + page.stem, c.line(page.name, "page label"), src, order);
            set_attr(target, "type", "normal");
            set_attr(target, "value", std::to_string(page.number));
        }
    }
    return serialize_xml(d);
}

}  // namespace galley::epub
