#include "../feed_bylines.hpp"
#include "../item_ids.hpp"
#include "../nitf/nitf.hpp"
#include "../xml_nodes.hpp"
#include "galley/language.hpp"
#include "galley/presentation.hpp"
#include "newsml.hpp"

namespace galley::newsml_reader {
namespace {

using namespace xml_nodes;

// galley's headline roles (galhl:kicker …); another's role or none is the headline proper.
void read_headline(xmlNode* n, Article& a) {
    std::string role = attr(n, "role"), text = squeeze(text_of(n));
    if (role == "galhl:kicker") a.kicker = text;
    else if (role == "galhl:subtitle" || role == "hlrole:subtitle") a.subheadline = text;
    else if (role == "galhl:column") a.column = text;
    else if (a.headline.empty()) a.headline = text;
    else if (a.subheadline.empty()) a.subheadline = text;
}

// galley's editorial notes: the derived headline, and the jump lines ("Continued from 第1版: （上接第1版）").
void read_ed_note(const std::string& note, Article& a, std::set<std::string>& unheld) {
    if (note == present::derived_headline_note) {
        a.headline_derived = true;
        return;
    }
    for (auto [lead, direction] : {std::pair{"Continued from ", "from"}, std::pair{"Continues on ", "to"}}) {
        std::string_view n = note;
        if (n.rfind(lead, 0) != 0) continue;
        n.remove_prefix(std::string_view(lead).size());
        std::size_t colon = n.find(": ");
        if (colon == std::string_view::npos) break;
        a.continuations.push_back({direction, std::string(n.substr(0, colon)), std::string(n.substr(colon + 2))});
        return;
    }
    unheld.insert("edNote");
}

void read_content_meta(xmlNode* cm, Article& a, Edition& in, std::string& content_created, std::string& by,
                       std::set<std::string>& unheld) {
    for (xmlNode* n : elements(cm)) {
        std::string_view what = name(n);
        if (what == "headline") read_headline(n, a);
        else if (what == "by") by = squeeze(text_of(n));
        else if (what == "creditline") a.source = squeeze(text_of(n));
        else if (what == "dateline") a.dateline.text = squeeze(text_of(n));
        else if (what == "located") a.dateline.place = squeeze(text_of(child(n, "name") ? child(n, "name") : n));
        else if (what == "contentCreated") content_created = squeeze(text_of(n)).substr(0, 10);
        else if (what == "language") a.language = attr(n, "tag");
        else if (what == "keyword") a.keywords.push_back(squeeze(text_of(n)));
        else if (what == "subject") {
            std::string qcode = attr(n, "qcode"), name_text = squeeze(text_of(child(n, "name")));
            std::size_t colon = qcode.find(':');
            if (colon != std::string::npos) a.subjects.push_back({qcode.substr(0, colon), qcode.substr(colon + 1), name_text});
            else a.subjects.push_back({"", attr(n, "literal"), name_text});
            if (a.subjects.back().scheme.empty() && a.subjects.back().code == a.subjects.back().name)
                a.subjects.back().code.clear();
        } else if (what == "slugline" || what == "creator" || what == "contributor" || what == "description") {
            // The slugline is galley's section-id; people are read from the byline, with their printed roles.
            if (what == "description") unheld.insert("description");
        } else {
            unheld.insert("contentMeta/" + std::string(what));
        }
    }
    (void)in;
}

}  // namespace

void read_news_item(xmlNode* item, Context& ctx) {
    xmlNode* meta = child(item, "itemMeta");
    std::string item_class = attr(child(meta, "itemClass"), "qcode");
    std::string guid = attr(item, "guid");
    // ninat:text, or the older icls:text of NewsML-G2 before 2.10 (Reuters).
    bool text = item_class.size() >= 5 && item_class.compare(item_class.size() - 5, 5, ":text") == 0;
    if (!text) {
        // A picture item: galley's pictures stand in the text item's body; another kind has no place at all.
        ctx.diags.note(where(ctx.path, item), "newsItem " + guid + " (" + (item_class.empty() ? "no itemClass" : item_class) +
                                                  ") is no text item: skipped" +
                                                  (item_class.find(":picture") != std::string::npos ? " (a text item's body shows its picture)" : ""));
        return;
    }
    Article a;
    a.origin = where(ctx.path, item);
    std::set<std::string> unheld;
    std::string content_created, by;
    a.language = attr(item, "lang");
    for (xmlNode* n : elements(meta)) {
        if (name(n) == "edNote") read_ed_note(squeeze(text_of(n)), a, unheld);
        else if (name(n) == "firstCreated" && ctx.in.date.empty()) ctx.in.date = squeeze(text_of(n)).substr(0, 10);
    }
    if (xmlNode* rights = child(item, "rightsInfo")) {
        a.rights = squeeze(text_of(child(rights, "copyrightNotice")));
        if (ctx.in.publisher.empty()) ctx.in.publisher = squeeze(text_of(child(child(rights, "copyrightHolder"), "name")));
    }
    read_content_meta(child(item, "contentMeta"), a, ctx.in, content_created, by, unheld);
    if (!lang::is_language_tag(a.language)) a.language.clear();
    a.credit = credit_without_source(by, a.source);
    a.bylines = people_in(a.credit);
    // contentCreated is the dateline's date when the item has a dateline or a place.
    if (!a.dateline.text.empty() || !a.dateline.place.empty() || content_created != ctx.in.date)
        if (CivilDate::parse(content_created)) a.dateline.date = content_created;
    for (xmlNode* set = child(item, "contentSet"); set; set = nullptr)
        for (xmlNode* n : children(set, "inlineXML")) read_inline_body(n, a, ctx.path, ctx.diags, unheld);
    a.id = article_id_from_guid(guid.empty() ? ctx.path : guid, "newsml");
    place_from_package(a, guid, ctx.edition);
    place_from_package(a, guid, ctx.in);
    if (!unheld.empty()) {
        std::string list;
        for (const auto& u : unheld) list += (list.empty() ? "" : ", ") + u;
        ctx.diags.note(a.origin, "article " + a.id + ": the model has no place for " + list + "; not read");
    }
    if (ctx.in.language.empty()) ctx.in.language = a.language;
    ctx.in.articles.push_back(std::move(a));
}

}  // namespace galley::newsml_reader
