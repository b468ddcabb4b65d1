// XML for the EPUB check: parsing a member with libxml2 under galley's input policy (no
// network, no DTD loading) with its errors located in it, and reading the tree.
#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "galley/xml_input.hpp"
#include "report.hpp"

namespace galley::epub_check {

// The XHTML namespace (the nav and content checks); the others are defined where they are used.
inline constexpr const char* xhtml_ns = "http://www.w3.org/1999/xhtml";

using XmlDoc = xml::Doc;

inline std::string_view sv(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

// Parses `bytes` of `member` under galley's XML input policy (galley/xml_input.hpp). Null (with the
// errors reported) when it is not well-formed or breaks the policy.
XmlDoc parse_xml(Reporter& report, const std::string& member, const std::string& bytes);

long line_of(const xmlNode* n);
bool is_element(const xmlNode* n, const char* name, const char* ns);
bool in_namespace(const xmlNode* n, const char* ns);
std::optional<std::string> attr(const xmlNode* n, const char* name, const char* ns = nullptr);
std::string text_of(const xmlNode* n);
std::vector<xmlNode*> child_elements(const xmlNode* n, const char* name = nullptr, const char* ns = nullptr);

// Calls `f` on each element of `n` and its following siblings, depth first.
template <class F>
void each_element(xmlNode* n, F&& f) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        f(n);
        each_element(n->children, f);
    }
}

}  // namespace galley::epub_check
