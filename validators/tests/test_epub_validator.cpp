// The EPUB structure validator against EPUBs built here in memory with libzip: a minimal valid EPUB 3,
// then one broken variant per rule, each expected to give its message at the right member and line. When
// epubcheck is installed, it checks the same books and must agree.
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "galley/epub_validator.hpp"

namespace galley {
namespace {

const std::string archive = "book.epub";
std::string at(const std::string& member) { return archive + ":" + member; }

// ---------------------------------------------------------------------------------------------------
// Building EPUBs in memory.

struct Entry {
    std::string name;
    std::string data;
    bool stored = false;
    std::string local_extra;  // bytes of an extra field for the local file header (empty: none)
};

// Writes `entries`, in order, to a ZIP held in memory, and returns its bytes.
std::string write_zip(const std::vector<Entry>& entries) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer) throw std::runtime_error("zip_source_buffer_create failed");
    zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    if (!za) {
        zip_source_free(buffer);
        throw std::runtime_error(std::string("zip_open_from_source: ") + zip_error_strerror(&err));
    }
    zip_source_keep(buffer);  // zip_close would free it; the bytes are read back from it below
    for (const Entry& e : entries) {
        zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
        zip_int64_t idx = src ? zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_GUESS) : -1;
        if (idx < 0) throw std::runtime_error("zip_file_add " + e.name + ": " + zip_strerror(za));
        auto i = static_cast<zip_uint64_t>(idx);
        if (zip_set_file_compression(za, i, e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, e.stored ? 0 : 9) < 0 ||
            zip_file_set_mtime(za, i, 1714521600, 0) < 0)
            throw std::runtime_error("zip settings " + e.name + ": " + zip_strerror(za));
        if (!e.local_extra.empty() &&
            zip_file_extra_field_set(za, i, 0x6a67, ZIP_EXTRA_FIELD_NEW, reinterpret_cast<const zip_uint8_t*>(e.local_extra.data()),
                                     static_cast<zip_uint16_t>(e.local_extra.size()), ZIP_FL_LOCAL) < 0)
            throw std::runtime_error("zip extra field " + e.name + ": " + zip_strerror(za));
    }
    if (zip_close(za) < 0) throw std::runtime_error(std::string("zip_close: ") + zip_strerror(za));
    std::string out;
    if (zip_source_open(buffer) < 0 || zip_source_seek(buffer, 0, SEEK_END) < 0)
        throw std::runtime_error("cannot reopen the ZIP buffer");
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    out.resize(static_cast<std::size_t>(size));
    if (zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) != size) throw std::runtime_error("short ZIP read");
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&err);
    return out;
}

const char* const container_xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
)";

const char* const package_opf = R"(<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="zh-CN">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:8a7c4f0e-2d3b-5c1a-9e6f-0b1d2c3e4f5a</dc:identifier>
    <dc:title>江城日报 2024年5月1日</dc:title>
    <dc:language>zh-CN</dc:language>
    <meta property="dcterms:modified">2024-05-01T00:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="p1-a1" href="text/p1-a1.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="css/style.css" media-type="text/css"/>
    <item id="photo" href="images/photo.png" media-type="image/png" properties="cover-image"/>
  </manifest>
  <spine>
    <itemref idref="p1-a1"/>
  </spine>
</package>
)";

const char* const nav_xhtml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN">
<head>
<title>目录</title>
</head>
<body>
<nav epub:type="toc" id="toc">
<h1>目录</h1>
<ol>
<li><a href="text/p1-a1.xhtml#a1">市区新增三条公交线路</a></li>
</ol>
</nav>
<nav epub:type="landmarks" hidden="">
<h2>导航</h2>
<ol>
<li><a epub:type="bodymatter" href="text/p1-a1.xhtml">正文</a></li>
</ol>
</nav>
</body>
</html>
)";

const char* const chapter_xhtml = R"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="zh-CN" xml:lang="zh-CN">
<head>
<title>市区新增三条公交线路</title>
<link rel="stylesheet" type="text/css" href="../css/style.css"/>
</head>
<body>
<article id="a1">
<h1>市区新增三条公交线路</h1>
<p class="byline">记者 徐敏</p>
<figure id="f1">
<img src="../images/photo.png" alt="新线路的首班车"/>
<figcaption>新线路的首班车</figcaption>
</figure>
<p>本报讯 市交通局昨日宣布，五月起新增三条公交线路（<a href="#f1">见图</a>）。</p>
</article>
</body>
</html>
)";

const char* const style_css = R"(body { margin: 0 5%; }
p { text-indent: 2em; line-break: strict; }
/* the byline carries the paper's mark: url(not-a-reference.png) */
.byline { font-size: 0.9em; background: url("../images/photo.png") no-repeat; }
)";

const std::string photo_png(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    "\x00\x1f\x15\xc4\x89\x00\x00\x00\x0b\x49\x44\x41\x54\x78\x9c\x63\x60\x00\x02\x00\x00\x05\x00\x01\x7a\x5e\xab\x3f"
    "\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
    68);

// An EPUB as an ordered list of members, to break one rule at a time.
struct Epub {
    std::vector<Entry> entries;

    Entry& entry(const std::string& name) {
        for (Entry& e : entries)
            if (e.name == name) return e;
        throw std::logic_error("no member " + name);
    }
    std::string& text(const std::string& name) { return entry(name).data; }
    void replace(const std::string& name, const std::string& from, const std::string& to) {
        std::string& s = text(name);
        std::size_t at_ = s.find(from);
        if (at_ == std::string::npos) throw std::logic_error("'" + from + "' is not in " + name);
        s.replace(at_, from.size(), to);
    }
    void remove(const std::string& name) {
        std::erase_if(entries, [&](const Entry& e) { return e.name == name; });
    }
    void add(Entry e) { entries.push_back(std::move(e)); }
    std::string bytes() const { return write_zip(entries); }
};

