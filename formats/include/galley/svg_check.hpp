// What an SVG picture may hold to reach a book, a feed or FOP: nothing it would fetch (no href or url()
// that leaves the file, no @import), no script, and no DOCTYPE that declares entities (the billion laughs
// Batik would expand). One check for the edition reader and every exporter that passes SVG on.
// Header-only; the includer links pugixml.
#pragma once

#include <pugixml.hpp>

#include <cctype>
#include <string>
#include <string_view>

namespace galley::svg {

// Empty when `bytes` is a self-contained SVG document; else why not, in words that follow the picture's name
// ("refers to http://… outside itself", "declares entities in its DOCTYPE", …).
inline std::string check(std::string_view bytes) {
    pugi::xml_document doc;
    pugi::xml_parse_result ok = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype);
    if (!ok) return std::string("is not well-formed XML (") + ok.description() + ")";
    auto outside = [](std::string_view v) {
        std::size_t a = v.find_first_not_of(" \t\r\n");
        v = a == std::string_view::npos ? std::string_view() : v.substr(a);
        return !v.empty() && v[0] != '#' && v.substr(0, 5) != "data:";
    };
    // url(…) and @import in CSS: what they point at.
    auto css_reference = [&](std::string_view css) -> std::string {
        std::string lower;
        for (char c : css) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        if (lower.find("@import") != std::string::npos) return "imports a style sheet";
        for (std::size_t at = lower.find("url("); at != std::string::npos; at = lower.find("url(", at + 4)) {
            std::string_view arg = std::string_view(css).substr(at + 4);
            std::size_t a = arg.find_first_not_of(" \t\r\n\"'");
            if (a != std::string_view::npos && outside(arg.substr(a)))
                return "refers to " + std::string(arg.substr(a, std::min<std::size_t>(arg.find_first_of(")\"'", a) - a, 80))) +
                       " outside itself";
        }
        return {};
    };
    std::string why;
    struct Walker : pugi::xml_tree_walker {
        std::string* why;
        decltype(outside)* is_outside;
        decltype(css_reference)* css;
        bool for_each(pugi::xml_node& n) override {
            if (n.type() == pugi::node_doctype) {
                if (std::string_view(n.value()).find('[') != std::string_view::npos) *why = "declares entities in its DOCTYPE";
                return why->empty();
            }
            if (n.type() != pugi::node_element) return true;
            std::string_view name = n.name();
            std::size_t colon = name.rfind(':');
            std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
            if (local == "script") *why = "holds a script";
            else if (local == "foreignObject") *why = "holds foreign content (foreignObject)";
            else if (local == "style") *why = (*css)(n.child_value());
            for (pugi::xml_attribute a = n.first_attribute(); a && why->empty(); a = a.next_attribute()) {
                std::string_view an = a.name();
                std::size_t c = an.rfind(':');
                std::string_view al = c == std::string_view::npos ? an : an.substr(c + 1);
                if ((al == "href" || al == "src") && (*is_outside)(a.value()))
                    *why = "refers to " + std::string(std::string_view(a.value()).substr(0, 80)) + " outside itself";
                else if (al == "style") *why = (*css)(a.value());
                else if (al.size() > 2 && al.substr(0, 2) == "on") *why = "holds a script (" + std::string(an) + ")";
            }
            return why->empty();
        }
    } walker;
    walker.why = &why;
    walker.is_outside = &outside;
    walker.css = &css_reference;
    doc.traverse(walker);
    if (why.empty() && !doc.document_element()) why = "has no root element";
    return why;
}

// The document without its DOCTYPE, for renderers that would fetch the DTD it names. `bytes` unchanged
// when it has none or does not parse.
inline std::string without_doctype(std::string_view bytes) {
    pugi::xml_document doc;
    if (!doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_declaration |
                                                          pugi::parse_comments | pugi::parse_pi))
        return std::string(bytes);
    pugi::xml_node doctype;
    for (pugi::xml_node n = doc.first_child(); n; n = n.next_sibling())
        if (n.type() == pugi::node_doctype) doctype = n;
    if (!doctype) return std::string(bytes);
    doc.remove_child(doctype);
    struct Sink : pugi::xml_writer {
        std::string out;
        void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
    } sink;
    doc.save(sink, "", pugi::format_raw, pugi::encoding_utf8);
    return sink.out;
}

}  // namespace galley::svg
