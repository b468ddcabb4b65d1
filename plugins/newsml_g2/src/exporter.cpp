// Orchestration: check the input, render every item at its settled version, report, then write.
#include "galley/newsml_g2/exporter.hpp"

#include <cstdlib>
#include <set>

#include "items.hpp"
#include "package.hpp"
#include "settings.hpp"
#include "versions.hpp"
#include "xml.hpp"
#include "galley/feed_settings.hpp"
#include "galley/presentation.hpp"
#include "galley/quote.hpp"

namespace galley::newsml_g2 {
namespace {

struct Rendered {
    std::string entry;       // "p1-a1.xml"
    std::string article_id;  // for messages; "" for the package
    Settled item;
};

bool check_ids(const Edition& edition, plugin::Output& out) {
    std::set<std::string> entries{"edition.xml"};
    bool ok = true;
    for (const Article& a : edition.articles) {
        if (!is_safe_item_id(a.id)) {
            out.error(a.id,
                      "article id " + quote_text(a.id) + " cannot name an item file (use letters, digits, '-', '_', '.')");
            ok = false;
            continue;
        }
        std::vector<std::string> names{a.id + ".xml"};
        for (int n = 1; n <= picture_count(a); ++n) names.push_back(picture_local_id(a, n) + ".xml");
        for (const auto& name : names)
            if (!entries.insert(name).second) {
                out.error(a.id, "two items would both be written to " + name + " (article ids must be unique)");
                ok = false;
            }
    }
    return ok;
}

void report(plugin::Output& out, const Rendered& r, std::set<std::pair<std::string, std::string>>& said) {
    for (const Cleaner::Problem& p : r.item.problems)
        if (said.insert({p.article, p.message}).second) out.warning(p.article, p.message);
    if (r.item.changed)
        out.note(r.article_id, r.entry + " changed since the earlier run: version " + std::to_string(r.item.version) +
                                   " with sig:update");
}

std::string news_message(const Settings& settings, const std::vector<Rendered>& items) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    pugi::xml_node message = doc.append_child("newsMessage");
    message.append_attribute("xmlns").set_value(nar_namespace);
    pugi::xml_node header = message.append_child("header");
    header.append_child("sent").text().set(settings.version_created.c_str());
    Cleaner cleaner;  // the provider was reported with the items already
    header.append_child("sender").text().set(cleaner.line(settings.provider, "provider").c_str());
    pugi::xml_node set = message.append_child("itemSet");
    for (const Rendered& r : items) {
        pugi::xml_document item;
        if (!item.load_buffer(r.item.bytes.data(), r.item.bytes.size()))
            throw std::runtime_error("internal error: " + r.entry + " does not parse");
        set.append_copy(item.document_element());
    }
    return serialize(doc);
}

}  // namespace

void Exporter::run(const Edition& edition, const plugin::Options& opts, plugin::Output& out) {
    Settings settings;
    std::string error;
    std::vector<std::string> warnings;
    if (!make_settings(edition, opts, std::getenv("SOURCE_DATE_EPOCH"), settings, error, warnings)) {
        out.error("", error);
        return;
    }
    for (const auto& w : warnings) out.warning("", w);
    if (!check_ids(edition, out)) return;
    warn_missing_pictures(edition, out);

    EarlierRun earlier(out, settings.message);
    // The settings as of a given versionCreated (an unchanged earlier item keeps its own).
    auto at = [&settings](const std::string& version_created) {
        Settings s = settings;
        s.version_created = version_created;
        return s;
    };
    std::vector<Rendered> items;
    std::vector<PackageRef> refs;
    for (const Article& a : edition.articles) {
        std::string guid = item_guid(settings, a.id);
        items.push_back({a.id + ".xml", a.id,
                         settle(earlier.find(a.id + ".xml", guid, a.id), settings.version_created,
                                [&](int v, const std::string& created, Cleaner& c) {
                                    c.set_article(a.id);
                                    return render_text_item(at(created), edition, a, v, c);
                                })});
        refs.push_back({guid, items.back().item.version, false, &a, 0});
        for (int n = 1; n <= picture_count(a); ++n) {
            std::string local = picture_local_id(a, n);
            std::string picture_guid = item_guid(settings, local);
            items.push_back({local + ".xml", a.id,
                             settle(earlier.find(local + ".xml", picture_guid, a.id), settings.version_created,
                                    [&](int v, const std::string& created, Cleaner& c) {
                                        c.set_article(a.id);
                                        return render_picture_item(at(created), edition, a, n, v, c);
                                    })});
            refs.push_back({picture_guid, items.back().item.version, true, &a, n});
        }
    }
    std::string package_guid = item_guid(settings, "edition");
    items.push_back({"edition.xml", "",
                     settle(earlier.find("edition.xml", package_guid, ""), settings.version_created,
                            [&](int v, const std::string& created, Cleaner& c) {
                                return render_package(at(created), edition, refs, v, c);
                            })});

    std::set<std::pair<std::string, std::string>> said;
    for (const Rendered& r : items) report(out, r, said);

    // Written only now, whole: a failure above leaves no half-written output.
    if (settings.message) {
        out.write("", news_message(settings, items));
    } else {
        for (const Rendered& r : items) out.write(r.entry, r.item.bytes);
    }
}

}  // namespace galley::newsml_g2
