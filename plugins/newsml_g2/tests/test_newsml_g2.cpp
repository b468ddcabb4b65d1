// The NewsML-G2 exporter. Every item every test produces is checked by the real validators: xmllint
// against IPTC's 2.35 Power schema, and its XHTML body against the XHTML 1.0 Strict DTD.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <sstream>

#include "dates.hpp"
#include "galley/converter.hpp"
#include "galley/newsml_g2/exporter.hpp"
#include "galley/plugin_testing.hpp"
#include "galley/utf8.hpp"
#include "parties.hpp"
#include "settings.hpp"
#include "text.hpp"
#include "xml.hpp"

using namespace galley;
using galley::newsml_g2::Exporter;
using Options = std::vector<std::pair<std::string, std::string>>;

namespace {

const std::string source_dir = GALLEY_SOURCE_DIR;
const std::string schema = source_dir + "/../shared/schemas/newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd";
const std::string xhtml_dtd = "/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-xhtml1-20020801/xhtml1-strict.dtd";

// ---- validators ------------------------------------------------------------------------------------------

struct TempFile {
    std::string path;
    explicit TempFile(const std::string& bytes) {
        char name[] = "/tmp/galley-newsml-XXXXXX";
        int fd = mkstemp(name);
        if (fd < 0) throw std::runtime_error("mkstemp failed");
        close(fd);
        path = name;
        std::ofstream(path, std::ios::binary) << bytes;
    }
    ~TempFile() { std::remove(path.c_str()); }
};

struct Lint {
    int status = -1;
    std::string output;
};

Lint xmllint(const std::string& args, const std::string& bytes) {
    TempFile file(bytes);
    Lint r;
    std::string command = "xmllint --nonet --noout " + args + " '" + file.path + "' 2>&1";
    FILE* p = popen(command.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) r.output.append(buf, n);
    int status = pclose(p);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

Lint schema_check(const std::string& bytes) { return xmllint("--schema '" + schema + "'", bytes); }

std::string save(pugi::xml_node node) {
    pugi::xml_document doc;
    doc.append_copy(node);
    std::ostringstream s;
    doc.save(s, "  ", pugi::format_indent, pugi::encoding_utf8);
    return s.str();
}

// One item: the schema, and each XHTML body on its own against the DTD.
void expect_valid_item(const std::string& bytes, const std::string& what) {
    Lint s = schema_check(bytes);
    EXPECT_EQ(s.status, 0) << what << " fails the NewsML-G2 2.35 schema:\n" << s.output << "\n" << bytes;
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_buffer(bytes.data(), bytes.size())) << what;
    for (auto x : doc.select_nodes("//inlineXML/html")) {
        Lint d = xmllint("--dtdvalid '" + xhtml_dtd + "'", save(x.node()));
        EXPECT_EQ(d.status, 0) << what << ": XHTML body fails XHTML 1.0 Strict:\n" << d.output;
    }
}

// Everything an export wrote: items one by one, a newsMessage as a whole and item by item.
void expect_valid_output(const plugin::testing::MemoryHost& mem) {
    ASSERT_FALSE(mem.entries.empty());
    for (const auto& [entry, bytes] : mem.entries) {
        if (!entry.empty()) {
            expect_valid_item(bytes, entry);
            continue;
        }
        Lint s = schema_check(bytes);
        EXPECT_EQ(s.status, 0) << "the newsMessage fails the schema:\n" << s.output;
        pugi::xml_document doc;
        ASSERT_TRUE(doc.load_buffer(bytes.data(), bytes.size()));
        for (pugi::xml_node item : doc.child("newsMessage").child("itemSet").children()) {
            pugi::xml_document one;
            one.append_copy(item);
            std::ostringstream out;
            one.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
            expect_valid_item(out.str(), std::string("message item ") + item.attribute("guid").value());
        }
    }
}

// ---- running the exporter ----------------------------------------------------------------------------------

struct Exported {
    plugin::testing::MemoryHost mem;
    galley_status status = GALLEY_FAILED;

