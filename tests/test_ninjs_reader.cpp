// The ninjs reader (converters/src/ninjs/): galley's own ninjs reads back to the same documents, every IPTC and
// Superdesk example reads (or is skipped, reported, for a kind of item the model does not hold) and re-exports
// as valid ninjs 2.2, bad input is refused with file, line and column, and detection picks the right reader.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "galley/converter.hpp"
#include "galley/feed_text.hpp"
#include "galley/language.hpp"
#include "galley/model_json.hpp"
#include "galley/ninjs/exporter.hpp"
#include "galley/plugin_testing.hpp"
#include "galley/presentation.hpp"

using namespace galley;
namespace fs = std::filesystem;
using Options = std::vector<std::pair<std::string, std::string>>;
using Entries = std::vector<std::pair<std::string, std::string>>;

namespace {

const std::string source_dir = GALLEY_SOURCE_DIR;
const std::string schemas = source_dir + "/../shared/schemas/ninjs";
const std::string examples = source_dir + "/../shared/examples/structured/ninjs";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string messages(const Diagnostics& d) {
    std::string out;
    for (const auto& i : d.items()) out += format_diagnostic(i) + "\n";
    return out;
}

Entries export_ninjs(const Edition& e, const std::string& version) {
    plugin::testing::MemoryHost mem;
    Options options{{"version", version}, {"guid-prefix", "urn:newsml:galley:"}};
    galley_status status = plugin::testing::run<ninjs::Exporter>(mem, e, options);
    EXPECT_EQ(status, GALLEY_OK);
    return mem.entries;
}

const Converter& reader() {
    const Converter* c = find_converter("ninjs");
    EXPECT_NE(c, nullptr);
    return *c;
}

// Every document read into one edition, in order.
Edition read_back(const Entries& docs, Diagnostics& diags) {
    Edition e;
    for (const auto& [name, bytes] : docs)
        EXPECT_TRUE(reader().read({name, bytes}, ConvertOptions{}, e, diags)) << name << "\n" << messages(diags);
    return e;
}

Edition seed_edition() {
    std::string path = source_dir + "/seeds/000_0472c9a91ac7b432.txt";
    ConvertOptions o;
    o.issue_date = "2023-01-04";
    Edition edition;
    Diagnostics diags;
    EXPECT_TRUE(find_converter("print-text")->read({path, read_file(path)}, o, edition, diags));
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
    b.origin = {"a.txt", 41, 1};
    return b;
}

Edition rich_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.issn = "1234-5679";
    e.issue = "第8号";
    e.publisher = "永康日报社";
    e.rights = "© 2023 永康日报社 版权所有";
    e.language = "zh-CN";
    e.pages = {Page{1, "第1版", "要闻", {"a.txt"}, {}}};
    e.dropped = {{"广告", "advertisement", {"a.txt", 90, 1}}};
    Article a;
    a.id = "p1-a1";
    a.origin = {"a.txt", 1, 1};
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
              picture("images/p1 a1.jpg", "章旭升向医务人员送上鲜花", "记者 徐敏 摄", {{"记者", "徐敏", "photographer"}}),
              picture("", "重点项目集中开工仪式现场", "记者 汪丽娜 摄", {{"记者", "汪丽娜", "photographer"}}),
              block(BlockType::paragraph, "全市上下要咬定“目标”。")};
    a.page = 1;
    a.section = "要闻";
    a.continuations = {{"to", "第2版", "（下转第2版）"}};
    a.keywords = {"疫情防控"};
    a.subjects = {{"medtop", "07000000", "健康"}, {"local", "yk-12", "永康"}};
    a.dropped = {{"（完）", "end mark", {"a.txt", 60, 1}}};
    e.articles.push_back(a);

    Article b;
    b.id = "p2-a1";
    b.headline = "城区供暖管网改造完工";
    b.headline_derived = true;
    b.credit = "融媒记者 徐敏";
    b.bylines = {{"融媒记者", "徐敏", "writer"}};
    b.dateline = {"1月3日", "2023-01-03", ""};
    b.body = {block(BlockType::paragraph, "1月3日，城区供暖管网改造完工。")};
    b.continuations = {{"from", "第1版", "（上接第1版）"}};
    b.page = 2;
    e.articles.push_back(b);
    return e;
}

void clear_origins(Edition& e) {
    for (Article& a : e.articles) {
        a.origin = {};
        for (Block& b : a.body) b.origin = {};
    }
}

