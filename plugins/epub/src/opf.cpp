#include "opf.hpp"

#include "nav.hpp"
#include "ncx.hpp"
#include "xml.hpp"

namespace galley::epub {
namespace {

// EPUB Accessibility 1.1's conformance string for WCAG 2.1 Level AA, exactly (case and spaces) as the spec writes it.
constexpr const char* conformance_claim = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

pugi::xml_node add_dc(pugi::xml_node metadata, const char* name, const std::string& text, const char* id = nullptr) {
    pugi::xml_node node = add_text(metadata, name, text);
    if (id) set_attr(node, "id", id);
    return node;
}

pugi::xml_node add_meta(pugi::xml_node metadata, const char* property, const std::string& text,
                        const char* refines = nullptr) {
    pugi::xml_node meta = metadata.append_child("meta");
    if (refines) set_attr(meta, "refines", refines);
    set_attr(meta, "property", property);
    meta.text().set(text.c_str());
    return meta;
}

void add_accessibility(const Render& r, pugi::xml_node metadata) {
    const Book& book = r.book;
    // Pictures that carry meaning: the articles' photos and a given cover (galley's drawn cover is only text).
    bool visual = book.figures > 0 || (book.cover >= 0 && !book.drawn_cover);
    bool printed = false;
    for (const PageDoc& page : book.pages) printed = printed || page.printed;

    add_meta(metadata, "schema:accessMode", "textual");
    if (visual) add_meta(metadata, "schema:accessMode", "visual");
    if (book.all_alt) add_meta(metadata, "schema:accessModeSufficient", "textual");
    if (visual) add_meta(metadata, "schema:accessModeSufficient", "textual,visual");
    for (const char* feature : {"structuralNavigation", "tableOfContents", "readingOrder"})
        add_meta(metadata, "schema:accessibilityFeature", feature);
    if (printed) {
        add_meta(metadata, "schema:accessibilityFeature", "pageBreakMarkers");
        add_meta(metadata, "schema:accessibilityFeature", "pageNavigation");
    }
    if (book.figures > 0 && book.all_alt) add_meta(metadata, "schema:accessibilityFeature", "alternativeText");
    add_meta(metadata, "schema:accessibilityHazard", "none");
    add_meta(metadata, "schema:accessibilitySummary", r.labels.summary(book.figures > 0, book.all_alt, r.settings.vertical));

    // The conformance string EPUB Accessibility 1.1 defines (§ Publication conformance), at the WCAG version
    // and level the tests check galley's books against: DAISY Ace (axe-core's WCAG 2.0/2.1 A and AA rules,
    // the package metadata) finds no violation in the sample edition's books, horizontal or vertical. A book
    // with a picture that has no alt text fails WCAG 1.1.1, so it makes no claim. a11y:certifiedBy names the
    // party that evaluated the book: galley evaluates none, so only a publisher who did names one (-O
    // certified-by; see "Conformance" in plugins/epub/README.md), and only beside a claim.
    if (!book.all_alt) return;
    add_meta(metadata, "dcterms:conformsTo", conformance_claim);
    const Settings& s = r.settings;
    if (s.certified_by.empty()) return;
    set_attr(add_meta(metadata, "a11y:certifiedBy", r.cleaner.line(s.certified_by, "certified-by")), "id", "certifier");
    if (!s.certifier_credential.empty())
        add_meta(metadata, "a11y:certifierCredential", r.cleaner.line(s.certifier_credential, "certifier-credential"),
                 "#certifier");
    if (!s.certifier_report.empty()) {
        pugi::xml_node link = metadata.append_child("link");
        set_attr(link, "rel", "a11y:certifierReport");
        set_attr(link, "href", s.certifier_report);
        set_attr(link, "refines", "#certifier");
    }
}

void add_metadata(const Render& r, pugi::xml_node package) {
    const Settings& s = r.settings;
    const Edition& e = r.edition;
    Cleaner& c = r.cleaner;
    pugi::xml_node metadata = package.append_child("metadata");
    set_attr(metadata, "xmlns:dc", dc_namespace);

    add_dc(metadata, "dc:identifier", s.identifier, "uid");
    add_dc(metadata, "dc:title", c.line(s.title, "title"), "title");
    add_dc(metadata, "dc:language", s.language);
    add_dc(metadata, "dc:date", s.date.iso());
    std::string publisher = c.line(e.publisher, "publisher");
    if (!publisher.empty()) add_dc(metadata, "dc:publisher", publisher);
    std::string rights = c.line(e.rights, "rights");
    if (!rights.empty()) add_dc(metadata, "dc:rights", rights);
    std::string note = c.line(e.note, "note");
    if (!note.empty()) add_dc(metadata, "dc:description", note);

    // The print edition the page-list follows (EPUB 3.2's form; 3.3's a11y:pageBreakSource is an error in
    // epubcheck 4.2).
    add_dc(metadata, "dc:source", s.issn.empty() ? c.line(s.title, "title") : "urn:issn:" + s.issn, "source");
    add_meta(metadata, "source-of", "pagination", "#source");
    add_meta(metadata, "dcterms:modified", s.modified);

    // The paper is a series; this issue its member, numbered when the issue number has digits.
    std::string paper = c.line(s.paper, "title");
    if (!paper.empty()) {
        set_attr(add_meta(metadata, "belongs-to-collection", paper), "id", "c");
        add_meta(metadata, "collection-type", "series", "#c");
        if (!s.group_position.empty()) add_meta(metadata, "group-position", s.group_position, "#c");
    }
    add_accessibility(r, metadata);
    if (r.book.cover >= 0) {
        // EPUB 2 readers find the cover picture by this.
        pugi::xml_node meta = metadata.append_child("meta");
        set_attr(meta, "name", "cover");
        set_attr(meta, "content", "cover-image");
    }
}

}  // namespace

std::string package_document(const Render& r, const std::vector<BookFile>& files) {
    pugi::xml_document d;
    add_declaration(d);
    pugi::xml_node package = d.append_child("package");
    set_attr(package, "xmlns", opf_namespace);
    set_attr(package, "version", "3.0");
    set_attr(package, "unique-identifier", "uid");
    set_attr(package, "xml:lang", r.settings.language);
    add_metadata(r, package);

    pugi::xml_node manifest = package.append_child("manifest");
    for (const BookFile& f : files) {
        pugi::xml_node item = manifest.append_child("item");
        set_attr(item, "id", f.id);
        set_attr(item, "href", f.path);
        set_attr(item, "media-type", f.media_type);
        if (!f.properties.empty()) set_attr(item, "properties", f.properties);
    }

    pugi::xml_node spine = package.append_child("spine");
    set_attr(spine, "toc", "ncx");
    if (r.settings.vertical) set_attr(spine, "page-progression-direction", "rtl");
    for (const BookFile& f : files)
        if (f.in_spine) set_attr(spine.append_child("itemref"), "idref", f.id);

    // The EPUB 2 guide, for the readers the NCX is for.
    pugi::xml_node guide = package.append_child("guide");
    auto reference = [&](const char* type, const std::string& href, const char* title) {
        pugi::xml_node ref = guide.append_child("reference");
        set_attr(ref, "type", type);
        set_attr(ref, "title", title);
        set_attr(ref, "href", href);
    };
    if (r.book.cover >= 0) reference("cover", cover_page_file, r.labels.cover);
    reference("toc", nav_file, r.labels.contents);
    reference("text", r.book.pages.front().file, r.labels.bodymatter);
    return serialize_xml(d);
}

}  // namespace galley::epub
