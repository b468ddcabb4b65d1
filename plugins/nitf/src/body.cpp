#include "body.hpp"

#include "galley/feed_settings.hpp"
#include "galley/feed_text.hpp"
#include "galley/presentation.hpp"

namespace galley::nitf {
namespace {

void pcdata(pugi::xml_node parent, std::string_view text) {
    if (!text.empty()) parent.append_child(pugi::node_pcdata).set_value(std::string(text).c_str());
}

pugi::xml_node element(pugi::xml_node parent, const char* name, const std::string& text) {
    pugi::xml_node node = parent.append_child(name);
    pcdata(node, text);
    return node;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void add_hedline(pugi::xml_node body_head, const Article& a, XmlCleaner& c) {
    present::Headline h = present::headline(a);
    if (h.empty()) return;  // hedline needs an hl1; an article without a headline has none to give
    pugi::xml_node hedline = body_head.append_child("hedline");
    pugi::xml_node hl1 = element(hedline, "hl1", c.line(h.text, "headline"));
    // A headline galley made from the lead is marked, as every exporter sets it apart.
    if (h.derived) hl1.append_attribute("class").set_value("derived");
    std::string kicker = c.line(a.kicker, "kicker");
    if (!kicker.empty()) element(hedline, "hl2", kicker).append_attribute("class").set_value("kicker");
    std::string sub = c.line(a.subheadline, "subheadline");
    if (!sub.empty()) element(hedline, "hl2", sub);
}

// "北京1月3日": the place as <location><city>, the date as <story.date norm> when they can be told apart.
void add_dateline(pugi::xml_node body_head, const Settings& s, const Article& a, XmlCleaner& c) {
    present::Dateline d = present::dateline(a);
    if (d.empty()) return;
    pugi::xml_node dateline = body_head.append_child("dateline");
    std::string text = c.line(d.text, "dateline");
    std::string place = c.line(a.dateline.place, "dateline place");
    if (!place.empty() && text.compare(0, place.size(), place) == 0) {
        element(dateline.append_child("location"), "city", place);
        text.erase(0, place.size());
    }
    auto date = CivilDate::parse(d.date);
    if (date && !blank(text)) {
        pugi::xml_node story_date = element(dateline, "story.date", text);
        story_date.append_attribute("norm").set_value(LocalTime::midnight(*date, s.feed.offset).basic().c_str());
    } else {
        pcdata(dateline, text);
    }
}

void add_media(pugi::xml_node content, const Block& b, int n, XmlCleaner& c) {
    const Image& img = b.image;
    std::string which = "picture " + std::to_string(n);
    pugi::xml_node media = content.append_child("media");
    media.append_attribute("media-type").set_value("image");
    pugi::xml_node ref = media.append_child("media-reference");
    ref.append_attribute("source").set_value(iri(c.line(img.href, "href of " + which)).c_str());
    std::string type = c.line(img.media_type, "media type of " + which);
    if (!type.empty()) ref.append_attribute("mime-type").set_value(type.c_str());
    std::string alt = c.line(img.alt, "alt text of " + which);
    if (!alt.empty()) ref.append_attribute("alternate-text").set_value(alt.c_str());
    std::string caption = c.text(img.caption.text, "caption of " + which);
    if (!blank(caption)) element(media, "media-caption", caption);
    std::string credit = c.line(img.caption.credit, "credit of " + which);
    if (!credit.empty()) mark_people(media.append_child("media-producer"), credit, img.caption.bylines, false);
}

// A jump line as the page printed it, where a reader meets it: "（上接第一版）" first, "（下转第二版）" last.
void add_jumps(pugi::xml_node content, const Article& a, const char* direction, XmlCleaner& c) {
    for (const Continuation& j : a.continuations) {
        if (j.direction != direction) continue;
        std::string text = c.line(j.text, "continuation");
        if (text.empty()) continue;
        element(content, "p", text).append_attribute("class").set_value(j.direction == "to" ? "continued-to"
                                                                                             : "continued-from");
    }
}

}  // namespace

void mark_people(pugi::xml_node parent, const std::string& text, const std::vector<Byline>& people, bool roles) {
    std::size_t at = 0;
    for (const Byline& p : people) {
        if (p.name.empty()) continue;
        std::size_t name = text.find(p.name, at);
        if (name == std::string::npos) continue;
        std::size_t role = std::string::npos;
        if (roles && !p.role.empty()) {
            // The role just before the name, with at most one space between them.
            std::size_t end = name > at && text[name - 1] == ' ' ? name - 1 : name;
            if (end >= at + p.role.size() && text.compare(end - p.role.size(), p.role.size(), p.role) == 0)
                role = end - p.role.size();
        }
        if (role != std::string::npos) {
            pcdata(parent, std::string_view(text).substr(at, role - at));
            element(parent, "byttl", p.role);
            pcdata(parent, std::string_view(text).substr(role + p.role.size(), name - role - p.role.size()));
        } else {
            pcdata(parent, std::string_view(text).substr(at, name - at));
        }
        pugi::xml_node person = element(parent, "person", p.name);
        if (!p.kind.empty()) person.append_attribute("class").set_value(p.kind.c_str());
        at = name + p.name.size();
    }
    pcdata(parent, std::string_view(text).substr(at));
}

void add_body(pugi::xml_node nitf, const Settings& settings, const Edition& edition, const Article& a,
              XmlCleaner& c) {
    pugi::xml_node body = nitf.append_child("body");
    pugi::xml_node body_head = body.append_child("body.head");
    add_hedline(body_head, a, c);
    std::string rights = c.line(!a.rights.empty() ? a.rights : edition.rights, "rights");
    if (!rights.empty()) element(body_head, "rights", rights);
    bool cjk = present::is_cjk(a, edition.language);
    std::string byline = c.line(present::byline(a, cjk).text(), "credit");
    if (!byline.empty()) mark_people(body_head.append_child("byline"), byline, a.bylines, true);
    add_dateline(body_head, settings, a, c);
    if (body_head.first_child().empty()) body.remove_child(body_head);

    pugi::xml_node content = body.append_child("body.content");
    add_jumps(content, a, "from", c);
    int paragraph = 0, subheading = 0, picture = 0;
    for (const Block& b : a.body) {
        switch (b.type) {
            case BlockType::paragraph: {
                std::string text = c.text(b.text, "paragraph " + std::to_string(++paragraph));
                if (!blank(text)) element(content, "p", text);
                break;
            }
            case BlockType::subheading: {
                std::string text = c.line(b.text, "subheading " + std::to_string(++subheading));
                if (!blank(text)) element(content, "hl2", text);
                break;
            }
            case BlockType::image:
                // A caption whose picture was not supplied is left out, as in every exporter (with a warning).
                if (picture_supplied(b)) add_media(content, b, ++picture, c);
                break;
        }
    }
    add_jumps(content, a, "to", c);
}

}  // namespace galley::nitf