// What ninjs cannot carry, as formats/README.md lists it: the original edition with exactly those fields
// changed to what the reader gives back.
Edition expected_after_ninjs(Edition e) {
    for (Article& a : e.articles) {
        const bool cjk = present::is_cjk(a, e.language);
        a.dateline.text = present::dateline(a).text;  // shown only when readers see it nowhere else
        a.credit = present::byline(a, cjk).text();  // `by`: source and credit as printed, one string
        a.source.clear();
        for (Byline& b : a.bylines) b.role.clear();  // roles as printed stay in `by`
        if (a.language.empty() || a.language == "und" || !lang::is_language_tag(a.language)) a.language = e.language;
        if (a.rights.empty()) a.rights = e.rights;
        a.page = 0;
        a.section.clear();
        a.dropped.clear();
        std::stable_partition(a.continuations.begin(), a.continuations.end(),
                              [](const Continuation& c) { return c.direction == "from"; });
        std::erase_if(a.body, [](const Block& b) { return b.type == BlockType::image && b.image.href.empty(); });
        for (Block& b : a.body)
            if (b.type == BlockType::image) {
                b.image.href = iri(b.image.href);
                for (Byline& p : b.image.caption.bylines) p.role.clear();
            }
        a.headline_derived = a.headline_derived && !a.headline.empty();
    }
    e.title.clear();
    e.issue.clear();
    e.issn.clear();
    e.rights.clear();
    e.note.clear();
    e.cover = {};
    e.pages.clear();
    e.dropped.clear();
    clear_origins(e);
    return e;
}

Edition just(const Article& a) {
    Edition e;
    e.articles.push_back(a);
    return e;
}

void expect_round_trip(const Edition& original, const std::string& version) {
    SCOPED_TRACE("ninjs " + version);
    Entries first = export_ninjs(original, version);
    ASSERT_EQ(first.size(), original.articles.size());
    Diagnostics diags;
    Edition back = read_back(first, diags);
    EXPECT_EQ(diags.warning_count(), 0u) << messages(diags);
    Entries second = export_ninjs(back, version);
    ASSERT_EQ(second.size(), first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(second[i].first, first[i].first);
        EXPECT_EQ(second[i].second, first[i].second) << first[i].first;
    }
    Edition expected = expected_after_ninjs(original);
    clear_origins(back);
    EXPECT_EQ(back.date, expected.date);
    EXPECT_EQ(back.publisher, expected.publisher);
    EXPECT_EQ(back.language, expected.language);
    ASSERT_EQ(back.articles.size(), expected.articles.size());
    for (std::size_t i = 0; i < back.articles.size(); ++i) {
        SCOPED_TRACE(expected.articles[i].id);
        EXPECT_EQ(to_canonical_json(just(back.articles[i])), to_canonical_json(just(expected.articles[i])));
    }
    EXPECT_EQ(back, expected);
}

// One validator run over many documents: exit status and what it said.
std::pair<int, std::string> validate(const std::vector<std::string>& documents, const std::string& version) {
    char dir[] = "/tmp/galley-ninjs-reader-XXXXXX";
    if (!mkdtemp(dir)) return {-1, "mkdtemp failed"};
    std::string files;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        std::string path = std::string(dir) + "/" + std::to_string(i) + ".json";
        std::ofstream(path, std::ios::binary) << documents[i];
        files += " '" + path + "'";
    }
    std::string command = "/usr/bin/python3 '" + schemas + "/validate-ninjs.py' '" + schemas + "/ninjs-schema_" +
                          version + ".json'" + files + " 2>&1";
    std::string output;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return {-1, "popen failed"};
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) output.append(buf, n);
    int status = pclose(p);
    fs::remove_all(dir);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace

TEST(NinjsReaderRoundTrip, Seed) {
    Edition seed = seed_edition();
    ASSERT_EQ(seed.articles.size(), 2u);
    expect_round_trip(seed, "2.2");
    expect_round_trip(seed, "3.1");
}

TEST(NinjsReaderRoundTrip, RichEdition) {
    expect_round_trip(rich_edition(), "2.2");
    expect_round_trip(rich_edition(), "3.1");
}