    const std::string& entry(const std::string& name) const {
        static const std::string none;
        const std::string* e = mem.entry(name);
        EXPECT_NE(e, nullptr) << "no entry " << name;
        return e ? *e : none;
    }
    pugi::xml_document doc(const std::string& name) const {
        pugi::xml_document d;
        const std::string& bytes = entry(name);
        EXPECT_TRUE(d.load_buffer(bytes.data(), bytes.size())) << name;
        return d;
    }
    std::vector<std::string> messages(galley_severity severity) const {
        std::vector<std::string> out;
        for (const auto& r : mem.reports)
            if (r.severity == severity) out.push_back(r.article_id + ": " + r.message);
        return out;
    }
};

std::unique_ptr<Exported> run(const Edition& edition, const Options& options = {},
                              const std::map<std::string, std::string>& previous = {}) {
    auto r = std::make_unique<Exported>();
    r->mem.previous = previous;
    r->status = plugin::testing::run<Exporter>(r->mem, edition, options);
    return r;
}

std::map<std::string, std::string> as_previous(const Exported& r) {
    std::map<std::string, std::string> m;
    for (const auto& [k, v] : r.mem.entries) m[k] = v;
    return m;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

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

// `bylines`: the people the credit names, as the reader found them (the exporter does not parse the credit).
Block image(std::string href, std::string caption, std::string credit, std::string alt = "",
            std::vector<Byline> bylines = {}) {
    Block b;
    b.type = BlockType::image;
    b.image.href = std::move(href);
    b.image.alt = std::move(alt);
    b.image.caption = {std::move(caption), std::move(credit), std::move(bylines)};
    return b;
}

// A front page with everything the model can say about an article.
Edition rich_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.issn = "1234-5679";
    e.publisher = "永康日报社";
    e.rights = "© 2023 永康日报社 版权所有";
    e.language = "zh";
    e.pages.push_back({1, "第1版", "要闻", {"a.txt"}, {}});
    e.pages.push_back({2, "第2版", "综合", {"b.txt"}, {}});
    Article a;
    a.id = "p1-a1";
    a.language = "zh";
    a.column = "新春走基层";
    a.kicker = "迎难而上 全力以赴";
    a.headline = "市领导看望慰问一线医务人员";
    a.subheadline = "确保有序转段平稳渡峰";
    a.source = "本报讯";
    a.credit = "记者 张三 通讯员 李四 实习生 赵六 编辑 王五 记者 钱七 摄";
    a.bylines = {{"记者", "张三", "writer"},
                 {"通讯员", "李四", "correspondent"},
                 {"实习生", "赵六", "intern"},
                 {"编辑", "王五", "editor"},
                 {"记者", "钱七", "photographer"}};
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    a.body = {paragraph("1月3日，市委书记章旭升赴我市部分医疗卫生单位调研。"),
              subheading("守护人民健康"),
              paragraph("他强调，要全力以赴“保健康、防重症”。"),
              image("images/p1 a1.jpg", "章旭升向医务人员送上鲜花", "记者 徐敏 摄", "一位官员向护士献花",
                    {{"记者", "徐敏", "photographer"}}),
              image("images/cdc.jpg", "市疾控中心工作人员在监测疫情", "Photo: Reuters"),
              paragraph("全市上下要咬定目标。")};
    a.page = 1;
    a.section = "要闻";
    a.continuations = {{"to", "第2版", "（下转第2版）"}};
    a.keywords = {"疫情防控", "医疗"};
    a.subjects = {{"medtop", "07000000", "健康"}, {"", "", "基层医疗"}};
    e.articles.push_back(a);

    Article b;
    b.id = "p2-a1";
    b.language = "zh";
    b.headline = "市委经济工作会议召开";
    b.credit = "记者 张三";
    b.bylines = {{"记者", "张三", "writer"}};
    b.body = {paragraph("会议强调，2023年是全面贯彻落实党的二十大精神的开局之年。")};
    b.page = 2;
    b.section = "综合";
    e.articles.push_back(b);
    return e;
}

Edition latin_edition() {
    Edition e;
    e.title = "The Harbour Times";
    e.date = "2023-01-04";
    e.publisher = "Harbour Media Ltd";
    Article a;
    a.id = "p3-a1";
    a.language = "en";
    a.headline = "Markets rally as port reopens";
    a.credit = "Jane Doe; Additional reporting by John Roe";
    a.bylines = {{"", "Jane Doe", "writer"}, {"Additional reporting", "John Roe", "contributor"}};
    a.body = {paragraph("The quick brown fox's well-known jump."), paragraph("Shares rose 3.5 percent.")};
    a.page = 3;
    e.articles.push_back(a);
    return e;
}

std::vector<std::string> names_of(pugi::xml_node parent) {
    std::vector<std::string> out;
    for (pugi::xml_node c : parent.children())
        if (c.type() == pugi::node_element) out.push_back(c.name());
    return out;
}

// True when `names` follows `order` (each name may repeat or be missing, never go back).
bool follows(const std::vector<std::string>& names, const std::vector<std::vector<std::string>>& order) {
    std::size_t at = 0;
    for (const auto& n : names) {
        while (at < order.size() && std::find(order[at].begin(), order[at].end(), n) == order[at].end()) ++at;
        if (at == order.size()) return false;
    }
    return true;
}

std::size_t count(const pugi::xml_document& doc, const char* xpath) { return doc.select_nodes(xpath).size(); }
std::string text_at(const pugi::xml_document& doc, const char* xpath) {
    return doc.select_node(xpath).node().text().get();
}
std::string attr_at(const pugi::xml_document& doc, const char* xpath) {
    return doc.select_node(xpath).attribute().value();
}

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

}  // namespace

// ---- the seed page ----------------------------------------------------------------------------------------

class SeedExport : public ::testing::Test {
protected:
    void SetUp() override {
        edition = seed_edition();
        ASSERT_EQ(edition.articles.size(), 2u);
        r = run(edition);
        ASSERT_EQ(r->status, GALLEY_OK) << ::testing::PrintToString(r->messages(GALLEY_ERROR));
    }
    Edition edition;
    std::unique_ptr<Exported> r;
};

TEST_F(SeedExport, TwoTextItemsAndAPackageAllValid) {
    std::vector<std::string> entries;
    for (const auto& e : r->mem.entries) entries.push_back(e.first);
    EXPECT_EQ(entries, (std::vector<std::string>{"p1-a1.xml", "p1-a2.xml", "edition.xml"}));
    expect_valid_output(r->mem);
}

TEST_F(SeedExport, HeadlinesBylinesDatelines) {
    for (const Article& a : edition.articles) {
        auto doc = r->doc(a.id + ".xml");
        pugi::xml_node item = doc.child("newsItem");
        EXPECT_EQ(std::string(item.attribute("guid").value()), "urn:newsml:galley:20230104:" + a.id);
        EXPECT_STREQ(item.attribute("version").value(), "1");
        EXPECT_STREQ(item.attribute("standardversion").value(), "2.35");
        EXPECT_STREQ(item.attribute("conformance").value(), "power");
        EXPECT_STREQ(item.attribute("xml:lang").value(), "zh");
        EXPECT_STREQ(item.attribute("xmlns").value(), "http://iptc.org/std/nar/2006-10-01/");
        EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/headline"), a.headline);
        // What a reader sees, as every exporter shows it: the source formula, then the credit.
        EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/by"), "本报讯\u3000融媒记者 徐敏");
        EXPECT_EQ(attr_at(doc, "/newsItem/contentMeta/creator/@role"), "cpprole:author");
        EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/creator/name"), "徐敏");
        // The lead opens with its date (1月3日，…): the dateline is not said twice; the date stays in
        // contentCreated.
        EXPECT_EQ(count(doc, "/newsItem/contentMeta/dateline"), 0u);
        EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/contentCreated"), "2023-01-03");
        EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/creditline"), "本报讯");
        EXPECT_EQ(attr_at(doc, "/newsItem/contentMeta/language/@tag"), "zh");
        EXPECT_EQ(count(doc, "/newsItem/contentMeta/located"), 0u);  // the dateline names no place
        EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/versionCreated"), "2023-01-04T00:00:00+08:00");
        EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/firstCreated"), "2023-01-04T00:00:00+08:00");
        EXPECT_EQ(attr_at(doc, "/newsItem/itemMeta/itemClass/@qcode"), "ninat:text");
        EXPECT_EQ(attr_at(doc, "/newsItem/itemMeta/pubStatus/@qcode"), "stat:usable");
        EXPECT_EQ(attr_at(doc, "/newsItem/itemMeta/provider/@literal"), "galley");
        EXPECT_EQ(count(doc, "/newsItem/itemMeta/signal"), 0u);
        EXPECT_EQ(text_at(doc, "//inlineXML/html/head/title"), a.headline);
    }
}

