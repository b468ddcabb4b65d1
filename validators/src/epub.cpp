// EPUB 3.2/3.3 structure checks (OCF, Packages, the navigation document, content documents, NCX), the
// subset of what epubcheck enforces that needs no schema: see ../../../shared/notes/epub.md. The ZIP is
// read from memory with libzip; every XML member is parsed with libxml2 without network or DTD loading.
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "galley/epub_validator.hpp"
#include "galley/xml_input.hpp"

namespace galley {
namespace {

constexpr std::string_view epub_mimetype = "application/epub+zip";
constexpr std::string_view package_media_type = "application/oebps-package+xml";
constexpr std::string_view xhtml_media_type = "application/xhtml+xml";
constexpr std::string_view svg_media_type = "image/svg+xml";
constexpr std::string_view ncx_media_type = "application/x-dtbncx+xml";
constexpr std::string_view container_path = "META-INF/container.xml";

constexpr const char* container_ns = "urn:oasis:names:tc:opendocument:xmlns:container";
constexpr const char* opf_ns = "http://www.idpf.org/2007/opf";
constexpr const char* dc_ns = "http://purl.org/dc/elements/1.1/";
constexpr const char* xhtml_ns = "http://www.w3.org/1999/xhtml";
constexpr const char* ops_ns = "http://www.idpf.org/2007/ops";
constexpr const char* svg_ns = "http://www.w3.org/2000/svg";
constexpr const char* xlink_ns = "http://www.w3.org/1999/xlink";
constexpr const char* ncx_ns = "http://www.daisy.org/z3986/2005/ncx/";
constexpr const char* xml_ns = "http://www.w3.org/XML/1998/namespace";

// Members larger than this are not read: a ZIP bomb would otherwise take all the memory.
constexpr std::size_t max_member_size = std::size_t{256} << 20;

// ---------------------------------------------------------------------------------------------------
// Reporting: every diagnostic names "archive:member" and a line inside the member.

class Reporter {
public:
    Reporter(const std::string& archive, Diagnostics& diags) : archive_(archive), diags_(diags) {}

    void error(std::string_view member, long line, std::string message, int column = 0) {
        ++errors_;
        diags_.error(at(member, line, column), std::move(message));
    }
    void warning(std::string_view member, long line, std::string message, int column = 0) {
        diags_.warning(at(member, line, column), std::move(message));
    }
    std::size_t errors() const { return errors_; }

private:
    SourceSpan at(std::string_view member, long line, int column) const {
        std::string file = archive_;
        if (!member.empty()) file += ':' + std::string(member);
        return {std::move(file), static_cast<int>(line > 0 ? line : 0), column > 0 ? column : 0};
    }
    const std::string& archive_;
    Diagnostics& diags_;
    std::size_t errors_ = 0;
};

// Shows a value inside a message: quoted, control bytes escaped, long values cut.
std::string quoted(std::string_view s) {
    std::string out = "'";
    std::size_t shown = 0;
    for (char c : s) {
        if (++shown > 80) {
            out += "...";
            break;
        }
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out + "'";
}

// ---------------------------------------------------------------------------------------------------
// Small text helpers (ASCII only: the syntaxes checked here are ASCII).

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

std::string lowered(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = lower(c);
    return out;
}

std::vector<std::string> tokens(std::string_view s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space(s[i])) ++i;
        std::size_t start = i;
        while (i < s.size() && !is_space(s[i])) ++i;
        if (i > start) out.emplace_back(s.substr(start, i - start));
    }
    return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (;;) {
        std::size_t end = s.find(sep, start);
        out.push_back(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return out;
        start = end + 1;
    }
}

bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if ((c >> 5) == 6) {
            n = 1;
            cp = c & 0x1f;
        } else if ((c >> 4) == 14) {
            n = 2;
            cp = c & 0x0f;
        } else if ((c >> 3) == 30) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (s.size() - i <= n) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            auto d = static_cast<unsigned char>(s[i + k]);
            if ((d >> 6) != 2) return false;
            cp = (cp << 6) | (d & 0x3f);
        }
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += n + 1;
    }
    return true;
}

