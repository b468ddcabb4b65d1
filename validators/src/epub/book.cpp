// The book's content document test, and reading a member as XML.
#include "book.hpp"

namespace galley::epub_check {

bool is_content_document(std::string_view media_type) { return media_type == xhtml_media_type || media_type == svg_media_type; }

XmlDoc load_xml(Reporter& report, const Archive& zip, const Book& book, const std::string& name) {
    const Member* m = book.member(name);
    if (!m) {
        report.error(name, 0, "missing from the archive");
        return nullptr;
    }
    std::string bytes, why;
    if (!zip.read(m->index, bytes, why)) {
        report.error(name, 0, "cannot be read: " + why);
        return nullptr;
    }
    return parse_xml(report, name, bytes);
}

}  // namespace galley::epub_check
