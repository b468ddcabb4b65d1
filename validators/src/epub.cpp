// EPUB 3.2/3.3 structure checks (OCF, Packages, the navigation document, content documents, NCX), the
// subset of what epubcheck enforces that needs no schema: see ../../../shared/notes/epub.md. The checks
// themselves are in epub/, one file a concern; this runs them in order.
#include <cstddef>
#include <string>

#include "epub/archive.hpp"
#include "epub/book.hpp"
#include "epub/container.hpp"
#include "epub/content.hpp"
#include "epub/css.hpp"
#include "epub/links.hpp"
#include "epub/ncx.hpp"
#include "epub/package.hpp"
#include "epub/report.hpp"
#include "epub/xml_doc.hpp"
#include "galley/epub_validator.hpp"

namespace galley {
namespace epub_check {
namespace {

// Reads every local manifest item the checks look into: style sheets, content documents and the NCX.
void check_documents(Reporter& report, const Archive& zip, Book& book) {
    for (const Item& item : book.items) {
        if (!item.local || !book.member(item.path)) continue;
        bool content = is_content_document(item.media_type), ncx = item.media_type == ncx_media_type;
        if (item.media_type == "text/css") {
            std::string css, why;
            if (!zip.read(book.member(item.path)->index, css, why)) report.error(item.path, 0, "cannot be read: " + why);
            else collect_css(book, item.path, css, 1);
            continue;
        }
        if (!content && !ncx) continue;
        XmlDoc doc = load_xml(report, zip, book, item.path);
        if (!doc) continue;
        if (content) check_content(report, book, item, doc.get(), item.has("nav") && item.media_type == xhtml_media_type);
        else check_ncx(report, book, item, doc.get());
    }
}

// The container first; the package and the documents only when container.xml names a package.
bool check_epub(const std::string& file, const std::string& bytes, Diagnostics& diags) {
    Reporter report(file, diags);
    Archive zip;
    std::string why;
    if (!zip.open(bytes, why)) {
        report.error("", 0, "not a ZIP archive (" + why + "); an EPUB is a ZIP container");
        return false;
    }
    Book book;
    book.members = zip.members();
    for (std::size_t i = 0; i < book.members.size(); ++i) book.member_by_name.emplace(book.members[i].name, i);

    check_member_names(report, book);
    check_mimetype(report, bytes, zip, book);
    if (find_package(report, zip, book)) {
        if (XmlDoc opf = load_xml(report, zip, book, book.opf)) {
            check_package(report, book, opf.get());
            check_unlisted(report, book);
            check_documents(report, zip, book);
            check_links(report, book);
        }
    }
    return report.errors() == 0;
}

}  // namespace
}  // namespace epub_check

bool validate_epub(const std::string& file, const std::string& bytes, Diagnostics& diags) {
    return epub_check::check_epub(file, bytes, diags);
}

bool looks_like_epub(const std::string& bytes) {
    return bytes.size() >= 38 && bytes.compare(0, 4, "PK\x03\x04", 4) == 0 && epub_check::le16(bytes, 26) == 8 &&
           bytes.compare(30, 8, "mimetype") == 0;
}

}  // namespace galley