Epub minimal() {
    return {{{"mimetype", "application/epub+zip", true, {}},
             {"META-INF/container.xml", container_xml, false, {}},
             {"OEBPS/content.opf", package_opf, false, {}},
             {"OEBPS/nav.xhtml", nav_xhtml, false, {}},
             {"OEBPS/text/p1-a1.xhtml", chapter_xhtml, false, {}},
             {"OEBPS/css/style.css", style_css, false, {}},
             {"OEBPS/images/photo.png", photo_png, false, {}}}};
}

const std::string opf = "OEBPS/content.opf";
const std::string nav = "OEBPS/nav.xhtml";
const std::string chapter = "OEBPS/text/p1-a1.xhtml";

// The 1-based line of `needle` in `text`: where the tests expect a diagnostic.
int line_in(const std::string& text, const std::string& needle) {
    std::size_t at_ = text.find(needle);
    if (at_ == std::string::npos) throw std::logic_error("'" + needle + "' not found");
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at_), '\n'));
}

// ---------------------------------------------------------------------------------------------------
// Checking.

struct Result {
    bool ok = false;
    Diagnostics diags;
    std::string listing() const {
        std::string out;
        for (const auto& d : diags.items()) out += "  " + format_diagnostic(d) + "\n";
        return out.empty() ? "  (no diagnostics)\n" : out;
    }
};

Result check(const std::string& bytes) {
    Result r;
    r.ok = validate_epub(archive, bytes, r.diags);
    return r;
}
Result check(const Epub& epub) { return check(epub.bytes()); }

// True when `r` has a diagnostic of `severity` at `file` (and `line`, when > 0; 0 asks for none) whose
// message contains `text`.
::testing::AssertionResult reports(const Result& r, Severity severity, const std::string& file, int line, const std::string& text) {
    for (const auto& d : r.diags.items())
        if (d.severity == severity && d.where.file == file && d.where.line == line && d.message.find(text) != std::string::npos)
            return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "no " << (severity == Severity::error ? "error" : "warning") << " at " << file << ":"
                                         << line << " containing \"" << text << "\"; got:\n"
                                         << r.listing();
}

// The variant fails with exactly `errors` errors, one of them `text` at `file`:`line`.
void expect_error(const Result& r, const std::string& file, int line, const std::string& text, std::size_t errors = 1) {
    EXPECT_FALSE(r.ok) << r.listing();
    EXPECT_TRUE(reports(r, Severity::error, file, line, text));
    EXPECT_EQ(r.diags.error_count(), errors) << r.listing();
}

// ---------------------------------------------------------------------------------------------------
// The minimal valid EPUB.

TEST(EpubValidator, MinimalEpub3IsValid) {
    std::string bytes = minimal().bytes();
    ASSERT_TRUE(looks_like_epub(bytes));
    // The fixture itself: mimetype first, stored, no extra field (what the validator checks in the bytes).
    ASSERT_EQ(bytes.substr(30, 8), "mimetype");
    ASSERT_EQ(bytes[8], 0) << "mimetype must be stored";
    ASSERT_EQ(bytes[28] | bytes[29], 0) << "mimetype must have no extra field";
    Result r = check(bytes);
    EXPECT_TRUE(r.ok) << r.listing();
    EXPECT_EQ(r.diags.error_count(), 0u) << r.listing();
    EXPECT_EQ(r.diags.warning_count(), 0u) << r.listing();
}

TEST(EpubValidator, LooksLikeEpub) {
    EXPECT_TRUE(looks_like_epub(minimal().bytes()));
    Epub second = minimal();
    std::swap(second.entries[0], second.entries[1]);
    EXPECT_FALSE(looks_like_epub(second.bytes()));
    EXPECT_FALSE(looks_like_epub("<?xml version=\"1.0\"?><newsItem/>"));
    EXPECT_FALSE(looks_like_epub(""));
}

TEST(EpubValidator, NotAZip) {
    Result r = check(std::string("this is not a ZIP archive at all"));
    expect_error(r, archive, 0, "not a ZIP archive");
}

// ---------------------------------------------------------------------------------------------------
// 1. OCF.

TEST(EpubValidator, MimetypeNotFirst) {
    Epub e = minimal();
    std::swap(e.entries[0], e.entries[1]);
    expect_error(check(e), at("mimetype"), 0, "'mimetype' is not the first entry of the archive (the first is 'META-INF/container.xml')");
}

TEST(EpubValidator, MimetypeDeflated) {
    Epub e = minimal();
    e.entry("mimetype").stored = false;
    std::string bytes = e.bytes();
    ASSERT_EQ(bytes[8], 8) << "libzip was expected to deflate it";
    expect_error(check(bytes), at("mimetype"), 0, "'mimetype' is compressed (method 8); it must be stored");
}

TEST(EpubValidator, MimetypeWrongText) {
    Epub e = minimal();
    e.text("mimetype") = "application/epub+zip\n";
    expect_error(check(e), at("mimetype"), 1, "'mimetype' holds 'application/epub+zip\\x0a'; it must hold exactly");
}

TEST(EpubValidator, MimetypeExtraField) {
    Epub e = minimal();
    e.entry("mimetype").local_extra = "pad!";
    expect_error(check(e), at("mimetype"), 0, "'mimetype' has an extra field of 8 bytes in its local file header");
}

