// Walking a libxml2 tree by local names, for the readers of XML news formats (NITF, NewsML-G2): most agency
// files carry no namespace and some do, so names are matched without one.
#pragma once

#include <libxml/tree.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"
#include "galley/xml_input.hpp"

namespace galley::xml_nodes {

inline std::string_view name(const xmlNode* n) {
    return n && n->name ? std::string_view(reinterpret_cast<const char*>(n->name)) : std::string_view();
}

inline bool is(const xmlNode* n, std::string_view local) { return n && n->type == XML_ELEMENT_NODE && name(n) == local; }

// The element children of `parent`, in order.
inline std::vector<xmlNode*> elements(const xmlNode* parent) {
    std::vector<xmlNode*> out;
    if (!parent) return out;
    for (xmlNode* c = parent->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE) out.push_back(c);
    return out;
}

inline xmlNode* child(const xmlNode* parent, std::string_view local) {
    if (!parent) return nullptr;
    for (xmlNode* c = parent->children; c; c = c->next)
        if (is(c, local)) return c;
    return nullptr;
}

inline std::vector<xmlNode*> children(const xmlNode* parent, std::string_view local) {
    std::vector<xmlNode*> out;
    for (xmlNode* c : elements(parent))
        if (name(c) == local) out.push_back(c);
    return out;
}

// All the text inside `n`, as a reader sees it (entities were never expanded: none are allowed).
inline std::string text_of(const xmlNode* n) {
    if (!n) return {};
    xmlChar* content = xmlNodeGetContent(n);
    std::string out = content ? reinterpret_cast<const char*>(content) : "";
    xmlFree(content);
    return out;
}

// The text inside `n` with a space where markup alone separated two words ("By BERNARD CONDON<byttl>AP Business
// Writer</byttl>" reads "By BERNARD CONDON AP Business Writer"); elements in `skip` are left out. Text that
// separates itself, and CJK text, which needs no spaces, are kept as they are.
inline void spaced_text(const xmlNode* n, std::string& out, std::initializer_list<std::string_view> skip = {}) {
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            std::string_view t = c->content ? reinterpret_cast<const char*>(c->content) : "";
            out += t;
        } else if (c->type == XML_ELEMENT_NODE) {
            bool skipped = false;
            for (std::string_view s : skip) skipped = skipped || name(c) == s;
            if (skipped) continue;
            std::string inner;
            spaced_text(c, inner, skip);
            if (!out.empty() && !inner.empty() && alnum(out.back()) && alnum(inner.front())) out += ' ';
            out += inner;
            if (c->next && c->next->type == XML_TEXT_NODE && c->next->content && !inner.empty() && alnum(inner.back()) &&
                alnum(static_cast<char>(c->next->content[0])))
                out += ' ';
        }
    }
}

inline std::string spaced_text(const xmlNode* n, std::initializer_list<std::string_view> skip = {}) {
    std::string out;
    spaced_text(n, out, skip);
    return out;
}

// An attribute by its local name, "" when absent.
inline std::string attr(const xmlNode* n, const char* local) {
    if (!n) return {};
    for (xmlAttr* a = n->properties; a; a = a->next) {
        if (!a->name || std::string_view(reinterpret_cast<const char*>(a->name)) != local) continue;
        xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
        std::string out = v ? reinterpret_cast<const char*>(v) : "";
        xmlFree(v);
        return out;
    }
    return {};
}

// Parses an input document through galley's XML policy (xml_input.hpp), its problems reported on `diags` with
// file, line and column. Null when it does not read.
inline xml::Doc read_input(std::string_view bytes, const std::string& path, Diagnostics& diags) {
    std::vector<xml::Problem> problems;
    xml::Doc doc = xml::read_untrusted(bytes, path, problems);
    for (const xml::Problem& p : problems) {
        SourceSpan at{path, p.line, p.column};
        if (p.warning) diags.warning(at, p.message);
        else diags.error(at, p.message);
    }
    return doc;
}

inline SourceSpan where(const std::string& path, const xmlNode* n) {
    return {path, n ? static_cast<int>(xmlGetLineNo(n)) : 0, 0};
}

// Runs of white space (line breaks and indentation of pretty-printed XML) as one space, trimmed: the text of a
// headline, a paragraph, a byline.
inline std::string squeeze(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace galley::xml_nodes
