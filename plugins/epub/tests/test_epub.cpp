// The EPUB exporter. Every EPUB a test makes is checked by the real validator, Debian's epubcheck 4.2.6
// (0 fatal errors, 0 errors, 0 warnings), and read back with libzip and pugixml to check what it says.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "cover.hpp"
#include "galley/converter.hpp"
#include "galley/epub/exporter.hpp"
#include "galley/plugin_testing.hpp"
#include "galley/utf8.hpp"
#include "images.hpp"
#include "settings.hpp"
#include "text.hpp"
#include "uuid.hpp"
#include "vertical.hpp"

using namespace galley;
using galley::epub::Exporter;
using Options = std::vector<std::pair<std::string, std::string>>;

namespace {

const std::string source_dir = GALLEY_SOURCE_DIR;
const std::string epubcheck_jar = "/usr/bin/epubcheck";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string hex_sha1(const std::string& bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha1(), nullptr);
    std::string out;
    char buf[3];
    for (unsigned int i = 0; i < length; ++i) {
        std::snprintf(buf, sizeof buf, "%02x", digest[i]);
        out += buf;
    }
    return out;
}

// Sets an environment variable for one scope and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old, had_ = true;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
        tzset();
    }
    ~ScopedEnv() {
        if (had_)
            setenv(name_.c_str(), old_.c_str(), 1);
        else
            unsetenv(name_.c_str());
        tzset();
    }

private:
    std::string name_, old_;
    bool had_ = false;
};

// ---- epubcheck ---------------------------------------------------------------------------------------------

struct Verdict {
    int fatal = -1, errors = -1, warnings = -1;
    std::string messages;  // every message, for the failure output
    double seconds = 0;
};

// epubcheck on the bytes. Its verdict on a given byte string never changes, and every test process starts
// anew under ctest, so verdicts are kept by SHA-1 of the EPUB (and the jar's size and time) in
// build/tests/epubcheck-verdicts/: each distinct book is still checked once, without the ~10 s JVM start for
// every test that makes the same book again.
Verdict epubcheck(const std::string& epub) {
    struct stat jar {};
    if (stat(epubcheck_jar.c_str(), &jar) != 0) {
        ADD_FAILURE() << epubcheck_jar << " is missing: apt-get install epubcheck default-jre-headless";
        return {};
    }
    std::string dir = GALLEY_EPUBCHECK_VERDICTS;
    mkdir(dir.c_str(), 0755);
    std::string key = hex_sha1(epub) + "-" + std::to_string(jar.st_size) + "-" + std::to_string(jar.st_mtime);
    std::string cached = dir + "/" + key + ".json";
    std::string report = read_file(cached);
    Verdict v;
    if (report.empty()) {
        char name[] = "/tmp/galley-epub-XXXXXX.epub";
        int fd = mkstemps(name, 5);
        if (fd < 0) {
            ADD_FAILURE() << "mkstemps failed";
            return v;
        }
        close(fd);
        std::ofstream(name, std::ios::binary) << epub;
        std::string json = std::string(name) + ".json";
        // epubcheck is a jar that Debian launches through binfmt, which containers lack: run it with java.
        std::string command = "java -jar " + epubcheck_jar + " --json '" + json + "' '" + name + "' >'" +
                              std::string(name) + ".log' 2>&1";
        auto start = std::chrono::steady_clock::now();
        int status = std::system(command.c_str());
        v.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        report = read_file(json);
        std::string log = read_file(std::string(name) + ".log");
        std::remove(name);
        std::remove(json.c_str());
        std::remove((std::string(name) + ".log").c_str());
        if (report.empty()) {
            ADD_FAILURE() << "epubcheck wrote no report (status " << status << "):\n" << log;
            return v;
        }
        std::string temp = cached + ".tmp" + std::to_string(getpid());
        std::ofstream(temp, std::ios::binary) << report;
        std::rename(temp.c_str(), cached.c_str());
        std::printf("epubcheck: %.1f s for %zu bytes\n", v.seconds, epub.size());
    }
    auto j = nlohmann::json::parse(report);
    v.fatal = j["checker"]["nFatal"].get<int>();
    v.errors = j["checker"]["nError"].get<int>();
    v.warnings = j["checker"]["nWarning"].get<int>();
    for (const auto& m : j["messages"]) {
        v.messages += m["severity"].get<std::string>() + " " + m["ID"].get<std::string>() + ": " +
                      m["message"].get<std::string>();
        for (const auto& l : m["locations"])
            v.messages += " [" + l["path"].get<std::string>() + ":" + std::to_string(l["line"].get<int>()) + "]";
        v.messages += "\n";
    }
    return v;
}

// Keeps an EPUB for a look with other tools: always when epubcheck finds fault with it, and every one when
// GALLEY_KEEP_EPUBS names a folder.
std::string keep(const std::string& epub, const std::string& what, const char* dir) {
    mkdir(dir, 0755);
    std::string name = what;
    for (char& c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) c = '-';
    std::string path = std::string(dir) + "/" + name + ".epub";
    std::ofstream(path, std::ios::binary) << epub;
    return path;
}

void expect_valid(const std::string& epub, const std::string& what) {
    ASSERT_FALSE(epub.empty()) << what;
    if (const char* dir = std::getenv("GALLEY_KEEP_EPUBS")) keep(epub, what, dir);
    Verdict v = epubcheck(epub);
    bool ok = v.fatal == 0 && v.errors == 0 && v.warnings == 0;
    std::string kept = ok ? "" : "\nkept as " + keep(epub, what, GALLEY_FAILED_EPUBS);
    EXPECT_EQ(v.fatal, 0) << what << "\n" << v.messages << kept;
    EXPECT_EQ(v.errors, 0) << what << "\n" << v.messages << kept;
    EXPECT_EQ(v.warnings, 0) << what << "\n" << v.messages << kept;
}

// ---- reading an EPUB back ----------------------------------------------------------------------------------

struct LocalHeader {
    std::string name;
    int method = -1, flags = -1, dos_time = -1, dos_date = -1;
    std::size_t extra = 0;
};

std::uint16_t u16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}
std::uint32_t u32(const std::string& b, std::size_t at) {
    return u16(b, at) | static_cast<std::uint32_t>(u16(b, at + 2)) << 16;
}

// The local file headers as they lie in the file, one after another (galley writes no data descriptors).
std::vector<LocalHeader> local_headers(const std::string& b) {
    std::vector<LocalHeader> out;
    std::size_t at = 0;
    while (at + 30 <= b.size() && u32(b, at) == 0x04034b50) {
        LocalHeader h;
        h.flags = u16(b, at + 6);
        h.method = u16(b, at + 8);
        h.dos_time = u16(b, at + 10);
        h.dos_date = u16(b, at + 12);
        std::size_t compressed = u32(b, at + 18), name_length = u16(b, at + 26);
        h.extra = u16(b, at + 28);
        h.name = b.substr(at + 30, name_length);
        out.push_back(h);
        at += 30 + name_length + h.extra + compressed;
    }
    return out;
}

int dos_date(int y, int m, int d) { return (y - 1980) << 9 | m << 5 | d; }
int dos_time(int h, int m, int s) { return h << 11 | m << 5 | s / 2; }

class Book {
public:
    explicit Book(const std::string& bytes) : bytes_(bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
        zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
        if (!archive) {
            ADD_FAILURE() << "libzip cannot open the EPUB: " << zip_error_strerror(&error);
            if (source) zip_source_free(source);
            return;
        }
        zip_int64_t n = zip_get_num_entries(archive, 0);
        for (zip_int64_t i = 0; i < n; ++i) {
            zip_stat_t st;
            zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
            std::string content(st.size, '\0');
            zip_file_t* f = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
            if (!f || zip_fread(f, content.data(), st.size) != static_cast<zip_int64_t>(st.size))
                ADD_FAILURE() << "cannot read " << st.name;
            if (f) zip_fclose(f);
            names_.push_back(st.name);
            methods_[st.name] = st.comp_method;
            files_[st.name] = std::move(content);
        }
        zip_close(archive);
    }

