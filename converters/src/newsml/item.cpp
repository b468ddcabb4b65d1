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

// A creator's or contributor's role (IPTC's content production party roles) as a byline kind.
std::string kind_of_party(const std::string& role, bool creator) {
    if (role == "cpprole:author") return creator ? "writer" : "contributor";
    if (role == "cpprole:correspondent") return "correspondent";
    if (role == "cpprole:editor") return "editor";
    if (role == "cpprole:imgSupplier") return "photographer";
    return creator ? "writer" : "contributor";
}

struct Read {
    std::string content_created, by;
    std::vector<Byline> parties;  // creators and contributors, for when `by` names nobody
};

void read_content_meta(xmlNode* cm, Article& a, Read& r, std::set<std::string>& unheld) {
    for (xmlNode* n : elements(cm)) {
        std::string_view what = name(n);
        if (what == "headline") read_headline(n, a);
        else if (what == "by") r.by = squeeze(text_of(n));
        else if (what == "creditline") a.source = squeeze(text_of(n));
        else if (what == "dateline") a.dateline.text = squeeze(text_of(n));
        else if (what == "located") a.dateline.place = squeeze(text_of(child(n, "name") ? child(n, "name") : n));
        else if (what == "contentCreated") r.content_created = squeeze(text_of(n)).substr(0, 10);
        else if (what == "language") a.language = attr(n, "tag");
        else if (what == "keyword") a.keywords.push_back(squeeze(text_of(n)));
        else if (what == "subject") {
            std::string qcode = attr(n, "qcode"), name_text = squeeze(text_of(child(n, "name")));
            std::size_t colon = qcode.find(':');
            if (colon != std::string::npos) a.subjects.push_back({qcode.substr(0, colon), qcode.substr(colon + 1), name_text});
            else a.subjects.push_back({"", attr(n, "literal"), name_text});
            if (a.subjects.back().scheme.empty() && a.subjects.back().code == a.subjects.back().name)
                a.subjects.back().code.clear();
        } else if (what == "creator" || what == "contributor") {
            std::string person = squeeze(text_of(child(n, "name")));
            if (person.empty()) person = attr(n, "literal");
            if (!person.empty()) r.parties.push_back({"", person, kind_of_party(attr(n, "role"), what == "creator")});
        } else if (what == "slugline") {
            // galley's slugline is "<section>-<article id>", made from what the item holds already.
            std::string slug = squeeze(text_of(n));
            std::string tail = "-" + attr(n->parent->parent, "guid").substr(attr(n->parent->parent, "guid").find_last_of(':') + 1);
            if (slug.size() < tail.size() || slug.compare(slug.size() - tail.size(), tail.size(), tail) != 0)
                unheld.insert("slugline");
        } else if (what != "description") {  // a picture item's descriptions are read with the picture
            unheld.insert("contentMeta/" + std::string(what));
        }
    }
}

// A picture item no text item stands for (galley's link theirs with irel:seeAlso and show the picture in their
// bodies): an article of one picture, with the item's headline, caption, credit and alt text.
void read_picture_item(xmlNode* item, Article& a, Read& r, std::set<std::string>& unheld) {
    xmlNode* cm = child(item, "contentMeta");
    Block b;
    b.type = BlockType::image;
    b.origin = a.origin;
    for (xmlNode* d : children(cm, "description")) {
        std::string role = attr(d, "role"), text = squeeze(text_of(d));
        if (role.find("altText") != std::string::npos) b.image.alt = text;
        else if (b.image.caption.text.empty()) b.image.caption.text = text;
        else unheld.insert("description " + role);
    }
    std::vector<xmlNode*> renditions;
    for (xmlNode* set : children(item, "contentSet"))
        for (xmlNode* rc : children(set, "remoteContent")) renditions.push_back(rc);
    if (!renditions.empty()) {
        b.image.href = attr(renditions[0], "href");
        b.image.media_type = attr(renditions[0], "contenttype");
    }
    if (renditions.size() > 1) unheld.insert("remoteContent (renditions after the first)");
    // The photographer the item's `by` names, else its creators and contributors.
    b.image.caption.credit = !r.by.empty() ? r.by : a.source;
    if (!r.by.empty()) b.image.caption.bylines = {{"", r.by, "photographer"}};
    else b.image.caption.bylines = r.parties;
    r.by.clear();  // the credit is the picture's, not an article byline
    r.parties.clear();
    a.body.push_back(std::move(b));
}

}  // namespace

void read_news_item(xmlNode* item, Context& ctx) {
    xmlNode* meta = child(item, "itemMeta");
    std::string item_class = attr(child(meta, "itemClass"), "qcode");
    std::string guid = attr(item, "guid");
    // ninat:text, or the older icls:text of NewsML-G2 before 2.10 (Reuters); and pictures.
    auto is_class = [&](std::string_view kind) {
        return item_class.size() > kind.size() &&
               item_class.compare(item_class.size() - kind.size(), kind.size(), kind) == 0 &&
               item_class[item_class.size() - kind.size() - 1] == ':';
    };
    bool picture = is_class("picture") || is_class("graphic");
    bool linked = false;  // to the text item that shows it (galley's picture items)
    for (xmlNode* link : children(meta, "link")) linked = linked || attr(link, "rel") == "irel:seeAlso";
    if (!is_class("text") && !(picture && !linked)) {
        // A picture item: galley's pictures stand in the text item's body; another kind has no place at all.
        ctx.diags.note(where(ctx.path, item), "newsItem " + guid + " (" + (item_class.empty() ? "no itemClass" : item_class) +
                                                  ") is no text item: skipped" +
                                                  (item_class.find(":picture") != std::string::npos ? " (a text item's body shows its picture)" : ""));
        return;
    }
    Article a;
    a.origin = where(ctx.path, item);
    std::set<std::string> unheld;
    Read r;
    a.language = attr(item, "lang");
    if (std::string version = attr(item, "version"); !version.empty() && version != "1") unheld.insert("version " + version);
    for (xmlNode* n : elements(meta)) {
        if (name(n) == "edNote") read_ed_note(squeeze(text_of(n)), a, unheld);
        else if (name(n) == "firstCreated" && ctx.in.date.empty()) ctx.in.date = squeeze(text_of(n)).substr(0, 10);
    }
    if (xmlNode* rights = child(item, "rightsInfo")) {
        a.rights = squeeze(text_of(child(rights, "copyrightNotice")));
        if (ctx.in.publisher.empty()) ctx.in.publisher = squeeze(text_of(child(child(rights, "copyrightHolder"), "name")));
    }
    read_content_meta(child(item, "contentMeta"), a, r, unheld);
    if (picture) read_picture_item(item, a, r, unheld);
    else if (child(child(item, "contentMeta"), "description")) unheld.insert("contentMeta/description");
    if (!lang::is_language_tag(a.language)) a.language.clear();
    a.credit = credit_without_source(r.by, a.source);
    // The people with their printed roles from the byline; the parties' names when it names nobody.
    a.bylines = people_in(a.credit);
    if (a.bylines.empty()) a.bylines = r.parties;
    const std::string& content_created = r.content_created;
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
