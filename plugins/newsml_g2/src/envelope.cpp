#include "envelope.hpp"

#include "galley/newsml_g2/exporter.hpp"

namespace galley::newsml_g2 {

pugi::xml_node start_item(pugi::xml_document& doc, Builder& b, const ItemHead& head) {
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");

    pugi::xml_node item = doc.append_child(head.element);
    item.append_attribute("xmlns").set_value(nar_namespace);
    b.attribute(item, "guid", head.guid, "guid", true);
    item.append_attribute("version").set_value(head.version);
    item.append_attribute("standard").set_value("NewsML-G2");
    item.append_attribute("standardversion").set_value("2.35");
    item.append_attribute("conformance").set_value("power");
    if (!head.language.empty()) item.append_attribute("xml:lang").set_value(head.language.c_str());

    Builder::element(item, "catalogRef").append_attribute("href").set_value(iptc_catalog);
    if (!head.schemes.empty()) {
        pugi::xml_node catalog = Builder::element(item, "catalog");
        for (const Scheme& s : head.schemes) {
            pugi::xml_node scheme = Builder::element(catalog, "scheme");
            scheme.append_attribute("alias").set_value(s.alias);
            scheme.append_attribute("uri").set_value(s.uri);
            pugi::xml_node name = Builder::element(scheme, "name");
            name.append_attribute("xml:lang").set_value("en");
            name.text().set(s.name);
        }
    }

    std::string holder = b.cleaner().line(head.publisher, "publisher", Cleaner::Scope::edition);
    std::string notice = b.cleaner().text(head.rights, "rights", scope(head.edition_rights));
    if (!holder.empty() || !notice.empty()) {
        pugi::xml_node rights = Builder::element(item, "rightsInfo");
        if (!holder.empty()) {
            pugi::xml_node party = Builder::element(rights, "copyrightHolder");
            party.append_attribute("literal").set_value(holder.c_str());
            Builder::element(party, "name").text().set(holder.c_str());
        }
        if (!notice.empty()) Builder::element(rights, "copyrightNotice").text().set(notice.c_str());
    }
    return item;
}

void add_item_meta(pugi::xml_node item, Builder& b, const Settings& settings, const ItemMeta& meta) {
    pugi::xml_node m = Builder::element(item, "itemMeta");
    Builder::element(m, "itemClass").append_attribute("qcode").set_value(meta.item_class);
    b.attribute(Builder::element(m, "provider"), "literal", settings.provider, "provider", true);
    Builder::element(m, "versionCreated").text().set(settings.version_created.c_str());
    Builder::element(m, "firstCreated").text().set(settings.first_created.c_str());
    Builder::element(m, "pubStatus").append_attribute("qcode").set_value("stat:usable");
    pugi::xml_node generator = Builder::element(m, "generator");
    generator.append_attribute("versioninfo").set_value(exporter_version);
    generator.text().set("galley newsml-g2");
    if (std::string title = b.cleaner().line(meta.title, meta.title_field, scope(meta.edition_title)); !title.empty())
        Builder::element(m, "title").text().set(title.c_str());
    for (const auto& note : meta.notes) b.text(m, "edNote", note, "editorial note");
    if (meta.version > 1) Builder::element(m, "signal").append_attribute("qcode").set_value("sig:update");
    for (const auto& guid : meta.see_also) {
        pugi::xml_node link = Builder::element(m, "link");
        link.append_attribute("rel").set_value("irel:seeAlso");
        b.attribute(link, "residref", guid, "guid", true);
        link.append_attribute("contenttype").set_value(item_media_type);
    }
}

}  // namespace galley::newsml_g2