TEST_F(SeedExport, OneParagraphElementPerParagraph) {
    std::vector<std::size_t> expected{5, 10};
    for (std::size_t i = 0; i < 2; ++i) {
        const Article& a = edition.articles[i];
        auto doc = r->doc(a.id + ".xml");
        EXPECT_EQ(count(doc, "//inlineXML/html/body/p"), expected[i]);
        EXPECT_EQ(count(doc, "//p"), expected[i]);  // and no <p> anywhere else
        auto ps = doc.select_nodes("//inlineXML/html/body/p");
        std::size_t k = 0, chars = 0;
        for (const Block& b : a.body) {
            ASSERT_EQ(b.type, BlockType::paragraph);
            EXPECT_EQ(ps[k++].node().text().get(), b.text);
            chars += code_points(b.text);
        }
        EXPECT_EQ(attr_at(doc, "//inlineXML/@contenttype"), "application/xhtml+xml");
        EXPECT_EQ(std::stoul(attr_at(doc, "//inlineXML/@charcount")), chars);
    }
}

TEST_F(SeedExport, WordCountCountsEachHanCharacter) {
    // Independent count for this text: every Han character is a word, so is every run of ASCII digits.
    const Article& a = edition.articles[1];
    std::size_t words = 0;
    for (const Block& b : a.body) {
        std::u32string t = utf8::to_u32(b.text);
        for (std::size_t i = 0; i < t.size(); ++i) {
            char32_t c = t[i];
            if (c >= 0x4E00 && c <= 0x9FFF) ++words;
            bool alnum = c < 0x80 && std::isalnum(static_cast<int>(c));
            if (alnum && (i == 0 || !(t[i - 1] < 0x80 && std::isalnum(static_cast<int>(t[i - 1]))))) ++words;
        }
    }
    auto doc = r->doc("p1-a2.xml");
    EXPECT_EQ(std::stoul(attr_at(doc, "//inlineXML/@wordcount")), words);
    EXPECT_GT(words, 1000u);
}

TEST_F(SeedExport, PackageGroupsTheItemsByPage) {
    auto doc = r->doc("edition.xml");
    pugi::xml_node pkg = doc.child("packageItem");
    EXPECT_STREQ(pkg.attribute("guid").value(), "urn:newsml:galley:20230104:edition");
    EXPECT_EQ(attr_at(doc, "/packageItem/itemMeta/itemClass/@qcode"), "ninat:composite");
    EXPECT_EQ(attr_at(doc, "/packageItem/groupSet/@root"), "edition");
    pugi::xml_node root = doc.select_node("/packageItem/groupSet/group[@id='edition']").node();
    EXPECT_STREQ(root.attribute("mode").value(), "pgrmod:seq");
    EXPECT_STREQ(root.child("groupRef").attribute("idref").value(), "page-1");
    pugi::xml_node page = doc.select_node("/packageItem/groupSet/group[@id='page-1']").node();
    EXPECT_STREQ(page.attribute("mode").value(), "pgrmod:seq");
    EXPECT_STREQ(page.child("title").text().get(), "第1版");
    auto refs = page.select_nodes("itemRef");
    ASSERT_EQ(refs.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        pugi::xml_node ref = refs[i].node();
        EXPECT_EQ(std::string(ref.attribute("residref").value()),
                  "urn:newsml:galley:20230104:" + edition.articles[i].id);
        EXPECT_STREQ(ref.attribute("version").value(), "1");
        EXPECT_STREQ(ref.attribute("contenttype").value(), "application/vnd.iptc.g2.newsitem+xml");
        EXPECT_STREQ(ref.child("itemClass").attribute("qcode").value(), "ninat:text");
        EXPECT_EQ(ref.child("headline").text().get(), edition.articles[i].headline);
    }
}

TEST_F(SeedExport, RealUtf8AndNoCharacterReferences) {
    for (const auto& [entry, bytes] : r->mem.entries) {
        EXPECT_EQ(bytes.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0), 0u) << entry;
        EXPECT_EQ(bytes.find("&#"), std::string::npos) << entry;
        EXPECT_NE(bytes.find("\n  <itemMeta>"), std::string::npos) << entry << " is not pretty-printed";
    }
    EXPECT_NE(r->entry("p1-a1.xml").find("章旭升"), std::string::npos);
}

// ---- the whole model ----------------------------------------------------------------------------------------

class RichExport : public ::testing::Test {
protected:
    void SetUp() override {
        edition = rich_edition();
        r = run(edition);
        ASSERT_EQ(r->status, GALLEY_OK) << ::testing::PrintToString(r->messages(GALLEY_ERROR));
    }
    Edition edition;
    std::unique_ptr<Exported> r;
};

TEST_F(RichExport, ItemsForArticlesAndPicturesAllValid) {
    std::vector<std::string> entries;
    for (const auto& e : r->mem.entries) entries.push_back(e.first);
    EXPECT_EQ(entries,
              (std::vector<std::string>{"p1-a1.xml", "p1-a1-img1.xml", "p1-a1-img2.xml", "p2-a1.xml", "edition.xml"}));
    expect_valid_output(r->mem);
    EXPECT_TRUE(r->messages(GALLEY_WARNING).empty()) << ::testing::PrintToString(r->messages(GALLEY_WARNING));
}

TEST_F(RichExport, GuidsFromTheIssn) {
    EXPECT_STREQ(r->doc("p1-a1.xml").child("newsItem").attribute("guid").value(),
                 "urn:newsml:issn.1234-5679:20230104:p1-a1");
    EXPECT_STREQ(r->doc("p1-a1-img2.xml").child("newsItem").attribute("guid").value(),
                 "urn:newsml:issn.1234-5679:20230104:p1-a1-img2");
    EXPECT_STREQ(r->doc("edition.xml").child("packageItem").attribute("guid").value(),
                 "urn:newsml:issn.1234-5679:20230104:edition");
}

TEST_F(RichExport, BylinesBecomeCreatorsAndContributors) {
    auto doc = r->doc("p1-a1.xml");
    auto party = [&](const char* element, const char* name) {
        std::string xpath = std::string("/newsItem/contentMeta/") + element + "[name='" + name + "']/@role";
        return attr_at(doc, xpath.c_str());
    };
    EXPECT_EQ(party("creator", "张三"), "cpprole:author");
    EXPECT_EQ(party("creator", "李四"), "cpprole:correspondent");
    EXPECT_EQ(party("contributor", "王五"), "cpprole:editor");
    EXPECT_EQ(party("contributor", "赵六"), "cpprole:author");
    EXPECT_EQ(party("contributor", "钱七"), "cpprole:imgSupplier");
    EXPECT_EQ(count(doc, "/newsItem/contentMeta/creator"), 2u);
    EXPECT_EQ(count(doc, "/newsItem/contentMeta/contributor"), 3u);
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/by"), "本报讯\u3000" + edition.articles[0].credit);
}