std::uint16_t le16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

// The folder part of a member name, with its slash ("OEBPS/text/" for "OEBPS/text/p1.xhtml").
std::string folder_of(std::string_view member) {
    std::size_t slash = member.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(member.substr(0, slash + 1));
}

// ---------------------------------------------------------------------------------------------------
// BCP 47 (RFC 5646 section 2.1) well-formedness and the dcterms:modified date form.

bool all_of(std::string_view s, bool (*pred)(char)) {
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}

bool well_formed_bcp47(std::string_view tag) {
    static constexpr std::string_view irregular[] = {
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de"};
    std::string low = lowered(tag);
    for (std::string_view g : irregular)
        if (low == g) return true;
    std::vector<std::string_view> sub = split(tag, '-');
    for (std::string_view s : sub)
        if (s.empty() || s.size() > 8 || !all_of(s, is_alnum)) return false;
    std::size_t i = 0, n = sub.size();
    auto privateuse = [&](std::size_t from) {  // "x" 1*("-" 1*8alphanum)
        return lower(sub[from][0]) == 'x' && sub[from].size() == 1 && from + 1 < n;
    };
    if (privateuse(0)) return true;
    if (sub[0].size() < 2 || !all_of(sub[0], is_alpha)) return false;
    bool short_language = sub[0].size() <= 3;
    i = 1;
    for (int ext = 0; short_language && ext < 3 && i < n && sub[i].size() == 3 && all_of(sub[i], is_alpha); ++ext) ++i;
    if (i < n && sub[i].size() == 4 && all_of(sub[i], is_alpha)) ++i;  // script
    if (i < n && ((sub[i].size() == 2 && all_of(sub[i], is_alpha)) || (sub[i].size() == 3 && all_of(sub[i], is_digit))))
        ++i;  // region
    while (i < n && (sub[i].size() >= 5 || (sub[i].size() == 4 && is_digit(sub[i][0])))) ++i;  // variants
    while (i < n && sub[i].size() == 1 && lower(sub[i][0]) != 'x') {  // extensions
        std::size_t start = ++i;
        while (i < n && sub[i].size() >= 2) ++i;
        if (i == start) return false;
    }
    if (i < n && privateuse(i)) return true;
    return i == n;
}

// CCYY-MM-DDThh:mm:ssZ, with real months, days, hours, minutes and seconds.
bool well_formed_modified(std::string_view v) {
    if (v.size() != 20 || v[4] != '-' || v[7] != '-' || v[10] != 'T' || v[13] != ':' || v[16] != ':' || v[19] != 'Z')
        return false;
    for (std::size_t p : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18})
        if (!is_digit(v[p])) return false;
    auto num = [&](std::size_t at, std::size_t len) {
        int x = 0;
        for (std::size_t k = 0; k < len; ++k) x = x * 10 + (v[at + k] - '0');
        return x;
    };
    int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    if (day > days[month - 1] + (month == 2 && leap ? 1 : 0)) return false;
    return num(11, 2) <= 23 && num(14, 2) <= 59 && num(17, 2) <= 59;
}

// ---------------------------------------------------------------------------------------------------
// References: a URL string in a member, resolved to a member name of the container.

struct Ref {
    enum class Kind { local, same_document, external, invalid };
    Kind kind = Kind::local;
    std::string path;  // the member it names (local)
    std::string fragment;
    bool has_fragment = false;
    bool network = false;  // external, and fetched over the network (http:, https:, ftp:, //host)
    std::string problem;   // why it is invalid
};

bool percent_decode(std::string_view in, std::string& out) {
    out.clear();
    auto hex = [](char c) { return is_digit(c) ? c - '0' : (lower(c) >= 'a' && lower(c) <= 'f') ? lower(c) - 'a' + 10 : -1; };
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size()) return false;
        int hi = hex(in[i + 1]), lo = hex(in[i + 2]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return true;
}