    const std::vector<std::string>& names() const { return names_; }
    bool has(const std::string& name) const { return files_.count(name) > 0; }
    const std::string& file(const std::string& name) const {
        static const std::string none;
        auto it = files_.find(name);
        EXPECT_NE(it, files_.end()) << "no " << name << " in the EPUB";
        return it == files_.end() ? none : it->second;
    }
    int method(const std::string& name) const { return methods_.at(name); }
    std::shared_ptr<pugi::xml_document> xml(const std::string& name) const {
        auto doc = std::make_shared<pugi::xml_document>();
        const std::string& b = file(name);
        pugi::xml_parse_result r = doc->load_buffer(b.data(), b.size());
        EXPECT_TRUE(r) << name << " is not well-formed: " << r.description();
        return doc;
    }
    std::shared_ptr<pugi::xml_document> opf() const { return xml("OEBPS/package.opf"); }
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
    std::vector<std::string> names_;
    std::map<std::string, std::string> files_;
    std::map<std::string, int> methods_;
};

// "text/p1-a1.xhtml#x" seen from `from` ("OEBPS/nav.xhtml") → "OEBPS/text/p1-a1.xhtml".
std::string resolve(const std::string& from, const std::string& href) {
    std::string path = href.substr(0, href.find('#'));
    std::string base = from.substr(0, from.rfind('/') + 1);
    while (path.rfind("../", 0) == 0) {
        path = path.substr(3);
        base = base.substr(0, base.rfind('/', base.size() - 2) + 1);
    }
    return base + path;
}

std::string fragment(const std::string& href) {
    std::size_t hash = href.find('#');
    return hash == std::string::npos ? "" : href.substr(hash + 1);
}

std::vector<std::string> texts(const pugi::xml_document& doc, const char* xpath) {
    std::vector<std::string> out;
    for (auto n : doc.select_nodes(xpath)) out.push_back(n.node() ? n.node().text().get() : n.attribute().value());
    return out;
}
std::string text_at(const pugi::xml_document& doc, const char* xpath) {
    auto n = doc.select_node(xpath);
    return n.node() ? n.node().text().get() : n.attribute().value();
}
std::size_t count(const pugi::xml_document& doc, const char* xpath) { return doc.select_nodes(xpath).size(); }

// Every text of an element, child elements included.
std::string all_text(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling())
        out += n.type() == pugi::node_pcdata ? std::string(n.value()) : all_text(n);
    return out;
}