TEST_F(RichExport, HeadlinesDatelineSubjectsRights) {
    auto doc = r->doc("p1-a1.xml");
    auto headlines = doc.select_nodes("/newsItem/contentMeta/headline");
    ASSERT_EQ(headlines.size(), 4u);
    EXPECT_STREQ(headlines[0].node().text().get(), "市领导看望慰问一线医务人员");
    EXPECT_FALSE(headlines[0].node().attribute("role"));
    EXPECT_STREQ(headlines[1].node().attribute("role").value(), "galhl:kicker");
    EXPECT_STREQ(headlines[1].node().text().get(), "迎难而上 全力以赴");
    EXPECT_STREQ(headlines[2].node().attribute("role").value(), "galhl:subtitle");
    EXPECT_STREQ(headlines[3].node().attribute("role").value(), "galhl:column");
    EXPECT_STREQ(headlines[3].node().text().get(), "新春走基层");
    EXPECT_EQ(attr_at(doc, "/newsItem/catalog/scheme[@alias='galhl']/@uri"), "urn:galley:cv:headlinerole:");
    EXPECT_EQ(attr_at(doc, "/newsItem/catalogRef/@href"),
              "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml");

    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/dateline"), "北京1月3日");
    EXPECT_EQ(attr_at(doc, "/newsItem/contentMeta/located/@literal"), "北京");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/located/name"), "北京");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/contentCreated"), "2023-01-03");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/slugline"), "要闻-p1-a1");
    EXPECT_EQ(count(doc, "/newsItem/contentMeta/keyword"), 2u);
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/keyword[2]"), "医疗");
    EXPECT_EQ(attr_at(doc, "/newsItem/contentMeta/subject[1]/@qcode"), "medtop:07000000");
    EXPECT_EQ(attr_at(doc, "/newsItem/contentMeta/subject[1]/@type"), "cpnat:abstract");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/subject[1]/name"), "健康");
    EXPECT_EQ(attr_at(doc, "/newsItem/contentMeta/subject[2]/@literal"), "基层医疗");

    EXPECT_EQ(attr_at(doc, "/newsItem/rightsInfo/copyrightHolder/@literal"), "永康日报社");
    EXPECT_EQ(text_at(doc, "/newsItem/rightsInfo/copyrightNotice"), "© 2023 永康日报社 版权所有");
    EXPECT_EQ(attr_at(doc, "/newsItem/itemMeta/provider/@literal"), "永康日报社");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/title"), "市领导看望慰问一线医务人员");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/edNote"), "Continues on 第2版: （下转第2版）");
}

TEST_F(RichExport, BodyHasParagraphsSubheadingsAndFigures) {
    auto doc = r->doc("p1-a1.xml");
    EXPECT_EQ(count(doc, "//p"), 3u);
    EXPECT_EQ(text_at(doc, "//body/h2"), "守护人民健康");
    auto figures = doc.select_nodes("//body/div[@class='figure']");
    ASSERT_EQ(figures.size(), 2u);
    pugi::xml_node first = figures[0].node();
    EXPECT_STREQ(first.child("img").attribute("src").value(), "images/p1%20a1.jpg");
    EXPECT_STREQ(first.child("img").attribute("alt").value(), "一位官员向护士献花");
    EXPECT_STREQ(first.find_child_by_attribute("div", "class", "caption").text().get(), "章旭升向医务人员送上鲜花");
    EXPECT_STREQ(first.find_child_by_attribute("div", "class", "credit").text().get(), "记者 徐敏 摄");
    EXPECT_STREQ(figures[1].node().child("img").attribute("src").value(), "images/cdc.jpg");
    EXPECT_STREQ(figures[1].node().find_child_by_attribute("div", "class", "credit").text().get(), "Photo: Reuters");
    // The body's order is the model's.
    EXPECT_EQ(names_of(doc.select_node("//body").node()),
              (std::vector<std::string>{"p", "h2", "p", "div", "div", "p"}));
}

TEST_F(RichExport, TextItemLinksToItsPictures) {
    auto doc = r->doc("p1-a1.xml");
    auto links = doc.select_nodes("/newsItem/itemMeta/link");
    ASSERT_EQ(links.size(), 2u);
    EXPECT_STREQ(links[0].node().attribute("rel").value(), "irel:seeAlso");
    EXPECT_STREQ(links[0].node().attribute("residref").value(), "urn:newsml:issn.1234-5679:20230104:p1-a1-img1");
    EXPECT_STREQ(links[1].node().attribute("residref").value(), "urn:newsml:issn.1234-5679:20230104:p1-a1-img2");
}

TEST_F(RichExport, PictureItems) {
    auto one = r->doc("p1-a1-img1.xml");
    EXPECT_EQ(attr_at(one, "/newsItem/itemMeta/itemClass/@qcode"), "ninat:picture");
    EXPECT_EQ(text_at(one, "/newsItem/contentMeta/description[@role='drol:caption']"), "章旭升向医务人员送上鲜花");
    EXPECT_EQ(text_at(one, "/newsItem/contentMeta/description[@role='galdrol:altText']"), "一位官员向护士献花");
    EXPECT_EQ(attr_at(one, "/newsItem/catalog/scheme[@alias='galdrol']/@uri"), "urn:galley:cv:descriptionrole:");
    EXPECT_EQ(text_at(one, "/newsItem/contentMeta/creditline"), "记者 徐敏 摄");
    EXPECT_EQ(text_at(one, "/newsItem/contentMeta/creator[@role='cpprole:author']/name"), "徐敏");
    EXPECT_EQ(attr_at(one, "/newsItem/contentSet/remoteContent/@href"), "images/p1%20a1.jpg");
    EXPECT_EQ(attr_at(one, "/newsItem/contentSet/remoteContent/@contenttype"), "image/jpeg");
    EXPECT_EQ(attr_at(one, "/newsItem/itemMeta/link/@residref"), "urn:newsml:issn.1234-5679:20230104:p1-a1");

    auto two = r->doc("p1-a1-img2.xml");
    EXPECT_EQ(attr_at(two, "/newsItem/contentSet/remoteContent/@href"), "images/cdc.jpg");
    EXPECT_EQ(count(two, "/newsItem/contentMeta/creator"), 0u);  // "Photo: Reuters" names no person: no bylines
    EXPECT_EQ(text_at(two, "/newsItem/contentMeta/creditline"), "Photo: Reuters");
    EXPECT_EQ(text_at(two, "/newsItem/contentMeta/description[@role='drol:caption']"), "市疾控中心工作人员在监测疫情");
}

