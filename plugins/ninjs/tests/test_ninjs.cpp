// The ninjs exporter. Every document every test writes is checked against IPTC's ninjs JSON Schema (2.2 or 3.1,
// draft 2020-12) by ../shared/schemas/ninjs/validate-ninjs.py with Debian's python3-jsonschema, in one run per
// test.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "galley/converter.hpp"
#include "galley/ninjs/exporter.hpp"
#include "galley/plugin_testing.hpp"
#include "galley/presentation.hpp"
#include "html.hpp"
#include "test_editions.hpp"

using namespace galley;
using galley::ninjs::Exporter;
using Options = std::vector<std::pair<std::string, std::string>>;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string source_dir = GALLEY_SOURCE_DIR;
const std::string schemas = source_dir + "/../shared/schemas/ninjs";

struct Exported {
    plugin::testing::MemoryHost mem;
    galley_status status = GALLEY_FAILED;
    std::string messages(galley_severity severity) const { return mem.messages(severity); }
    json document(const std::string& id) const {
        const std::string* d = mem.entry(id + ".json");
        return d ? json::parse(*d) : json();
    }
};

std::unique_ptr<Exported> run(const Edition& edition, const Options& options = {}) {
    auto r = std::make_unique<Exported>();
    r->status = plugin::testing::run<Exporter>(r->mem, edition, options);
    return r;
}

// IPTC's schema of `version` over every document the export wrote, in one validator run: the exit status
// (0 valid, 1 invalid) and what the validator said.
std::pair<int, std::string> validate(const Exported& r, const std::string& version) {
    char dir[] = "/tmp/galley-ninjs-XXXXXX";
    if (!mkdtemp(dir)) return {-1, "mkdtemp failed"};
    std::string files;
    for (const auto& [name, bytes] : r.mem.entries) {
        std::string path = std::string(dir) + "/" + name;
        std::ofstream(path, std::ios::binary) << bytes;
        files += " '" + path + "'";
    }
    auto result = test_editions::run_command("/usr/bin/python3 '" + schemas + "/validate-ninjs.py' '" + schemas +
                                             "/ninjs-schema_" + version + ".json'" + files);
    fs::remove_all(dir);
    return result;
}

void expect_valid(const Exported& r, const std::string& version = "2.2") {
    ASSERT_FALSE(r.mem.entries.empty()) << "nothing written";
    auto [status, output] = validate(r, version);
    EXPECT_EQ(status, 0) << "ninjs " << version << ":\n" << output;
}

}  // namespace

TEST(NinjsSeed, OneValidDocumentPerArticle) {
    Edition edition = test_editions::seed_edition(source_dir);
    ASSERT_EQ(edition.articles.size(), 2u);
    auto r = run(edition);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    EXPECT_EQ(r->mem.entries.size(), 2u);
    expect_valid(*r);
    for (const Article& a : edition.articles) {
        SCOPED_TRACE(a.id);
        json doc = r->document(a.id);
        EXPECT_EQ(doc["headlines"][0]["role"], "main");
        EXPECT_EQ(doc["headlines"][0]["value"], a.headline);
        EXPECT_EQ(doc["by"], present::byline(a, true).text());
        std::size_t paragraphs = 0;
        for (const Block& b : a.body) paragraphs += b.type == BlockType::paragraph;
        std::string html = doc["bodies"][0]["value"];
        std::size_t p = 0;
        for (std::size_t at = html.find("<p>"); at != std::string::npos; at = html.find("<p>", at + 1)) ++p;
        EXPECT_EQ(p, paragraphs);
    }
}

