#include "container.hpp"

#include "xml.hpp"

namespace galley::epub {

std::string container_xml() {
    pugi::xml_document d;
    add_declaration(d);
    pugi::xml_node container = d.append_child("container");
    set_attr(container, "version", "1.0");
    set_attr(container, "xmlns", "urn:oasis:names:tc:opendocument:xmlns:container");
    pugi::xml_node rootfile = container.append_child("rootfiles").append_child("rootfile");
    set_attr(rootfile, "full-path", package_path);
    set_attr(rootfile, "media-type", "application/oebps-package+xml");
    return serialize_xml(d);
}

}  // namespace galley::epub