std::string meta(const pugi::xml_document& opf, const std::string& property) {
    return text_at(opf, ("/package/metadata/meta[@property='" + property + "']").c_str());
}
std::vector<std::string> metas(const pugi::xml_document& opf, const std::string& property) {
    return texts(opf, ("/package/metadata/meta[@property='" + property + "']").c_str());
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// ---- editions ----------------------------------------------------------------------------------------------

Edition seed_edition() {
    std::string path = source_dir + "/seeds/000_0472c9a91ac7b432.txt";
    InputDocument input{path, read_file(path)};
    EXPECT_FALSE(input.bytes.empty()) << path;
    ConvertOptions o;
    o.issue_date = "2023-01-04";
    Edition edition;
    Diagnostics diags;
    const Converter* c = find_converter("print-text");
    EXPECT_NE(c, nullptr);
    if (c) {
        EXPECT_TRUE(c->read(input, o, edition, diags));
    }
    return edition;
}

// A real PNG (8-bit RGB, one colour) built with zlib: signature, IHDR, IDAT, IEND, each with its CRC.
std::string png(int width, int height, unsigned char r, unsigned char g, unsigned char b) {
    auto be32 = [](std::uint32_t v) {
        return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                           static_cast<char>(v)};
    };
    auto chunk = [&](const std::string& type, const std::string& data) {
        std::string body = type + data;
        auto crc = static_cast<std::uint32_t>(
            crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
        return be32(static_cast<std::uint32_t>(data.size())) + body + be32(crc);
    };
    std::string ihdr = be32(static_cast<std::uint32_t>(width)) + be32(static_cast<std::uint32_t>(height)) +
                       std::string{8, 2, 0, 0, 0};
    std::string raw;
    for (int y = 0; y < height; ++y) {
        raw.push_back(0);  // filter: none
        for (int x = 0; x < width; ++x) raw += std::string{static_cast<char>(r), static_cast<char>(g), static_cast<char>(b)};
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string idat(size, '\0');
    compress2(reinterpret_cast<Bytef*>(idat.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 9);
    idat.resize(size);
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", "");
}

Block paragraph(std::string text) {
    Block b;
    b.text = std::move(text);
    return b;
}
Block subheading(std::string text) {
    Block b;
    b.type = BlockType::subheading;
    b.text = std::move(text);
    return b;
}
Block image(std::string href, std::string caption, std::string credit, std::string alt = "") {
    Block b;
    b.type = BlockType::image;
    b.image.href = std::move(href);
    b.image.alt = std::move(alt);
    b.image.caption = {std::move(caption), std::move(credit)};
    return b;
}

// Several print pages, pictures (one shown twice, one printed without its picture), a given cover, an English
// article, an empty page and an article on a page the edition does not list.
Edition rich_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.issue = "第12345期";
    e.issn = "1234-5679";
    e.publisher = "永康日报社";
    e.rights = "© 2023 永康日报社 版权所有";
    e.language = "zh";
    e.note = "第3版为样张";
    e.cover.href = "pages/front.png";
    e.cover.media_type = "image/png";
    e.cover.alt = "头版版面：市领导看望慰问一线医务人员";
    e.pages.push_back({1, "第1版", "要闻", {"a.txt"}, {}});
    e.pages.push_back({2, "第2版", "综合", {"b.txt"}, {}});
    e.pages.push_back({3, "第3版", "副刊", {"c.txt"}, {}});

    Article a;
    a.id = "p1-a1";
    a.language = "zh";
    a.column = "新春走基层";
    a.kicker = "迎难而上 全力以赴";
    a.headline = "市领导看望慰问一线医务人员";
    a.subheadline = "确保有序转段平稳渡峰";
    a.source = "本报讯";
    a.credit = "记者 张三 通讯员 李四";
    a.bylines = {{"记者", "张三", "writer"}, {"通讯员", "李四", "correspondent"}};
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    a.body = {paragraph("1月3日，市委书记章旭升赴我市部分医疗卫生单位调研。"),
              subheading("守护人民健康"),
              paragraph("他强调，要全力以赴“保健康、防重症”。"),
              image("photos/p1 a1.png", "章旭升向医务人员送上鲜花", "记者 徐敏 摄", "一位官员向护士献花"),
              image("", "市疾控中心工作人员在监测疫情", "记者 徐敏 摄"),
              paragraph("全市上下要咬定目标。")};
    a.page = 1;
    a.section = "要闻";
    a.continuations = {{"to", "第2版", "（下转第2版）"}};
    e.articles.push_back(a);

    Article b;
    b.id = "p1-a2";
    b.language = "zh";
    b.headline = "市委经济工作会议召开";
    b.credit = "记者 张三";
    b.body = {paragraph("会议强调，2023年是全面贯彻落实党的二十大精神的开局之年。"),
              image("photos/p1 a1.png", "同一张照片", "记者 徐敏 摄", "又一次出现的献花照片")};
    b.page = 1;
    e.articles.push_back(b);

    Article c;
    c.id = "p2-a1";
    c.language = "en";
    c.headline = "Markets rally as port reopens";
    c.source = "Reuters";
    c.credit = "Jane Doe";
    c.dateline = {"LONDON, Jan 3", "2023-01-03", "LONDON"};
    c.body = {paragraph("Shares rose 3.5 percent on Tuesday as the port reopened after a week-long closure."),
              image("photos/port.png", "Cranes at the reopened port", "Photo: Reuters")};
    c.page = 2;
    e.articles.push_back(c);

    Article d;
    d.id = "p4-a1";
    d.language = "zh";
    d.headline = "";  // no headline printed: the label comes from the lead
    d.body = {paragraph("本版刊登读者来信，欢迎来稿。")};
    d.page = 4;
    e.articles.push_back(d);
    return e;
}

std::map<std::string, std::string> rich_resources() {
    return {{"pages/front.png", png(6, 8, 200, 30, 30)},
            {"photos/p1 a1.png", png(8, 8, 20, 120, 200)},
            {"photos/port.png", png(8, 6, 90, 90, 90)}};
}

Edition latin_edition() {
    Edition e;
    e.title = "The Harbour Times";
    e.date = "2023-01-04";
    e.publisher = "Harbour Media Ltd";
    e.language = "en";
    e.issue = "No. 42";
    e.pages.push_back({3, "A3", "Business", {"a3.txt"}, {}});
    Article a;
    a.id = "p3-a1";
    a.language = "en";
    a.headline = "Markets rally as port reopens";
    a.credit = "Jane Doe; Additional reporting by John Roe";
    a.body = {paragraph("The quick brown fox's well-known jump."),
              paragraph(std::string("A control character \x01 slipped into the copy.")),
              subheading("Outlook"), paragraph("Shares rose 3.5 percent.")};
    a.page = 3;
    e.articles.push_back(a);
    return e;
}

// ---- running the exporter ----------------------------------------------------------------------------------

struct Exported {
    plugin::testing::MemoryHost mem;
    galley_status status = GALLEY_FAILED;

    std::string epub() const {
        const std::string* e = mem.entry("");
        return e ? *e : std::string();
    }
    std::string messages(galley_severity severity) const {
        std::string out;
        for (const auto& r : mem.reports)
            if (r.severity == severity) out += r.article_id + ": " + r.message + "\n";
        return out;
    }
};

std::unique_ptr<Exported> run(const Edition& edition, const Options& options = {},
                              const std::map<std::string, std::string>& resources = {}) {
    auto r = std::make_unique<Exported>();
    r->mem.resources = resources;
    r->status = plugin::testing::run<Exporter>(r->mem, edition, options);
    return r;
}

// Exports with SOURCE_DATE_EPOCH unset (the tests may run under a CI that sets it).
std::unique_ptr<Exported> run_plain(const Edition& edition, const Options& options = {},
                                    const std::map<std::string, std::string>& resources = {}) {
    ScopedEnv no_epoch("SOURCE_DATE_EPOCH", nullptr);
    return run(edition, options, resources);
}

std::string expected_identifier(const std::string& name) {
    return "urn:uuid:" + epub::format_uuid(epub::uuid_v5(*epub::parse_uuid(epub::edition_namespace), name));
}

}  // namespace

// ---- the seed page -----------------------------------------------------------------------------------------

class SeedBook : public ::testing::Test {
protected:
    void SetUp() override {
        edition = seed_edition();
        ASSERT_EQ(edition.articles.size(), 2u);
        auto start = std::chrono::steady_clock::now();
        r = run_plain(edition);
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
        book = std::make_unique<Book>(r->epub());
    }
    Edition edition;
    std::unique_ptr<Exported> r;
    std::unique_ptr<Book> book;
    double seconds = 0;
};

TEST_F(SeedBook, PassesEpubcheck) {
    std::printf("export of the seed: %.2f ms, %zu bytes\n", seconds * 1000, r->epub().size());
    EXPECT_EQ(r->messages(GALLEY_WARNING), "");
    expect_valid(r->epub(), "the seed");
}

TEST_F(SeedBook, MimetypeFirstStoredThenDeflatedWithTheIssueDate) {
    const std::string& b = r->epub();
    // OCF: the first local header is "mimetype", stored, no extra field, and its bytes follow right away.
    ASSERT_GT(b.size(), 58u);
    EXPECT_EQ(u32(b, 0), 0x04034b50u);
    EXPECT_EQ(u16(b, 8), 0) << "mimetype must be stored";
    EXPECT_EQ(u16(b, 26), 8);
    EXPECT_EQ(u16(b, 28), 0) << "mimetype must have no extra field";
    EXPECT_EQ(b.substr(30, 8), "mimetype");
    EXPECT_EQ(b.substr(38, 20), "application/epub+zip");

    std::vector<LocalHeader> headers = local_headers(b);
    ASSERT_EQ(headers.size(), book->names().size());
    for (std::size_t i = 0; i < headers.size(); ++i) {
        EXPECT_EQ(headers[i].name, book->names()[i]);
        EXPECT_EQ(headers[i].method, i == 0 ? 0 : 8) << headers[i].name;
        EXPECT_EQ(headers[i].extra, 0u) << headers[i].name;
        EXPECT_EQ(headers[i].flags & 8, 0) << headers[i].name << " has a data descriptor";
        EXPECT_EQ(headers[i].dos_date, dos_date(2023, 1, 4)) << headers[i].name;
        EXPECT_EQ(headers[i].dos_time, dos_time(0, 0, 0)) << headers[i].name;
    }
    EXPECT_EQ(book->method("OEBPS/text/p1-a2.xhtml"), ZIP_CM_DEFLATE);
    std::vector<std::string> expected{"mimetype",
                                      "META-INF/container.xml",
                                      "OEBPS/package.opf",
                                      "OEBPS/cover.xhtml",
                                      "OEBPS/nav.xhtml",
                                      "OEBPS/toc.ncx",
                                      "OEBPS/css/galley.css",
                                      "OEBPS/text/page-1.xhtml",
                                      "OEBPS/text/p1-a1.xhtml",
                                      "OEBPS/text/p1-a2.xhtml",
                                      "OEBPS/images/cover.svg"};
    EXPECT_EQ(book->names(), expected);
    auto container = book->xml("META-INF/container.xml");
    EXPECT_EQ(text_at(*container, "/container/rootfiles/rootfile/@full-path"), "OEBPS/package.opf");
}

TEST_F(SeedBook, OneXhtmlPerArticleWithItsParagraphs) {
    const std::vector<std::size_t> paragraphs{5, 10};
    for (std::size_t i = 0; i < 2; ++i) {
        const Article& a = edition.articles[i];
        auto doc = book->xml("OEBPS/text/" + a.id + ".xhtml");
        EXPECT_EQ(text_at(*doc, "/html/body/article/@id"), a.id);
        EXPECT_EQ(count(*doc, "/html/body/article/p"), paragraphs[i]);
        EXPECT_EQ(count(*doc, "//p"), paragraphs[i] + 1) << "the body's paragraphs and the byline";
        std::vector<std::string> ps = texts(*doc, "/html/body/article/p");
        for (std::size_t k = 0; k < ps.size(); ++k) EXPECT_EQ(ps[k], a.body[k].text);
        EXPECT_EQ(text_at(*doc, "/html/head/title"), a.headline);
        EXPECT_EQ(text_at(*doc, "/html/body/article/header/h2"), a.headline);
        EXPECT_EQ(text_at(*doc, "/html/body/article/@aria-labelledby"),
                  text_at(*doc, "/html/body/article/header/h2/@id"));
        EXPECT_EQ(text_at(*doc, "//p[@class='byline']/span[@class='source']"), "本报讯");
        EXPECT_EQ(text_at(*doc, "//p[@class='byline']/span[@class='credit']"), "融媒记者 徐敏");
        // The lead opens with the dateline ("1月3日，…"): a reader sees the date once, in the sentence.
        EXPECT_EQ(count(*doc, "//p[@class='dateline']"), 0u);
        EXPECT_EQ(ps[0].rfind("1月3日", 0), 0u) << ps[0];
        EXPECT_EQ(text_at(*doc, "/html/head/link/@href"), "../css/galley.css");
    }
    // The second headline was made from the lead: marked so.
    auto second = book->xml("OEBPS/text/p1-a2.xhtml");
    EXPECT_EQ(text_at(*second, "//h2/@class"), "headline derived");
    // Names and ids are ASCII; no file name has anything else.
    for (const std::string& name : book->names())
        for (char c : name) EXPECT_TRUE(static_cast<unsigned char>(c) < 0x80 && c != ' ') << name;
}

TEST_F(SeedBook, EveryDocumentSaysItsLanguage) {
    for (const std::string& name : book->names()) {
        if (name.size() < 6 || name.substr(name.size() - 6) != ".xhtml") continue;
        auto doc = book->xml(name);
        EXPECT_EQ(text_at(*doc, "/html/@lang"), "zh") << name;
        EXPECT_EQ(text_at(*doc, "/html/@xml:lang"), "zh") << name;
        EXPECT_EQ(book->file(name).rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n", 0), 0u)
            << name;
    }
    EXPECT_EQ(text_at(*book->opf(), "/package/@xml:lang"), "zh");
    EXPECT_EQ(text_at(*book->xml("OEBPS/toc.ncx"), "/ncx/@xml:lang"), "zh");
    EXPECT_EQ(text_at(*book->xml("OEBPS/images/cover.svg"), "/svg/@xml:lang"), "zh");
}

TEST_F(SeedBook, NavListsPagesThenArticlesWithLandmarksAndPageList) {
    auto nav = book->xml("OEBPS/nav.xhtml");
    const std::string from = "OEBPS/nav.xhtml";
    // toc: one entry per print page, each with its articles in order.
    auto pages = nav->select_nodes("/html/body/nav[@epub:type='toc']/ol/li");
    ASSERT_EQ(pages.size(), 1u);
    pugi::xml_node page = pages[0].node();
    EXPECT_EQ(resolve(from, page.child("a").attribute("href").value()), "OEBPS/text/page-1.xhtml");
    EXPECT_STREQ(page.child("a").text().get(), "第1版");
    auto articles = page.select_nodes("ol/li/a");
    ASSERT_EQ(articles.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(resolve(from, articles[i].node().attribute("href").value()),
                  "OEBPS/text/" + edition.articles[i].id + ".xhtml");
        EXPECT_EQ(articles[i].node().text().get(), edition.articles[i].headline);
    }
    EXPECT_EQ(text_at(*nav, "/html/body/nav[@epub:type='toc']/h1"), "目录");

    // Landmarks, in Chinese, each pointing at a file that is there.
    std::map<std::string, std::string> landmarks;
    for (auto a : nav->select_nodes("/html/body/nav[@epub:type='landmarks']/ol/li/a")) {
        landmarks[a.node().attribute("epub:type").value()] = a.node().text().get();
        EXPECT_TRUE(book->has(resolve(from, a.node().attribute("href").value()))) << a.node().attribute("href").value();
    }
    EXPECT_EQ(landmarks, (std::map<std::string, std::string>{{"cover", "封面"}, {"toc", "目录"}, {"bodymatter", "正文"}}));

    // page-list → the page-break marker in the page's index file.
    auto entries = nav->select_nodes("/html/body/nav[@epub:type='page-list']/ol/li/a");
    ASSERT_EQ(entries.size(), 1u);
    std::string href = entries[0].node().attribute("href").value();
    EXPECT_EQ(href, "text/page-1.xhtml#page-1");
    EXPECT_STREQ(entries[0].node().text().get(), "第1版");
    auto index = book->xml(resolve(from, href));
    pugi::xml_node marker = index->select_node(("//*[@id='" + fragment(href) + "']").c_str()).node();
    EXPECT_STREQ(marker.name(), "span");
    EXPECT_STREQ(marker.attribute("epub:type").value(), "pagebreak");
    EXPECT_STREQ(marker.attribute("role").value(), "doc-pagebreak");
    EXPECT_STREQ(marker.attribute("title").value(), "第1版");
}

TEST_F(SeedBook, PageIndexListsItsArticles) {
    auto index = book->xml("OEBPS/text/page-1.xhtml");
    EXPECT_EQ(text_at(*index, "//h1"), "第1版");
    // The heading says the page's number: the index does not say it again.
    EXPECT_TRUE(index->select_nodes("//p[@class='page-facts']").empty());
    auto links = index->select_nodes("//ol[@class='page-articles']/li/a");
    ASSERT_EQ(links.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(resolve("OEBPS/text/page-1.xhtml", links[i].node().attribute("href").value()),
                  "OEBPS/text/" + edition.articles[i].id + ".xhtml");
        EXPECT_EQ(all_text(links[i].node()), edition.articles[i].headline);
    }
}

TEST_F(SeedBook, PackageMetadata) {
    auto opf = book->opf();
    std::string id = text_at(*opf, "/package/metadata/dc:identifier");
    EXPECT_EQ(text_at(*opf, "/package/@unique-identifier"), text_at(*opf, "/package/metadata/dc:identifier/@id"));
    // urn:uuid: of a version-5 UUID of the paper's name (none here) and the date: the same every time.
    ASSERT_EQ(id.size(), 45u);
    EXPECT_EQ(id.substr(0, 9), "urn:uuid:");
    EXPECT_EQ(id[9 + 14], '5') << id;
    EXPECT_NE(std::string("89ab").find(id[9 + 19]), std::string::npos) << id;
    EXPECT_EQ(id, expected_identifier("title:/2023-01-04"));
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:title"), "2023年1月4日");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:language"), "zh");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:date"), "2023-01-04");
    EXPECT_EQ(meta(*opf, "dcterms:modified"), "2023-01-04T00:00:00Z");
    EXPECT_EQ(metas(*opf, "dcterms:modified").size(), 1u);
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:source"), "2023年1月4日");
    EXPECT_EQ(text_at(*opf, "/package/metadata/meta[@property='source-of']/@refines"),
              "#" + text_at(*opf, "/package/metadata/dc:source/@id"));
    EXPECT_EQ(meta(*opf, "source-of"), "pagination");
    EXPECT_EQ(count(*opf, "/package/metadata/meta[@property='belongs-to-collection']"), 0u) << "no paper name";

    EXPECT_EQ(metas(*opf, "schema:accessMode"), std::vector<std::string>{"textual"});
    EXPECT_EQ(metas(*opf, "schema:accessModeSufficient"), std::vector<std::string>{"textual"});
    EXPECT_EQ(metas(*opf, "schema:accessibilityFeature"),
              (std::vector<std::string>{"structuralNavigation", "tableOfContents", "readingOrder", "pageBreakMarkers",
                                        "pageNavigation"}));
    EXPECT_EQ(metas(*opf, "schema:accessibilityHazard"), std::vector<std::string>{"none"});
    EXPECT_NE(meta(*opf, "schema:accessibilitySummary").find("目录"), std::string::npos);

    // Manifest: every file but mimetype, META-INF and the package itself, and nothing else.
    std::set<std::string> manifest, zip;
    for (auto item : opf->select_nodes("/package/manifest/item"))
        manifest.insert("OEBPS/" + std::string(item.node().attribute("href").value()));
    for (const std::string& name : book->names())
        if (name != "mimetype" && name.rfind("META-INF/", 0) != 0 && name != "OEBPS/package.opf") zip.insert(name);
    EXPECT_EQ(manifest, zip);
    EXPECT_EQ(text_at(*opf, "/package/manifest/item[@properties='nav']/@href"), "nav.xhtml");
    EXPECT_EQ(text_at(*opf, "/package/manifest/item[@properties='cover-image']/@href"), "images/cover.svg");
    EXPECT_EQ(text_at(*opf, "/package/manifest/item[@properties='cover-image']/@media-type"), "image/svg+xml");
    std::vector<std::string> spine;
    for (auto ref : opf->select_nodes("/package/spine/itemref")) {
        std::string idref = ref.node().attribute("idref").value();
        spine.push_back(text_at(*opf, ("/package/manifest/item[@id='" + idref + "']/@href").c_str()));
    }
    EXPECT_EQ(spine, (std::vector<std::string>{"cover.xhtml", "nav.xhtml", "text/page-1.xhtml", "text/p1-a1.xhtml",
                                               "text/p1-a2.xhtml"}));
    EXPECT_EQ(text_at(*opf, "/package/spine/@toc"), "ncx");
    EXPECT_EQ(count(*opf, "/package/spine/@page-progression-direction"), 0u);
}

