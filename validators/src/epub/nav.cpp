// The navigation document: exactly one toc nav, at most one landmarks and page-list nav, each a list of
// labelled links and headings.
#include "nav.hpp"

#include "text.hpp"
#include "xml_doc.hpp"

namespace galley::epub_check {
namespace {

constexpr const char* ops_ns = "http://www.idpf.org/2007/ops";

// A link's text, or the alt of an image inside it: reading systems show it.
bool has_label(xmlNode* a) {
    if (!trim(text_of(a)).empty()) return true;
    bool found = false;
    each_element(a->children, [&](xmlNode* n) {
        if (is_element(n, "img", xhtml_ns) && !trim(attr(n, "alt").value_or("")).empty()) found = true;
    });
    return found;
}

void check_nav_list(Reporter& report, const std::string& member, xmlNode* ol, const std::string& kind) {
    auto items = child_elements(ol, "li", xhtml_ns);
    if (items.empty()) report.error(member, line_of(ol), "an ol in the " + kind + " nav has no li");
    for (xmlNode* li : items) {
        auto kids = child_elements(li);
        xmlNode* first = kids.empty() ? nullptr : kids.front();
        if (is_element(first, "a", xhtml_ns)) {
            if (!has_label(first)) report.error(member, line_of(first), "a link in the " + kind + " nav has no text");
        } else if (is_element(first, "span", xhtml_ns)) {
            if (trim(text_of(first)).empty()) report.error(member, line_of(first), "a heading span in the " + kind + " nav has no text");
            if (child_elements(li, "ol", xhtml_ns).empty())
                report.error(member, line_of(first), "a span in the " + kind + " nav is not followed by an ol (only links may stand alone)");
        } else {
            report.error(member, line_of(li), "an li in the " + kind + " nav does not start with an a or a span");
        }
        for (xmlNode* sub : child_elements(li, "ol", xhtml_ns)) check_nav_list(report, member, sub, kind);
    }
}

}  // namespace

std::vector<std::string> epub_types(const xmlNode* n) {
    auto t = attr(n, "type", ops_ns);
    return t ? tokens(*t) : std::vector<std::string>{};
}

void check_nav(Reporter& report, const std::string& member, xmlNode* root) {
    int toc = 0, landmarks = 0, page_list = 0;
    each_element(root, [&](xmlNode* n) {
        if (!is_element(n, "nav", xhtml_ns)) return;
        auto types = epub_types(n);
        std::string kind = has_token(types, "toc") ? "toc" : has_token(types, "landmarks") ? "landmarks"
                           : has_token(types, "page-list")                               ? "page-list"
                                                                                         : "";
        if (kind.empty()) return;
        (kind == "toc" ? toc : kind == "landmarks" ? landmarks : page_list)++;
        auto lists = child_elements(n, "ol", xhtml_ns);
        if (lists.empty()) report.error(member, line_of(n), "the nav epub:type=\"" + kind + "\" has no ol");
        else check_nav_list(report, member, lists.front(), kind);
        if (lists.size() > 1) report.error(member, line_of(lists[1]), "the nav epub:type=\"" + kind + "\" has more than one ol");
    });
    long line = line_of(root);
    if (toc == 0) report.error(member, line, "the navigation document has no nav epub:type=\"toc\"");
    if (toc > 1) report.error(member, line, "the navigation document has " + std::to_string(toc) + " toc navs; exactly one must");
    if (landmarks > 1) report.error(member, line, "the navigation document has more than one landmarks nav");
    if (page_list > 1) report.error(member, line, "the navigation document has more than one page-list nav");
}

}  // namespace galley::epub_check
