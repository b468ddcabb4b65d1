#include "fop_config.hpp"

#include <pugixml.hpp>
#include <sstream>

namespace galley::xslfo {

std::string file_uri(std::string_view path) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out = "file://";
    for (char ch : path) {
        auto c = static_cast<unsigned char>(ch);
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                    c == '_' || c == '~' || c == '/';
        if (keep) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string fop_configuration(const FontSet& fonts, bool tagged) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node fop = doc.append_child("fop");
    fop.append_attribute("version") = "1.0";
    if (tagged) fop.append_child("accessibility").append_child(pugi::node_pcdata).set_value("true");
    fop.append_child("complex-scripts").append_attribute("disabled") = "true";
    // FOP's own font cache (~/.fop) is not used: the fonts are named here, and a run writes nothing outside its
    // temporary directory but galley's font cache.
    fop.append_child("use-cache").append_child(pugi::node_pcdata).set_value("false");
    pugi::xml_node renderer = fop.append_child("renderers").append_child("renderer");
    renderer.append_attribute("mime") = "application/pdf";
    if (tagged) renderer.append_child("pdf-ua-mode").append_child(pugi::node_pcdata).set_value("PDF/UA-1");
    pugi::xml_node list = renderer.append_child("fonts");
    for (const FontFace& f : fonts.faces) {
        pugi::xml_node font = list.append_child("font");
        font.append_attribute("embed-url") = file_uri(f.path).c_str();
        if (!f.sub_font.empty()) font.append_attribute("sub-font") = f.sub_font.c_str();
        font.append_attribute("kerning") = "yes";
        pugi::xml_node triplet = font.append_child("font-triplet");
        triplet.append_attribute("name") = f.family.c_str();
        triplet.append_attribute("style") = "normal";
        triplet.append_attribute("weight") = f.bold ? "bold" : "normal";
    }
    std::ostringstream s;
    doc.save(s, "  ", pugi::format_indent, pugi::encoding_utf8);
    return s.str();
}

}  // namespace galley::xslfo