// Resolves `href` written in a member of folder `base` ("" for the root). Absolute-path URLs start at the
// container root; URLs with a scheme or an authority are external and not checked.
Ref resolve(std::string_view base, std::string_view href) {
    Ref ref;
    href = trim(href);
    if (!href.empty() && is_alpha(href[0])) {
        std::size_t i = 1;
        while (i < href.size() && (is_alnum(href[i]) || href[i] == '+' || href[i] == '-' || href[i] == '.')) ++i;
        if (i < href.size() && href[i] == ':') {
            std::string scheme = lowered(href.substr(0, i));
            ref.kind = Ref::Kind::external;
            ref.network = scheme == "http" || scheme == "https" || scheme == "ftp";
            return ref;
        }
    }
    if (href.starts_with("//")) {
        ref.kind = Ref::Kind::external;
        ref.network = true;
        return ref;
    }
    std::string_view path = href;
    if (std::size_t hash = href.find('#'); hash != std::string_view::npos) {
        path = href.substr(0, hash);
        ref.has_fragment = true;
        if (!percent_decode(href.substr(hash + 1), ref.fragment)) {
            ref.kind = Ref::Kind::invalid;
            ref.problem = "has a malformed percent escape";
            return ref;
        }
    }
    if (std::size_t q = path.find('?'); q != std::string_view::npos) path = path.substr(0, q);
    if (path.empty()) {
        ref.kind = Ref::Kind::same_document;
        return ref;
    }
    if (path.find('\\') != std::string_view::npos) {
        ref.kind = Ref::Kind::invalid;
        ref.problem = "has a backslash (URLs use '/')";
        return ref;
    }
    std::string decoded;
    if (!percent_decode(path, decoded)) {
        ref.kind = Ref::Kind::invalid;
        ref.problem = "has a malformed percent escape";
        return ref;
    }
    std::string joined = decoded[0] == '/' ? decoded.substr(1) : std::string(base) + decoded;
    std::vector<std::string_view> kept;
    for (std::string_view seg : split(joined, '/')) {
        if (seg.empty() || seg == ".") continue;
        if (seg == "..") {
            if (kept.empty()) {
                ref.kind = Ref::Kind::invalid;
                ref.problem = "leads outside the container";
                return ref;
            }
            kept.pop_back();
            continue;
        }
        kept.push_back(seg);
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
        if (k) ref.path += '/';
        ref.path += kept[k];
    }
    return ref;
}

// ---------------------------------------------------------------------------------------------------
// The ZIP container, read from memory.

struct Member {
    std::string name;
    zip_uint64_t index = 0;
    bool directory = false;
};

class Archive {
public:
    Archive() = default;
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;
    ~Archive() {
        if (za_) zip_discard(za_);
    }

    bool open(const std::string& bytes, std::string& why) {
        zip_error_t err;
        zip_error_init(&err);
        zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
        if (src) za_ = zip_open_from_source(src, ZIP_RDONLY, &err);
        if (!za_) {
            why = zip_error_strerror(&err);
            if (src) zip_source_free(src);
        }
        zip_error_fini(&err);
        return za_ != nullptr;
    }

