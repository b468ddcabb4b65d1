// The scorer (galley score): truth files read, articles matched by their text, each field counted the way
// the corpus README prescribes, floors held. Counts are asserted, not the table's prose.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "galley/scoring.hpp"
#include "run.hpp"

using namespace galley;
using namespace galley::scoring;
using galley::testing::run_galley;
using galley::testing::TempDir;

namespace {

Block para(const std::string& text) {
    Block b;
    b.text = text;
    return b;
}

Block sub(const std::string& text) {
    Block b = para(text);
    b.type = BlockType::subheading;
    return b;
}

TruthArticle truth_article(const std::string& id, const std::string& headline, std::vector<std::string> paragraphs) {
    TruthArticle t;
    t.id = id;
    t.headline = headline;
    t.paragraphs = std::move(paragraphs);
    return t;
}

Article article(const std::string& headline, std::vector<Block> body) {
    Article a;
    a.headline = headline;
    a.body = std::move(body);
    return a;
}

const std::string p1 = "贵州省博物馆，国家一级文物“红军买猪条”引人瞩目。";
const std::string p2 = "这个真实的故事，是贵州开展作风建设的生动教材。";
const std::string p3 = "近日，记者从山东省政府新闻办举行的新闻发布会上获悉。";

}  // namespace

TEST(Score, ExactPageCountsEverything) {
    PageTruth truth;
    truth.language = "zh";
    truth.article_count = 1;
    truth.furniture = {"人民日报", "REUTER / Reuter (sign-off line, once per story)"};
    TruthArticle t = truth_article("A", "贵州努力走好新时代的长征路", {p1, p2});
    t.kicker = "大力弘扬遵义会议精神";
    t.column = "乡村新事";
    t.bylines = {{"本报记者", {"马跃峰", "黄娴"}}};
    t.subheads = {"抓党性教育，筑牢初心使命——"};
    truth.articles = {t};

    Edition ed;
    Article a = article("贵州努力走好  新时代的长征路", {para(p1), sub("抓党性教育，筑牢初心使命——"), para("这个真实的故事，是贵州开展 作风建设的生动教材。")});
    a.kicker = "大力弘扬遵义会议精神";
    a.column = "乡村新事";
    a.bylines = {{"本报记者", "马跃峰", "writer"}, {"本报记者", "黄  娴", "writer"}};
    ed.articles.push_back(a);
    Page page;
    page.metadata.push_back({"running-head", "", "人民日报", "人民日报", {"p.txt", 1, 1}});
    ed.pages.push_back(page);

    PageScore s = score_page("p", truth, ed, {"人民日报", "", "贵州努力走好新时代的长征路"});
    const Counts& c = s.counts;
    EXPECT_TRUE(s.misses.empty()) << s.misses.front();
    EXPECT_EQ(c.pages_count_exact, 1);
    EXPECT_EQ(c.articles_matched, 1);
    EXPECT_EQ(c.paragraphs_expected, 2);
    EXPECT_EQ(c.paragraphs_matched, 2);  // white space inside a paragraph does not count
    EXPECT_EQ(c.headline_exact, 1);
    EXPECT_EQ(c.kickers_found, 1);
    EXPECT_EQ(c.columns_found, 1);
    EXPECT_EQ(c.subtitle_exact, 1);  // none printed, none read
    EXPECT_EQ(c.names_found, 2);
    EXPECT_EQ(c.roles_found, 2);
    EXPECT_EQ(c.subheads_found, 1);
    // The sign-off description is not a line of the page: only 人民日报 is scored.
    EXPECT_EQ(c.furniture_expected, 1);
    EXPECT_EQ(c.furniture_found, 1);
    for (const auto& r : ratios(c)) EXPECT_DOUBLE_EQ(r.value, 1.0) << r.key;
}

TEST(Score, MergedBriefsAreOneArticleMissedButTheirParagraphsCount) {
    PageTruth truth;
    truth.language = "zh";
    truth.article_count = 2;
    truth.articles = {truth_article("A", "花卉生产更智能", {p1, p2}), truth_article("B", "", {p3})};
    Edition ed;
    ed.articles.push_back(article("花卉生产更智能", {para(p1), para(p2), para(p3)}));
    const Counts c = score_page("p", truth, ed, {}).counts;
    EXPECT_EQ(c.pages_count_exact, 0);
    EXPECT_EQ(c.articles_matched, 1);
    EXPECT_EQ(c.paragraphs_matched, 3);
    EXPECT_EQ(c.headline_exact, 1);  // B was not found: its headline is not right
}