TEST_F(RichExport, PackageHasOneGroupPerPageInOrder) {
    auto doc = r->doc("edition.xml");
    auto refs = doc.select_nodes("/packageItem/groupSet/group[@id='edition']/groupRef");
    ASSERT_EQ(refs.size(), 2u);
    EXPECT_STREQ(refs[0].node().attribute("idref").value(), "page-1");
    EXPECT_STREQ(refs[1].node().attribute("idref").value(), "page-2");
    EXPECT_EQ(text_at(doc, "/packageItem/groupSet/group[@id='page-1']/title"), "第1版 要闻");
    EXPECT_EQ(text_at(doc, "/packageItem/groupSet/group[@id='page-2']/title"), "第2版 综合");
    auto page1 = doc.select_nodes("/packageItem/groupSet/group[@id='page-1']/itemRef");
    ASSERT_EQ(page1.size(), 3u);
    EXPECT_STREQ(page1[0].node().child("itemClass").attribute("qcode").value(), "ninat:text");
    EXPECT_STREQ(page1[1].node().child("itemClass").attribute("qcode").value(), "ninat:picture");
    EXPECT_STREQ(page1[1].node().child("description").text().get(), "章旭升向医务人员送上鲜花");
    EXPECT_STREQ(page1[2].node().attribute("residref").value(), "urn:newsml:issn.1234-5679:20230104:p1-a1-img2");
    EXPECT_EQ(text_at(doc, "/packageItem/groupSet/group[@id='page-2']/itemRef/headline"), "市委经济工作会议召开");
    EXPECT_EQ(text_at(doc, "/packageItem/itemMeta/title"), "永康日报 2023-01-04");
    EXPECT_EQ(attr_at(doc, "/packageItem/@xml:lang"), "zh");
}

// The orders the schema demands (and the notes call out: contributor before headline, urgency first).
TEST_F(RichExport, ElementOrderIsTheSchemas) {
    for (const char* entry : {"p1-a1.xml", "p1-a1-img1.xml", "edition.xml"}) {
        auto doc = r->doc(entry);
        pugi::xml_node item = doc.document_element();
        EXPECT_TRUE(follows(
            names_of(item),
            {{"catalogRef", "catalog"}, {"rightsInfo"}, {"itemMeta"}, {"contentMeta"}, {"contentSet", "groupSet"}}))
            << entry << ": " << ::testing::PrintToString(names_of(item));
        EXPECT_TRUE(follows(names_of(item.child("itemMeta")), {{"itemClass"},
                                                               {"provider"},
                                                               {"versionCreated"},
                                                               {"firstCreated"},
                                                               {"pubStatus"},
                                                               {"generator"},
                                                               {"title"},
                                                               {"edNote"},
                                                               {"signal"},
                                                               {"link"}}))
            << entry << ": " << ::testing::PrintToString(names_of(item.child("itemMeta")));
        EXPECT_TRUE(
            follows(names_of(item.child("contentMeta")), {{"urgency"},
                                                          {"contentCreated"},
                                                          {"contentModified"},
                                                          {"located", "creator", "contributor"},
                                                          {"language", "keyword", "subject", "slugline", "headline",
                                                           "dateline", "by", "creditline", "description"}}))
            << entry << ": " << ::testing::PrintToString(names_of(item.child("contentMeta")));
    }
}

TEST_F(RichExport, TheValidatorCatchesAContributorAfterTheHeadline) {
    // The same item with one contributor moved behind the headlines must fail: the check above is real.
    auto doc = r->doc("p1-a1.xml");
    pugi::xml_node cm = doc.child("newsItem").child("contentMeta");
    cm.insert_move_after(cm.child("contributor"), cm.child("headline"));
    std::ostringstream s;
    doc.save(s, "  ", pugi::format_indent, pugi::encoding_utf8);
    Lint bad = schema_check(s.str());
    EXPECT_NE(bad.status, 0) << bad.output;
    EXPECT_NE(bad.output.find("contributor"), std::string::npos) << bad.output;
}

// ---- Latin text, no dateline ---------------------------------------------------------------------------------

TEST(LatinExport, EnglishWithoutDateline) {
    auto r = run(latin_edition());
    ASSERT_EQ(r->status, GALLEY_OK);
    expect_valid_output(r->mem);
    auto doc = r->doc("p3-a1.xml");
    EXPECT_STREQ(doc.child("newsItem").attribute("xml:lang").value(), "en");
    EXPECT_EQ(attr_at(doc, "//inlineXML/html/@xml:lang"), "en");
    EXPECT_EQ(attr_at(doc, "//inlineXML/html/@lang"), "en");
    EXPECT_EQ(count(doc, "/newsItem/contentMeta/dateline"), 0u);
    EXPECT_EQ(count(doc, "/newsItem/contentMeta/located"), 0u);
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/contentCreated"), "2023-01-04");  // the issue's date
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/creator[@role='cpprole:author']/name"), "Jane Doe");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/contributor[@role='cpprole:contentSource']/name"), "John Roe");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/by"), "Jane Doe; Additional reporting by John Roe");
    EXPECT_EQ(count(doc, "/newsItem/contentMeta/creditline"), 0u);  // no source printed
    // "The quick brown fox's well-known jump." is 6 words, "Shares rose 3.5 percent." 4.
    EXPECT_EQ(attr_at(doc, "//inlineXML/@wordcount"), "10");
    EXPECT_EQ(attr_at(doc, "//inlineXML/@charcount"),
              std::to_string(code_points("The quick brown fox's well-known jump.") +
                             code_points("Shares rose 3.5 percent.")));
    EXPECT_EQ(text_at(r->doc("edition.xml"), "/packageItem/groupSet/group[@id='page-3']/title"), "Page 3");
}

// ---- characters -------------------------------------------------------------------------------------------------