    std::vector<Member> members() const {
        std::vector<Member> out;
        zip_int64_t n = zip_get_num_entries(za_, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            const char* name = zip_get_name(za_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
            if (!name) continue;
            Member m{name, static_cast<zip_uint64_t>(i), false};
            m.directory = !m.name.empty() && m.name.back() == '/';
            out.push_back(std::move(m));
        }
        return out;
    }

    // Reads one member whole; false, with the reason, when it cannot (encrypted, corrupt, too large).
    bool read(zip_uint64_t index, std::string& out, std::string& why) const {
        out.clear();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(za_, index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && st.size > max_member_size) {
            why = "it is larger than " + std::to_string(max_member_size >> 20) + " MiB";
            return false;
        }
        zip_file_t* f = zip_fopen_index(za_, index, 0);
        if (!f) {
            why = zip_strerror(za_);
            return false;
        }
        char buf[1 << 16];
        for (;;) {
            zip_int64_t got = zip_fread(f, buf, sizeof buf);
            if (got < 0) {
                why = zip_file_strerror(f);
                zip_fclose(f);
                return false;
            }
            if (got == 0) break;
            if (out.size() + static_cast<std::size_t>(got) > max_member_size) {
                why = "it is larger than " + std::to_string(max_member_size >> 20) + " MiB";
                zip_fclose(f);
                return false;
            }
            out.append(buf, static_cast<std::size_t>(got));
        }
        zip_fclose(f);
        return true;
    }

private:
    zip_t* za_ = nullptr;
};

// ---------------------------------------------------------------------------------------------------
// XML: parsing a member with its errors located in it, and reading the tree.

using XmlDoc = xml::Doc;

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }
std::string_view sv(const xmlChar* s) { return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view(); }

// Parses `bytes` of `member` under galley's XML input policy (galley/xml_input.hpp). Null (with the
// errors reported) when it is not well-formed or breaks the policy.
XmlDoc parse_xml(Reporter& report, const std::string& member, const std::string& bytes) {
    std::vector<xml::Problem> problems;
    XmlDoc doc = xml::read_untrusted(bytes, member, problems);
    for (const auto& p : problems) {
        if (p.warning) report.warning(member, p.line, "XML: " + p.message, p.column);
        else report.error(member, p.line, "not well-formed XML: " + p.message, p.column);
    }
    if (!doc) return nullptr;
    // EPUB: XML documents are UTF-8 (UTF-16 is tolerated by reading systems, with a warning).
    std::string enc = lowered(sv(doc->encoding));
    if (enc == "utf-16" || enc == "utf-16le" || enc == "utf-16be")
        report.warning(member, 1, "encoded as " + quoted(enc) + "; EPUB XML documents should be UTF-8");
    else if (!enc.empty() && enc != "utf-8")
        report.error(member, 1, "encoded as " + quoted(enc) + "; EPUB XML documents must be UTF-8");
    return doc;
}

long line_of(const xmlNode* n) { return n ? xmlGetLineNo(n) : 0; }

bool is_element(const xmlNode* n, const char* name, const char* ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

bool in_namespace(const xmlNode* n, const char* ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0;
}

std::optional<std::string> attr(const xmlNode* n, const char* name, const char* ns = nullptr) {
    xmlChar* v = ns ? xmlGetNsProp(n, x(name), x(ns)) : xmlGetNoNsProp(n, x(name));
    if (!v) return std::nullopt;
    std::string s(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return s;
}

std::string text_of(const xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    std::string s(sv(v));
    xmlFree(v);
    return s;
}

std::vector<xmlNode*> child_elements(const xmlNode* n, const char* name = nullptr, const char* ns = nullptr) {
    std::vector<xmlNode*> out;
    for (xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (name && !is_element(c, name, ns)) continue;
        out.push_back(c);
    }
    return out;
}

template <class F>
void each_element(xmlNode* n, F&& f) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        f(n);
        each_element(n->children, f);
    }
}

// ---------------------------------------------------------------------------------------------------
// What is learned about the book as the checks go.

struct Item {
    std::string id, href, media_type, path;  // path: the member the href names (when local)
    std::vector<std::string> properties;
    bool local = false;
    bool has_fallback = false;
    long line = 0;
    bool has(std::string_view property) const {
        for (const auto& p : properties)
            if (p == property) return true;
        return false;
    }
};

struct Link {
    std::string from;  // the member that holds it
    long line = 0;
    std::string what;  // "a href", "img src" …
    std::string href;  // as written
    Ref ref;
    bool hyperlink = false;  // a/area: must name a content document, and one in the spine
    bool nav = false;        // in a toc, landmarks or page-list nav: must name a local spine item
    bool remote_ok = false;  // may name a resource on the network (hyperlinks, audio and video)
};