TEST(EpubValidator, MimetypeMissing) {
    Epub e = minimal();
    e.remove("mimetype");
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, archive, 0, "the archive has no 'mimetype' member"));
    EXPECT_EQ(r.diags.error_count(), 1u) << r.listing();
}

TEST(EpubValidator, ContainerMissing) {
    Epub e = minimal();
    e.remove("META-INF/container.xml");
    Result r = check(e);
    expect_error(r, archive, 0, "META-INF/container.xml is missing");
}

TEST(EpubValidator, RootfileNotInArchive) {
    Epub e = minimal();
    e.replace("META-INF/container.xml", "OEBPS/content.opf", "OEBPS/package.opf");
    expect_error(check(e), at("META-INF/container.xml"), 4, "the rootfile full-path 'OEBPS/package.opf' is not in the archive");
}

TEST(EpubValidator, NoRootfile) {
    Epub e = minimal();
    e.replace("META-INF/container.xml", R"(<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>)", "");
    expect_error(check(e), at("META-INF/container.xml"), 2, "no rootfile");
}

TEST(EpubValidator, RootfileWrongMediaType) {
    Epub e = minimal();
    e.replace("META-INF/container.xml", "application/oebps-package+xml", "application/xml");
    expect_error(check(e), at("META-INF/container.xml"), 2, "no rootfile has media-type=\"application/oebps-package+xml\"");
}

TEST(EpubValidator, ContainerNotWellFormed) {
    Epub e = minimal();
    e.replace("META-INF/container.xml", "</rootfiles>", "</rootfile>");
    Result r = check(e);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(reports(r, Severity::error, at("META-INF/container.xml"), 5, "not well-formed XML: Opening and ending tag mismatch"));
}

TEST(EpubValidator, MemberNameWithDotDot) {
    Epub e = minimal();
    e.add({"OEBPS/../evil.txt", "x", false, {}});
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at("OEBPS/../evil.txt"), 0, "the member name has a '..' segment"));
    EXPECT_EQ(r.diags.error_count(), 1u) << r.listing();
    EXPECT_FALSE(r.ok);
}

TEST(EpubValidator, MemberNameAbsoluteOrBackslash) {
    Epub e = minimal();
    e.add({"/etc/evil.txt", "x", false, {}});
    e.add({"OEBPS\\evil.txt", "x", false, {}});
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at("/etc/evil.txt"), 0, "the member name is an absolute path"));
    EXPECT_TRUE(reports(r, Severity::error, at("OEBPS\\evil.txt"), 0, "the member name has a backslash"));
    EXPECT_EQ(r.diags.error_count(), 2u) << r.listing();
}

TEST(EpubValidator, MemberNameNotUtf8) {
    Epub e = minimal();
    e.add({"OEBPS/caf\xe9.txt", "x", false, {}});
    expect_error(check(e), archive, 0, "the member name 'OEBPS/caf\\xe9.txt' is not UTF-8");
}

TEST(EpubValidator, MemberNamesDifferingOnlyInCase) {
    Epub e = minimal();
    e.add({"OEBPS/Images/photo.png", photo_png, false, {}});
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at("OEBPS/images/photo.png"), 0, "differs only in case from 'OEBPS/Images/photo.png'") ||
                reports(r, Severity::error, at("OEBPS/Images/photo.png"), 0, "differs only in case from 'OEBPS/images/photo.png'"));
}

// ---------------------------------------------------------------------------------------------------
// 2. The package document.

TEST(EpubValidator, PackageNotWellFormedReportsTheLine) {
    Epub e = minimal();
    e.replace(opf, "</dc:title>", "</dc:titel>");
    Result r = check(e);
    EXPECT_FALSE(r.ok);
    int line = line_in(package_opf, "<dc:title>");
    EXPECT_TRUE(reports(r, Severity::error, at(opf), line, "not well-formed XML: Opening and ending tag mismatch: title"));
    // libxml2 gives the column too.
    for (const auto& d : r.diags.items())
        if (d.where.file == at(opf)) {
            EXPECT_GT(d.where.column, 0) << format_diagnostic(d);
        }
}

TEST(EpubValidator, PackageVersion) {
    Epub e = minimal();
    e.replace(opf, R"(version="3.0")", R"(version="3.1")");
    expect_error(check(e), at(opf), 2, "package version '3.1' is not 3.0");
}

TEST(EpubValidator, UniqueIdentifierNamesNothing) {
    Epub e = minimal();
    e.replace(opf, R"(unique-identifier="uid")", R"(unique-identifier="bookid")");
    expect_error(check(e), at(opf), 2, "unique-identifier 'bookid' names no dc:identifier");
}

TEST(EpubValidator, MissingLanguage) {
    Epub e = minimal();
    e.replace(opf, "    <dc:language>zh-CN</dc:language>\n", "");
    expect_error(check(e), at(opf), line_in(package_opf, "<metadata"), "the metadata has no dc:language");
}

TEST(EpubValidator, MalformedLanguage) {
    Epub e = minimal();
    e.replace(opf, "<dc:language>zh-CN<", "<dc:language>zh_CN<");
    expect_error(check(e), at(opf), line_in(package_opf, "<dc:language>"), "dc:language 'zh_CN' is not a well-formed BCP 47 language tag");
}

