// The NITF 3.6 exporter. Every document every test writes is checked by xmllint against IPTC's NITF 3.6 XSD
// (../shared/schemas/nitf), in one run per test.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <pugixml.hpp>
#include <sstream>

#include "body.hpp"
#include "galley/converter.hpp"
#include "galley/item_guid.hpp"
#include "galley/nitf/exporter.hpp"
#include "galley/plugin_testing.hpp"
#include "galley/presentation.hpp"

using namespace galley;
using galley::nitf::Exporter;
using Options = std::vector<std::pair<std::string, std::string>>;
namespace fs = std::filesystem;

namespace {

const std::string source_dir = GALLEY_SOURCE_DIR;
const std::string schema = source_dir + "/../shared/schemas/nitf/nitf-3-6.xsd";

struct Exported {
    plugin::testing::MemoryHost mem;
    galley_status status = GALLEY_FAILED;
    std::string messages(galley_severity severity) const {
        std::string out;
        for (const auto& r : mem.reports)
            if (r.severity == severity) out += r.article_id + ": " + r.message + "\n";
        return out;
    }
    std::string document(const std::string& id) const {
        const std::string* d = mem.entry(id + ".xml");
        return d ? *d : std::string();
    }
};

std::unique_ptr<Exported> run(const Edition& edition, const Options& options = {}) {
    auto r = std::make_unique<Exported>();
    r->status = plugin::testing::run<Exporter>(r->mem, edition, options);
    return r;
}

// xmllint over every document the export wrote, in one process: 0 and "validates" for each.
void expect_valid(const Exported& r) {
    char dir[] = "/tmp/galley-nitf-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    std::string files;
    for (const auto& [name, bytes] : r.mem.entries) {
        std::string path = std::string(dir) + "/" + name;
        std::ofstream(path, std::ios::binary) << bytes;
        files += " '" + path + "'";
    }
    ASSERT_FALSE(files.empty()) << "nothing written";
    std::string command = "xmllint --nonet --noout --schema '" + schema + "'" + files + " 2>&1";
    FILE* p = popen(command.c_str(), "r");
    ASSERT_NE(p, nullptr);
    std::string output;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) output.append(buf, n);
    int status = pclose(p);
    fs::remove_all(dir);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << output;
    for (const auto& [name, bytes] : r.mem.entries)
        EXPECT_NE(output.find(name + " validates"), std::string::npos) << name << ":\n" << output;
}

pugi::xml_document parse(const std::string& bytes) {
    pugi::xml_document doc;
    // Mixed content keeps its spaces ("记者 <person>张三</person>").
    EXPECT_TRUE(doc.load_string(bytes.c_str(), pugi::parse_default | pugi::parse_ws_pcdata)) << bytes;
    return doc;
}

