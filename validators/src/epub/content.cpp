// Content documents: ids must be unique, and the URL-valued attributes and CSS of XHTML and SVG elements
// become links, checked once every document is read.
#include "content.hpp"

#include <map>
#include <string>
#include <string_view>

#include "css.hpp"
#include "nav.hpp"
#include "text.hpp"
#include "urls.hpp"
#include "xml_doc.hpp"

namespace galley::epub_check {
namespace {

constexpr const char* svg_ns = "http://www.w3.org/2000/svg";
constexpr const char* xlink_ns = "http://www.w3.org/1999/xlink";
constexpr const char* xml_ns = "http://www.w3.org/XML/1998/namespace";

// The URL-valued attributes of XHTML elements that name resources (cite and longdesc-like ones are left).
struct UrlAttr {
    const char* element;
    const char* attribute;
};
constexpr UrlAttr xhtml_urls[] = {{"a", "href"},       {"area", "href"},   {"link", "href"},   {"img", "src"},
                                  {"iframe", "src"},   {"embed", "src"},   {"audio", "src"},   {"video", "src"},
                                  {"video", "poster"}, {"source", "src"},  {"track", "src"},   {"script", "src"},
                                  {"input", "src"},    {"object", "data"}};

void collect_content(Book& book, const std::string& member, xmlNode* n, bool in_nav, std::map<std::string, long>& ids,
                     Reporter& report) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        long line = line_of(n);
        for (const char* ns : {static_cast<const char*>(nullptr), xml_ns}) {
            auto id = attr(n, "id", ns);
            if (!id) continue;
            auto [it, fresh] = ids.emplace(*id, line);
            if (!fresh) report.error(member, line, "id " + quoted(*id) + " is used twice (first on line " + std::to_string(it->second) + ")");
        }
        std::string_view name = sv(n->name);
        if (in_namespace(n, xhtml_ns)) {
            for (const UrlAttr& u : xhtml_urls) {
                if (name != u.element) continue;
                if (auto v = attr(n, u.attribute)) {
                    bool hyperlink = name == "a" || name == "area";
                    bool media = name == "audio" || name == "video" || name == "source" || name == "track";
                    book.links.push_back({member, line, std::string(u.element) + " " + u.attribute, *v,
                                          resolve(folder_of(member), *v), hyperlink, hyperlink && in_nav, hyperlink || media});
                }
            }
        } else if (in_namespace(n, svg_ns)) {
            auto v = attr(n, "href", xlink_ns);
            std::string what = std::string(name) + " xlink:href";
            if (!v) {
                v = attr(n, "href");
                what = std::string(name) + " href";
            }
            if (v) {
                bool hyperlink = name == "a";
                book.links.push_back({member, line, what, *v, resolve(folder_of(member), *v), hyperlink, hyperlink && in_nav, hyperlink});
            }
        }
        if (is_element(n, "style", xhtml_ns)) collect_css(book, member, text_of(n), line);
        if (auto style = attr(n, "style"); style && in_namespace(n, xhtml_ns)) collect_css(book, member, *style, line);
        bool nav_here = in_nav;
        if (is_element(n, "nav", xhtml_ns)) {
            auto types = epub_types(n);
            nav_here = has_token(types, "toc") || has_token(types, "landmarks") || has_token(types, "page-list");
        }
        collect_content(book, member, n->children, nav_here, ids, report);
    }
}

}  // namespace

void check_content(Reporter& report, Book& book, const Item& item, xmlDoc* doc, bool nav_document) {
    xmlNode* root = xmlDocGetRootElement(doc);
    bool svg = item.media_type == svg_media_type;
    if (svg ? !is_element(root, "svg", svg_ns) : !is_element(root, "html", xhtml_ns))
        report.error(item.path, line_of(root),
                     svg ? "the root is not an svg element in the SVG namespace"
                         : "the root is not an html element in the XHTML namespace (http://www.w3.org/1999/xhtml)");
    std::map<std::string, long> ids;
    collect_content(book, item.path, root, false, ids, report);
    auto& known = book.ids[item.path];
    for (auto& [id, line] : ids) known.insert(id);
    if (nav_document) check_nav(report, item.path, root);
}

}  // namespace galley::epub_check
