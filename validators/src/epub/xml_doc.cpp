// Parsing a member under galley's XML input policy, and the libxml2 tree accessors of the EPUB check.
#include "xml_doc.hpp"

#include <libxml/parser.h>

#include <cstring>

#include "text.hpp"

namespace galley::epub_check {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

}  // namespace

XmlDoc parse_xml(Reporter& report, const std::string& member, const std::string& bytes) {
    std::vector<xml::Problem> problems;
    XmlDoc doc = xml::read_untrusted(bytes, member, problems);
    for (const auto& p : problems) {
        if (p.warning) report.warning(member, p.line, "XML: " + p.message, p.column);
        else report.error(member, p.line, "not well-formed XML: " + p.message, p.column);
    }
    if (!doc) return nullptr;
    // EPUB: XML documents are UTF-8 (UTF-16 is tolerated by reading systems, with a warning).
    std::string enc = lowered(sv(doc->encoding));
    if (enc == "utf-16" || enc == "utf-16le" || enc == "utf-16be")
        report.warning(member, 1, "encoded as " + quoted(enc) + "; EPUB XML documents should be UTF-8");
    else if (!enc.empty() && enc != "utf-8")
        report.error(member, 1, "encoded as " + quoted(enc) + "; EPUB XML documents must be UTF-8");
    return doc;
}

long line_of(const xmlNode* n) { return n ? xmlGetLineNo(n) : 0; }

bool is_element(const xmlNode* n, const char* name, const char* ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool in_namespace(const xmlNode* n, const char* ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0;
}

std::optional<std::string> attr(const xmlNode* n, const char* name, const char* ns) {
    xmlChar* v = ns ? xmlGetNsProp(n, x(name), x(ns)) : xmlGetNoNsProp(n, x(name));
    if (!v) return std::nullopt;
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

std::string text_of(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s(sv(v));
    xmlFree(v);
    return s;
}

std::vector<xmlNode*> child_elements(const xmlNode* n, const char* name, const char* ns) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (name && !is_element(c, name, ns)) continue;
        out.push_back(c);
    }
    return out;
}

}  // namespace galley::epub_check
