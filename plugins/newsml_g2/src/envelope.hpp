// What every item starts with, in the order AnyItemType demands: the root with its attributes, catalogs,
// rightsInfo, then itemMeta (ItemManagementGroup order, then link).
#pragma once

#include <string>
#include <vector>

#include "settings.hpp"
#include "xml.hpp"

namespace galley::newsml_g2 {

// A scheme of galley's own, declared in the item's inline <catalog>. IPTC has no vocabulary for these.
struct Scheme {
    const char* alias;
    const char* uri;
    const char* name;
};
inline constexpr Scheme headline_roles{
    "galhl", "urn:galley:cv:headlinerole:", "Headline roles: kicker (the line above the headline), subtitle, column (the label of a recurring column or series)"};
inline constexpr Scheme description_roles{
    "galdrol", "urn:galley:cv:descriptionrole:", "Description roles: altText (for readers who cannot see the picture)"};
inline constexpr Scheme group_roles{"galgrp",
                                    "urn:galley:cv:grouprole:", "Package group roles: edition, page (a printed page)"};

inline constexpr const char* iptc_catalog = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml";

struct ItemHead {
    const char* element;  // "newsItem" | "packageItem"
    std::string guid;
    int version = 1;
    std::string language;  // xml:lang; "" for none
    std::vector<Scheme> schemes;
    std::string publisher;       // rightsInfo/copyrightHolder
    std::string rights;          // rightsInfo/copyrightNotice
    bool edition_rights = true;  // the rights come from the edition (warn once), not from the article
};

// Creates the declaration and the root element, and writes catalogRef, catalog and rightsInfo.
pugi::xml_node start_item(pugi::xml_document& doc, Builder& b, const ItemHead& head);

struct ItemMeta {
    const char* item_class;  // "ninat:text" …
    int version = 1;         // > 1 adds <signal qcode="sig:update"/>
    std::string title;
    const char* title_field = "headline";  // what the title is, for warnings about its characters
    bool edition_title = false;            // the title belongs to the edition (warn once)
    std::vector<std::string> notes;        // edNote
    std::vector<std::string> see_also;     // guids linked with rel="irel:seeAlso"
};

void add_item_meta(pugi::xml_node item, Builder& b, const Settings& settings, const ItemMeta& meta);

}  // namespace galley::newsml_g2
