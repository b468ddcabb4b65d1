// What is learned about the book as the checks go: the members, the manifest items, the spine, the ids of
// each content document and every reference found, checked at the end.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "archive.hpp"
#include "report.hpp"
#include "urls.hpp"
#include "xml_doc.hpp"

namespace galley::epub_check {

inline constexpr std::string_view xhtml_media_type = "application/xhtml+xml";
inline constexpr std::string_view svg_media_type = "image/svg+xml";
inline constexpr std::string_view ncx_media_type = "application/x-dtbncx+xml";

struct Item {
    std::string id, href, media_type, path;  // path: the member the href names (when local)
    std::vector<std::string> properties;
    bool local = false;
    bool has_fallback = false;
    long line = 0;
    bool has(std::string_view property) const {
        for (const auto& p : properties)
            if (p == property) return true;
        return false;
    }
};

struct Link {
    std::string from;  // the member that holds it
    long line = 0;
    std::string what;  // "a href", "img src" …
    std::string href;  // as written
    Ref ref;
    bool hyperlink = false;  // a/area: must name a content document, and one in the spine
    bool nav = false;        // in a toc, landmarks or page-list nav: must name a local spine item
    bool remote_ok = false;  // may name a resource on the network (hyperlinks, audio and video)
};

struct Book {
    std::vector<Member> members;
    std::map<std::string, std::size_t> member_by_name;
    std::string opf, opf_folder;
    bool epub2 = false;
    std::string unique_identifier;  // the value of the dc:identifier the package points at
    std::vector<Item> items;
    std::map<std::string, std::size_t> item_by_id, item_by_path;
    std::set<std::string> remote_items;  // hrefs of the manifest items outside the container
    std::set<std::string> spine;  // member names
    std::map<std::string, std::set<std::string>> ids;  // per parsed content document
    std::vector<Link> links;

    const Member* member(const std::string& name) const {
        auto it = member_by_name.find(name);
        return it == member_by_name.end() ? nullptr : &members[it->second];
    }
    const Item* item_at(const std::string& path) const {
        auto it = item_by_path.find(path);
        return it == item_by_path.end() ? nullptr : &items[it->second];
    }
};

// XHTML and SVG: the media types of content documents.
bool is_content_document(std::string_view media_type);

// Reads and parses a member; null (reported) when it is missing, unreadable or not well-formed.
XmlDoc load_xml(Reporter& report, const Archive& zip, const Book& book, const std::string& name);

}  // namespace galley::epub_check