TEST(Characters, MarkupIsEscapedAndForbiddenCharactersReplaced) {
    Edition e = latin_edition();
    Article& a = e.articles[0];
    a.headline = "Tom & Jerry <live>\x01";
    a.body = {paragraph("if a < b && c ]]> d then \x01 and \xEF\xBF\xBE end")};
    a.keywords = {"tab\there"};
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK);
    expect_valid_output(r->mem);

    const std::string& bytes = r->entry("p3-a1.xml");
    EXPECT_NE(bytes.find("if a &lt; b &amp;&amp; c ]]&gt; d"), std::string::npos) << bytes;
    EXPECT_NE(bytes.find("Tom &amp; Jerry &lt;live&gt;\xEF\xBF\xBD"), std::string::npos);
    EXPECT_EQ(bytes.find("<![CDATA["), std::string::npos);
    EXPECT_EQ(bytes.find("&#"), std::string::npos);
    EXPECT_EQ(bytes.find('\x01'), std::string::npos);
    EXPECT_EQ(bytes.find("\xEF\xBF\xBE"), std::string::npos);

    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_buffer(bytes.data(), bytes.size()));
    EXPECT_EQ(text_at(doc, "//body/p"), "if a < b && c ]]> d then \xEF\xBF\xBD and \xEF\xBF\xBD end");
    EXPECT_EQ(text_at(doc, "/newsItem/contentMeta/keyword"), "tab here");  // g2normalizedString: no tabs

    auto warnings = r->messages(GALLEY_WARNING);
    auto said = [&](const std::string& what) {
        for (const auto& w : warnings)
            if (w.rfind("p3-a1: ", 0) == 0 && w.find(what) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(said("headline: replaced U+0001")) << ::testing::PrintToString(warnings);
    EXPECT_TRUE(said("paragraph 1: replaced U+0001")) << ::testing::PrintToString(warnings);
    EXPECT_TRUE(said("paragraph 1: replaced U+FFFE")) << ::testing::PrintToString(warnings);
    // Reported once even though the headline is written several times (itemMeta, contentMeta, title, package).
    std::size_t headline_warnings = 0;
    for (const auto& w : warnings) headline_warnings += w.find("headline: replaced U+0001") != std::string::npos;
    EXPECT_EQ(headline_warnings, 1u);
}

// ---- options --------------------------------------------------------------------------------------------------

TEST(Options, MessageHoldsEveryItem) {
    Edition e = rich_edition();
    auto r = run(e, {{"message", "true"}});
    ASSERT_EQ(r->status, GALLEY_OK);
    ASSERT_EQ(r->mem.entries.size(), 1u);
    EXPECT_EQ(r->mem.entries[0].first, "");
    expect_valid_output(r->mem);
    auto doc = r->doc("");
    EXPECT_EQ(text_at(doc, "/newsMessage/header/sent"), "2023-01-04T00:00:00+08:00");
    EXPECT_EQ(text_at(doc, "/newsMessage/header/sender"), "永康日报社");
    EXPECT_EQ(names_of(doc.child("newsMessage").child("itemSet")),
              (std::vector<std::string>{"newsItem", "newsItem", "newsItem", "newsItem", "packageItem"}));
    // The same items as one file each.
    auto files = run(e);
    auto items = doc.select_nodes("/newsMessage/itemSet/*");
    for (std::size_t i = 0; i < items.size(); ++i)
        EXPECT_EQ(newsml_g2::serialize_copy(items[i].node()), files->mem.entries[i].second) << i;
}

TEST(Options, ProviderGuidPrefixAndOffset) {
    auto r = run(rich_edition(),
                 {{"provider", "Example Daily"}, {"guid-prefix", "urn:newsml:example.com:"}, {"utc-offset", "-05:30"}});
    ASSERT_EQ(r->status, GALLEY_OK);
    expect_valid_output(r->mem);
    auto doc = r->doc("p1-a1.xml");
    EXPECT_STREQ(doc.child("newsItem").attribute("guid").value(), "urn:newsml:example.com:20230104:p1-a1");
    EXPECT_EQ(attr_at(doc, "/newsItem/itemMeta/provider/@literal"), "Example Daily");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/versionCreated"), "2023-01-04T00:00:00-05:30");
}

TEST(Options, SourceDateEpochGivesVersionCreated) {
    ASSERT_EQ(setenv("SOURCE_DATE_EPOCH", "1672790400", 1), 0);  // 2023-01-04T00:00:00Z
    auto r = run(rich_edition());
    unsetenv("SOURCE_DATE_EPOCH");
    ASSERT_EQ(r->status, GALLEY_OK);
    expect_valid_output(r->mem);
    auto doc = r->doc("p1-a1.xml");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/versionCreated"), "2023-01-04T08:00:00+08:00");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/firstCreated"), "2023-01-04T00:00:00+08:00");
}

TEST(Options, BadInputFailsWithAnError) {
    auto bad_offset = run(rich_edition(), {{"utc-offset", "8"}});
    EXPECT_EQ(bad_offset->status, GALLEY_FAILED);
    EXPECT_TRUE(bad_offset->mem.entries.empty());
    ASSERT_EQ(bad_offset->messages(GALLEY_ERROR).size(), 1u);
    EXPECT_NE(bad_offset->messages(GALLEY_ERROR)[0].find("utc-offset"), std::string::npos);

    Edition undated = rich_edition();
    undated.date.clear();
    auto no_date = run(undated);
    EXPECT_EQ(no_date->status, GALLEY_FAILED);
    EXPECT_TRUE(no_date->mem.entries.empty());

    Edition unsafe = rich_edition();
    unsafe.articles[1].id = "../escape";
    auto bad_id = run(unsafe);
    EXPECT_EQ(bad_id->status, GALLEY_FAILED);
    EXPECT_TRUE(bad_id->mem.entries.empty());

    Edition twice = rich_edition();
    twice.articles[1].id = twice.articles[0].id;
    EXPECT_EQ(run(twice)->status, GALLEY_FAILED);

    ASSERT_EQ(setenv("SOURCE_DATE_EPOCH", "yesterday", 1), 0);
    auto bad_epoch = run(rich_edition());
    unsetenv("SOURCE_DATE_EPOCH");
    EXPECT_EQ(bad_epoch->status, GALLEY_FAILED);
}

// ---- determinism and versions -------------------------------------------------------------------------------

TEST(Versions, SameInputSameBytes) {
    for (const Options& o : {Options{}, Options{{"message", "true"}}}) {
        auto a = run(rich_edition(), o);
        auto b = run(rich_edition(), o);
        ASSERT_EQ(a->status, GALLEY_OK);
        expect_valid_output(a->mem);
        EXPECT_EQ(a->mem.entries, b->mem.entries);
    }
}

TEST(Versions, UnchangedItemsKeepTheirVersion) {
    auto first = run(rich_edition());
    auto again = run(rich_edition(), {}, as_previous(*first));
    ASSERT_EQ(again->status, GALLEY_OK);
    EXPECT_EQ(again->mem.entries, first->mem.entries);
    EXPECT_TRUE(again->messages(GALLEY_NOTE).empty());
}

