// Reading NewsML-G2 (2.x, any standardversion agencies send): text newsItems into articles, packageItems into
// pages, newsMessages unwrapped. Elements are matched by the NewsML-G2 namespace and local name, never by prefix.
#pragma once

#include <libxml/tree.h>

#include <set>
#include <string>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley::newsml_reader {

inline constexpr const char* nar_ns = "http://iptc.org/std/nar/2006-10-01/";
inline constexpr const char* xhtml_ns = "http://www.w3.org/1999/xhtml";

struct Context {
    std::string path;
    Diagnostics& diags;
    Edition& in;       // what this document adds (merged into the edition by the caller)
    Edition& edition;  // the edition read so far: a package places the articles already read
};

// A newsItem: a text item becomes an article of `ctx.in`; other kinds are reported and skipped.
void read_news_item(xmlNode* item, Context& ctx);
// A packageItem: its page groups become pages; the articles they name are placed on them (now, or when read).
void read_package(xmlNode* package, Context& ctx);
// contentSet/inlineXML: an XHTML or NITF body into the article's blocks.
void read_inline_body(xmlNode* inline_xml, Article& article, const std::string& path, Diagnostics& diags,
                      std::set<std::string>& unheld);

// The article id and the page a package put it on, looked up by the item's guid in pages read earlier (a page
// read from a package lists its items' guids as its files).
void place_from_package(Article& article, const std::string& guid, const Edition& edition);

}  // namespace galley::newsml_reader