std::string text_at(const pugi::xml_document& d, const char* xpath) { return d.select_node(xpath).node().text().get(); }
std::string attr_at(const pugi::xml_document& d, const char* xpath) { return d.select_node(xpath).attribute().value(); }
std::string all_text(pugi::xml_node n) {
    std::string out;
    for (pugi::xml_node c : n.children())
        out += c.type() == pugi::node_pcdata ? std::string(c.value()) : all_text(c);
    return out;
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

Block block(BlockType type, std::string text) {
    Block b;
    b.type = type;
    b.text = std::move(text);
    return b;
}

Block picture(std::string href, std::string caption, std::string credit, std::vector<Byline> people) {
    Block b;
    b.type = BlockType::image;
    b.image.href = std::move(href);
    b.image.media_type = "image/jpeg";
    b.image.alt = "一位官员向护士献花";
    b.image.caption = {std::move(caption), std::move(credit), std::move(people)};
    b.origin = {"a.txt", 41, 1};  // the block's line; the file is the article's
    return b;
}

// An article with everything NITF has a place for, and one with a derived headline and a dateline in its lead.
Edition rich_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.issue = "第12345期";
    e.issn = "1234-5679";
    e.publisher = "永康日报社";
    e.rights = "© 2023 永康日报社 版权所有";
    e.language = "zh-CN";
    Article a;
    a.id = "p1-a1";
    a.origin = {"a.txt", 1, 1};
    a.language = "zh-CN";
    a.column = "新春走基层";
    a.kicker = "迎难而上 全力以赴";
    a.headline = "市领导看望慰问一线医务人员";
    a.subheadline = "确保有序转段平稳渡峰";
    a.source = "本报讯";
    a.credit = "记者 张三 通讯员 李四";
    a.bylines = {{"记者", "张三", "writer"}, {"通讯员", "李四", "correspondent"}};
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    a.body = {block(BlockType::paragraph, "市委书记章旭升赴我市部分医疗卫生单位调研。"),
              block(BlockType::subheading, "守护人民健康"),
              picture("images/p1-a1.jpg", "章旭升向医务人员送上鲜花", "记者 徐敏 摄", {{"记者", "徐敏", "photographer"}}),
              picture("", "重点项目集中开工仪式现场", "记者 汪丽娜 摄", {{"记者", "汪丽娜", "photographer"}}),
              block(BlockType::paragraph, "全市上下要咬定目标。")};
    a.page = 1;
    a.section = "要闻";
    a.continuations = {{"to", "第2版", "（下转第2版）"}};
    a.keywords = {"疫情防控", "医疗"};
    a.subjects = {{"medtop", "07000000", "健康"}};
    e.articles.push_back(a);

    Article b;
    b.id = "p2-a1";
    b.headline = "城区供暖管网改造完工";
    b.headline_derived = true;
    b.credit = "融媒记者 徐敏";
    b.bylines = {{"融媒记者", "徐敏", "writer"}};
    b.dateline = {"1月3日", "2023-01-03", ""};
    b.body = {block(BlockType::paragraph, "1月3日，城区供暖管网改造完工。")};
    b.page = 2;
    b.continuations = {{"from", "第1版", "（上接第1版）"}};
    e.articles.push_back(b);
    return e;
}

}  // namespace

TEST(NitfSeed, OneValidDocumentPerArticle) {
    Edition edition = seed_edition();
    ASSERT_EQ(edition.articles.size(), 2u);
    auto r = run(edition);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    EXPECT_EQ(r->mem.entries.size(), edition.articles.size());
    expect_valid(*r);
    for (const Article& a : edition.articles) {
        SCOPED_TRACE(a.id);
        auto doc = parse(r->document(a.id));
        EXPECT_EQ(text_at(doc, "/nitf/body/body.head/hedline/hl1"), a.headline);
        EXPECT_EQ(attr_at(doc, "/nitf/@baselang"), edition.language);
        std::size_t paragraphs = 0;
        for (const Block& b : a.body) paragraphs += b.type == BlockType::paragraph;
        EXPECT_EQ(doc.select_nodes("/nitf/body/body.content/p").size(), paragraphs);
        EXPECT_EQ(all_text(doc.select_node("/nitf/body/body.head/byline").node()),
                  present::byline(a, true).text());
        for (const Byline& b : a.bylines)
            EXPECT_EQ(doc.select_nodes(("//byline/person[.='" + b.name + "']").c_str()).size(), 1u) << b.name;
    }
}