TEST(Versions, AChangedItemIsTheNextVersionWithASignal) {
    auto first = run(rich_edition());
    Edition changed = rich_edition();
    changed.articles[0].headline = "市领导看望慰问一线医务人员和疾控人员";
    auto second = run(changed, {}, as_previous(*first));
    ASSERT_EQ(second->status, GALLEY_OK);
    expect_valid_output(second->mem);

    auto item = second->doc("p1-a1.xml");
    EXPECT_STREQ(item.child("newsItem").attribute("version").value(), "2");
    EXPECT_EQ(attr_at(item, "/newsItem/itemMeta/signal/@qcode"), "sig:update");
    // The pictures did not change; the package did, because it carries the new version.
    EXPECT_EQ(second->entry("p1-a1-img1.xml"), first->entry("p1-a1-img1.xml"));
    EXPECT_EQ(second->entry("p2-a1.xml"), first->entry("p2-a1.xml"));
    auto pkg = second->doc("edition.xml");
    EXPECT_STREQ(pkg.child("packageItem").attribute("version").value(), "2");
    EXPECT_EQ(attr_at(pkg, "//itemRef[headline='市领导看望慰问一线医务人员和疾控人员']/@version"), "2");
    EXPECT_EQ(attr_at(pkg, "//itemRef[headline='市委经济工作会议召开']/@version"), "1");

    // Sent again unchanged, version 2 stays version 2 (with its signal).
    auto third = run(changed, {}, as_previous(*second));
    EXPECT_EQ(third->mem.entries, second->mem.entries);

    // Changed again: version 3.
    changed.articles[0].body.push_back(paragraph("新增一段。"));
    auto fourth = run(changed, {}, as_previous(*third));
    EXPECT_STREQ(fourth->doc("p1-a1.xml").child("newsItem").attribute("version").value(), "3");
    expect_valid_output(fourth->mem);
}

TEST(Versions, MessageModeReadsTheEarlierMessage) {
    auto first = run(rich_edition(), {{"message", "true"}});
    auto same = run(rich_edition(), {{"message", "true"}}, as_previous(*first));
    EXPECT_EQ(same->entry(""), first->entry(""));

    Edition changed = rich_edition();
    changed.articles[1].body[0].text += "会议号召全市上下团结奋斗。";
    auto second = run(changed, {{"message", "true"}}, as_previous(*first));
    ASSERT_EQ(second->status, GALLEY_OK);
    expect_valid_output(second->mem);
    auto doc = second->doc("");
    EXPECT_EQ(attr_at(doc, "//newsItem[contains(@guid, ':p2-a1')]/@version"), "2");
    EXPECT_EQ(attr_at(doc, "//newsItem[contains(@guid, ':p2-a1')]/itemMeta/signal/@qcode"), "sig:update");
    EXPECT_EQ(attr_at(doc, "//newsItem[contains(@guid, ':p1-a1')]/@version"), "1");
    EXPECT_EQ(attr_at(doc, "//packageItem/@version"), "2");
}

TEST(Versions, AFileOfAnotherItemIsNotItsEarlierVersion) {
    auto yesterday = run(rich_edition());
    Edition today = rich_edition();
    today.date = "2023-01-05";
    auto r = run(today, {}, as_previous(*yesterday));
    ASSERT_EQ(r->status, GALLEY_OK);
    EXPECT_STREQ(r->doc("p1-a1.xml").child("newsItem").attribute("version").value(), "1");
    EXPECT_FALSE(r->messages(GALLEY_NOTE).empty());
}

TEST(Versions, ANewSourceDateEpochAloneMakesNoNewVersion) {
    ASSERT_EQ(setenv("SOURCE_DATE_EPOCH", "1672790400", 1), 0);
    auto first = run(rich_edition());
    ASSERT_EQ(setenv("SOURCE_DATE_EPOCH", "1672876800", 1), 0);  // a day later
    auto again = run(rich_edition(), {}, as_previous(*first));
    Edition changed = rich_edition();
    changed.articles[1].headline = "市委经济工作会议隆重召开";
    auto update = run(changed, {}, as_previous(*first));
    unsetenv("SOURCE_DATE_EPOCH");

    EXPECT_EQ(again->mem.entries, first->mem.entries);  // same versions, same versionCreated
    expect_valid_output(update->mem);
    EXPECT_EQ(update->entry("p1-a1.xml"), first->entry("p1-a1.xml"));
    auto doc = update->doc("p2-a1.xml");
    EXPECT_STREQ(doc.child("newsItem").attribute("version").value(), "2");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/versionCreated"), "2023-01-05T08:00:00+08:00");
    EXPECT_EQ(text_at(doc, "/newsItem/itemMeta/firstCreated"), "2023-01-04T00:00:00+08:00");
}

// ---- what the model allows but rarely holds -----------------------------------------------------------------

// A caption the page printed without its picture (no href): the feed has no picture to send, so neither a
// picture item nor a figure is written; the caption stays in the model and a warning names its line.
TEST(OddInputs, ACaptionWithoutItsPictureIsLeftOutWithAWarning) {
    Edition e = rich_edition();
    Block lone = image("", "重点项目集中开工仪式现场", "记者 汪丽娜 摄");
    lone.origin.line = 41;
    e.articles[0].body.push_back(lone);
    e.articles[0].origin.file = "pages/2.txt";
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << ::testing::PrintToString(r->messages(GALLEY_ERROR));
    expect_valid_output(r->mem);
    EXPECT_EQ(r->mem.entry("p1-a1-img3.xml"), nullptr);
    EXPECT_EQ(r->doc("p1-a1.xml").select_nodes("//body/div[@class='figure']").size(), 2u);
    EXPECT_EQ(r->entry("p1-a1.xml").find("重点项目集中开工仪式现场"), std::string::npos);
    EXPECT_EQ(r->messages(GALLEY_WARNING),
              (std::vector<std::string>{"p1-a1: caption at pages/2.txt:41 \"重点项目集中开工仪式现场\": no picture was "
                                        "supplied; left out of the reading text"}));
}