TEST(NinjsReaderExamples, EveryExampleReadsOrIsSkippedAndReExportsValid) {
    std::vector<std::string> files;
    for (const auto& f : fs::recursive_directory_iterator(examples))
        if (f.is_regular_file() && f.path().extension() == ".json") files.push_back(f.path().string());
    std::sort(files.begin(), files.end());
    ASSERT_GE(files.size(), 30u);
    ConvertOptions dated;
    dated.issue_date = "2024-01-01";  // the exporter needs a date; some examples have none
    std::vector<std::string> documents;
    int read = 0, skipped = 0;
    for (const std::string& path : files) {
        SCOPED_TRACE(path);
        InputDocument input{path, read_file(path)};
        const Converter* picked = pick_converter(input);
        ASSERT_NE(picked, nullptr);
        EXPECT_EQ(picked->id(), "ninjs");
        Edition e;
        Diagnostics diags;
        ASSERT_TRUE(reader().read(input, dated, e, diags)) << messages(diags);
        if (e.articles.empty()) {
            ++skipped;
            bool reported = false;
            for (const auto& d : diags.items()) reported |= d.message.find("skipped the ninjs") != std::string::npos;
            EXPECT_TRUE(reported) << messages(diags);
            continue;
        }
        ++read;
        for (auto& [name, bytes] : export_ninjs(e, "2.2")) documents.push_back(bytes);
    }
    std::printf("ninjs examples: %d read, %d skipped (not text items)\n", read, skipped);
    EXPECT_GE(read, 20);
    auto [status, output] = validate(documents, "2.2");
    EXPECT_EQ(status, 0) << output;
}

struct Bad {
    const char* name;
    const char* text;
    const char* message;
    int line;
    int column;
};

class NinjsReaderBadInput : public ::testing::TestWithParam<Bad> {};

TEST_P(NinjsReaderBadInput, IsRefusedWithItsPlaceAndTheEditionUntouched) {
    const Bad& bad = GetParam();
    Edition e = rich_edition(), before = e;
    Diagnostics diags;
    EXPECT_FALSE(reader().read({"bad.json", bad.text}, ConvertOptions{}, e, diags));
    EXPECT_EQ(e, before);
    ASSERT_TRUE(diags.has_errors());
    const Diagnostic& d = diags.items().front();
    EXPECT_EQ(d.where.file, "bad.json");
    EXPECT_EQ(d.where.line, bad.line) << messages(diags);
    EXPECT_EQ(d.where.column, bad.column) << messages(diags);
    EXPECT_NE(d.message.find(bad.message), std::string::npos) << messages(diags);
}

std::string too_deep() {
    std::string s = "{\"uri\": \"urn:x:1\", \"type\": \"text\",\n \"headlines\": ";
    for (int i = 0; i < 100; ++i) s += "[";
    for (int i = 0; i < 100; ++i) s += "]";
    return s + "}";
}
const std::string deep = too_deep();

INSTANTIATE_TEST_SUITE_P(
    Documents, NinjsReaderBadInput,
    ::testing::Values(
        Bad{"NotJson", "{\"uri\": \"urn:x:1\",\n \"type\": text}", "invalid JSON", 2, 11},
        Bad{"TooDeep", deep.c_str(), "nested more than 64 levels", 2, 78},
        Bad{"NoUri", "{\"type\": \"text\",\n \"headlines\": [{\"role\": \"main\", \"value\": \"x\"}]}", "without \"uri\"", 1, 1},
        Bad{"HeadlinesNotAnArray", "{\"uri\": \"urn:x:1\", \"type\": \"text\",\n  \"headlines\": \"x\"}",
            "\"headlines\" must be an array", 2, 16},
        Bad{"ByNotAString", "[{\"uri\": \"urn:x:2\"},\n {\"uri\": \"urn:x:1\", \"by\": 5}]", "\"by\" must be a string", 2, 27},
        Bad{"IdUsedTwice", "[{\"uri\": \"urn:x:p1-a1\", \"by\": \"x\", \"headline\": \"y\"}]", "already used", 1, 2}),
    [](const auto& case_info) { return std::string(case_info.param.name); });

TEST(NinjsReaderDetection, EachInputGoesToItsReader) {
    Edition seed = seed_edition();
    InputDocument canonical{"e.json", to_canonical_json(seed)};
    EXPECT_EQ(pick_converter(canonical)->id(), "json");
    Entries docs = export_ninjs(seed, "3.1");
    EXPECT_EQ(pick_converter({"a.json", docs.at(0).second})->id(), "ninjs");
    EXPECT_EQ(pick_converter({"a.txt", docs.at(0).second})->id(), "ninjs") << "by content, not by name";
    EXPECT_EQ(pick_converter({"a.json", "[" + docs.at(0).second + "," + docs.at(1).second + "]"})->id(), "ninjs");
    std::string page = read_file(source_dir + "/seeds/000_0472c9a91ac7b432.txt");
    EXPECT_EQ(pick_converter({"page.txt", page})->id(), "print-text");
    EXPECT_EQ(pick_converter({"x.json", "{\"uri\": \"x\", \"type\": \"text\"}"})->id(), "json");  // too little to say
    EXPECT_GT(reader().sniff({"a.json", docs.at(0).second}), 60);
    EXPECT_LT(reader().sniff({"a.json", docs.at(0).second}), 100);
}