TEST(NitfRich, HeadlinesBylineDatelineAndPlacement) {
    Edition e = rich_edition();
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r);
    auto doc = parse(r->document("p1-a1"));
    EXPECT_EQ(text_at(doc, "/nitf/head/title"), "市领导看望慰问一线医务人员");
    EXPECT_EQ(attr_at(doc, "/nitf/head/meta[@name='column']/@content"), "新春走基层");
    EXPECT_EQ(attr_at(doc, "/nitf/head/meta[@name='source']/@content"), "本报讯");
    // The same id the NewsML-G2 feed gives this story.
    EXPECT_EQ(attr_at(doc, "//docdata/doc-id/@id-string"), "urn:newsml:issn.1234-5679:20230104:p1-a1");
    EXPECT_EQ(attr_at(doc, "//docdata/doc-id/@regsrc"), "永康日报社");
    EXPECT_EQ(attr_at(doc, "//docdata/date.issue/@norm"), "20230104T000000+0800");
    EXPECT_EQ(attr_at(doc, "//docdata/evloc/@city"), "北京");
    EXPECT_EQ(attr_at(doc, "//docdata/doc.copyright/@year"), "2023");
    EXPECT_EQ(attr_at(doc, "//docdata/key-list/keyword[2]/@key"), "医疗");
    EXPECT_EQ(attr_at(doc, "//identified-content/classifier[@idsrc='medtop']/@value"), "07000000");
    EXPECT_EQ(attr_at(doc, "/nitf/head/pubdata/@name"), "永康日报");
    EXPECT_EQ(attr_at(doc, "/nitf/head/pubdata/@issn"), "1234-5679");
    EXPECT_EQ(attr_at(doc, "/nitf/head/pubdata/@issue"), "第12345期");
    EXPECT_EQ(attr_at(doc, "/nitf/head/pubdata/@position.section"), "要闻");
    EXPECT_EQ(attr_at(doc, "/nitf/head/pubdata/@position.sequence"), "1");

    EXPECT_EQ(text_at(doc, "//hedline/hl1"), "市领导看望慰问一线医务人员");
    EXPECT_EQ(text_at(doc, "//hedline/hl2[@class='kicker']"), "迎难而上 全力以赴");
    EXPECT_EQ(text_at(doc, "//hedline/hl2[not(@class)]"), "确保有序转段平稳渡峰");
    EXPECT_EQ(text_at(doc, "//body.head/rights"), "© 2023 永康日报社 版权所有");
    // The byline as every exporter prints it, the people marked with their roles and kinds.
    pugi::xml_node byline = doc.select_node("//body.head/byline").node();
    EXPECT_EQ(all_text(byline), "本报讯\u3000记者 张三 通讯员 李四");
    EXPECT_EQ(text_at(doc, "//byline/byttl[1]"), "记者");
    EXPECT_EQ(attr_at(doc, "//byline/person[.='李四']/@class"), "correspondent");
    EXPECT_EQ(text_at(doc, "//dateline/location/city"), "北京");
    EXPECT_EQ(all_text(doc.select_node("//body.head/dateline").node()), "北京1月3日");
    EXPECT_EQ(text_at(doc, "//dateline/story.date"), "1月3日");
    EXPECT_EQ(attr_at(doc, "//dateline/story.date/@norm"), "20230103T000000+0800");

    // Body: paragraphs, the subhead as hl2, the supplied picture as media, the jump line last.
    EXPECT_EQ(text_at(doc, "//body.content/hl2"), "守护人民健康");
    EXPECT_EQ(doc.select_nodes("//body.content/media").size(), 1u);
    EXPECT_EQ(attr_at(doc, "//media/media-reference/@source"), "images/p1-a1.jpg");
    EXPECT_EQ(attr_at(doc, "//media/media-reference/@mime-type"), "image/jpeg");
    EXPECT_EQ(attr_at(doc, "//media/media-reference/@alternate-text"), "一位官员向护士献花");
    EXPECT_EQ(text_at(doc, "//media/media-caption"), "章旭升向医务人员送上鲜花");
    EXPECT_EQ(all_text(doc.select_node("//media/media-producer").node()), "记者 徐敏 摄");
    EXPECT_EQ(attr_at(doc, "//media/media-producer/person[.='徐敏']/@class"), "photographer");
    EXPECT_EQ(text_at(doc, "//body.content/p[last()]"), "（下转第2版）");
    EXPECT_EQ(attr_at(doc, "//body.content/p[last()]/@class"), "continued-to");
    // The caption whose picture was not supplied: left out, with the warning every exporter gives.
    EXPECT_EQ(r->document("p1-a1").find("开工仪式现场"), std::string::npos);
    EXPECT_NE(r->messages(GALLEY_WARNING).find("caption at a.txt:41"), std::string::npos) << r->messages(GALLEY_WARNING);

    // A derived headline is marked; a dateline the lead opens with is not printed again, but kept.
    auto derived = parse(r->document("p2-a1"));
    EXPECT_EQ(attr_at(derived, "//hedline/hl1/@class"), "derived");
    EXPECT_TRUE(derived.select_node("//body.head/dateline").node().empty());
    EXPECT_EQ(attr_at(derived, "/nitf/head/meta[@name='dateline']/@content"), "1月3日");
    EXPECT_EQ(attr_at(derived, "/nitf/head/meta[@name='dateline-date']/@content"), "2023-01-03");
    EXPECT_EQ(text_at(derived, "//body.content/p[1]"), "（上接第1版）");
    EXPECT_EQ(attr_at(derived, "/nitf/@baselang"), "zh-CN");  // the edition's, when the article has none
}

