#include "xml.hpp"

#include <string>

#include "vertical.hpp"

namespace galley::epub {
namespace {

struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

bool is_block_container(std::string_view name) {
    for (std::string_view n : {"html", "head", "body", "article", "section", "header", "nav", "ol", "ul", "figure"})
        if (name == n) return true;
    return false;
}

// Puts a line break before each child of a block container whose children are all elements.
void add_line_breaks(pugi::xml_node node) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        if (child.type() == pugi::node_element) add_line_breaks(child);
    if (node.type() != pugi::node_element || !is_block_container(node.name()) || !node.first_child()) return;
    for (pugi::xml_node child : node.children())
        if (child.type() != pugi::node_element) return;
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling())
        node.insert_child_before(pugi::node_pcdata, child).set_value("\n");
    node.append_child(pugi::node_pcdata).set_value("\n");
}

std::string finish(StringWriter& w) {
    if (!w.out.empty() && w.out.back() != '\n') w.out += '\n';
    return w.out;
}

}  // namespace

Xhtml::Xhtml(std::string_view lang, std::string_view title, std::string_view css) {
    add_declaration(doc);
    doc.append_child(pugi::node_doctype).set_value("html");
    html = doc.append_child("html");
    set_attr(html, "xmlns", xhtml_namespace);
    set_attr(html, "xmlns:epub", ops_namespace);
    set_attr(html, "lang", lang);
    set_attr(html, "xml:lang", lang);
    head = html.append_child("head");
    set_attr(head.append_child("meta"), "charset", "utf-8");
    add_text(head, "title", title);
    if (!css.empty()) {
        pugi::xml_node link = head.append_child("link");
        set_attr(link, "rel", "stylesheet");
        set_attr(link, "type", "text/css");
        set_attr(link, "href", css);
    }
    body = html.append_child("body");
}

namespace {

bool uses_epub_attributes(pugi::xml_node node) {
    for (pugi::xml_attribute a : node.attributes())
        if (std::string_view(a.name()).substr(0, 5) == "epub:") return true;
    for (pugi::xml_node child : node.children())
        if (child.type() == pugi::node_element && uses_epub_attributes(child)) return true;
    return false;
}

}  // namespace

std::string Xhtml::str() {
    // The epub: namespace only where epub:type is used (epubcheck notes an unused declaration).
    if (!uses_epub_attributes(body)) html.remove_attribute("xmlns:epub");
    return serialize_xhtml(doc);
}

pugi::xml_node add_text(pugi::xml_node parent, const char* name, std::string_view text) {
    pugi::xml_node node = parent.append_child(name);
    if (!text.empty()) node.text().set(std::string(text).c_str());
    return node;
}

pugi::xml_node add_phrase(pugi::xml_node parent, const char* name, std::string_view given, bool vertical) {
    if (!vertical) return add_text(parent, name, given);
    pugi::xml_node node = parent.append_child(name);
    std::string quoted = vertical_quotes(given);
    std::string_view text = quoted;
    auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    auto latin = [&](std::size_t i) {
        if (i >= text.size()) return false;
        char c = text[i];
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.' || c == ',';
    };
    std::string plain;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t n = 0;
        while (digit(i + n)) ++n;
        // "2023" or "3.5" stay as they are (set sideways); "1" and "12" stand upright in one em.
        if (n >= 1 && n <= 2 && !(i > 0 && latin(i - 1)) && !latin(i + n)) {
            if (!plain.empty()) node.append_child(pugi::node_pcdata).set_value(plain.c_str());
            plain.clear();
            pugi::xml_node span = add_text(node, "span", text.substr(i, n));
            set_attr(span, "class", "tcy");
            i += n;
        } else {
            std::size_t end = i + (n > 0 ? n : 1);
            plain.append(text.substr(i, end - i));
            i = end;
        }
    }
    if (!plain.empty()) node.append_child(pugi::node_pcdata).set_value(plain.c_str());
    return node;
}

void set_attr(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name).set_value(std::string(value).c_str());
}

void add_declaration(pugi::xml_document& doc) {
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
}

std::string serialize_xml(const pugi::xml_document& doc) {
    StringWriter w;
    // format_no_declaration: the document's own declaration node is written, not pugixml's bare one.
    doc.save(w, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return finish(w);
}

std::string serialize_xhtml(pugi::xml_document& doc) {
    add_line_breaks(doc.document_element());
    StringWriter w;
    doc.save(w, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    // format_raw puts the doctype right after the declaration; a line break there reads better and costs nothing.
    std::string& s = w.out;
    std::size_t decl_end = s.find("?>");
    if (decl_end != std::string::npos) s.insert(decl_end + 2, "\n");
    std::size_t doctype_end = s.find("<!DOCTYPE html>");
    if (doctype_end != std::string::npos) s.insert(doctype_end + 15, "\n");
    return finish(w);
}

}  // namespace galley::epub
