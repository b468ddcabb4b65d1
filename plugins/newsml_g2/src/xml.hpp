// Small pugixml helpers. Every value taken from the model goes through the Cleaner on its way in.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "text.hpp"

namespace galley::newsml_g2 {

inline constexpr const char* nar_namespace = "http://iptc.org/std/nar/2006-10-01/";
inline constexpr const char* xhtml_namespace = "http://www.w3.org/1999/xhtml";
inline constexpr const char* item_media_type = "application/vnd.iptc.g2.newsitem+xml";

// The cleaner's scope for text of the whole edition (`edition`) or of the item's article.
inline Cleaner::Scope scope(bool edition) { return edition ? Cleaner::Scope::edition : Cleaner::Scope::article; }

class Builder {
public:
    explicit Builder(Cleaner& cleaner) : cleaner_(cleaner) {}

    // An element with no model text in it (qcodes and the like are constants).
    static pugi::xml_node element(pugi::xml_node parent, const char* name) { return parent.append_child(name); }
    // Mixed or block content (headline, dateline, by, description, XHTML): line breaks kept.
    pugi::xml_node text(pugi::xml_node parent, const char* name, std::string_view raw, std::string_view field,
                        bool edition = false);
    // g2normalizedString content (name, keyword, slugline, creditline): one line.
    pugi::xml_node line(pugi::xml_node parent, const char* name, std::string_view raw, std::string_view field,
                        bool edition = false);
    // An attribute value taken from the model: one line (pugixml would write a line break as "&#10;").
    void attribute(pugi::xml_node node, const char* name, std::string_view raw, std::string_view field,
                   bool edition = false);

    Cleaner& cleaner() { return cleaner_; }

private:
    Cleaner& cleaner_;
};

// The document as galley writes it: XML declaration with UTF-8, two-space indentation, real UTF-8
// characters (pugixml escapes only &, <, > and quotes, so "]]>" comes out as "]]&gt;").
std::string serialize(const pugi::xml_document& doc);
// A standalone document holding a copy of `root` (an item taken out of a newsMessage, an XHTML body).
std::string serialize_copy(pugi::xml_node root);

}  // namespace galley::newsml_g2