TEST_F(SeedBook, NcxForOldReaders) {
    auto ncx = book->xml("OEBPS/toc.ncx");
    EXPECT_EQ(text_at(*ncx, "/ncx/head/meta[@name='dtb:uid']/@content"),
              text_at(*book->opf(), "/package/metadata/dc:identifier"));
    EXPECT_EQ(text_at(*ncx, "/ncx/docTitle/text"), "2023年1月4日");
    auto pages = ncx->select_nodes("/ncx/navMap/navPoint");
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_STREQ(pages[0].node().child("content").attribute("src").value(), "text/page-1.xhtml");
    std::vector<std::string> srcs = texts(*ncx, "/ncx/navMap/navPoint/navPoint/content/@src");
    EXPECT_EQ(srcs, (std::vector<std::string>{"text/p1-a1.xhtml", "text/p1-a2.xhtml"}));
    EXPECT_EQ(texts(*ncx, "/ncx/navMap/navPoint/navPoint/navLabel/text"),
              (std::vector<std::string>{edition.articles[0].headline, edition.articles[1].headline}));
    EXPECT_EQ(text_at(*ncx, "/ncx/pageList/pageTarget/@value"), "1");
    EXPECT_EQ(text_at(*ncx, "/ncx/pageList/pageTarget/content/@src"), "text/page-1.xhtml#page-1");
    // playOrder: 1…n without gaps, in reading order.
    std::vector<int> order;
    for (auto n : ncx->select_nodes("//*[@playOrder]")) order.push_back(n.node().attribute("playOrder").as_int());
    std::sort(order.begin(), order.end());
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], static_cast<int>(i) + 1);
}

