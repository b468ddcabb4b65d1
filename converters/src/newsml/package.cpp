#include "../xml_nodes.hpp"
#include "newsml.hpp"

namespace galley::newsml_reader {
namespace {

using namespace xml_nodes;

// "page-3" (galley's group ids) → 3; 0 when the id names no page.
int page_number(std::string_view id) {
    if (id.rfind("page-", 0) != 0 || id.size() > 9) return 0;
    int n = 0;
    for (char c : id.substr(5)) {
        if (c < '0' || c > '9') return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

}  // namespace

void place_from_package(Article& a, const std::string& guid, const Edition& edition) {
    for (const Page& p : edition.pages)
        for (const std::string& f : p.files)
            if (!guid.empty() && f == guid) {
                a.page = p.number;
                a.section = p.section;
            }
}

void read_package(xmlNode* package, Context& ctx) {
    Edition& in = ctx.in;
    if (xmlNode* cm = child(package, "contentMeta")) {
        if (in.title.empty()) in.title = squeeze(text_of(child(cm, "headline")));
        if (in.date.empty()) in.date = squeeze(text_of(child(cm, "contentCreated"))).substr(0, 10);
    }
    if (xmlNode* rights = child(package, "rightsInfo")) {
        if (in.rights.empty()) in.rights = squeeze(text_of(child(rights, "copyrightNotice")));
        if (in.publisher.empty()) in.publisher = squeeze(text_of(child(child(rights, "copyrightHolder"), "name")));
    }
    // galley titles the edition "<paper> <date> <issue as printed>": the issue is what follows the date.
    std::string named = squeeze(text_of(child(child(package, "itemMeta"), "title")));
    std::string lead = in.title + " " + in.date + " ";
    if (in.issue.empty() && !in.date.empty() && named.size() > lead.size() && named.compare(0, lead.size(), lead) == 0)
        in.issue = named.substr(lead.size());
    for (xmlNode* set : children(package, "groupSet"))
        for (xmlNode* group : children(set, "group")) {
            int number = page_number(attr(group, "id"));
            if (number == 0) continue;  // the edition's own group, or a group that is no printed page
            // "第1版 要闻": the page label as printed, then its section.
            std::string title = squeeze(text_of(child(group, "title")));
            std::size_t space = title.find(' ');
            Page page{number, title.substr(0, space), space == std::string::npos ? "" : title.substr(space + 1), {}, {}};
            // The page lists its items' guids as what it was read from, so that an item read later finds its page.
            for (xmlNode* ref : children(group, "itemRef")) page.files.push_back(attr(ref, "residref"));
            ctx.in.pages.push_back(page);
        }
    // The articles read before the package (earlier files, or earlier in this message) are placed now.
    auto place = [&](std::vector<Article>& articles) {
        for (Article& a : articles)
            for (const Page& p : ctx.in.pages)
                for (const std::string& guid : p.files) {
                    std::string tail = ":" + a.id;
                    if (guid.size() > tail.size() && guid.compare(guid.size() - tail.size(), tail.size(), tail) == 0) {
                        a.page = p.number;
                        a.section = p.section;
                    }
                }
    };
    place(ctx.edition.articles);
    place(ctx.in.articles);
}

}  // namespace galley::newsml_reader
