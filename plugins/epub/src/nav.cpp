#include "nav.hpp"

#include "xml.hpp"

namespace galley::epub {
namespace {

// In a vertical book the contents set numbers upright as the pages do ("第1版", "23个"): the same phrase markup.
pugi::xml_node add_link(pugi::xml_node li, const std::string& href, const std::string& text, bool vertical) {
    pugi::xml_node a = add_phrase(li, "a", text, vertical);
    set_attr(a, "href", href);
    return a;
}

pugi::xml_node add_nav(pugi::xml_node body, const char* type, const char* id, const char* heading, bool hidden) {
    pugi::xml_node nav = body.append_child("nav");
    set_attr(nav, "epub:type", type);
    set_attr(nav, "id", id);
    // Landmarks and the page-list are for the reading system's menus, not for the contents page.
    if (hidden) set_attr(nav, "hidden", "hidden");
    add_text(nav, "h1", heading);
    return nav.append_child("ol");
}

}  // namespace

std::string nav_document(const Render& r) {
    Cleaner& c = r.cleaner;
    Xhtml x(r.settings.language, r.labels.contents, "css/galley.css");
    set_attr(x.body, "class", "contents");

    pugi::xml_node toc = add_nav(x.body, "toc", "toc", r.labels.contents, false);
    set_attr(toc.parent(), "role", "doc-toc");
    for (const PageDoc& page : r.book.pages) {
        pugi::xml_node li = toc.append_child("li");
        add_link(li, page.file, c.line(page.heading, "page label"), r.settings.vertical);
        if (page.articles.empty()) continue;
        pugi::xml_node articles = li.append_child("ol");
        for (const ArticleDoc& doc : page.articles) {
            c.set_article(doc.article->id);
            pugi::xml_node item = articles.append_child("li");
            if (doc.language != r.settings.language) {
                set_attr(item, "lang", doc.language);
                set_attr(item, "xml:lang", doc.language);
            }
            add_link(item, doc.file, c.line(doc.label, "headline"), r.settings.vertical);
            c.set_article("");
        }
    }

    pugi::xml_node landmarks = add_nav(x.body, "landmarks", "landmarks", r.labels.landmarks, true);
    auto landmark = [&](const char* type, const std::string& href, const char* text) {
        set_attr(add_link(landmarks.append_child("li"), href, text, r.settings.vertical), "epub:type", type);
    };
    if (r.book.cover >= 0) landmark("cover", cover_page_file, r.labels.cover);
    landmark("toc", std::string(nav_file) + "#toc", r.labels.contents);
    landmark("bodymatter", r.book.pages.front().file, r.labels.bodymatter);

    bool any_printed = false;
    for (const PageDoc& page : r.book.pages) any_printed = any_printed || page.printed;
    if (any_printed) {
        pugi::xml_node pages = add_nav(x.body, "page-list", "page-list", r.labels.page_list, true);
        for (const PageDoc& page : r.book.pages)
            if (page.printed)
                add_link(pages.append_child("li"), page.file + "#" + page.marker, c.line(page.name, "page label"),
                         r.settings.vertical);
    }
    return x.str();
}

}  // namespace galley::epub