TEST_F(SeedBook, DrawnCoverWithTheLeadHeadlines) {
    auto page = book->xml("OEBPS/cover.xhtml");
    EXPECT_EQ(text_at(*page, "//img/@src"), "images/cover.svg");
    std::string alt = text_at(*page, "//img/@alt");
    EXPECT_NE(alt.find(edition.articles[0].headline), std::string::npos) << alt;
    EXPECT_NE(alt.find("2023年1月4日"), std::string::npos) << alt;
    auto svg = book->xml("OEBPS/images/cover.svg");
    EXPECT_EQ(text_at(*svg, "/svg/title"), alt);
    std::string drawn;
    for (auto t : svg->select_nodes("/svg/text")) drawn += t.node().text().get();
    EXPECT_NE(drawn.find("2023年1月4日"), std::string::npos);
    EXPECT_NE(drawn.find(edition.articles[0].headline), std::string::npos) << drawn;
    EXPECT_NE(drawn.find(edition.articles[1].headline), std::string::npos) << drawn;
}

TEST_F(SeedBook, SameBytesEveryTimeAndInAnyTimeZone) {
    EXPECT_EQ(run_plain(edition)->epub(), r->epub());
    {
        ScopedEnv tz("TZ", "Asia/Shanghai");
        EXPECT_EQ(run_plain(edition)->epub(), r->epub()) << "the time zone changed the bytes";
        EXPECT_STREQ(std::getenv("TZ"), "Asia/Shanghai") << "the exporter must put the time zone back";
    }
    {
        ScopedEnv tz("TZ", "America/Los_Angeles");
        EXPECT_EQ(run_plain(edition)->epub(), r->epub()) << "the time zone changed the bytes";
    }
}

TEST_F(SeedBook, SourceDateEpochSetsModifiedAndTheZipTimes) {
    std::unique_ptr<Exported> later;
    {
        ScopedEnv epoch("SOURCE_DATE_EPOCH", "1700000000");  // 2023-11-14T22:13:20Z
        ScopedEnv tz("TZ", "Asia/Shanghai");
        later = run(edition);
    }
    ASSERT_EQ(later->status, GALLEY_OK) << later->messages(GALLEY_ERROR);
    Book b(later->epub());
    auto opf = b.opf();
    EXPECT_EQ(meta(*opf, "dcterms:modified"), "2023-11-14T22:13:20Z");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:date"), "2023-01-04");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:identifier"), text_at(*book->opf(), "/package/metadata/dc:identifier"));
    for (const LocalHeader& h : local_headers(later->epub())) {
        EXPECT_EQ(h.dos_date, dos_date(2023, 11, 14)) << h.name;
        EXPECT_EQ(h.dos_time, dos_time(22, 13, 20)) << h.name;
    }
    expect_valid(later->epub(), "the seed with SOURCE_DATE_EPOCH");

    ScopedEnv bad("SOURCE_DATE_EPOCH", "yesterday");
    auto refused = run(edition);
    EXPECT_EQ(refused->status, GALLEY_FAILED);
    EXPECT_NE(refused->messages(GALLEY_ERROR).find("SOURCE_DATE_EPOCH"), std::string::npos);
    EXPECT_EQ(refused->mem.entry(""), nullptr);
}