TEST(EpubValidator, WellFormedLanguages) {
    for (const char* tag : {"zh", "zh-CN", "zh-Hans-CN", "zh-Hant-TW", "en-GB-oed", "sgn-BE-FR", "de-CH-1901", "x-galley",
                            "en-a-bbb-x-a-ccc", "es-419", "yue-HK", "zh-cmn-Hans-CN"}) {
        Epub e = minimal();
        e.replace(opf, "<dc:language>zh-CN<", std::string("<dc:language>") + tag + "<");
        Result r = check(e);
        EXPECT_TRUE(r.ok) << tag << "\n" << r.listing();
    }
    for (const char* tag : {"", "zh_CN", "c", "zh-", "toolongtag", "en-a", "zh--CN", "en-x", "12-CN", "zh-a-b"}) {
        Epub e = minimal();
        e.replace(opf, "<dc:language>zh-CN<", std::string("<dc:language>") + tag + "<");
        EXPECT_FALSE(check(e).ok) << "'" << tag << "' passed";
    }
}

TEST(EpubValidator, TwoModifiedDates) {
    Epub e = minimal();
    e.replace(opf, "  </metadata>", "    <meta property=\"dcterms:modified\">2024-05-02T00:00:00Z</meta>\n  </metadata>");
    expect_error(check(e), at(opf), line_in(package_opf, "<metadata"),
                 "meta property=\"dcterms:modified\" occurs 2 times; it must occur exactly once");
}

TEST(EpubValidator, ModifiedDateForm) {
    for (const char* bad : {"2024-05-01", "2024-05-01T00:00:00", "2024-05-01T00:00:00+08:00", "2024-02-30T00:00:00Z",
                            "2024-13-01T00:00:00Z", "2024-05-01T24:00:00Z"}) {
        Epub e = minimal();
        e.replace(opf, "2024-05-01T00:00:00Z", bad);
        expect_error(check(e), at(opf), line_in(package_opf, "dcterms:modified"), "is not of the form CCYY-MM-DDThh:mm:ssZ");
    }
    Epub leap = minimal();
    leap.replace(opf, "2024-05-01T00:00:00Z", "2024-02-29T23:59:59Z");
    EXPECT_TRUE(check(leap).ok);
}

TEST(EpubValidator, ManifestHrefToMissingFile) {
    Epub e = minimal();
    e.replace(opf, R"(href="css/style.css")", R"(href="css/missing.css")");
    Result r = check(e);
    int line = line_in(package_opf, "css/style.css");
    EXPECT_TRUE(reports(r, Severity::error, at(opf), line,
                        "manifest item 'css' href 'css/missing.css' points to 'OEBPS/css/missing.css', which is not in the archive"));
    // The stylesheet now links to an unlisted file, and that file is not in the manifest: both said too.
    EXPECT_TRUE(reports(r, Severity::warning, at("OEBPS/css/style.css"), 0, "is in the archive but not in the manifest"));
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line_in(chapter_xhtml, "style.css"),
                        "link href '../css/style.css' points to 'OEBPS/css/style.css', which is not in the manifest"));
    EXPECT_EQ(r.diags.error_count(), 2u) << r.listing();
}

TEST(EpubValidator, ManifestHrefIsPercentDecoded) {
    Epub e = minimal();
    e.entry("OEBPS/images/photo.png").name = "OEBPS/images/photo-1.png";
    e.replace(opf, "images/photo.png", "images/photo%2D1.png");
    e.replace(chapter, "../images/photo.png", "../images/photo%2d1.png");
    e.replace("OEBPS/css/style.css", "../images/photo.png", "../images/photo%2D1.png");
    Result r = check(e);
    EXPECT_TRUE(r.ok) << r.listing();
    EXPECT_EQ(r.diags.warning_count(), 0u) << r.listing();
}

TEST(EpubValidator, FileNotInManifestIsAWarningOnly) {
    Epub e = minimal();
    e.add({"OEBPS/notes.txt", "editor's notes", false, {}});
    Result r = check(e);
    EXPECT_TRUE(r.ok) << r.listing();
    EXPECT_EQ(r.diags.error_count(), 0u) << r.listing();
    EXPECT_EQ(r.diags.warning_count(), 1u) << r.listing();
    EXPECT_TRUE(reports(r, Severity::warning, at("OEBPS/notes.txt"), 0, "'OEBPS/notes.txt' is in the archive but not in the manifest"));
}

TEST(EpubValidator, NoNavItem) {
    Epub e = minimal();
    e.replace(opf, R"( properties="nav")", "");
    expect_error(check(e), at(opf), line_in(package_opf, "<manifest>"), "no manifest item has the 'nav' property");
}

TEST(EpubValidator, TwoCoverImages) {
    Epub e = minimal();
    e.replace(opf, R"(media-type="text/css")", R"(media-type="text/css" properties="cover-image")");
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at(opf), line_in(package_opf, "<manifest>"), "2 manifest items have the 'cover-image' property"));
    EXPECT_TRUE(reports(r, Severity::error, at(opf), line_in(package_opf, "css/style.css"), "has the cover-image property but is not an image"));
}

TEST(EpubValidator, DuplicateManifestId) {
    Epub e = minimal();
    e.replace(opf, R"(<item id="css")", R"(<item id="photo")");
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at(opf), line_in(package_opf, R"(<item id="photo")"),
                        "id 'photo' is used twice (first on line " + std::to_string(line_in(package_opf, "css/style.css")) + ")"));
}

TEST(EpubValidator, SpineIdrefUnknown) {
    Epub e = minimal();
    e.replace(opf, R"(<itemref idref="p1-a1"/>)", R"(<itemref idref="p1-a1"/>
    <itemref idref="p1-a2"/>)");
    expect_error(check(e), at(opf), line_in(package_opf, "<itemref") + 1, "spine itemref idref 'p1-a2' is not a manifest item id");
}