TEST(OddInputs, EmptyAndUnknownThingsStillMakeValidItems) {
    Edition e;
    e.date = "2023-01-04";
    e.issn = "not an issn";
    Article bare;  // no language, headline, byline, dateline or page
    bare.id = "a001";
    Article pictures;
    pictures.id = "a002";
    pictures.language = "und";
    pictures.headline = "   ";
    pictures.page = 0;
    pictures.body = {image("", "", ""), image("photo.png", "", "", ""), paragraph("Line one\r\nline two\rthree")};
    pictures.subjects = {{"medtop", "123", "bad code"}, {"subj", "04000000", ""}};
    pictures.bylines = {{"", "", "writer"}, {"主持人", "孙八", "contributor"}};
    e.articles = {bare, pictures};
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << ::testing::PrintToString(r->messages(GALLEY_ERROR));
    expect_valid_output(r->mem);

    auto a1 = r->doc("a001.xml");
    EXPECT_FALSE(a1.child("newsItem").attribute("xml:lang"));
    EXPECT_EQ(count(a1, "/newsItem/contentMeta/language"), 0u);
    EXPECT_EQ(count(a1, "/newsItem/contentMeta/headline"), 0u);
    EXPECT_EQ(text_at(a1, "//inlineXML/html/head/title"), "a001");  // XHTML needs a title
    EXPECT_EQ(count(a1, "//inlineXML/html/body/*"), 0u);
    EXPECT_EQ(attr_at(a1, "//inlineXML/@wordcount"), "0");

    auto a2 = r->doc("a002.xml");
    EXPECT_STREQ(a2.child("newsItem").attribute("xml:lang").value(), "und");
    EXPECT_EQ(count(a2, "/newsItem/contentMeta/headline"), 0u);  // blank: not written
    EXPECT_EQ(count(a2, "/newsItem/itemMeta/title"), 0u);
    EXPECT_EQ(text_at(a2, "//body/p"), "Line one\nline two\nthree");
    EXPECT_EQ(count(a2, "//body/div[@class='figure']"), 1u);  // the image block with no picture shows nothing
    EXPECT_EQ(attr_at(a2, "/newsItem/contentMeta/subject[1]/@literal"), "bad code");
    EXPECT_EQ(attr_at(a2, "/newsItem/contentMeta/subject[2]/@literal"), "04000000");
    EXPECT_EQ(count(a2, "/newsItem/contentMeta/creator"), 0u);  // a byline without a name
    EXPECT_EQ(attr_at(a2, "/newsItem/contentMeta/contributor/@role"), "cpprole:contentSource");
    // The image block with no picture is no picture item: photo.png is the article's first picture.
    EXPECT_EQ(count(r->doc("a002-img1.xml"), "/newsItem/contentMeta/description"), 0u);
    EXPECT_EQ(attr_at(r->doc("a002-img1.xml"), "//remoteContent/@contenttype"), "image/png");
    EXPECT_EQ(r->mem.entry("a002-img2.xml"), nullptr);

    auto pkg = r->doc("edition.xml");
    EXPECT_EQ(count(pkg, "/packageItem/groupSet/group[@id='page-unknown']/itemRef"), 3u);
    EXPECT_STREQ(pkg.child("packageItem").attribute("guid").value(), "urn:newsml:galley:20230104:edition");

    auto warnings = r->messages(GALLEY_WARNING);
    auto said = [&](const std::string& what) {
        for (const auto& w : warnings)
            if (w.find(what) != std::string::npos) return true;
        return false;
    };
    EXPECT_TRUE(said("is no ISSN")) << ::testing::PrintToString(warnings);
    EXPECT_TRUE(said("\"123\" is no IPTC Media Topic code")) << ::testing::PrintToString(warnings);
}

// ---- the plugin module, through the C ABI as galley loads it -------------------------------------------------

TEST(Module, LoadsAndExportsLikeTheLibrary) {
    void* module = dlopen(GALLEY_NEWSML_G2_MODULE, RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(module, nullptr) << dlerror();
    auto entry = reinterpret_cast<galley_exporter_entry_fn>(dlsym(module, GALLEY_EXPORTER_ENTRY_SYMBOL));
    ASSERT_NE(entry, nullptr);
    const galley_exporter* d = entry();
    EXPECT_EQ(d->abi_version, GALLEY_PLUGIN_ABI_VERSION);
    EXPECT_STREQ(d->id, "newsml-g2");
    EXPECT_STREQ(d->name, "NewsML-G2 2.35");
    EXPECT_STREQ(d->file_extension, "xml");
    EXPECT_STREQ(d->media_type, "application/vnd.iptc.g2.newsitem+xml");
    std::vector<std::string> options;
    for (std::size_t i = 0; i < d->option_count; ++i) options.push_back(d->options[i].name);
    EXPECT_EQ(options, (std::vector<std::string>{"message", "provider", "guid-prefix", "utc-offset"}));

    Edition e = seed_edition();
    std::string json = to_canonical_json(e);
    std::vector<galley_option_value> values;
    for (std::size_t i = 0; i < d->option_count; ++i)
        values.push_back({d->options[i].name, d->options[i].default_value});
    plugin::testing::MemoryHost mem;
    galley_host host = mem.host();
    EXPECT_EQ(d->export_edition(&host, json.data(), json.size(), values.data(), values.size()), GALLEY_OK);
    EXPECT_EQ(mem.entries, run(e)->mem.entries);
    // galley never unloads a module it loaded; neither does this test (the module's statics stay valid).
}

// ---- the small pieces -------------------------------------------------------------------------------------------

// The picture item credits the people the model's caption names, by what they did; it never reads the credit.
TEST(Pieces, PictureCreatorsComeFromTheModel) {
    Edition e = rich_edition();
    e.articles[0].body.push_back(image("a.jpg", "会场", "记者 徐敏 摄 编辑 王五 张三 绘", "",
                                       {{"记者", "徐敏", "photographer"}, {"编辑", "王五", "editor"},
                                        {"", "张三", "illustrator"}}));
    e.articles[0].body.push_back(image("b.jpg", "会场", "记者 徐敏 摄"));  // a model whose reader found no one
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << ::testing::PrintToString(r->messages(GALLEY_ERROR));
    expect_valid_output(r->mem);
    auto three = r->doc("p1-a1-img3.xml");
    auto party = [&](const char* element, const char* name) {
        return attr_at(three, (std::string("/newsItem/contentMeta/") + element + "[name='" + name + "']/@role").c_str());
    };
    EXPECT_EQ(party("creator", "徐敏"), "cpprole:author");
    EXPECT_EQ(party("creator", "张三"), "cpprole:author");
    EXPECT_EQ(party("contributor", "王五"), "cpprole:editor");
    EXPECT_EQ(count(r->doc("p1-a1-img4.xml"), "/newsItem/contentMeta/creator"), 0u);
}

TEST(Pieces, Counting) {
    newsml_g2::TextCounts c;
    newsml_g2::count_text("市委书记章旭升，1月3日。", c);
    EXPECT_EQ(c.chars, 13u);
    EXPECT_EQ(c.words, 11u);  // nine Han characters, and the numbers 1 and 3
    newsml_g2::TextCounts l;
    newsml_g2::count_text("Don't stop—it's well-known.", l);
    EXPECT_EQ(l.words, 4u);
}

// UTC offsets and local times are the SDK's (tests/test_calendar.cpp).
TEST(Pieces, Dates) {
    using namespace newsml_g2;
    EXPECT_FALSE(parse_iso_date("2023-02-29"));
    EXPECT_TRUE(parse_iso_date("2024-02-29"));
    EXPECT_FALSE(parse_iso_date("2023-1-4"));
}