TEST_F(SeedBook, ModuleThroughTheCAbi) {
    void* module = dlopen(GALLEY_EPUB_MODULE, RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(module, nullptr) << dlerror();
    auto entry = reinterpret_cast<galley_exporter_entry_fn>(dlsym(module, GALLEY_EXPORTER_ENTRY_SYMBOL));
    ASSERT_NE(entry, nullptr);
    const galley_exporter* d = entry();
    EXPECT_STREQ(d->id, "epub");
    EXPECT_STREQ(d->file_extension, "epub");
    EXPECT_STREQ(d->media_type, "application/epub+zip");
    std::map<std::string, std::string> options;
    for (std::size_t i = 0; i < d->option_count; ++i) options[d->options[i].name] = d->options[i].type;
    EXPECT_EQ(options, (std::map<std::string, std::string>{{"certified-by", "string"},
                                                           {"certifier-credential", "string"},
                                                           {"certifier-report", "string"},
                                                           {"cover", "bool"},
                                                           {"lang", "string"},
                                                           {"vertical", "bool"}}));

    plugin::testing::MemoryHost mem;
    galley_host host = mem.host();
    std::string json = to_canonical_json(edition);
    std::vector<galley_option_value> values;
    for (std::size_t i = 0; i < d->option_count; ++i) values.push_back({d->options[i].name, d->options[i].default_value});
    ScopedEnv no_epoch("SOURCE_DATE_EPOCH", nullptr);
    EXPECT_EQ(d->export_edition(&host, json.data(), json.size(), values.data(), values.size()), GALLEY_OK);
    ASSERT_NE(mem.entry(""), nullptr);
    EXPECT_EQ(*mem.entry(""), r->epub()) << "the module and the library make different books";
    dlclose(module);
}

// ---- pictures, a given cover, several pages, an English article ------------------------------------------

class RichBook : public ::testing::Test {
protected:
    void SetUp() override {
        edition = rich_edition();
        r = run_plain(edition, {}, rich_resources());
        ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
        book = std::make_unique<Book>(r->epub());
    }
    Edition edition;
    std::unique_ptr<Exported> r;
    std::unique_ptr<Book> book;
};

TEST_F(RichBook, PassesEpubcheck) {
    // The one warning: a caption printed without its picture is left out of the book.
    EXPECT_EQ(r->messages(GALLEY_WARNING),
              "p1-a1: caption \"市疾控中心工作人员在监测疫情\": no picture was supplied; left out of the reading text\n");
    expect_valid(r->epub(), "the rich edition");
}

TEST_F(RichBook, FiguresWithPicturesAltTextAndCaptions) {
    auto doc = book->xml("OEBPS/text/p1-a1.xhtml");
    auto figures = doc->select_nodes("/html/body/article/figure");
    ASSERT_EQ(figures.size(), 1u);
    pugi::xml_node photo = figures[0].node();
    std::string src = photo.child("img").attribute("src").value();
    EXPECT_EQ(src, "../images/p1-a1-1.png");
    EXPECT_STREQ(photo.child("img").attribute("alt").value(), "一位官员向护士献花");
    EXPECT_EQ(book->file(resolve("OEBPS/text/p1-a1.xhtml", src)), rich_resources().at("photos/p1 a1.png"));
    EXPECT_EQ(all_text(photo.child("figcaption")), "章旭升向医务人员送上鲜花 记者 徐敏 摄");
    EXPECT_STREQ(photo.child("figcaption").child("span").attribute("class").value(), "credit");
    EXPECT_STREQ(photo.child("figcaption").child("span").text().get(), "记者 徐敏 摄");
    // Printed without its picture: left out (an empty frame helps no reader), with a warning.
    EXPECT_EQ(all_text(doc->select_node("//article").node()).find("市疾控中心工作人员在监测疫情"), std::string::npos);

    // Headings, the subheading as <h3>, the jump line.
    EXPECT_EQ(text_at(*doc, "//header/p[1][@class='column']"), "新春走基层");
    EXPECT_EQ(text_at(*doc, "//header/p[2][@class='kicker']"), "迎难而上 全力以赴");
    EXPECT_EQ(text_at(*doc, "//header/p[@class='subheadline']"), "确保有序转段平稳渡峰");
    EXPECT_EQ(text_at(*doc, "/html/body/article/h3"), "守护人民健康");
    EXPECT_EQ(text_at(*doc, "//p[@class='dateline']/time"), "北京1月3日");
    EXPECT_EQ(text_at(*doc, "/html/body/article/div[@class='continuation']"), "（下转第2版）");
    EXPECT_EQ(count(*doc, "/html/body/article/p"), 3u);

    // The same picture in another article is the same file; a picture with no alt text uses its caption.
    auto second = book->xml("OEBPS/text/p1-a2.xhtml");
    EXPECT_EQ(text_at(*second, "//img/@src"), "../images/p1-a1-1.png");
    auto english = book->xml("OEBPS/text/p2-a1.xhtml");
    EXPECT_EQ(text_at(*english, "//img/@src"), "../images/p2-a1-1.png");
    EXPECT_EQ(text_at(*english, "//img/@alt"), "Cranes at the reopened port");

    auto opf = book->opf();
    EXPECT_EQ(count(*opf, "/package/manifest/item[@media-type='image/png']"), 3u);
    EXPECT_TRUE(contains(metas(*opf, "schema:accessMode"), "visual"));
    EXPECT_TRUE(contains(metas(*opf, "schema:accessModeSufficient"), "textual"));
    EXPECT_TRUE(contains(metas(*opf, "schema:accessibilityFeature"), "alternativeText"));
}

TEST_F(RichBook, GivenCoverPicture) {
    auto opf = book->opf();
    EXPECT_EQ(text_at(*opf, "/package/manifest/item[@properties='cover-image']/@href"), "images/cover.png");
    EXPECT_EQ(text_at(*opf, "/package/metadata/meta[@name='cover']/@content"),
              text_at(*opf, "/package/manifest/item[@properties='cover-image']/@id"));
    EXPECT_EQ(book->file("OEBPS/images/cover.png"), rich_resources().at("pages/front.png"));
    EXPECT_FALSE(book->has("OEBPS/images/cover.svg"));
    auto page = book->xml("OEBPS/cover.xhtml");
    EXPECT_EQ(text_at(*page, "//img/@src"), "images/cover.png");
    EXPECT_EQ(text_at(*page, "//img/@alt"), "头版版面：市领导看望慰问一线医务人员");
}

TEST_F(RichBook, PagesInOrderWithTheirArticles) {
    auto nav = book->xml("OEBPS/nav.xhtml");
    std::vector<std::string> pages = texts(*nav, "/html/body/nav[@epub:type='toc']/ol/li/a");
    EXPECT_EQ(pages, (std::vector<std::string>{"第1版 要闻", "第2版 综合", "第3版 副刊", "第4版"}));
    std::vector<std::vector<std::string>> per_page;
    for (auto li : nav->select_nodes("/html/body/nav[@epub:type='toc']/ol/li")) {
        std::vector<std::string> files;
        for (auto a : li.node().select_nodes("ol/li/a")) files.push_back(a.node().attribute("href").value());
        per_page.push_back(files);
    }
    EXPECT_EQ(per_page, (std::vector<std::vector<std::string>>{
                            {"text/p1-a1.xhtml", "text/p1-a2.xhtml"}, {"text/p2-a1.xhtml"}, {}, {"text/p4-a1.xhtml"}}));
    // The article with no headline is listed by the start of its lead.
    EXPECT_EQ(text_at(*nav, "//a[@href='text/p4-a1.xhtml']"), "本版刊登读者来信，欢迎来稿。");
    // The English article says so in the Chinese contents.
    EXPECT_EQ(text_at(*nav, "//a[@href='text/p2-a1.xhtml']/../@lang"), "en");

    EXPECT_EQ(texts(*nav, "/html/body/nav[@epub:type='page-list']/ol/li/a"),
              (std::vector<std::string>{"第1版", "第2版", "第3版", "第4版"}));
    EXPECT_EQ(texts(*book->xml("OEBPS/toc.ncx"), "/ncx/pageList/pageTarget/@value"),
              (std::vector<std::string>{"1", "2", "3", "4"}));
    auto page1 = book->xml("OEBPS/text/page-1.xhtml");
    // "第1版 要闻" above "版次：1 第1版 版名：要闻" repeated the heading: only facts it does not give are listed.
    EXPECT_EQ(text_at(*page1, "//h1"), "第1版 要闻");
    EXPECT_TRUE(page1->select_nodes("//p[@class='page-facts']").empty());
    EXPECT_EQ(text_at(*page1, "//li[1]/a/span[1][@class='column']"), "新春走基层");
    EXPECT_EQ(text_at(*page1, "//li[1]/a/span[@class='kicker']"), "迎难而上 全力以赴");
    EXPECT_EQ(text_at(*page1, "//li[1]/span[@class='subheadline']"), "确保有序转段平稳渡峰");
    auto page3 = book->xml("OEBPS/text/page-3.xhtml");
    EXPECT_EQ(text_at(*page3, "//p[@class='empty-page']"), "本版没有文章");
    EXPECT_EQ(text_at(*page3, "//span[@epub:type='pagebreak']/@id"), "page-3");
}

TEST_F(RichBook, EveryDocumentSaysItsLanguage) {
    std::size_t documents = 0;
    for (const std::string& name : book->names()) {
        if (name.size() < 6 || name.substr(name.size() - 6) != ".xhtml") continue;
        auto doc = book->xml(name);
        std::string lang = text_at(*doc, "/html/@lang");
        EXPECT_EQ(lang, name == "OEBPS/text/p2-a1.xhtml" ? "en" : "zh") << name;
        EXPECT_EQ(text_at(*doc, "/html/@xml:lang"), lang) << name;
        ++documents;
    }
    EXPECT_EQ(documents, 10u);  // cover, nav, 4 page indexes, 4 articles
}

TEST_F(RichBook, EnglishArticleInAChineseBook) {
    auto doc = book->xml("OEBPS/text/p2-a1.xhtml");
    EXPECT_EQ(text_at(*doc, "/html/@lang"), "en");
    EXPECT_EQ(text_at(*doc, "/html/@xml:lang"), "en");
    EXPECT_EQ(text_at(*doc, "//p[@class='dateline']/time"), "LONDON, Jan 3");
    EXPECT_EQ(text_at(*doc, "//span[@class='source']"), "Reuters");
    EXPECT_EQ(text_at(*book->xml("OEBPS/text/p1-a1.xhtml"), "/html/@lang"), "zh");
    // The style sheet sets Latin text without the Chinese indent, hyphenated.
    const std::string& css = book->file("OEBPS/css/galley.css");
    EXPECT_NE(css.find("p:lang(en)"), std::string::npos);
    EXPECT_NE(css.find("hyphens: auto"), std::string::npos);
    EXPECT_NE(css.find("text-indent: 2em"), std::string::npos);
    EXPECT_NE(css.find("line-break: strict"), std::string::npos);
    EXPECT_NE(css.find("\"Noto Serif CJK SC\""), std::string::npos);
    EXPECT_EQ(css.find("@font-face"), std::string::npos);
    EXPECT_EQ(css.find("px"), std::string::npos) << "sizes must be relative";
    EXPECT_EQ(css.find("pt;"), std::string::npos) << "sizes must be relative";
}

TEST_F(RichBook, PeriodicalMetadata) {
    auto opf = book->opf();
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:title"), "永康日报 2023年1月4日");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:identifier"), expected_identifier("issn:1234-5679/2023-01-04"));
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:publisher"), "永康日报社");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:rights"), "© 2023 永康日报社 版权所有");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:description"), "第3版为样张");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:source"), "urn:issn:1234-5679");
    EXPECT_EQ(meta(*opf, "belongs-to-collection"), "永康日报");
    std::string c = "#" + text_at(*opf, "/package/metadata/meta[@property='belongs-to-collection']/@id");
    EXPECT_EQ(text_at(*opf, ("/package/metadata/meta[@property='collection-type'][@refines='" + c + "']").c_str()),
              "series");
    EXPECT_EQ(text_at(*opf, ("/package/metadata/meta[@property='group-position'][@refines='" + c + "']").c_str()),
              "12345");
    EXPECT_EQ(meta(*opf, "dcterms:modified"), "2023-01-04T00:00:00Z");
}