TEST(NinjsReaderFlat, OneXDocumentsMapLikeTwoX) {
    const char* doc = R"({"uri": "http://example.com/news/story-7", "type": "text", "version": "2",
      "versioncreated": "2014-03-05T12:00:00Z", "headline": "Main", "headline_kicker": "Kick",
      "byline": "By Jane Doe", "located": "LONDON", "person": [{"name": "Jane Doe", "rel": "Writer"}, {"name": "Bob", "rel": "about"}],
      "subject": [{"code": "04000000", "scheme": "http://cv.iptc.org/newscodes/mediatopic/", "name": "economy"}],
      "body_text": "one", "body_html": "<div><p class=\"dateline\">LONDON, Jan 3</p><p>First</p><h3>Sub</h3>tail <b>text</b><figure><img src=\"a.jpg\" alt=\"A\"/><figcaption>Cap <span class=\"credit\">Photo: X</span></figcaption></figure></div>",
      "urgency": 3,
      "associations": {"featuremedia": {"type": "picture", "description_text": "Caption", "body_text": "Alt",
        "byline": "Photo: Y", "renditions": {"thumb": {"href": "t.jpg", "width": 100}, "original": {"href": "o.jpg", "mimetype": "image/png"}}}}})";
    Edition e;
    Diagnostics diags;
    ASSERT_TRUE(reader().read({"flat.json", doc}, ConvertOptions{}, e, diags)) << messages(diags);
    ASSERT_EQ(e.articles.size(), 1u);
    const Article& a = e.articles[0];
    EXPECT_EQ(a.id, "story-7");
    EXPECT_EQ(a.headline, "Main");
    EXPECT_EQ(a.kicker, "Kick");
    EXPECT_EQ(a.credit, "By Jane Doe");
    EXPECT_EQ(a.dateline.place, "LONDON");
    EXPECT_EQ(a.dateline.text, "LONDON, Jan 3");
    ASSERT_EQ(a.bylines.size(), 1u);
    EXPECT_EQ(a.bylines[0], (Byline{"", "Jane Doe", "writer"}));
    ASSERT_EQ(a.subjects.size(), 1u);
    EXPECT_EQ(a.subjects[0], (Subject{"medtop", "04000000", "economy"}));
    EXPECT_EQ(e.date, "2014-03-05");
    ASSERT_EQ(a.body.size(), 5u);
    EXPECT_EQ(a.body[0].text, "First");
    EXPECT_EQ(a.body[1].type, BlockType::subheading);
    EXPECT_EQ(a.body[2].text, "tail text");
    EXPECT_EQ(a.body[3].image.href, "a.jpg");
    EXPECT_EQ(a.body[3].image.caption, (Caption{"Cap", "Photo: X"}));
    EXPECT_EQ(a.body[4].image.href, "o.jpg");
    EXPECT_EQ(a.body[4].image.media_type, "image/png");
    EXPECT_EQ(a.body[4].image.alt, "Alt");
    EXPECT_EQ(a.body[4].image.caption, (Caption{"Caption", "Photo: Y"}));
    std::string said = messages(diags);
    EXPECT_NE(said.find("urgency"), std::string::npos) << said;
    EXPECT_NE(said.find("body_text"), std::string::npos) << said;
    EXPECT_NE(said.find("person[Bob]"), std::string::npos) << said;
    EXPECT_NE(said.find("renditions of featuremedia beyond the first"), std::string::npos) << said;
}

TEST(NinjsReaderSkip, OtherKindsOfItemAreReportedAndSkipped) {
    Edition e;
    Diagnostics diags;
    ASSERT_TRUE(reader().read({"v.json", R"([{"uri": "urn:v:1", "type": "video"}, {"uri": "urn:t:2", "type": "text", "headline": "H"}])"},
                              ConvertOptions{}, e, diags));
    ASSERT_EQ(e.articles.size(), 1u);
    EXPECT_EQ(e.articles[0].id, "2");
    ASSERT_EQ(diags.warning_count(), 1u) << messages(diags);
    EXPECT_NE(messages(diags).find("v.json:1:2: warning: skipped the ninjs \"video\" item \"urn:v:1\""), std::string::npos)
        << messages(diags);
}