struct Book {
    std::vector<Member> members;
    std::map<std::string, std::size_t> member_by_name;
    std::string opf, opf_folder;
    bool epub2 = false;
    std::string unique_identifier;  // the value of the dc:identifier the package points at
    std::vector<Item> items;
    std::map<std::string, std::size_t> item_by_id, item_by_path;
    std::set<std::string> remote_items;  // hrefs of the manifest items outside the container
    std::set<std::string> spine;  // member names
    std::map<std::string, std::set<std::string>> ids;  // per parsed content document
    std::vector<Link> links;

    const Member* member(const std::string& name) const {
        auto it = member_by_name.find(name);
        return it == member_by_name.end() ? nullptr : &members[it->second];
    }
    const Item* item_at(const std::string& path) const {
        auto it = item_by_path.find(path);
        return it == item_by_path.end() ? nullptr : &items[it->second];
    }
};

bool is_content_document(std::string_view media_type) { return media_type == xhtml_media_type || media_type == svg_media_type; }

// Reads and parses a member; null (reported) when it is missing, unreadable or not well-formed.
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

// ---------------------------------------------------------------------------------------------------
// 1. OCF: member names, the mimetype entry, META-INF/container.xml.

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

// Finds the package document through META-INF/container.xml; false (reported) when there is none.
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

// ---------------------------------------------------------------------------------------------------
// 2. The package document.

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

// Every member other than mimetype, META-INF/* and the package document should be in the manifest.
void check_unlisted(Reporter& report, const Book& book) {
    for (const Member& m : book.members) {
        if (m.directory || m.name == "mimetype" || m.name.starts_with("META-INF/") || m.name == book.opf || !valid_utf8(m.name))
            continue;
        if (!book.item_at(m.name)) report.warning(m.name, 0, quoted(m.name) + " is in the archive but not in the manifest");
    }
}

// ---------------------------------------------------------------------------------------------------
// 3.–5. The navigation document, content documents and the NCX.

std::vector<std::string> epub_types(const xmlNode* n) {
    auto t = attr(n, "type", ops_ns);
    return t ? tokens(*t) : std::vector<std::string>{};
}

bool has_token(const std::vector<std::string>& list, std::string_view token) {
    for (const auto& t : list)
        if (t == token) return true;
    return false;
}

// A link's text, or the alt of an image inside it: reading systems show it.
bool has_label(xmlNode* a) {
    if (!trim(text_of(a)).empty()) return true;
    bool found = false;
    each_element(a->children, [&](xmlNode* n) {
        if (is_element(n, "img", xhtml_ns) && !trim(attr(n, "alt").value_or("")).empty()) found = true;
    });
    return found;
}

void check_nav_list(Reporter& report, const std::string& member, xmlNode* ol, const std::string& kind) {
    auto items = child_elements(ol, "li", xhtml_ns);
    if (items.empty()) report.error(member, line_of(ol), "an ol in the " + kind + " nav has no li");
    for (xmlNode* li : items) {
        auto kids = child_elements(li);
        xmlNode* first = kids.empty() ? nullptr : kids.front();
        if (is_element(first, "a", xhtml_ns)) {
            if (!has_label(first)) report.error(member, line_of(first), "a link in the " + kind + " nav has no text");
        } else if (is_element(first, "span", xhtml_ns)) {
            if (trim(text_of(first)).empty()) report.error(member, line_of(first), "a heading span in the " + kind + " nav has no text");
            if (child_elements(li, "ol", xhtml_ns).empty())
                report.error(member, line_of(first), "a span in the " + kind + " nav is not followed by an ol (only links may stand alone)");
        } else {
            report.error(member, line_of(li), "an li in the " + kind + " nav does not start with an a or a span");
        }
        for (xmlNode* sub : child_elements(li, "ol", xhtml_ns)) check_nav_list(report, member, sub, kind);
    }
}