TEST(EpubValidator, SpineWithoutLinearItem) {
    Epub e = minimal();
    e.replace(opf, R"(<itemref idref="p1-a1"/>)", R"(<itemref idref="p1-a1" linear="no"/>)");
    expect_error(check(e), at(opf), line_in(package_opf, "<spine>"), "the spine has no linear itemref");
}

TEST(EpubValidator, SpineTocMustBeAnNcx) {
    Epub e = minimal();
    e.replace(opf, "<spine>", R"(<spine toc="css">)");
    expect_error(check(e), at(opf), line_in(package_opf, "<spine>"), "the spine toc 'css' is not an NCX");
}

TEST(EpubValidator, Epub2PackageIsAWarning) {
    Epub e = minimal();
    e.replace(opf, R"(version="3.0")", R"(version="2.0")");
    e.replace(opf, "<spine>", R"(<spine toc="ncx">)");
    e.replace(opf, "  </manifest>", R"(    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
  </manifest>)");
    e.add({"OEBPS/toc.ncx", R"(<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head><meta name="dtb:uid" content="urn:uuid:8a7c4f0e-2d3b-5c1a-9e6f-0b1d2c3e4f5a"/></head>
<docTitle><text>江城日报</text></docTitle>
<navMap>
<navPoint id="np1" playOrder="1"><navLabel><text>市区新增三条公交线路</text></navLabel><content src="text/p1-a1.xhtml#a1"/></navPoint>
</navMap>
</ncx>
)",
           false, {}});
    Result r = check(e);
    EXPECT_TRUE(r.ok) << r.listing();
    EXPECT_TRUE(reports(r, Severity::warning, at(opf), 2, "an EPUB 2 package"));
}

// ---------------------------------------------------------------------------------------------------
// 3. The navigation document.

TEST(EpubValidator, NavWithoutToc) {
    Epub e = minimal();
    e.replace(nav, R"(epub:type="toc")", R"(epub:type="lot")");
    expect_error(check(e), at(nav), line_in(nav_xhtml, "<html"), "the navigation document has no nav epub:type=\"toc\"");
}

TEST(EpubValidator, NavTocWithoutOl) {
    Epub e = minimal();
    e.replace(nav, "<ol>\n<li><a href=\"text/p1-a1.xhtml#a1\">市区新增三条公交线路</a></li>\n</ol>", "<p>目录</p>");
    expect_error(check(e), at(nav), line_in(nav_xhtml, "epub:type=\"toc\""), "the nav epub:type=\"toc\" has no ol");
}

TEST(EpubValidator, NavLinkToMissingFile) {
    Epub e = minimal();
    e.replace(nav, R"(href="text/p1-a1.xhtml#a1")", R"(href="text/p1-a9.xhtml#a9")");
    expect_error(check(e), at(nav), line_in(nav_xhtml, "p1-a1.xhtml#a1"),
                 "nav link 'text/p1-a9.xhtml#a9' points to 'OEBPS/text/p1-a9.xhtml', which is not in the archive");
}

TEST(EpubValidator, NavLinkBrokenFragment) {
    Epub e = minimal();
    e.replace(nav, R"(href="text/p1-a1.xhtml#a1")", R"(href="text/p1-a1.xhtml#a2")");
    expect_error(check(e), at(nav), line_in(nav_xhtml, "p1-a1.xhtml#a1"),
                 "nav link 'text/p1-a1.xhtml#a2': 'OEBPS/text/p1-a1.xhtml' has no id 'a2'");
}

TEST(EpubValidator, NavLinkToRemoteResource) {
    Epub e = minimal();
    e.replace(nav, R"(href="text/p1-a1.xhtml")", R"(href="https://example.org/")");
    expect_error(check(e), at(nav), line_in(nav_xhtml, R"(href="text/p1-a1.xhtml")"), "is remote");
}

TEST(EpubValidator, NavLinkWithoutText) {
    Epub e = minimal();
    e.replace(nav, ">市区新增三条公交线路</a>", "></a>");
    expect_error(check(e), at(nav), line_in(nav_xhtml, "p1-a1.xhtml#a1"), "a link in the toc nav has no text");
}

// ---------------------------------------------------------------------------------------------------
// 4. Content documents.

TEST(EpubValidator, XhtmlNotWellFormedNamesMemberAndLine) {
    Epub e = minimal();
    e.replace(chapter, "<p class=\"byline\">记者 徐敏</p>", "<p class=\"byline\">记者 徐敏");
    Result r = check(e);
    EXPECT_FALSE(r.ok);
    // libxml2 notices at </article>, where the p is still open.
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line_in(chapter_xhtml, "</article>"),
                        "not well-formed XML: Opening and ending tag mismatch: p line " +
                            std::to_string(line_in(chapter_xhtml, "byline")) + " and article"));
}

TEST(EpubValidator, XhtmlUndefinedEntity) {
    Epub e = minimal();
    e.replace(chapter, "本报讯 ", "本报讯&nbsp;");
    Result r = check(e);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line_in(chapter_xhtml, "本报讯"), "Entity 'nbsp' not defined"));
}

TEST(EpubValidator, XhtmlRootNotInXhtmlNamespace) {
    Epub e = minimal();
    e.replace(chapter, R"(<html xmlns="http://www.w3.org/1999/xhtml" )", "<html ");
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line_in(chapter_xhtml, "<html"), "the root is not an html element in the XHTML namespace"));
}

TEST(EpubValidator, ImgSrcMissing) {
    Epub e = minimal();
    e.replace(chapter, R"(src="../images/photo.png")", R"(src="../images/photo2.png")");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "<img"),
                 "img src '../images/photo2.png' points to 'OEBPS/images/photo2.png', which is not in the archive");
}

