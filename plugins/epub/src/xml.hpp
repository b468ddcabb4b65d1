// pugixml helpers shared by the documents: namespaces, the XHTML skeleton, and serialization.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace galley::epub {

inline constexpr const char* xhtml_namespace = "http://www.w3.org/1999/xhtml";
inline constexpr const char* ops_namespace = "http://www.idpf.org/2007/ops";
inline constexpr const char* opf_namespace = "http://www.idpf.org/2007/opf";
inline constexpr const char* dc_namespace = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* ncx_namespace = "http://www.daisy.org/z3986/2005/ncx/";
inline constexpr const char* svg_namespace = "http://www.w3.org/2000/svg";

// An XHTML content document: <!DOCTYPE html>, lang and xml:lang on <html> (readers pick fonts and
// hyphenation by them), a UTF-8 <meta charset>, the <title> and the style sheet.
struct Xhtml {
    pugi::xml_document doc;
    pugi::xml_node html, head, body;
    // `title` must be cleaned already; `css` is the style sheet's href relative to the document.
    Xhtml(std::string_view lang, std::string_view title, std::string_view css);
    std::string str();  // serialize_xhtml(doc)
};

// Appends <name>text</name> (text cleaned already) and returns it.
pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text);
void set_attr(pugi::xml_node node, const char* name, std::string_view value);
// Appends <name> holding `text` (cleaned already). In vertical text, runs of one or two ASCII digits ("1月3日")
// go into <span class="tcy"> so that the style sheet can set them upright, side by side (tate-chu-yoko), and
// quotation marks become the corner brackets vertical setting uses (vertical.hpp).
pugi::xml_node add_phrase(pugi::xml_node parent, const char* name, std::string_view text, bool vertical);

// A new document with <?xml version="1.0" encoding="UTF-8"?>.
void add_declaration(pugi::xml_document& doc);

// Package, NCX, container and SVG: indented, as no element there mixes text and elements.
std::string serialize_xml(const pugi::xml_document& doc);
// Content documents: no whitespace is ever added inside text (pugixml's indentation would put a space
// between two <span>s of a line, which shows between Chinese characters); a line break goes between the
// children of block containers only.
std::string serialize_xhtml(pugi::xml_document& doc);

}  // namespace galley::epub