void check_nav(Reporter& report, const std::string& member, xmlNode* root) {
    int toc = 0, landmarks = 0, page_list = 0;
    each_element(root, [&](xmlNode* n) {
        if (!is_element(n, "nav", xhtml_ns)) return;
        auto types = epub_types(n);
        std::string kind = has_token(types, "toc") ? "toc" : has_token(types, "landmarks") ? "landmarks"
                           : has_token(types, "page-list")                               ? "page-list"
                                                                                         : "";
        if (kind.empty()) return;
        (kind == "toc" ? toc : kind == "landmarks" ? landmarks : page_list)++;
        auto lists = child_elements(n, "ol", xhtml_ns);
        if (lists.empty()) report.error(member, line_of(n), "the nav epub:type=\"" + kind + "\" has no ol");
        else check_nav_list(report, member, lists.front(), kind);
        if (lists.size() > 1) report.error(member, line_of(lists[1]), "the nav epub:type=\"" + kind + "\" has more than one ol");
    });
    long line = line_of(root);
    if (toc == 0) report.error(member, line, "the navigation document has no nav epub:type=\"toc\"");
    if (toc > 1) report.error(member, line, "the navigation document has " + std::to_string(toc) + " toc navs; exactly one must");
    if (landmarks > 1) report.error(member, line, "the navigation document has more than one landmarks nav");
    if (page_list > 1) report.error(member, line, "the navigation document has more than one page-list nav");
}

// The URLs a style sheet refers to (url(…) and @import "…"), with their 0-based line: a linear scan
// that skips comments and strings, not a CSS parser. CSS escapes inside URLs are left as written.
struct CssUrl {
    long line = 0;
    std::string url;
};