TEST(NinjsRich, EverythingNinjsHasAPlaceFor) {
    auto r = run(test_editions::feed_edition());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r);
    json doc = r->document("p1-a1");
    EXPECT_EQ(doc["uri"], "urn:newsml:issn.1234-5679:20230104:p1-a1");  // the NewsML-G2 item's guid
    EXPECT_EQ(doc["standard"]["version"], "2.2");
    EXPECT_EQ(doc["type"], "text");
    EXPECT_EQ(doc["version"], "1");
    EXPECT_EQ(doc["firstcreated"], "2023-01-04T00:00:00+08:00");
    EXPECT_EQ(doc["contentcreated"], "2023-01-03T00:00:00+08:00");
    EXPECT_EQ(doc["language"], "zh-CN");
    EXPECT_EQ(doc["headlines"], json::parse(R"([
        {"role": "main", "contenttype": "text/plain", "value": "市领导看望慰问一线医务人员"},
        {"role": "kicker", "contenttype": "text/plain", "value": "迎难而上 全力以赴"},
        {"role": "subhead", "contenttype": "text/plain", "value": "确保有序转段平稳渡峰"},
        {"role": "column", "contenttype": "text/plain", "value": "新春走基层"}])"));
    EXPECT_EQ(doc["by"], "本报讯\u3000记者 张三 通讯员 李四");
    EXPECT_EQ(doc["located"], "北京");
    EXPECT_EQ(doc["people"][1], json::parse(R"({"name": "李四", "rel": "correspondent"})"));
    EXPECT_EQ(doc["subjects"][0]["uri"], "http://cv.iptc.org/newscodes/mediatopic/07000000");
    EXPECT_EQ(doc["subjects"][1], json::parse(R"({"name": "疫情防控", "rel": "keyword"})"));
    EXPECT_EQ(doc["copyrightholder"], "永康日报社");
    EXPECT_EQ(doc["copyrightnotice"], "© 2023 永康日报社 版权所有");

    const json& body = doc["bodies"][0];
    EXPECT_EQ(body["contenttype"], "text/html");
    EXPECT_EQ(body["value"],
              "<p class=\"dateline\">北京1月3日</p>\n<p>市委书记章旭升赴我市部分医疗卫生单位调研。</p>\n"
              "<h2>守护人民健康</h2>\n<figure><img src=\"images/p1%20a1.jpg\" alt=\"一位官员向护士献花\"/>"
              "<figcaption>章旭升向医务人员送上鲜花 <span class=\"credit\">记者 徐敏 摄</span></figcaption></figure>\n"
              "<p>全市上下要咬定“目标”。</p>\n<p class=\"continued-to\">（下转第2版）</p>\n");
    EXPECT_GT(body["wordcount"].get<int>(), 40);
    // One association for the supplied picture; the caption without one is left out with the usual warning.
    ASSERT_EQ(doc["associations"].size(), 1u);
    const json& pic = doc["associations"][0];
    EXPECT_EQ(pic["uri"], "urn:newsml:issn.1234-5679:20230104:p1-a1-img1");
    EXPECT_EQ(pic["type"], "picture");
    EXPECT_EQ(pic["by"], "记者 徐敏 摄");
    EXPECT_EQ(pic["people"][0], json::parse(R"({"name": "徐敏", "rel": "photographer"})"));
    EXPECT_EQ(pic["descriptions"][0]["role"], "caption");
    EXPECT_EQ(pic["descriptions"][1]["value"], "一位官员向护士献花");
    EXPECT_EQ(pic["renditions"][0]["href"], "images/p1%20a1.jpg");
    EXPECT_EQ(doc.dump().find("开工仪式现场"), std::string::npos);
    EXPECT_NE(r->messages(GALLEY_WARNING).find("caption at a.txt:41"), std::string::npos) << r->messages(GALLEY_WARNING);

    // A derived headline is set apart by the editorial note; a dateline the lead opens with is not repeated.
    json derived = r->document("p2-a1");
    EXPECT_EQ(derived["ednote"], present::derived_headline_note);
    EXPECT_EQ(derived["bodies"][0]["value"],
              "<p class=\"continued-from\">（上接第1版）</p>\n<p>1月3日，城区供暖管网改造完工。</p>\n");
}

