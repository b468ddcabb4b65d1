#include "versions.hpp"

#include <pugixml.hpp>

#include "xml.hpp"

namespace galley::newsml_g2 {
namespace {

Earlier earlier_item(pugi::xml_node item, std::string bytes) {
    int v = item.attribute("version").as_int(1);
    return Earlier{v > 0 ? v : 1, item.child("itemMeta").child("versionCreated").text().get(), std::move(bytes)};
}

}  // namespace

EarlierRun::EarlierRun(plugin::Output& out, bool message) : out_(out), message_(message) {
    if (!message_) return;
    auto bytes = out_.previous("");
    if (!bytes) return;
    pugi::xml_document doc;
    pugi::xml_parse_result ok = doc.load_buffer(bytes->data(), bytes->size());
    pugi::xml_node items = doc.child("newsMessage").child("itemSet");
    if (!ok || !items) {
        out_.warning("", std::string("the earlier output is no newsMessage (") +
                             (ok ? "no newsMessage/itemSet" : ok.description()) + "); every item starts at version 1");
        return;
    }
    for (pugi::xml_node item : items.children())
        if (pugi::xml_attribute guid = item.attribute("guid"))
            message_items_[guid.value()] = earlier_item(item, serialize_copy(item));
}

std::optional<Earlier> EarlierRun::find(const std::string& entry, const std::string& guid,
                                        const std::string& article_id) {
    if (message_) {
        auto it = message_items_.find(guid);
        if (it == message_items_.end()) return std::nullopt;
        return it->second;
    }
    auto bytes = out_.previous(entry);
    if (!bytes) return std::nullopt;
    pugi::xml_document doc;
    pugi::xml_parse_result ok = doc.load_buffer(bytes->data(), bytes->size());
    pugi::xml_node item = doc.document_element();
    if (!ok || !item.attribute("guid")) {
        out_.warning(article_id, "the earlier " + entry + " does not read as a NewsML-G2 item (" +
                                     (ok ? std::string("no guid") : ok.description()) + "); writing version 1");
        return std::nullopt;
    }
    if (guid != item.attribute("guid").value()) {
        out_.note(article_id, "the earlier " + entry + " holds another item (" + item.attribute("guid").value() +
                                  "); " + guid + " starts at version 1");
        return std::nullopt;
    }
    return earlier_item(item, std::string(*bytes));
}

Settled settle(const std::optional<Earlier>& earlier, const std::string& version_created, const Render& render) {
    Settled s;
    Cleaner cleaner;
    if (earlier) {
        std::string same = render(earlier->version, earlier->version_created, cleaner);
        if (same == earlier->bytes) {
            s.version = earlier->version;
            s.bytes = std::move(same);
            s.problems = cleaner.problems();
            return s;
        }
        s.version = earlier->version + 1;
        s.changed = true;
        cleaner = Cleaner();
    }
    s.bytes = render(s.version, version_created, cleaner);
    s.problems = cleaner.problems();
    return s;
}

}  // namespace galley::newsml_g2
