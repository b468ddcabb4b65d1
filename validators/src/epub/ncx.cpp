// The NCX: the ncx root, a dtb:uid equal to the package's unique identifier, a navMap, and content srcs.
#include "ncx.hpp"

#include <string>

#include "text.hpp"
#include "urls.hpp"
#include "xml_doc.hpp"

namespace galley::epub_check {
namespace {

constexpr const char* ncx_ns = "http://www.daisy.org/z3986/2005/ncx/";

}  // namespace

void check_ncx(Reporter& report, Book& book, const Item& item, xmlDoc* doc) {
    xmlNode* root = xmlDocGetRootElement(doc);
    if (!is_element(root, "ncx", ncx_ns)) {
        report.error(item.path, line_of(root), "the root is not an ncx element in the NCX namespace");
        return;
    }
    for (xmlNode* head : child_elements(root, "head", ncx_ns))
        for (xmlNode* meta : child_elements(head, "meta", ncx_ns))
            if (attr(meta, "name") == "dtb:uid") {
                std::string uid(trim(attr(meta, "content").value_or("")));
                if (!book.unique_identifier.empty() && uid != book.unique_identifier)
                    report.error(item.path, line_of(meta), "dtb:uid " + quoted(uid) + " differs from the package's unique identifier " +
                                                               quoted(book.unique_identifier));
            }
    if (child_elements(root, "navMap", ncx_ns).empty()) report.error(item.path, line_of(root), "the NCX has no navMap");
    each_element(root, [&](xmlNode* n) {
        if (!is_element(n, "content", ncx_ns)) return;
        if (auto src = attr(n, "src"))
            book.links.push_back({item.path, line_of(n), "content src", *src, resolve(folder_of(item.path), *src), false, false, false});
        else
            report.error(item.path, line_of(n), "an NCX content element has no src");
    });
}

}  // namespace galley::epub_check
