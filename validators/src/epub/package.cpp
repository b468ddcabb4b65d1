// The package document: the version, unique ids, the required metadata, every manifest item, the spine,
// and the guide's references (checked with the other links).
#include "package.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "metadata_values.hpp"
#include "text.hpp"
#include "urls.hpp"
#include "xml_doc.hpp"

namespace galley::epub_check {
namespace {

constexpr const char* opf_ns = "http://www.idpf.org/2007/opf";
constexpr const char* dc_ns = "http://purl.org/dc/elements/1.1/";

void check_metadata(Reporter& report, Book& book, xmlNode* package, xmlNode* metadata) {
    const std::string& opf = book.opf;
    auto unique = attr(package, "unique-identifier");
    bool unique_found = false;
    int identifiers = 0, titles = 0, languages = 0, modified = 0;
    for (xmlNode* n : child_elements(metadata)) {
        long line = line_of(n);
        if (is_element(n, "identifier", dc_ns)) {
            ++identifiers;
            if (trim(text_of(n)).empty()) report.error(opf, line, "dc:identifier is empty");
            if (unique && attr(n, "id") == unique) {
                unique_found = true;
                book.unique_identifier = std::string(trim(text_of(n)));
            }
        } else if (is_element(n, "title", dc_ns)) {
            if (trim(text_of(n)).empty()) report.error(opf, line, "dc:title is empty");
            else ++titles;
        } else if (is_element(n, "language", dc_ns)) {
            ++languages;
            std::string tag(trim(text_of(n)));
            if (!well_formed_bcp47(tag))
                report.error(opf, line, "dc:language " + quoted(tag) + " is not a well-formed BCP 47 language tag (e.g. zh-CN)");
        } else if (is_element(n, "meta", opf_ns) && attr(n, "property") == "dcterms:modified" && !attr(n, "refines")) {
            ++modified;
            std::string value(trim(text_of(n)));
            if (!well_formed_modified(value))
                report.error(opf, line, "dcterms:modified " + quoted(value) + " is not of the form CCYY-MM-DDThh:mm:ssZ");
        }
    }
    long line = line_of(metadata);
    if (!unique) report.error(opf, line_of(package), "the package has no unique-identifier attribute");
    else if (!unique_found)
        report.error(opf, line_of(package), "unique-identifier " + quoted(*unique) + " names no dc:identifier in the metadata");
    if (identifiers == 0) report.error(opf, line, "the metadata has no dc:identifier");
    if (titles == 0) report.error(opf, line, "the metadata has no dc:title");
    if (languages == 0) report.error(opf, line, "the metadata has no dc:language");
    if (modified == 0 && !book.epub2)
        report.error(opf, line, "the metadata has no meta property=\"dcterms:modified\"; it must occur exactly once");
    if (modified > 1)
        report.error(opf, line, "meta property=\"dcterms:modified\" occurs " + std::to_string(modified) +
                                    " times; it must occur exactly once");
}

bool may_be_remote(std::string_view media_type) {
    return media_type.starts_with("audio/") || media_type.starts_with("video/") || media_type.starts_with("font/") ||
           media_type == "application/font-woff" || media_type == "application/vnd.ms-opentype" ||
           media_type == "application/font-sfnt" || media_type == "application/x-font-ttf";
}

void check_manifest(Reporter& report, Book& book, xmlNode* manifest) {
    const std::string& opf = book.opf;
    int navs = 0, covers = 0;
    for (xmlNode* n : child_elements(manifest, "item", opf_ns)) {
        Item item;
        item.line = line_of(n);
        auto id = attr(n, "id");
        auto href = attr(n, "href");
        auto media_type = attr(n, "media-type");
        if (!id) report.error(opf, item.line, "a manifest item has no id");
        if (!href) report.error(opf, item.line, "manifest item " + quoted(id.value_or("")) + " has no href");
        if (!media_type) report.error(opf, item.line, "manifest item " + quoted(id.value_or("")) + " has no media-type");
        if (!id || !href) continue;
        item.id = *id;
        item.href = *href;
        item.media_type = media_type.value_or("");
        item.has_fallback = attr(n, "fallback").has_value();
        if (auto props = attr(n, "properties")) item.properties = tokens(*props);
        std::string label = "manifest item " + quoted(item.id);
        Ref ref = resolve(book.opf_folder, item.href);
        if (ref.kind == Ref::Kind::invalid || ref.kind == Ref::Kind::same_document) {
            report.error(opf, item.line, label + " href " + quoted(item.href) + " " + (ref.problem.empty() ? "names no file" : ref.problem));
        } else if (ref.kind == Ref::Kind::external) {
            book.remote_items.insert(std::string(trim(item.href)));
            if (!may_be_remote(item.media_type))
                report.error(opf, item.line, label + " is remote (" + quoted(item.href) + "); only audio, video and fonts may be");
        } else if (ref.has_fragment) {
            report.error(opf, item.line, label + " href " + quoted(item.href) + " has a fragment; it must name a whole file");
        } else {
            item.local = true;
            item.path = ref.path;
            if (item.path == book.opf) report.error(opf, item.line, label + " lists the package document itself");
            else if (!book.member(item.path))
                report.error(opf, item.line, label + " href " + quoted(item.href) + " points to " + quoted(item.path) +
                                                 ", which is not in the archive");
        }
        if (item.has("nav")) {
            ++navs;
            if (item.media_type != xhtml_media_type)
                report.error(opf, item.line, label + " has the nav property but is not application/xhtml+xml");
        }
        if (item.has("cover-image")) {
            ++covers;
            if (!item.media_type.starts_with("image/"))
                report.error(opf, item.line, label + " has the cover-image property but is not an image");
        }
        if (book.item_by_id.count(item.id)) continue;  // the duplicate id is reported with the others
        if (item.local) {
            auto [it, fresh] = book.item_by_path.emplace(item.path, book.items.size());
            if (!fresh)
                report.error(opf, item.line, label + " names the same file as manifest item " +
                                                 quoted(book.items[it->second].id) + " (line " +
                                                 std::to_string(book.items[it->second].line) + ")");
        }
        book.item_by_id.emplace(item.id, book.items.size());
        book.items.push_back(std::move(item));
    }
    if (book.items.empty()) report.error(opf, line_of(manifest), "the manifest lists no item");
    if (navs == 0 && !book.epub2)
        report.error(opf, line_of(manifest), "no manifest item has the 'nav' property: exactly one must (the navigation document)");
    if (navs > 1)
        report.error(opf, line_of(manifest), std::to_string(navs) + " manifest items have the 'nav' property; exactly one must");
    if (covers > 1)
        report.error(opf, line_of(manifest), std::to_string(covers) + " manifest items have the 'cover-image' property; at most one may");
}

void check_spine(Reporter& report, Book& book, xmlNode* spine) {
    const std::string& opf = book.opf;
    long line = line_of(spine);
    if (auto toc = attr(spine, "toc")) {
        auto it = book.item_by_id.find(*toc);
        if (it == book.item_by_id.end())
            report.error(opf, line, "the spine toc " + quoted(*toc) + " is not a manifest item id");
        else if (book.items[it->second].media_type != ncx_media_type)
            report.error(opf, line, "the spine toc " + quoted(*toc) + " is not an NCX (application/x-dtbncx+xml)");
    } else if (book.epub2) {
        report.error(opf, line, "an EPUB 2 spine needs a toc attribute naming the NCX");
    }
    int linear = 0, itemrefs = 0;
    std::set<std::string> seen;
    for (xmlNode* n : child_elements(spine, "itemref", opf_ns)) {
        ++itemrefs;
        long at = line_of(n);
        auto idref = attr(n, "idref");
        if (!idref) {
            report.error(opf, at, "a spine itemref has no idref");
            continue;
        }
        auto lin = attr(n, "linear");
        if (lin && *lin != "yes" && *lin != "no")
            report.error(opf, at, "spine itemref linear " + quoted(*lin) + " is neither 'yes' nor 'no'");
        if (!lin || *lin != "no") ++linear;
        if (!seen.insert(*idref).second) report.error(opf, at, "the spine refers to " + quoted(*idref) + " twice");
        auto it = book.item_by_id.find(*idref);
        if (it == book.item_by_id.end()) {
            report.error(opf, at, "spine itemref idref " + quoted(*idref) + " is not a manifest item id");
            continue;
        }
        const Item& item = book.items[it->second];
        if (!is_content_document(item.media_type) && !item.has_fallback)
            report.error(opf, at, "spine item " + quoted(*idref) + " is " + quoted(item.media_type) +
                                      ", not an XHTML or SVG content document, and has no fallback");
        if (item.local) book.spine.insert(item.path);
    }
    if (itemrefs == 0) report.error(opf, line, "the spine is empty");
    else if (linear == 0) report.error(opf, line, "the spine has no linear itemref (every one is linear=\"no\")");
}

}  // namespace

void check_package(Reporter& report, Book& book, xmlDoc* doc) {
    const std::string& opf = book.opf;
    xmlNode* package = xmlDocGetRootElement(doc);
    if (!is_element(package, "package", opf_ns)) {
        report.error(opf, line_of(package), "the root is not a package element in the OPF namespace (http://www.idpf.org/2007/opf)");
        return;
    }
    auto version = attr(package, "version");
    if (!version) {
        report.error(opf, line_of(package), "the package has no version attribute; EPUB 3 packages say version=\"3.0\"");
    } else if (*version == "2.0") {
        book.epub2 = true;
        report.warning(opf, line_of(package),
                       "an EPUB 2 package (version=\"2.0\"): checked without the EPUB 3 navigation document and dcterms:modified");
    } else if (*version != "3.0") {
        report.error(opf, line_of(package), "package version " + quoted(*version) + " is not 3.0");
    }

    // Every id of the package document is unique (manifest item ids above all).
    std::map<std::string, long> ids;
    each_element(package, [&](xmlNode* n) {
        auto id = attr(n, "id");
        if (!id) return;
        auto [it, fresh] = ids.emplace(*id, line_of(n));
        if (!fresh) report.error(opf, line_of(n), "id " + quoted(*id) + " is used twice (first on line " + std::to_string(it->second) + ")");
    });

    auto metadata = child_elements(package, "metadata", opf_ns);
    auto manifest = child_elements(package, "manifest", opf_ns);
    auto spine = child_elements(package, "spine", opf_ns);
    if (metadata.empty()) report.error(opf, line_of(package), "the package has no metadata element");
    else check_metadata(report, book, package, metadata.front());
    if (manifest.empty()) report.error(opf, line_of(package), "the package has no manifest element");
    else check_manifest(report, book, manifest.front());
    if (spine.empty()) report.error(opf, line_of(package), "the package has no spine element");
    else check_spine(report, book, spine.front());

    // EPUB 2 guide references still have to name manifest items.
    for (xmlNode* guide : child_elements(package, "guide", opf_ns))
        for (xmlNode* r : child_elements(guide, "reference", opf_ns))
            if (auto href = attr(r, "href"))
                book.links.push_back({opf, line_of(r), "guide reference href", *href, resolve(book.opf_folder, *href), false, false, true});
}

void check_unlisted(Reporter& report, const Book& book) {
    for (const Member& m : book.members) {
        if (m.directory || m.name == "mimetype" || m.name.starts_with("META-INF/") || m.name == book.opf || !valid_utf8(m.name))
            continue;
        if (!book.item_at(m.name)) report.warning(m.name, 0, quoted(m.name) + " is in the archive but not in the manifest");
    }
}

}  // namespace galley::epub_check