// ---- options and other editions ---------------------------------------------------------------------------

TEST(EpubOptions, Vertical) {
    auto r = run_plain(rich_edition(), {{"vertical", "true"}}, rich_resources());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(r->epub(), "vertical");
    Book book(r->epub());
    EXPECT_EQ(text_at(*book.opf(), "/package/spine/@page-progression-direction"), "rtl");
    const std::string& css = book.file("OEBPS/css/galley.css");
    for (const char* rule : {"writing-mode: vertical-rl", "-epub-writing-mode: vertical-rl",
                             "-webkit-writing-mode: vertical-rl", "text-combine-upright: all"})
        EXPECT_NE(css.find(rule), std::string::npos) << rule;
    // "1月3日": the one-digit numbers stand upright; the text reads the same.
    auto doc = book.xml("OEBPS/text/p1-a1.xhtml");
    EXPECT_EQ(texts(*doc, "/html/body/article/p[1]/span[@class='tcy']"), (std::vector<std::string>{"1", "3"}));
    EXPECT_EQ(all_text(doc->select_node("/html/body/article/p[1]").node()), rich_edition().articles[0].body[0].text);
    EXPECT_TRUE(contains(metas(*book.opf(), "schema:accessibilityFeature"), "structuralNavigation"));
    // The contents set numbers upright as the pages do: "第1版" … "第4版" lay sideways before.
    auto nav = book.xml("OEBPS/nav.xhtml");
    EXPECT_EQ(texts(*nav, "//nav[@id='toc']/ol/li/a/span[@class='tcy']"),
              (std::vector<std::string>{"1", "2", "3", "4"}));
    // A wide picture is capped in both directions (it had max-width: none and ran off a narrow page).
    EXPECT_EQ(css.find("max-width: none"), std::string::npos);
    EXPECT_NE(css.find("figure img { max-height: 90vh; max-width: 90vw;"), std::string::npos);
}

// calibre's viewer set “ ” sideways in the vertical book (they are shared with Latin, UAX #50 "R"); vertical
// Chinese sets corner brackets, which every reading system turns. Horizontal books keep the marks as printed.
TEST(EpubOptions, VerticalQuotationMarksAreCornerBrackets) {
    Edition e = rich_edition();
    e.articles[0].body[0].text = "他说：“要做‘小巨人’企业。”Xi’an 的 it’s 不变。";
    auto vertical = run_plain(e, {{"vertical", "true"}}, rich_resources());
    ASSERT_EQ(vertical->status, GALLEY_OK) << vertical->messages(GALLEY_ERROR);
    expect_valid(vertical->epub(), "vertical quotes");
    Book book(vertical->epub());
    auto doc = book.xml("OEBPS/text/p1-a1.xhtml");
    EXPECT_EQ(all_text(doc->select_node("/html/body/article/p[1]").node()),
              "他说：「要做『小巨人』企业。」Xi’an 的 it’s 不变。");
    auto horizontal = run_plain(e, {}, rich_resources());
    ASSERT_EQ(horizontal->status, GALLEY_OK) << horizontal->messages(GALLEY_ERROR);
    Book flat(horizontal->epub());
    EXPECT_EQ(all_text(flat.xml("OEBPS/text/p1-a1.xhtml")->select_node("/html/body/article/p[1]").node()),
              e.articles[0].body[0].text);
}

TEST(EpubParts, VerticalQuotes) {
    EXPECT_EQ(epub::vertical_quotes("“甲”‘乙’"), "「甲」『乙』");
    EXPECT_EQ(epub::vertical_quotes("’首"), "』首");      // not between two Latin letters: a closing quote
    EXPECT_EQ(epub::vertical_quotes("don’t"), "don’t");   // an apostrophe
    EXPECT_EQ(epub::vertical_quotes("\xE2\x80"), "\xE2\x80");  // a cut sequence is left as it is
    EXPECT_EQ(epub::vertical_quotes(""), "");
}

// a11y:certifiedBy names who evaluated the book: only a publisher who did can say, and only beside a claim.
TEST(EpubOptions, CertifierWhenThePublisherNamesOne) {
    Options certified{{"certified-by", "永康日报社 审读组"},
                                                 {"certifier-credential", "WCAG 2.1 AA"},
                                                 {"certifier-report", "https://example.org/a11y/2023-01-04.html"}};
    auto r = run_plain(rich_edition(), certified, rich_resources());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(r->epub(), "certified");
    auto opf = Book(r->epub()).opf();
    EXPECT_EQ(metas(*opf, "a11y:certifiedBy"), std::vector<std::string>{"永康日报社 审读组"});
    EXPECT_EQ(text_at(*opf, "/package/metadata/meta[@property='a11y:certifiedBy']/@id"), "certifier");
    EXPECT_EQ(text_at(*opf, "/package/metadata/meta[@property='a11y:certifierCredential']/@refines"), "#certifier");
    EXPECT_EQ(text_at(*opf, "/package/metadata/link[@rel='a11y:certifierReport']/@href"),
              "https://example.org/a11y/2023-01-04.html");

    // No evaluator by default; a credential or report without one, or a report that is no URL, is refused.
    auto plain = run_plain(rich_edition(), {}, rich_resources());
    EXPECT_TRUE(metas(*Book(plain->epub()).opf(), "a11y:certifiedBy").empty());
    for (const Options& bad : {Options{{"certifier-credential", "WCAG 2.1 AA"}},
                               Options{{"certified-by", "X"}, {"certifier-report", "report.html"}}}) {
        auto refused = run_plain(rich_edition(), bad, rich_resources());
        EXPECT_EQ(refused->status, GALLEY_FAILED);
        EXPECT_NE(refused->messages(GALLEY_ERROR).find("certif"), std::string::npos) << refused->messages(GALLEY_ERROR);
        EXPECT_TRUE(refused->epub().empty());
    }

    // A picture without alt text: no claim, so no evaluator either, and a warning says why.
    Edition e = rich_edition();
    for (Article& a : e.articles)
        for (Block& b : a.body)
            if (b.type == BlockType::image) b.image.alt.clear(), b.image.caption = {};
    auto unclaimed = run_plain(e, certified, rich_resources());
    ASSERT_EQ(unclaimed->status, GALLEY_OK) << unclaimed->messages(GALLEY_ERROR);
    EXPECT_TRUE(metas(*Book(unclaimed->epub()).opf(), "a11y:certifiedBy").empty());
    EXPECT_NE(unclaimed->messages(GALLEY_WARNING).find("certified-by"), std::string::npos);
}