TEST(NinjsVersions, ThreePointOneIsCamelCaseAndValid) {
    auto r = run(test_editions::feed_edition(), {{"version", "3.1"}});
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "3.1");
    json doc = r->document("p1-a1");
    EXPECT_EQ(doc["standard"]["version"], "3.1");
    EXPECT_TRUE(doc.contains("firstCreated"));
    EXPECT_TRUE(doc.contains("copyrightHolder"));
    EXPECT_EQ(doc["headlines"][0]["contentType"], "text/plain");
    EXPECT_TRUE(doc["bodies"][0].contains("wordCount"));
    EXPECT_EQ(doc["associations"][0]["renditions"][0]["contentType"], "image/jpeg");
    EXPECT_EQ(r->document("p2-a1")["edNote"], present::derived_headline_note);
    // The generations really differ: each document fails the other's schema, so the validator tells them apart.
    EXPECT_EQ(validate(*r, "2.2").first, 1);
    EXPECT_EQ(validate(*run(test_editions::feed_edition()), "3.1").first, 1);
}

TEST(NinjsOutput, SameInputSameBytesAndSourceDateEpoch) {
    auto a = run(test_editions::feed_edition()), b = run(test_editions::feed_edition());
    EXPECT_EQ(a->mem.entries, b->mem.entries);
    setenv("SOURCE_DATE_EPOCH", "1672790399", 1);
    auto later = run(test_editions::feed_edition(), {{"utc-offset", "-05:00"}});
    unsetenv("SOURCE_DATE_EPOCH");
    ASSERT_EQ(later->status, GALLEY_OK) << later->messages(GALLEY_ERROR);
    EXPECT_EQ(later->document("p1-a1")["versioncreated"], "2023-01-03T18:59:59-05:00");
}

TEST(NinjsCharacters, MarkupEscapedAndForbiddenCharactersReplaced) {
    Edition e = test_editions::feed_edition();
    e.articles[0].body[0].text = "A <b> & \"q\" \x01 end";
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r);
    std::string html = r->document("p1-a1")["bodies"][0]["value"];
    EXPECT_NE(html.find("<p>A &lt;b&gt; &amp; &quot;q&quot; \uFFFD end</p>"), std::string::npos) << html;
    EXPECT_NE(r->messages(GALLEY_WARNING).find("p1-a1: paragraph 1: replaced U+0001"), std::string::npos)
        << r->messages(GALLEY_WARNING);
}

TEST(NinjsBadInput, FailsWithAnErrorAndWritesNothing) {
    Edition no_date = test_editions::feed_edition();
    no_date.date.clear();
    Edition unsafe = test_editions::feed_edition();
    unsafe.articles[0].id = "../p1";
    Edition twice = test_editions::feed_edition();
    twice.articles[1].id = "p1-a1";
    struct Case {
        const char* what;
        Edition edition;
        Options options;
        const char* message;
    };
    for (const Case& c : {Case{"no date", no_date, {}, "--issue-date"},
                          Case{"bad offset", test_editions::feed_edition(), {{"utc-offset", "8"}}, "utc-offset"},
                          Case{"unknown version", test_editions::feed_edition(), {{"version", "1.6"}}, "2.2 or 3.1"},
                          Case{"unsafe id", unsafe, {}, "cannot name a ninjs file"},
                          Case{"same id twice", twice, {}, "must be unique"}}) {
        SCOPED_TRACE(c.what);
        auto r = run(c.edition, c.options);
        EXPECT_EQ(r->status, GALLEY_FAILED);
        EXPECT_NE(r->messages(GALLEY_ERROR).find(c.message), std::string::npos) << r->messages(GALLEY_ERROR);
        EXPECT_TRUE(r->mem.entries.empty());
    }
}

TEST(NinjsModule, ThroughTheCAbi) {
    void* module = dlopen(GALLEY_NINJS_MODULE, RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(module, nullptr) << dlerror();
    auto entry = reinterpret_cast<galley_exporter_entry_fn>(dlsym(module, GALLEY_EXPORTER_ENTRY_SYMBOL));
    ASSERT_NE(entry, nullptr);
    const galley_exporter* d = entry();
    EXPECT_STREQ(d->id, "ninjs");
    EXPECT_STREQ(d->file_extension, "json");
    dlclose(module);
}
