// Checking the references collected from the package, content documents, style sheets and the NCX.
#include "links.hpp"

#include <string>
#include <string_view>

#include "text.hpp"
#include "urls.hpp"

namespace galley::epub_check {
namespace {

// Fragments that name something other than an id: EPUB CFIs, SVG views, media fragments.
bool names_an_id(std::string_view fragment) {
    return !fragment.empty() && !fragment.starts_with("epubcfi(") && !fragment.starts_with("svgView(") &&
           fragment.find('=') == std::string_view::npos;
}

}  // namespace

void check_links(Reporter& report, const Book& book) {
    for (const Link& link : book.links) {
        std::string label = link.what + " " + quoted(link.href);
        if (link.nav) label = "nav link " + quoted(link.href);
        switch (link.ref.kind) {
            case Ref::Kind::external:
                if (link.nav)
                    report.error(link.from, link.line, label + " is remote; toc, landmarks and page-list links must name content documents in the book");
                else if (link.ref.network && !link.remote_ok)
                    report.error(link.from, link.line, label + " is a remote resource; only audio and video may stay outside the container");
                else if (link.ref.network && !link.hyperlink) {
                    const Item* from = book.item_at(link.from);
                    if (!book.remote_items.count(std::string(trim(link.href))))
                        report.error(link.from, link.line, label + " is a remote resource that is not in the manifest");
                    if (from && !from->has("remote-resources"))
                        report.error(link.from, link.line, label + " is remote, so manifest item " + quoted(from->id) +
                                                               " must have the remote-resources property");
                }
                continue;
            case Ref::Kind::invalid:
                report.error(link.from, link.line, label + " " + link.ref.problem);
                continue;
            case Ref::Kind::same_document:
            case Ref::Kind::local: break;
        }
        const std::string& target = link.ref.kind == Ref::Kind::same_document ? link.from : link.ref.path;
        if (link.ref.kind == Ref::Kind::local) {
            if (!book.member(target)) {
                report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is not in the archive");
                continue;
            }
            const Item* item = book.item_at(target);
            if (!item) {
                report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is not in the manifest");
                continue;
            }
            if (link.hyperlink || link.nav) {
                if (!is_content_document(item->media_type) && !item->has_fallback)
                    report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is " + quoted(item->media_type) +
                                                           ": hyperlinks must name XHTML or SVG content documents");
                else if (is_content_document(item->media_type) && !book.spine.count(target))
                    report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is not in the spine");
            }
        }
        if (!link.ref.has_fragment || !names_an_id(link.ref.fragment)) continue;
        auto ids = book.ids.find(target);
        if (ids == book.ids.end()) continue;  // not a parsed content document: nothing to look the id up in
        if (!ids->second.count(link.ref.fragment))
            report.error(link.from, link.line, label + ": " + quoted(target) + " has no id " + quoted(link.ref.fragment));
    }
}

}  // namespace galley::epub_check