TEST(EpubOptions, NoCoverWhenAskedAndNoneGiven) {
    Edition e = seed_edition();
    e.title = "永康日报";
    auto r = run_plain(e, {{"cover", "false"}});
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(r->epub(), "no cover");
    Book book(r->epub());
    EXPECT_FALSE(book.has("OEBPS/cover.xhtml"));
    EXPECT_FALSE(book.has("OEBPS/images/cover.svg"));
    auto nav = book.xml("OEBPS/nav.xhtml");
    EXPECT_EQ(count(*nav, "//a[@epub:type='cover']"), 0u);
    EXPECT_EQ(count(*book.opf(), "//item[@properties='cover-image']"), 0u);
    EXPECT_EQ(text_at(*book.opf(), "/package/metadata/dc:title"), "永康日报 2023年1月4日");
    EXPECT_EQ(text_at(*book.opf(), "/package/metadata/dc:identifier"), expected_identifier("title:永康日报/2023-01-04"));
}

TEST(EpubOptions, LangOverridesTheEditionLanguage) {
    Edition e = latin_edition();
    e.language = "";
    e.articles[0].language = "";
    auto r = run_plain(e, {{"lang", "en-GB"}});
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    Book book(r->epub());
    EXPECT_EQ(text_at(*book.opf(), "/package/metadata/dc:language"), "en-GB");
    EXPECT_EQ(text_at(*book.xml("OEBPS/text/p3-a1.xhtml"), "/html/@lang"), "en-GB");
    expect_valid(r->epub(), "lang=en-GB");

    auto bad = run_plain(e, {{"lang", "en_GB"}});
    EXPECT_EQ(bad->status, GALLEY_FAILED);
    EXPECT_NE(bad->messages(GALLEY_ERROR).find("en_GB"), std::string::npos);
}

TEST(EpubEditions, EnglishEditionWithEnglishLabelsAndAControlCharacter) {
    auto r = run_plain(latin_edition());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(r->epub(), "English edition");
    // The control character became U+FFFD, with a warning naming the article.
    EXPECT_NE(r->messages(GALLEY_WARNING).find("p3-a1: paragraph: replaced U+0001"), std::string::npos)
        << r->messages(GALLEY_WARNING);
    Book book(r->epub());
    auto opf = book.opf();
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:title"), "The Harbour Times 2023-01-04");
    EXPECT_EQ(text_at(*opf, "/package/metadata/dc:language"), "en");
    EXPECT_EQ(meta(*opf, "group-position"), "42");
    auto nav = book.xml("OEBPS/nav.xhtml");
    EXPECT_EQ(text_at(*nav, "//nav[@epub:type='toc']/h1"), "Contents");
    EXPECT_EQ(text_at(*nav, "//a[@epub:type='cover']"), "Cover");
    EXPECT_EQ(text_at(*nav, "//nav[@epub:type='page-list']/ol/li/a"), "A3");
    auto doc = book.xml("OEBPS/text/p3-a1.xhtml");
    EXPECT_EQ(text_at(*doc, "/html/@lang"), "en");
    EXPECT_EQ(text_at(*doc, "/html/body/article/p[2]"), "A control character \xEF\xBF\xBD slipped into the copy.");
    EXPECT_EQ(text_at(*doc, "/html/body/article/h3"), "Outlook");
}

TEST(EpubEditions, MissingPicturesFailNamingArticleAndHref) {
    auto resources = rich_resources();
    resources.erase("photos/port.png");
    resources.erase("pages/front.png");
    auto r = run_plain(rich_edition(), {}, resources);
    EXPECT_EQ(r->status, GALLEY_FAILED);
    EXPECT_EQ(r->mem.entry(""), nullptr) << "nothing is written when a picture is missing";
    bool article = false, cover = false;
    for (const auto& report : r->mem.reports) {
        if (report.severity != GALLEY_ERROR) continue;
        article = article || (report.article_id == "p2-a1" && report.message.find("photos/port.png") != std::string::npos);
        cover = cover || (report.article_id.empty() && report.message.find("pages/front.png") != std::string::npos &&
                          report.message.find("cover") != std::string::npos);
    }
    EXPECT_TRUE(article) << r->messages(GALLEY_ERROR);
    EXPECT_TRUE(cover) << r->messages(GALLEY_ERROR);

    // A file that is no picture a reader shows is refused as well.
    resources = rich_resources();
    resources["photos/port.png"] = "RIFF\x10\0\0\0WEBPVP8 ";
    auto webp = run_plain(rich_edition(), {}, resources);
    EXPECT_EQ(webp->status, GALLEY_FAILED);
    EXPECT_NE(webp->messages(GALLEY_ERROR).find("photos/port.png"), std::string::npos);
}

TEST(EpubEditions, NoDateNoBook) {
    Edition e = latin_edition();
    e.date = "";
    auto r = run_plain(e);
    EXPECT_EQ(r->status, GALLEY_FAILED);
    EXPECT_NE(r->messages(GALLEY_ERROR).find("--issue-date"), std::string::npos);
}

// ---- the small pieces --------------------------------------------------------------------------------------

TEST(EpubParts, UuidVersion5) {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    auto dns = epub::parse_uuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    ASSERT_TRUE(dns);
    EXPECT_EQ(epub::format_uuid(epub::uuid_v5(*dns, "python.org")), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
    // galley's namespace is what its comment says it is.
    EXPECT_EQ(epub::format_uuid(epub::uuid_v5(*epub::parse_uuid(epub::url_namespace), "urn:galley:epub:edition")),
              epub::edition_namespace);
    EXPECT_FALSE(epub::parse_uuid("not-a-uuid"));
}

TEST(EpubParts, IssueNumbers) {
    EXPECT_EQ(epub::issue_digits("第12345期"), "12345");
    EXPECT_EQ(epub::issue_digits("2023年第5期"), "5");
    EXPECT_EQ(epub::issue_digits("No. 042"), "42");
    EXPECT_EQ(epub::issue_digits("第１２期"), "12");
    EXPECT_EQ(epub::issue_digits("特刊"), "");
}

TEST(EpubParts, CoverHeadlinesWrapEvenlyWithoutLeadingPunctuation) {
    auto lines = epub::wrap_lines("章旭升在慰问一线医务工作者时指出", 15, 3);
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(utf8::to_u32(lines[0]).size(), 8u);  // 8 + 8, not 15 + 1
    for (const auto& line : epub::wrap_lines("市委十五届三次全体（扩大）会议、市政府十八届二次全体会议，暨市委经济工作会议召开。", 7, 9))
        EXPECT_EQ(std::u32string(U"，。、）").find(utf8::to_u32(line)[0]), std::u32string::npos) << line;
    auto cut = epub::wrap_lines(std::string(200, 'x'), 10, 2);
    ASSERT_EQ(cut.size(), 2u);
    EXPECT_EQ(cut[1].substr(cut[1].size() - 3), "…");
    // Latin headlines break between words, never inside one.
    auto words = epub::wrap_lines("Markets rally as port reopens", 8, 5);
    ASSERT_EQ(words.size(), 2u);
    EXPECT_EQ(words[0] + " " + words[1], "Markets rally as port reopens");
}