TEST(NitfRich, NoHeadlineNoHedlineAndATitleFromTheLead) {
    Edition e = rich_edition();
    e.articles[1].headline.clear();
    e.articles[1].headline_derived = false;
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r);
    auto doc = parse(r->document("p2-a1"));
    EXPECT_TRUE(doc.select_node("//hedline").node().empty());
    EXPECT_EQ(text_at(doc, "/nitf/head/title"), "1月3日，城区供暖管网改造完工。");
}

TEST(NitfRich, SameInputSameBytes) {
    auto a = run(rich_edition()), b = run(rich_edition());
    ASSERT_EQ(a->status, GALLEY_OK);
    EXPECT_EQ(a->mem.entries, b->mem.entries);
}

TEST(NitfCharacters, MarkupEscapedAndForbiddenCharactersReplacedWithAWarning) {
    Edition e = rich_edition();
    e.articles[0].body[0].text = "A <b> & \"q\" ]]> \x01 end";
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r);
    auto doc = parse(r->document("p1-a1"));
    EXPECT_EQ(text_at(doc, "//body.content/p[1]"), "A <b> & \"q\" ]]> \uFFFD end");
    EXPECT_NE(r->messages(GALLEY_WARNING).find("p1-a1: paragraph 1: replaced U+0001"), std::string::npos)
        << r->messages(GALLEY_WARNING);
}

TEST(NitfOptions, GuidPrefixAndOffset) {
    auto r = run(rich_edition(), {{"guid-prefix", "urn:example:"}, {"utc-offset", "-05:00"}});
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r);
    auto doc = parse(r->document("p1-a1"));
    EXPECT_EQ(attr_at(doc, "//docdata/doc-id/@id-string"), "urn:example:20230104:p1-a1");
    EXPECT_EQ(attr_at(doc, "//docdata/date.issue/@norm"), "20230104T000000-0500");
}

TEST(NitfBadInput, FailsWithAnErrorAndWritesNothing) {
    struct Case {
        const char* what;
        Edition edition;
        Options options;
        const char* message;
    };
    Edition no_date = rich_edition();
    no_date.date.clear();
    Edition unsafe = rich_edition();
    unsafe.articles[0].id = "../p1";
    Edition twice = rich_edition();
    twice.articles[1].id = "p1-a1";
    for (const Case& c : {Case{"no date", no_date, {}, "--issue-date"},
                          Case{"bad offset", rich_edition(), {{"utc-offset", "+25:00"}}, "utc-offset"},
                          Case{"unsafe id", unsafe, {}, "cannot name a NITF file"},
                          Case{"same id twice", twice, {}, "must be unique"}}) {
        SCOPED_TRACE(c.what);
        auto r = run(c.edition, c.options);
        EXPECT_EQ(r->status, GALLEY_FAILED);
        EXPECT_NE(r->messages(GALLEY_ERROR).find(c.message), std::string::npos) << r->messages(GALLEY_ERROR);
        EXPECT_TRUE(r->mem.entries.empty());
    }
}

TEST(NitfParts, PeopleMarkedWhereTheTextNamesThem) {
    pugi::xml_document d;
    pugi::xml_node by = d.append_child("byline");
    nitf::mark_people(by, "By Jane Doe \u2014 AP", {{"By", "Jane Doe", "writer"}, {"", "Nobody", "writer"}}, true);
    EXPECT_EQ(all_text(by), "By Jane Doe \u2014 AP");
    EXPECT_STREQ(by.child("byttl").text().get(), "By");
    EXPECT_STREQ(by.child("person").text().get(), "Jane Doe");
    EXPECT_EQ(by.select_nodes("person").size(), 1u);  // a name the text does not hold is not added
}

TEST(NitfModule, ThroughTheCAbi) {
    void* module = dlopen(GALLEY_NITF_MODULE, RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(module, nullptr) << dlerror();
    auto entry = reinterpret_cast<galley_exporter_entry_fn>(dlsym(module, GALLEY_EXPORTER_ENTRY_SYMBOL));
    ASSERT_NE(entry, nullptr);
    const galley_exporter* d = entry();
    EXPECT_STREQ(d->id, "nitf");
    EXPECT_STREQ(d->file_extension, "xml");
    dlclose(module);
}