TEST(Score, ABriefReadsRightWithADerivedHeadlineAndAPrintedOneMustNotBeDerived) {
    PageTruth truth;
    truth.language = "zh";
    truth.article_count = 2;
    truth.articles = {truth_article("A", "", {p1}), truth_article("B", "山东全面应用数字化电子营业执照", {p3})};
    Edition ed;
    Article a = article("贵州省博物馆", {para(p1)});
    a.headline_derived = true;
    Article b = article("山东全面应用数字化电子营业执照", {para(p3)});
    b.headline_derived = true;
    ed.articles = {a, b};
    const Counts c = score_page("p", truth, ed, {}).counts;
    EXPECT_EQ(c.headline_exact, 1);
}

TEST(Score, LeadFormulaMayLeaveTheFirstParagraph) {
    PageTruth truth;
    truth.language = "zh";
    truth.article_count = 1;
    TruthArticle t = truth_article("A", "天津完善长期未结执行案件清理机制", {"本报天津1月14日电  （记者武少民）" + p1});
    t.lead_prefix = "本报天津1月14日电  （记者武少民）";
    t.dateline = {true, "天津", "1月14日"};
    t.bylines = {{"记者", {"武少民"}}};
    truth.articles = {t};
    Edition ed;
    Article a = article("天津完善长期未结执行案件清理机制", {para(p1)});
    a.dateline = {"天津1月14日", "2025-01-14", "天津"};
    a.bylines = {{"记者", "武少民", "writer"}};
    ed.articles = {a};
    const Counts c = score_page("p", truth, ed, {}).counts;
    EXPECT_EQ(c.paragraphs_matched, 1);
    EXPECT_EQ(c.dateline_place, 1);
    EXPECT_EQ(c.dateline_date, 1);
}

TEST(Score, EnglishNamesIgnoreCaseRolesFallBackToTheAgencyAndHeadlinesKeepSpaces) {
    PageTruth truth;
    truth.language = "en";
    truth.article_count = 1;
    TruthArticle t = truth_article("A", "Asia shares rise on supportive Fed", {"Asian shares rose on Thursday."});
    t.bylines = {{"AP", {"LISA MASCARO", "ZEKE MILLER"}}};
    t.dateline = {true, "HONG KONG", ""};
    t.credited_elsewhere = "(Reporting by Kane Wu; Editing by Jacqueline Wong)";
    truth.articles = {t};
    Edition ed;
    Article a = article("Asia shares rise on  supportive Fed", {para("Asian shares rose on Thursday.")});
    a.source = "AP";
    a.bylines = {{"", "Lisa Mascaro", "writer"}, {"Editing", "Jacqueline Wong", "editor"}, {"", "Nobody Here", "writer"}};
    a.dateline = {"HONG KONG", "", "HONG KONG"};
    ed.articles = {a};
    const Counts c = score_page("p", truth, ed, {}).counts;
    EXPECT_EQ(c.headline_exact, 1);
    EXPECT_EQ(c.names_expected, 2);
    EXPECT_EQ(c.names_found, 1);
    EXPECT_EQ(c.roles_found, 1);
    EXPECT_EQ(c.names_ours, 3);
    EXPECT_EQ(c.names_ours_right, 2);  // the editor is in the trailing credit; "Nobody Here" is wrong
    EXPECT_EQ(c.dateline_place, 1);
    EXPECT_EQ(c.dateline_date, 1);  // no date printed, none read
    // "Asia shares rise on supportiveFed" would be wrong in English.
    ed.articles[0].headline = "Asia shares rise on supportiveFed";
    EXPECT_EQ(score_page("p", truth, ed, {}).counts.headline_exact, 0);
}

TEST(Score, CaptionsNeedTheirCredit) {
    PageTruth truth;
    truth.language = "zh";
    truth.article_count = 1;
    TruthArticle t = truth_article("B", "科技零距离", {p1});
    t.captions = {{"图为广昌县第一小学学生观看仿生机器狗表演。", "曾恒贵摄（新华社发）"}};
    truth.articles = {t};
    Edition ed;
    Article a = article("科技零距离", {para(p1)});
    Block img;
    img.type = BlockType::image;
    img.image.caption = {"图为广昌县第一小学学生观看仿生机器狗表演。", "新华社发"};
    a.body.push_back(img);
    ed.articles = {a};
    EXPECT_EQ(score_page("p", truth, ed, {}).counts.captions_found, 0);
    ed.articles[0].body.back().image.caption.credit = "曾恒贵摄（新华社发）";
    EXPECT_EQ(score_page("p", truth, ed, {}).counts.captions_found, 1);
}

TEST(Score, TheJsonReportHoldsWholeCharactersOfWhatWasMissed) {
    PageTruth truth;
    truth.language = "zh";
    truth.article_count = 1;
    // A paragraph the reader did not find: the miss quotes its start, never half a character.
    std::string long_paragraph;
    for (int i = 0; i < 40; ++i) long_paragraph += "贵州";
    truth.articles = {truth_article("A", "标题", {long_paragraph})};
    Edition ed;
    ed.articles.push_back(article("标题", {para(p1)}));
    PageScore s = score_page("p", truth, ed, {});
    ASSERT_FALSE(s.misses.empty());
    std::string report = json_report({s}, s.counts);
    EXPECT_TRUE(nlohmann::json::accept(report));
}