std::vector<CssUrl> css_urls(std::string_view css) {
    std::vector<CssUrl> out;
    long line = 0;
    std::size_t i = 0, n = css.size();
    auto at_word = [&](std::string_view word) {
        if (n - i < word.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if (lower(css[i + k]) != word[k]) return false;
        return true;
    };
    auto read_string = [&]() {  // at a quote; leaves i past the closing quote
        char quote = css[i++];
        std::string value;
        while (i < n && css[i] != quote && css[i] != '\n') {
            if (css[i] == '\\' && i + 1 < n) line += css[++i] == '\n';
            value += css[i++];
        }
        if (i < n && css[i] == quote) ++i;
        return value;
    };
    auto skip_spaces = [&]() {
        while (i < n && is_space(css[i])) line += css[i++] == '\n';
    };
    auto read_url = [&]() {  // just past "url("
        skip_spaces();
        long at = line;
        std::string value;
        if (i < n && (css[i] == '"' || css[i] == '\'')) value = read_string();
        else
            while (i < n && css[i] != ')' && !is_space(css[i])) value += css[i++];
        out.push_back({at, value});
    };
    while (i < n) {
        char c = css[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == '/' && i + 1 < n && css[i + 1] == '*') {
            std::size_t end = css.find("*/", i + 2);
            end = end == std::string_view::npos ? n : end + 2;
            for (; i < end; ++i) line += css[i] == '\n';
        } else if (c == '"' || c == '\'') {
            read_string();
        } else if (at_word("url(") && (i == 0 || !(is_alnum(css[i - 1]) || css[i - 1] == '-' || css[i - 1] == '_'))) {
            i += 4;
            read_url();
        } else if (at_word("@import")) {
            i += 7;
            skip_spaces();
            if (i < n && (css[i] == '"' || css[i] == '\'')) {
                long at = line;
                out.push_back({at, read_string()});
            }
        } else {
            ++i;
        }
    }
    return out;
}

// Records the local references of CSS text found in `member` from line `first_line` on. Remote ones
// (web fonts) are left alone.
void collect_css(Book& book, const std::string& member, std::string_view css, long first_line) {
    for (CssUrl& u : css_urls(css)) {
        Ref ref = resolve(folder_of(member), u.url);
        if (ref.kind == Ref::Kind::external || ref.kind == Ref::Kind::same_document) continue;
        book.links.push_back({member, first_line + u.line, "CSS url", u.url, std::move(ref), false, false, true});
    }
}

// The URL-valued attributes of XHTML elements that name resources (cite and longdesc-like ones are left).
struct UrlAttr {
    const char* element;
    const char* attribute;
};
constexpr UrlAttr xhtml_urls[] = {{"a", "href"},       {"area", "href"},   {"link", "href"},   {"img", "src"},
                                  {"iframe", "src"},   {"embed", "src"},   {"audio", "src"},   {"video", "src"},
                                  {"video", "poster"}, {"source", "src"},  {"track", "src"},   {"script", "src"},
                                  {"input", "src"},    {"object", "data"}};

void collect_content(Book& book, const std::string& member, xmlNode* n, bool in_nav, std::map<std::string, long>& ids,
                     Reporter& report) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        long line = line_of(n);
        for (const char* ns : {static_cast<const char*>(nullptr), xml_ns}) {
            auto id = attr(n, "id", ns);
            if (!id) continue;
            auto [it, fresh] = ids.emplace(*id, line);
            if (!fresh) report.error(member, line, "id " + quoted(*id) + " is used twice (first on line " + std::to_string(it->second) + ")");
        }
        std::string_view name = sv(n->name);
        if (in_namespace(n, xhtml_ns)) {
            for (const UrlAttr& u : xhtml_urls) {
                if (name != u.element) continue;
                if (auto v = attr(n, u.attribute)) {
                    bool hyperlink = name == "a" || name == "area";
                    bool media = name == "audio" || name == "video" || name == "source" || name == "track";
                    book.links.push_back({member, line, std::string(u.element) + " " + u.attribute, *v,
                                          resolve(folder_of(member), *v), hyperlink, hyperlink && in_nav, hyperlink || media});
                }
            }
        } else if (in_namespace(n, svg_ns)) {
            auto v = attr(n, "href", xlink_ns);
            std::string what = std::string(name) + " xlink:href";
            if (!v) {
                v = attr(n, "href");
                what = std::string(name) + " href";
            }
            if (v) {
                bool hyperlink = name == "a";
                book.links.push_back({member, line, what, *v, resolve(folder_of(member), *v), hyperlink, hyperlink && in_nav, hyperlink});
            }
        }
        if (is_element(n, "style", xhtml_ns)) collect_css(book, member, text_of(n), line);
        if (auto style = attr(n, "style"); style && in_namespace(n, xhtml_ns)) collect_css(book, member, *style, line);
        bool nav_here = in_nav;
        if (is_element(n, "nav", xhtml_ns)) {
            auto types = epub_types(n);
            nav_here = has_token(types, "toc") || has_token(types, "landmarks") || has_token(types, "page-list");
        }
        collect_content(book, member, n->children, nav_here, ids, report);
    }
}

void check_content(Reporter& report, Book& book, const Item& item, xmlDoc* doc, bool nav_document) {
    xmlNode* root = xmlDocGetRootElement(doc);
    bool svg = item.media_type == svg_media_type;
    if (svg ? !is_element(root, "svg", svg_ns) : !is_element(root, "html", xhtml_ns))
        report.error(item.path, line_of(root),
                     svg ? "the root is not an svg element in the SVG namespace"
                         : "the root is not an html element in the XHTML namespace (http://www.w3.org/1999/xhtml)");
    std::map<std::string, long> ids;
    collect_content(book, item.path, root, false, ids, report);
    auto& known = book.ids[item.path];
    for (auto& [id, line] : ids) known.insert(id);
    if (nav_document) check_nav(report, item.path, root);
}

