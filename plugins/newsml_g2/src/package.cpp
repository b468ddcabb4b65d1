#include "package.hpp"

#include <algorithm>

#include "envelope.hpp"
#include "items.hpp"

namespace galley::newsml_g2 {
namespace {

struct PageGroup {
    int number = 0;
    std::string label, section;
    std::vector<const PackageRef*> refs;
};

PageGroup& group_for(std::vector<PageGroup>& groups, int number) {
    number = std::max(number, 0);  // every unknown page is one group
    for (auto& g : groups)
        if (g.number == number) return g;
    groups.push_back({number, "", "", {}});
    return groups.back();
}

// "第1版 要闻" from the page as printed; "第1版"/"Page 1" from the number when no label was printed.
std::string page_title(const PageGroup& g, const std::string& language) {
    std::string label = g.label;
    if (label.empty() && g.number > 0) {
        bool cjk = language.rfind("zh", 0) == 0 || language.rfind("ja", 0) == 0;
        label = cjk ? "第" + std::to_string(g.number) + "版" : "Page " + std::to_string(g.number);
    }
    if (label.empty()) return g.section;
    return g.section.empty() ? label : label + " " + g.section;
}

std::string group_id(int number) { return number > 0 ? "page-" + std::to_string(number) : "page-unknown"; }

}  // namespace

std::string render_package(const Settings& settings, const Edition& edition, const std::vector<PackageRef>& refs,
                           int version, Cleaner& cleaner) {
    // Pages as the edition lists them, then the pages articles name that it does not list.
    std::vector<PageGroup> groups;
    for (const Page& p : edition.pages) {
        PageGroup& g = group_for(groups, p.number);
        if (g.label.empty()) g.label = p.label;
        if (g.section.empty()) g.section = p.section;
    }
    for (const PackageRef& r : refs) {
        PageGroup& g = group_for(groups, r.article->page);
        if (g.section.empty()) g.section = r.article->section;
        g.refs.push_back(&r);
    }
    // Printed order; an unknown page (0) goes last.
    std::stable_sort(groups.begin(), groups.end(), [](const PageGroup& a, const PageGroup& b) {
        return (a.number > 0 ? a.number : 1 << 30) < (b.number > 0 ? b.number : 1 << 30);
    });
    groups.erase(std::remove_if(groups.begin(), groups.end(), [](const PageGroup& g) { return g.refs.empty(); }),
                 groups.end());

    Builder b(cleaner);
    pugi::xml_document doc;
    ItemHead head;
    head.element = "packageItem";
    head.guid = item_guid(settings, "edition");
    head.version = version;
    head.language = settings.language;
    head.schemes = {group_roles};
    head.publisher = edition.publisher;
    head.rights = edition.rights;
    pugi::xml_node item = start_item(doc, b, head);

    std::string title = edition.title;
    for (const std::string& part : {iso_date(settings.date), edition.issue})
        if (!part.empty()) title += (title.empty() ? "" : " ") + part;
    ItemMeta meta;
    meta.item_class = "ninat:composite";
    meta.version = version;
    meta.title = title;
    meta.title_field = "edition title";
    meta.edition_title = true;
    add_item_meta(item, b, settings, meta);

    pugi::xml_node cm = Builder::element(item, "contentMeta");
    Builder::element(cm, "contentCreated").text().set(iso_date(settings.date).c_str());
    if (!settings.language.empty())
        Builder::element(cm, "language").append_attribute("tag").set_value(settings.language.c_str());
    if (!edition.title.empty()) b.text(cm, "headline", edition.title, "edition title", true);

    pugi::xml_node set = Builder::element(item, "groupSet");
    set.append_attribute("root").set_value("edition");
    pugi::xml_node root = Builder::element(set, "group");
    root.append_attribute("id").set_value("edition");
    root.append_attribute("role").set_value("galgrp:edition");
    root.append_attribute("mode").set_value("pgrmod:seq");
    if (!title.empty()) b.line(root, "title", title, "edition title", true);
    for (const PageGroup& g : groups)
        Builder::element(root, "groupRef").append_attribute("idref").set_value(group_id(g.number).c_str());

    // Hints repeat text the items carry and report themselves: clean it without a second warning.
    Cleaner quiet;
    Builder hints(quiet);
    for (const PageGroup& g : groups) {
        pugi::xml_node group = Builder::element(set, "group");
        group.append_attribute("id").set_value(group_id(g.number).c_str());
        group.append_attribute("role").set_value("galgrp:page");
        group.append_attribute("mode").set_value("pgrmod:seq");
        std::string page = page_title(g, settings.language);
        if (!page.empty()) b.line(group, "title", page, "page " + std::to_string(g.number), true);
        for (const PackageRef* r : g.refs) {
            pugi::xml_node ref = Builder::element(group, "itemRef");
            hints.attribute(ref, "residref", r->guid, "guid");
            ref.append_attribute("version").set_value(r->version);
            ref.append_attribute("contenttype").set_value(item_media_type);
            Builder::element(ref, "itemClass")
                .append_attribute("qcode")
                .set_value(r->picture ? "ninat:picture" : "ninat:text");
            if (!r->picture) {
                if (!quiet.line(r->article->headline, "headline").empty())
                    hints.text(ref, "headline", r->article->headline, "headline");
            } else if (const Image* img = nth_picture(*r->article, r->picture_number);
                       img && !quiet.line(img->caption.text, "caption").empty()) {
                hints.text(ref, "description", img->caption.text, "caption")
                    .append_attribute("role")
                    .set_value("drol:caption");
            }
        }
    }
    return serialize(doc);
}

}  // namespace galley::newsml_g2