TEST(EpubValidator, ImgSrcLeavesTheContainer) {
    Epub e = minimal();
    e.replace(chapter, R"(src="../images/photo.png")", R"(src="../../../etc/passwd")");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "<img"), "img src '../../../etc/passwd' leads outside the container");
}

TEST(EpubValidator, SameDocumentFragment) {
    Epub e = minimal();
    e.replace(chapter, R"(href="#f1")", R"(href="#f2")");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "#f1"), "a href '#f2': 'OEBPS/text/p1-a1.xhtml' has no id 'f2'");
}

TEST(EpubValidator, LinkToUnlistedFile) {
    Epub e = minimal();
    e.add({"OEBPS/images/map.png", photo_png, false, {}});
    e.replace(chapter, R"(src="../images/photo.png")", R"(src="../images/map.png")");
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line_in(chapter_xhtml, "<img"), "which is not in the manifest"));
    EXPECT_TRUE(reports(r, Severity::warning, at("OEBPS/images/map.png"), 0, "not in the manifest"));
}

TEST(EpubValidator, HyperlinkToContentOutsideTheSpine) {
    Epub e = minimal();
    e.replace(opf, "  </manifest>", R"(    <item id="extra" href="text/extra.xhtml" media-type="application/xhtml+xml"/>
  </manifest>)");
    std::string extra = chapter_xhtml;
    e.add({"OEBPS/text/extra.xhtml", extra, false, {}});
    e.replace(chapter, R"(href="#f1")", R"(href="extra.xhtml#a1")");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "#f1"),
                 "a href 'extra.xhtml#a1' points to 'OEBPS/text/extra.xhtml', which is not in the spine");
}

TEST(EpubValidator, HyperlinkToAnImage) {
    Epub e = minimal();
    e.replace(chapter, R"(href="#f1")", R"(href="../images/photo.png")");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "#f1"),
                 "a href '../images/photo.png' points to 'OEBPS/images/photo.png', which is 'image/png': hyperlinks must name XHTML or SVG content documents");
}

TEST(EpubValidator, RemoteStylesheet) {
    Epub e = minimal();
    e.replace(chapter, R"(href="../css/style.css")", R"(href="https://example.org/style.css")");
    Result r = check(e);
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line_in(chapter_xhtml, "style.css"),
                        "link href 'https://example.org/style.css' is a remote resource"));
}

TEST(EpubValidator, RemoteVideoIsAllowed) {
    // EPUB 3: audio and video may stay remote, listed in the manifest, the document saying remote-resources.
    Epub e = minimal();
    e.replace(chapter, R"(<figcaption>)", R"(<video src="https://example.org/clip.mp4" controls="controls"></video><figcaption>)");
    e.replace(opf, R"(media-type="application/xhtml+xml"/>)", R"(media-type="application/xhtml+xml" properties="remote-resources"/>
    <item id="clip" href="https://example.org/clip.mp4" media-type="video/mp4"/>)");
    Result r = check(e);
    EXPECT_TRUE(r.ok) << r.listing();
    EXPECT_EQ(r.diags.warning_count(), 0u) << r.listing();
}

TEST(EpubValidator, RemoteVideoMustBeDeclared) {
    Epub e = minimal();
    e.replace(chapter, R"(<figcaption>)", R"(<video src="https://example.org/clip.mp4" controls="controls"></video><figcaption>)");
    Result r = check(e);
    int line = line_in(chapter_xhtml, "<figcaption>");
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line, "video src 'https://example.org/clip.mp4' is a remote resource that is not in the manifest"));
    EXPECT_TRUE(reports(r, Severity::error, at(chapter), line, "manifest item 'p1-a1' must have the remote-resources property"));
    EXPECT_EQ(r.diags.error_count(), 2u) << r.listing();
}

TEST(EpubValidator, DuplicateIdInContent) {
    Epub e = minimal();
    e.replace(chapter, R"(<figure id="f1">)", R"(<figure id="a1">)");
    e.replace(chapter, R"(href="#f1")", R"(href="#a1")");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "<figure"), "id 'a1' is used twice (first on line " +
                                                                               std::to_string(line_in(chapter_xhtml, "<article")) + ")");
}

TEST(EpubValidator, SvgImageLinkInContent) {
    Epub e = minimal();
    e.replace(chapter, R"(<img src="../images/photo.png" alt="新线路的首班车"/>)",
              R"(<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1" height="1"><image xlink:href="../images/gone.png" width="1" height="1"/></svg>)");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "<img"), "image xlink:href '../images/gone.png' points to 'OEBPS/images/gone.png'");
}