void check_ncx(Reporter& report, Book& book, const Item& item, xmlDoc* doc) {
    xmlNode* root = xmlDocGetRootElement(doc);
    if (!is_element(root, "ncx", ncx_ns)) {
        report.error(item.path, line_of(root), "the root is not an ncx element in the NCX namespace");
        return;
    }
    for (xmlNode* head : child_elements(root, "head", ncx_ns))
        for (xmlNode* meta : child_elements(head, "meta", ncx_ns))
            if (attr(meta, "name") == "dtb:uid") {
                std::string uid(trim(attr(meta, "content").value_or("")));
                if (!book.unique_identifier.empty() && uid != book.unique_identifier)
                    report.error(item.path, line_of(meta), "dtb:uid " + quoted(uid) + " differs from the package's unique identifier " +
                                                               quoted(book.unique_identifier));
            }
    if (child_elements(root, "navMap", ncx_ns).empty()) report.error(item.path, line_of(root), "the NCX has no navMap");
    each_element(root, [&](xmlNode* n) {
        if (!is_element(n, "content", ncx_ns)) return;
        if (auto src = attr(n, "src"))
            book.links.push_back({item.path, line_of(n), "content src", *src, resolve(folder_of(item.path), *src), false, false, false});
        else
            report.error(item.path, line_of(n), "an NCX content element has no src");
    });
}

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

// Fragments that name something other than an id: EPUB CFIs, SVG views, media fragments.
bool names_an_id(std::string_view fragment) {
    return !fragment.empty() && !fragment.starts_with("epubcfi(") && !fragment.starts_with("svgView(") &&
           fragment.find('=') == std::string_view::npos;
}

void check_links(Reporter& report, const Book& book) {
    for (const Link& link : book.links) {
        std::string label = link.what + " " + quoted(link.href);
        if (link.nav) label = "nav link " + quoted(link.href);
        switch (link.ref.kind) {
            case Ref::Kind::external:
                if (link.nav)
                    report.error(link.from, link.line, label + " is remote; toc, landmarks and page-list links must name content documents in the book");
                else if (link.ref.network && !link.remote_ok)
                    report.error(link.from, link.line, label + " is a remote resource; only audio and video may stay outside the container");
                else if (link.ref.network && !link.hyperlink) {
                    const Item* from = book.item_at(link.from);
                    if (!book.remote_items.count(std::string(trim(link.href))))
                        report.error(link.from, link.line, label + " is a remote resource that is not in the manifest");
                    if (from && !from->has("remote-resources"))
                        report.error(link.from, link.line, label + " is remote, so manifest item " + quoted(from->id) +
                                                               " must have the remote-resources property");
                }
                continue;
            case Ref::Kind::invalid:
                report.error(link.from, link.line, label + " " + link.ref.problem);
                continue;
            case Ref::Kind::same_document:
            case Ref::Kind::local: break;
        }
        const std::string& target = link.ref.kind == Ref::Kind::same_document ? link.from : link.ref.path;
        if (link.ref.kind == Ref::Kind::local) {
            if (!book.member(target)) {
                report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is not in the archive");
                continue;
            }
            const Item* item = book.item_at(target);
            if (!item) {
                report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is not in the manifest");
                continue;
            }
            if (link.hyperlink || link.nav) {
                if (!is_content_document(item->media_type) && !item->has_fallback)
                    report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is " + quoted(item->media_type) +
                                                           ": hyperlinks must name XHTML or SVG content documents");
                else if (is_content_document(item->media_type) && !book.spine.count(target))
                    report.error(link.from, link.line, label + " points to " + quoted(target) + ", which is not in the spine");
            }
        }
        if (!link.ref.has_fragment || !names_an_id(link.ref.fragment)) continue;
        auto ids = book.ids.find(target);
        if (ids == book.ids.end()) continue;  // not a parsed content document: nothing to look the id up in
        if (!ids->second.count(link.ref.fragment))
            report.error(link.from, link.line, label + ": " + quoted(target) + " has no id " + quoted(link.ref.fragment));
    }
}

}  // namespace

bool validate_epub(const std::string& file, const std::string& bytes, Diagnostics& diags) {
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

bool looks_like_epub(const std::string& bytes) {
    return bytes.size() >= 38 && bytes.compare(0, 4, "PK\x03\x04", 4) == 0 && le16(bytes, 26) == 8 &&
           bytes.compare(30, 8, "mimetype") == 0;
}

}  // namespace galley
