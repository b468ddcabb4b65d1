// The NITF 3.6 exporter. Every document every test writes is checked by xmllint against IPTC's NITF 3.6 XSD
// (../shared/schemas/nitf), in one run per test.
#include <dlfcn.h>
#include <gtest/gtest.h>
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
#include "test_editions.hpp"

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
    std::string messages(galley_severity severity) const { return mem.messages(severity); }
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
    auto [status, output] = test_editions::run_command("xmllint --nonet --noout --schema '" + schema + "'" + files);
    fs::remove_all(dir);
    EXPECT_EQ(status, 0) << output;
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

}  // namespace

TEST(NitfSeed, OneValidDocumentPerArticle) {
    Edition edition = test_editions::seed_edition(source_dir);
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
    Edition e = test_editions::feed_edition();
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
    EXPECT_EQ(attr_at(doc, "//media/media-reference/@source"), "images/p1%20a1.jpg");
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
    Edition e = test_editions::feed_edition();
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
    auto a = run(test_editions::feed_edition()), b = run(test_editions::feed_edition());
    ASSERT_EQ(a->status, GALLEY_OK);
    EXPECT_EQ(a->mem.entries, b->mem.entries);
}

TEST(NitfCharacters, MarkupEscapedAndForbiddenCharactersReplacedWithAWarning) {
    Edition e = test_editions::feed_edition();
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
    auto r = run(test_editions::feed_edition(), {{"guid-prefix", "urn:example:"}, {"utc-offset", "-05:00"}});
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
    Edition no_date = test_editions::feed_edition();
    no_date.date.clear();
    Edition unsafe = test_editions::feed_edition();
    unsafe.articles[0].id = "../p1";
    Edition twice = test_editions::feed_edition();
    twice.articles[1].id = "p1-a1";
    for (const Case& c : {Case{"no date", no_date, {}, "--issue-date"},
                          Case{"bad offset", test_editions::feed_edition(), {{"utc-offset", "+25:00"}}, "utc-offset"},
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