TEST(EpubValidator, ExternalLinksAreNotFollowed) {
    Epub e = minimal();
    e.replace(chapter, R"(href="#f1")", R"(href="https://example.org/news?id=1#top")");
    Result r = check(e);
    EXPECT_TRUE(r.ok) << r.listing();
}

TEST(EpubValidator, StyleSheetReferences) {
    Epub e = minimal();
    e.text("OEBPS/css/style.css") += "@import 'print.css';\n@font-face { font-family: Song; src: url(../fonts/song.woff2) format('woff2'); }\n";
    Result r = check(e);
    const std::string css = "OEBPS/css/style.css";
    int lines = line_in(style_css, ".byline");
    EXPECT_TRUE(reports(r, Severity::error, at(css), lines + 1, "CSS url 'print.css' points to 'OEBPS/css/print.css', which is not in the archive"));
    EXPECT_TRUE(reports(r, Severity::error, at(css), lines + 2,
                        "CSS url '../fonts/song.woff2' points to 'OEBPS/fonts/song.woff2', which is not in the archive"));
    EXPECT_EQ(r.diags.error_count(), 2u) << r.listing();
}

TEST(EpubValidator, InlineStyleReferences) {
    Epub e = minimal();
    e.replace(chapter, "<article id=\"a1\">", "<article id=\"a1\" style=\"background-image: url('../images/paper.png')\">");
    expect_error(check(e), at(chapter), line_in(chapter_xhtml, "<article"), "CSS url '../images/paper.png' points to 'OEBPS/images/paper.png'");
}

// ---------------------------------------------------------------------------------------------------
// 5. The NCX.

Epub with_ncx(const std::string& src) {
    Epub e = minimal();
    e.replace(opf, "<spine>", R"(<spine toc="ncx">)");
    e.replace(opf, "  </manifest>", R"(    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
  </manifest>)");
    e.add({"OEBPS/toc.ncx", R"(<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<head><meta name="dtb:uid" content="urn:uuid:8a7c4f0e-2d3b-5c1a-9e6f-0b1d2c3e4f5a"/></head>
<docTitle><text>江城日报</text></docTitle>
<navMap>
<navPoint id="np1" playOrder="1"><navLabel><text>市区新增三条公交线路</text></navLabel><content src=")" +
                                 src + R"("/></navPoint>
</navMap>
</ncx>
)",
           false, {}});
    return e;
}

TEST(EpubValidator, NcxSrcsResolve) {
    Result good = check(with_ncx("text/p1-a1.xhtml#a1"));
    EXPECT_TRUE(good.ok) << good.listing();
    EXPECT_EQ(good.diags.warning_count(), 0u) << good.listing();
    expect_error(check(with_ncx("text/p1-a1.xhtml#nope")), at("OEBPS/toc.ncx"), 6, "'OEBPS/text/p1-a1.xhtml' has no id 'nope'");
    expect_error(check(with_ncx("text/p9.xhtml")), at("OEBPS/toc.ncx"), 6, "content src 'text/p9.xhtml' points to 'OEBPS/text/p9.xhtml', which is not in the archive");
}

TEST(EpubValidator, NcxNotWellFormed) {
    Epub e = with_ncx("text/p1-a1.xhtml");
    e.replace("OEBPS/toc.ncx", "</navMap>", "</navmap>");
    Result r = check(e);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(reports(r, Severity::error, at("OEBPS/toc.ncx"), 7, "not well-formed XML"));
}

// ---------------------------------------------------------------------------------------------------
// Damaged input: whatever the bytes, a diagnosis and no crash (the ASan build runs this too).

