// OCF checks: member names, the mimetype entry (first, stored, exact), and finding the package document
// through META-INF/container.xml.
#include "container.hpp"

#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <string_view>

#include "text.hpp"
#include "urls.hpp"
#include "xml_doc.hpp"

namespace galley::epub_check {
namespace {

constexpr std::string_view epub_mimetype = "application/epub+zip";
constexpr std::string_view package_media_type = "application/oebps-package+xml";
constexpr std::string_view container_path = "META-INF/container.xml";
constexpr const char* container_ns = "urn:oasis:names:tc:opendocument:xmlns:container";

}  // namespace

void check_member_names(Reporter& report, const Book& book) {
    std::map<std::string, std::string> folded;
    for (const Member& m : book.members) {
        const std::string& name = m.name;
        if (!valid_utf8(name)) {  // reported on the archive: the name itself is not fit to print
            std::string shown;
            for (char c : name) {
                auto u = static_cast<unsigned char>(c);
                static constexpr char hex[] = "0123456789abcdef";
                if (u < 0x80) shown += c;
                else shown += std::string("\\x") + hex[u >> 4] + hex[u & 15];
            }
            report.error("", 0, "the member name " + quoted(shown) + " is not UTF-8");
            continue;
        }
        if (!name.empty() && name[0] == '/') report.error(name, 0, "the member name is an absolute path");
        if (name.find('\\') != std::string::npos) report.error(name, 0, "the member name has a backslash");
        bool dotdot = false, dot_end = false;
        for (std::string_view seg : split(name, '/')) {
            if (seg == "..") dotdot = true;
            else if (!seg.empty() && seg != "." && seg.back() == '.') dot_end = true;
        }
        if (dotdot) report.error(name, 0, "the member name has a '..' segment");
        if (dot_end) report.error(name, 0, "a file or folder name ends with '.'");
        for (char c : name) {
            auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7f || std::strchr("\"*:<>?|", c)) {
                report.error(name, 0, "the member name has the character " + quoted(std::string(1, c)) +
                                          ", which OCF forbids in file names");
                break;
            }
        }
        if (name.find(' ') != std::string::npos)
            report.warning(name, 0, "the member name has a space; some reading systems fail on it");
        auto [it, fresh] = folded.emplace(lowered(name), name);
        if (!fresh)
            report.error(name, 0, it->second == name ? "the archive holds this member twice"
                                                      : "the member name differs only in case from " + quoted(it->second));
    }
}

void check_mimetype(Reporter& report, const std::string& bytes, const Archive& zip, const Book& book) {
    const Member* mimetype = book.member("mimetype");
    if (!mimetype) report.error("", 0, "the archive has no 'mimetype' member (it must be the first entry, stored, holding application/epub+zip)");
    if (bytes.size() < 30 || bytes.compare(0, 4, "PK\x03\x04", 4) != 0) {
        report.error("", 0, "the archive does not start with a ZIP local file header, so 'mimetype' is not its first entry");
    } else {
        std::size_t name_len = le16(bytes, 26), extra_len = le16(bytes, 28);
        std::string first = bytes.substr(30, name_len);
        if (first != "mimetype") {
            if (mimetype) report.error("mimetype", 0, "'mimetype' is not the first entry of the archive (the first is " + quoted(first) + ")");
        } else {
            std::uint16_t flags = le16(bytes, 6), method = le16(bytes, 8);
            if (method != 0)
                report.error("mimetype", 0, "'mimetype' is compressed (method " + std::to_string(method) + "); it must be stored");
            if (extra_len != 0)
                report.error("mimetype", 0, "'mimetype' has an extra field of " + std::to_string(extra_len) +
                                                " bytes in its local file header; it must have none");
            if (flags & 1) report.error("mimetype", 0, "'mimetype' is encrypted");
        }
    }
    if (!mimetype) return;
    std::string content, why;
    if (!zip.read(mimetype->index, content, why)) {
        report.error("mimetype", 0, "cannot be read: " + why);
        return;
    }
    if (content != epub_mimetype)
        report.error("mimetype", 1, "'mimetype' holds " + quoted(content) + "; it must hold exactly 'application/epub+zip' (no newline)");
}

bool find_package(Reporter& report, const Archive& zip, Book& book) {
    std::string container(container_path);
    if (!book.member(container)) {
        report.error("", 0, "META-INF/container.xml is missing; it names the package document");
        return false;
    }
    XmlDoc doc = load_xml(report, zip, book, container);
    if (!doc) return false;
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!is_element(root, "container", container_ns)) {
        report.error(container, line_of(root), "the root is not a container element in the OCF container namespace");
        return false;
    }
    std::optional<std::string> found;
    long found_line = 0;
    int rootfiles = 0;
    for (xmlNode* list : child_elements(root, "rootfiles", container_ns)) {
        for (xmlNode* rf : child_elements(list, "rootfile", container_ns)) {
            ++rootfiles;
            auto full_path = attr(rf, "full-path");
            auto media_type = attr(rf, "media-type");
            if (!full_path || trim(*full_path).empty()) {
                report.error(container, line_of(rf), "a rootfile has no full-path");
                continue;
            }
            if (!media_type) {
                report.error(container, line_of(rf), "the rootfile " + quoted(*full_path) + " has no media-type");
                continue;
            }
            if (*media_type == package_media_type && !found) {
                found = *full_path;
                found_line = line_of(rf);
            }
        }
    }
    if (!found) {
        report.error(container, line_of(root),
                     rootfiles ? "no rootfile has media-type=\"application/oebps-package+xml\""
                               : "no rootfile: container.xml must name the package document in rootfiles/rootfile");
        return false;
    }
    Ref ref = resolve("", *found);
    if (ref.kind != Ref::Kind::local || ref.has_fragment) {
        report.error(container, found_line, "the rootfile full-path " + quoted(*found) + " is not a path in the container");
        return false;
    }
    if (!book.member(ref.path)) {
        report.error(container, found_line, "the rootfile full-path " + quoted(*found) + " is not in the archive");
        return false;
    }
    book.opf = ref.path;
    book.opf_folder = folder_of(ref.path);
    return true;
}

}  // namespace galley::epub_check