TEST(Score, TruthFilesAreCheckedAndErrorsNameTheirPlace) {
    PageTruth t;
    Diagnostics d;
    EXPECT_FALSE(read_truth("{\"article_count\": 1,\n  \"articles\": [}", "t.json", t, d));
    ASSERT_EQ(d.error_count(), 1u);
    EXPECT_EQ(d.items()[0].where.line, 2);
    Diagnostics d2;
    PageTruth t2;
    EXPECT_FALSE(read_truth(R"({"article_count": 1, "articles": [{"headline": 3}]})", "t.json", t2, d2));
    EXPECT_NE(d2.items()[0].message.find("/articles/0/headline"), std::string::npos);
    Diagnostics d3;
    PageTruth t3;
    EXPECT_FALSE(read_truth(R"({"articles": []})", "t.json", t3, d3));  // article_count is required
    Diagnostics d4;
    PageTruth t4;
    ASSERT_TRUE(read_truth(R"({"language": "zh", "article_count": 1, "page_furniture": ["要闻"],
        "articles": [{"id": "A", "headline": null, "kicker": "江苏省宿迁市", "paragraphs": [{"text": "x"}],
                      "dateline": {"place": null, "date": null}, "captions": [{"text": "c", "credit": null}]}]})",
                           "t.json", t4, d4));
    EXPECT_EQ(t4.articles[0].headline, "");
    EXPECT_EQ(t4.articles[0].kicker, "江苏省宿迁市");
    EXPECT_TRUE(t4.articles[0].dateline.present);
    EXPECT_EQ(t4.articles[0].captions[0].credit, "");
}

TEST(Score, FloorsNameKnownRatiosAndReportWhatFellBelow) {
    std::vector<std::pair<std::string, double>> floor;
    Diagnostics d;
    EXPECT_FALSE(read_floor(R"({"paragraph_f1": 0.9, "no_such_ratio": 0.5, "headline_exact": 2})", "f.json", floor, d));
    EXPECT_EQ(d.error_count(), 2u);
    floor.clear();
    Diagnostics ok;
    ASSERT_TRUE(read_floor(R"({"paragraph_f1": 0.5, "headline_exact": 0.9})", "f.json", floor, ok));
    Counts c;
    c.articles_expected = 10;
    c.headline_exact = 8;
    c.paragraphs_expected = c.paragraphs_ours = 4;
    c.paragraphs_matched = 4;
    auto below = below_floor(c, floor);
    ASSERT_EQ(below.size(), 1u);
    EXPECT_EQ(below[0].rfind("headline_exact", 0), 0u);
}

TEST(ScoreCli, PrintsATableAndExitsSevenBelowTheFloor) {
    TempDir dir;
    dir.write("page.txt", "人民日报\n\n花卉生产更智能\n\n本报讯（记者 张三）近日，宿迁市花卉产业园里一派繁忙景象。\n");
    dir.write("page.expected.json", R"({"language": "zh", "article_count": 1, "page_furniture": ["人民日报"],
        "articles": [{"id": "A", "headline": "另一个标题",
                      "lead_prefix": "本报讯（记者 张三）",
                      "paragraphs": [{"text": "本报讯（记者 张三）近日，宿迁市花卉产业园里一派繁忙景象。"}],
                      "bylines": [{"role": "记者", "names": ["张三"]}]}]})");
    auto r = run_galley({"score", dir.path()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("page"), std::string::npos);
    EXPECT_NE(r.out.find("total"), std::string::npos);
    auto j = run_galley({"score", "--json", dir.path()});
    EXPECT_EQ(j.exit_code, 0);
    EXPECT_NE(j.out.find("\"paragraph_f1\""), std::string::npos);
    dir.write("floor.json", R"({"paragraph_f1": 1.0, "byline_names": 1.0})");
    auto f = run_galley({"score", dir.path(), "--floor", dir.file("floor.json")});
    EXPECT_EQ(f.exit_code, 0) << f.err << r.out;
    // The truth's headline is not the page's: below a floor of one half, exit 7 naming the ratio.
    dir.write("high.json", R"({"headline_exact": 0.5})");
    auto h = run_galley({"score", dir.path(), "--floor", dir.file("high.json")});
    EXPECT_EQ(h.exit_code, 7);
    EXPECT_NE(h.err.find("headline_exact"), std::string::npos);
    // Truth without its page, a folder without pages, a bad floor: usage errors (2).
    TempDir empty;
    EXPECT_EQ(run_galley({"score", empty.path()}).exit_code, 2);
    dir.write("bad.json", "{");
    EXPECT_EQ(run_galley({"score", dir.path(), "--floor", dir.file("bad.json")}).exit_code, 2);
}