// A fixed-seed generator: the same damage on every run.
struct Lcg {
    std::uint32_t state;
    std::uint32_t operator()() {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
};

void expect_located(const Result& r) {
    for (const auto& d : r.diags.items()) {
        EXPECT_TRUE(d.where.file.starts_with(archive)) << format_diagnostic(d);
        EXPECT_FALSE(d.message.empty());
    }
}

TEST(EpubValidator, TruncatedArchivesFail) {
    std::string good = minimal().bytes();
    for (std::size_t cut = 0; cut < good.size(); cut += 5) {
        Result r = check(good.substr(0, cut));
        EXPECT_FALSE(r.ok) << "cut at " << cut;
        expect_located(r);
    }
}

TEST(EpubValidator, DamagedArchiveBytesAreDiagnosed) {
    std::string good = minimal().bytes();
    Lcg next{20240501};
    for (int round = 0; round < 1500; ++round) {
        std::string bad = good;
        for (int k = 0; k <= round % 4; ++k) bad[next() % bad.size()] = static_cast<char>(next());
        expect_located(check(bad));
    }
}

TEST(EpubValidator, DamagedMembersAreDiagnosed) {
    static constexpr char junk[] = "<>&\"'#%/.:;=?\\ \n\x01\xff\xe4";
    Lcg next{7};
    for (int round = 0; round < 400; ++round) {
        Epub e = minimal();
        Entry& victim = e.entries[1 + next() % (e.entries.size() - 1)];
        for (int k = 0; k <= round % 6; ++k) {
            if (victim.data.empty()) break;
            std::size_t pos = next() % victim.data.size();
            switch (next() % 3) {
                case 0: victim.data[pos] = junk[next() % (sizeof junk - 1)]; break;
                case 1: victim.data.insert(pos, 1, junk[next() % (sizeof junk - 1)]); break;
                default: victim.data.erase(pos, 1 + next() % 8); break;
            }
        }
        Result r = check(e);
        expect_located(r);
        EXPECT_EQ(r.ok, r.diags.error_count() == 0) << r.listing();
    }
}

// ---------------------------------------------------------------------------------------------------
// epubcheck agrees (when it is installed: Debian's epubcheck + a JRE).

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool have_epubcheck() {
    return std::filesystem::exists("/usr/bin/epubcheck") && std::system("command -v java >/dev/null 2>&1") == 0;
}

// A broken book on which galley and epubcheck must agree: galley gives an error (or only a warning) in
// `member`, epubcheck `epubcheck_id` in `epubcheck_member` ("": the archive as a whole), both at `line`
// when it is > 0.
struct Variant {
    std::string name;
    Epub epub;
    std::string epubcheck_id;  // "" for the valid book
    std::string member;
    std::string epubcheck_member;
    int line = 0;
    bool warning_only = false;
};

// epubcheck takes 5–25 s a book (it compiles its schemas in every run), so a handful of books only.
TEST(EpubValidator, EpubcheckAgrees) {
    if (!have_epubcheck()) {
        if (std::getenv("GALLEY_REQUIRE_EPUBCHECK")) FAIL() << "GALLEY_REQUIRE_EPUBCHECK is set but epubcheck/java are not installed";
        GTEST_SKIP() << "epubcheck is not installed (apt-get install epubcheck default-jre-headless)";
    }
    std::vector<Variant> variants;
    variants.push_back({"valid", minimal(), "", "", "", 0, false});
    {
        Epub e = minimal();
        e.entry("mimetype").stored = false;
        variants.push_back({"mimetype-deflated", e, "PKG-007", "mimetype", "mimetype", 0, false});
    }
    {
        Epub e = minimal();
        e.add({"OEBPS/notes.txt", "editor's notes", false, {}});
        variants.push_back({"unlisted", e, "OPF-003", "OEBPS/notes.txt", "", 0, true});
    }
    {
        Epub e = minimal();
        e.replace(nav, R"(href="text/p1-a1.xhtml#a1")", R"(href="text/p1-a9.xhtml#a9")");
        variants.push_back({"nav-missing-file", e, "RSC-007", nav, nav, line_in(nav_xhtml, "p1-a1.xhtml#a1"), false});
    }
    {
        Epub e = minimal();
        e.replace(nav, R"(href="text/p1-a1.xhtml#a1")", R"(href="text/p1-a1.xhtml#a2")");
        variants.push_back({"broken-fragment", e, "RSC-012", nav, nav, line_in(nav_xhtml, "p1-a1.xhtml#a1"), false});
    }
    {
        Epub e = minimal();
        e.replace(chapter, "<p class=\"byline\">记者 徐敏</p>", "<p class=\"byline\">记者 徐敏");
        variants.push_back({"xhtml-not-well-formed", e, "RSC-016", chapter, chapter, line_in(chapter_xhtml, "</article>"), false});
    }

    std::string tmpl = (std::filesystem::temp_directory_path() / "galley-epubcheck-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    std::filesystem::path dir(tmpl);
    for (const Variant& v : variants) {
        std::ofstream out(dir / (v.name + ".epub"), std::ios::binary);
        out << v.epub.bytes();
    }
    // Two JVMs at a time (the machines have two cores); each writes its JSON report beside the book.
    auto start = std::chrono::steady_clock::now();
    std::string cmd = "cd '" + dir.string() +
                      "' && ls *.epub | xargs -P 2 -I{} sh -c 'java -jar /usr/bin/epubcheck --json {}.json {} >{}.log 2>&1; true'";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("epubcheck: %zu books in %.1f s\n", variants.size(), seconds);

    for (const Variant& v : variants) {
        SCOPED_TRACE(v.name);
        std::ifstream in(dir / (v.name + ".epub.json"));
        ASSERT_TRUE(in) << "epubcheck wrote no report; its output:\n" << slurp(dir / (v.name + ".epub.log"));
        nlohmann::json report = nlohmann::json::parse(in);
        int errors = report["checker"]["nFatal"].get<int>() + report["checker"]["nError"].get<int>();
        int warnings = report["checker"]["nWarning"].get<int>();
        std::string seen;
        std::string epubcheck_path = v.epubcheck_member.empty() ? v.name + ".epub" : v.epubcheck_member;
        bool found = false, placed = false;
        for (const auto& m : report["messages"]) {
            std::string id = m["ID"].get<std::string>();
            seen += "  " + id + " " + m["severity"].get<std::string>() + " " + m["message"].get<std::string>();
            for (const auto& loc : m["locations"])
                seen += " [" + loc["path"].get<std::string>() + ":" + std::to_string(loc["line"].get<int>()) + "]";
            seen += "\n";
            if (id != v.epubcheck_id) continue;
            found = true;
            for (const auto& loc : m["locations"])
                if (loc["path"].get<std::string>() == epubcheck_path && (v.line == 0 || loc["line"].get<int>() == v.line)) placed = true;
        }
        Result ours = check(v.epub);
        if (v.epubcheck_id.empty()) {
            EXPECT_EQ(errors, 0) << seen;
            EXPECT_EQ(warnings, 0) << seen;
            EXPECT_TRUE(ours.ok) << ours.listing();
            EXPECT_EQ(ours.diags.warning_count(), 0u) << ours.listing();
            continue;
        }
        EXPECT_TRUE(found) << "epubcheck did not give " << v.epubcheck_id << "; it gave:\n" << seen;
        EXPECT_TRUE(placed) << "epubcheck did not place " << v.epubcheck_id << " at " << epubcheck_path << ":" << v.line << ":\n" << seen;
        Severity expected = v.warning_only ? Severity::warning : Severity::error;
        std::string our_file = at(v.member);
        bool ours_placed = false;
        for (const auto& d : ours.diags.items())
            if (d.severity == expected && d.where.file == our_file && (v.line == 0 || d.where.line == v.line)) ours_placed = true;
        EXPECT_TRUE(ours_placed) << "galley did not place its finding at " << our_file << ":" << v.line << ":\n" << ours.listing();
        if (v.warning_only) {
            EXPECT_EQ(errors, 0) << seen;
            EXPECT_GT(warnings, 0) << seen;
            EXPECT_TRUE(ours.ok) << ours.listing();
            EXPECT_GT(ours.diags.warning_count(), 0u) << ours.listing();
        } else {
            EXPECT_GT(errors, 0) << seen;
            EXPECT_FALSE(ours.ok) << ours.listing();
        }
    }
    if (!HasFailure()) std::filesystem::remove_all(dir);
    else std::printf("epubcheck's books and reports are kept in %s\n", dir.c_str());
}

}  // namespace
}  // namespace galley
