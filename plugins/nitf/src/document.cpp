#include "document.hpp"

#include <sstream>

#include "body.hpp"
#include "head.hpp"
#include "galley/language.hpp"

namespace galley::nitf {
namespace {

// Elements that hold only other elements, one per line. Everything else is text as a reader sees it — a byline,
// a dateline with its place and date — and is written as it is: pugixml's format_indent would put line breaks
// and spaces between a dateline's place and date, which a reader takes for text.
bool is_container(std::string_view name) {
    for (std::string_view c : {"nitf", "head", "docdata", "key-list", "identified-content", "body", "body.head",
                               "hedline", "body.content", "media"})
        if (name == c) return true;
    return false;
}

void indent(pugi::xml_node node, int depth) {
    if (!is_container(node.name())) return;
    std::string inner = "\n" + std::string(2 * (depth + 1), ' ');
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        indent(c, depth + 1);
        node.insert_child_before(pugi::node_pcdata, c).set_value(inner.c_str());
    }
    if (node.first_child()) node.append_child(pugi::node_pcdata).set_value(("\n" + std::string(2 * depth, ' ')).c_str());
}

}  // namespace

std::string nitf_document(const Settings& settings, const Edition& edition, const Article& article,
                          XmlCleaner& cleaner) {
    pugi::xml_document doc;
    pugi::xml_node nitf = doc.append_child("nitf");
    nitf.append_attribute("xmlns").set_value(nitf_namespace);
    // The XSD fixes these three values: a document that states them must state exactly these.
    nitf.append_attribute("version").set_value("-//IPTC//DTD NITF 3.6//EN");
    nitf.append_attribute("change.date").set_value("September 11, 2009");
    nitf.append_attribute("change.time").set_value("12:26");
    std::string language = lang::is_language_tag(article.language) && article.language != "und" ? article.language
                                                                                               : settings.language;
    if (!language.empty()) nitf.append_attribute("baselang").set_value(language.c_str());
    add_head(nitf, settings, edition, article, cleaner);
    add_body(nitf, settings, edition, article, cleaner);

    indent(nitf, 0);
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    doc.save(out, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
    out << '\n';
    return out.str();
}

}  // namespace galley::nitf
