#include "xml.hpp"

namespace galley::newsml_g2 {

pugi::xml_node Builder::text(pugi::xml_node parent, const char* name, std::string_view raw, std::string_view field,
                             bool edition) {
    pugi::xml_node node = parent.append_child(name);
    node.text().set(cleaner_.text(raw, field, scope(edition)).c_str());
    return node;
}

pugi::xml_node Builder::line(pugi::xml_node parent, const char* name, std::string_view raw, std::string_view field,
                             bool edition) {
    pugi::xml_node node = parent.append_child(name);
    node.text().set(cleaner_.line(raw, field, scope(edition)).c_str());
    return node;
}

void Builder::attribute(pugi::xml_node node, const char* name, std::string_view raw, std::string_view field,
                        bool edition) {
    node.append_attribute(name).set_value(cleaner_.line(raw, field, scope(edition)).c_str());
}

namespace {

struct StringWriter : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

}  // namespace

std::string serialize(const pugi::xml_document& doc) {
    StringWriter w;
    // format_no_declaration: the caller's declaration node is written instead of pugixml's bare one.
    doc.save(w, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    if (!w.out.empty() && w.out.back() != '\n') w.out += '\n';  // text files end with a line end
    return w.out;
}

std::string serialize_copy(pugi::xml_node root) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    doc.append_copy(root);
    return serialize(doc);
}

}  // namespace galley::newsml_g2
