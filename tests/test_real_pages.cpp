// What real printed pages show and the reader must get right (issue 9), as classes: page furniture, heading
// blocks, headings printed in the wrong place, wire copy, credits and datelines, briefs and pictures. Every
// page here is sample text written for these tests, laid out as text extracted from print is: one printed
// line per line, a blank line after each.
#include <gtest/gtest.h>

#include <algorithm>

#include "check.hpp"
#include "run.hpp"

using namespace galley;
using namespace galley::testing;

namespace {

Normalized read(const std::string& text) {
    Normalized n = normalize_text(text, {});
    EXPECT_TRUE(n.ok);
    EXPECT_EQ(missing_letters(text, n.edition), "") << dump(n.edition);
    return n;
}

std::vector<std::string> paragraphs(const Article& a) {
    std::vector<std::string> out;
    for (const auto& b : a.body)
        if (b.type == BlockType::paragraph) out.push_back(b.text);
    return out;
}

bool has_field(const Page& p, const std::string& key, const std::string& value) {
    return std::any_of(p.metadata.begin(), p.metadata.end(),
                       [&](const PageField& f) { return f.key == key && f.value == value; });
}

bool dropped(const Article& a, const std::string& text) {
    return std::any_of(a.dropped.begin(), a.dropped.end(), [&](const Dropped& d) { return d.text == text; });
}

}  // namespace

TEST(RealPages, MastheadDateAndSectionAreFurnitureNotHeadings) {
    Normalized n = read(page({"江南日报", "2025年3月4日 星期二", "要闻", "全市冬春农田水利建设全面铺开",
                              "本报讯（记者 林晓）3月3日，全市冬春农田水利", "建设现场推进会召开。会议要求，各地要抢抓",
                              "农时，确保工程如期完工。"}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.kicker, "");
    EXPECT_EQ(a.headline, "全市冬春农田水利建设全面铺开");
    EXPECT_EQ(n.edition.title, "江南日报");
    EXPECT_EQ(n.edition.pages[0].section, "要闻");
    EXPECT_TRUE(has_field(n.edition.pages[0], "paper", "江南日报"));
    EXPECT_EQ(n.edition.date, "2025-03-04");
}

TEST(RealPages, EnglishSectionLabelAndAWrappedHeadline) {
    Normalized n = read(page({"BUSINESS", "Harbour authority approves new", "container terminal after review",
                              "By Jane Holt", "PORTSMOUTH (Reuters) - The harbour", "authority approved a new container",
                              "terminal on Tuesday after a review", "that lasted two years.",
                              "Work will start in the spring, the", "authority said."}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.kicker, "");
    EXPECT_EQ(a.headline, "Harbour authority approves new container terminal after review");
    EXPECT_EQ(a.source, "Reuters");
    EXPECT_EQ(a.dateline.place, "PORTSMOUTH");
    ASSERT_EQ(a.bylines.size(), 1u);
    EXPECT_EQ(a.bylines[0].name, "Jane Holt");
    EXPECT_EQ(n.edition.pages[0].section, "BUSINESS");
}

TEST(RealPages, TwoPrintedPagesInOneFile) {
    Normalized n = read(page({"3", "经济", "2025年3月4日 星期二", "春耕物资储备充足",
                              "本报讯（记者 林晓）记者从市农业农村局获悉，", "全市春耕化肥储备已超过去年同期。",
                              "2025年3月4日 星期二", "文化", "7", "古镇里的新书店",
                              "本报讯（记者 王珊）一家开在古镇老宅里的书店，", "成了年轻人周末打卡的去处。"}));
    ASSERT_EQ(n.edition.pages.size(), 2u) << dump(n.edition);
    EXPECT_EQ(n.edition.pages[0].number, 3);
    EXPECT_EQ(n.edition.pages[1].number, 7);
    ASSERT_EQ(n.edition.articles.size(), 2u);
    EXPECT_EQ(n.edition.articles[0].page, 3);
    EXPECT_EQ(n.edition.articles[1].page, 7);
    EXPECT_EQ(n.edition.articles[1].headline, "古镇里的新书店");
}

TEST(RealPages, AHeadingBlockPrintedBeforeANeighboursHeadsTheStoryItSpeaksOf) {
    // The second story's heading was printed first, above the first story's own heading.
    Normalized n = read(page({"港口集装箱吞吐量创新高", "——前两个月同比增长百分之十二", "全市春耕化肥储备充足",
                              "本报讯（记者 林晓）记者从市农业农村局获悉，全市春耕", "化肥储备已超过去年同期，农资供应平稳。",
                              "本报讯（记者 王珊）今年前两个月，港口集装箱吞吐量", "同比增长百分之十二，创历史同期新高，新开", "航线三条。"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    EXPECT_EQ(n.edition.articles[0].headline, "全市春耕化肥储备充足");
    EXPECT_EQ(n.edition.articles[1].headline, "港口集装箱吞吐量创新高");
    EXPECT_EQ(n.edition.articles[1].subheadline, "——前两个月同比增长百分之十二");
    EXPECT_EQ(n.edition.articles[0].kicker, "");
}

TEST(RealPages, AKickerPrintedAfterTheBodyGoesAboveItsHeadline) {
    Normalized n = read(page({"社区食堂开进老旧小区", "本报记者  林  晓",
                              "家门口的社区食堂开张了。每天中午，老人们", "在这里吃上热乎饭菜，一顿饭不到十元钱。",
                              "办好民生实事  回应群众期盼"}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.headline, "社区食堂开进老旧小区");
    EXPECT_EQ(a.kicker, "办好民生实事 回应群众期盼");
}

TEST(RealPages, NativeWireFileSplitsIntoItsStories) {
    std::string wire =
        "b f BC-HARBOUR-TERMINAL   03-04 0080\n"
        "HARBOUR AUTHORITY APPROVES NEW TERMINAL\n"
        "    PORTSMOUTH, March 4 - The harbour authority approved a new\n"
        "container terminal on Tuesday after a two-year review.\n"
        "    Work will start in the spring, the authority said.\n"
        " REUTER\n"
        "\n"
        "u f BC-GRAIN-EXPORTS   03-04 0060\n"
        "GRAIN EXPORTS RISE IN FEBRUARY\n"
        "    By Tom Reed, Reuters\n"
        "    CHICAGO, March 4 - Grain exports rose in February on strong\n"
        "demand from Asia, traders said.\n"
        " Reuter...\n";
    Normalized n = read(wire);
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    const Article& b = n.edition.articles[1];
    EXPECT_EQ(a.headline, "HARBOUR AUTHORITY APPROVES NEW TERMINAL");
    EXPECT_EQ(a.dateline.text, "PORTSMOUTH, March 4");
    EXPECT_EQ(a.source, "Reuters");  // from the sign-off
    EXPECT_TRUE(dropped(a, "REUTER"));
    EXPECT_EQ(paragraphs(a).size(), 2u);
    EXPECT_EQ(b.headline, "GRAIN EXPORTS RISE IN FEBRUARY");
    ASSERT_EQ(b.bylines.size(), 1u);
    EXPECT_EQ(b.bylines[0].name, "Tom Reed");
    EXPECT_EQ(b.dateline.place, "CHICAGO");
    int slugs = 0;
    for (const auto& f : n.edition.pages[0].metadata) slugs += f.key == "slug";
    EXPECT_EQ(slugs, 2);
}

TEST(RealPages, WireCreditsOverSeveralLinesAndTheDateLineUnderTheByline) {
    Normalized n = read(page({"Harbour authority approves new", "container terminal after review",
                              "By JANE HOLT, TOM REED and", "ANNA PARK", "March 4, 2025 GMT",
                              "PORTSMOUTH (AP) — The harbour authority", "approved a new container terminal on",
                              "Tuesday after a review that lasted two", "years.",
                              "(Reporting by Jane Holt; Editing by", "Mark Stone)",
                              "Associated Press writer Lee Chan in", "London contributed to this report."}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.headline, "Harbour authority approves new container terminal after review");
    std::vector<std::string> names;
    for (const auto& b : a.bylines) names.push_back(b.name + "/" + b.kind);
    EXPECT_NE(std::find(names.begin(), names.end(), "Anna Park/writer"), names.end()) << dump(n.edition);
    EXPECT_NE(std::find(names.begin(), names.end(), "Mark Stone/editor"), names.end());
    EXPECT_NE(std::find(names.begin(), names.end(), "Lee Chan/contributor"), names.end());
    EXPECT_TRUE(dropped(a, "March 4, 2025 GMT"));
    ASSERT_EQ(paragraphs(a).size(), 1u);
}

TEST(RealPages, CreditsDatelinesAndNotesAtAStorysEnd) {
    Normalized n = read(page({"2025年3月4日 星期二", "春耕物资储备充足", "记者从农业农村部获悉，全国春耕化肥储备已超",
                              "过去年同期，农资供应平稳有序。", "（新华社北京3月3日电）",
                              "古镇里的新书店", "本报记者  王  珊", "一家开在古镇老宅里的书店，成了年轻人周",
                              "末打卡的去处。", "（本报通讯员巴特尔参与采写）"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.source, "新华社北京3月3日电");
    EXPECT_EQ(a.dateline.place, "北京");
    EXPECT_EQ(a.dateline.date, "2025-03-03");  // resolved against the date the page prints
    const Article& b = n.edition.articles[1];
    ASSERT_EQ(b.bylines.size(), 2u);
    EXPECT_EQ(b.bylines[1].name, "巴特尔");
    EXPECT_EQ(b.bylines[1].kind, "contributor");
    EXPECT_EQ(b.subheadline, "");
}

TEST(RealPages, AuthorNotesEditorsSignaturesAndNamesOnlyBylines) {
    Normalized n = read(page({"让城市更有温度", "王  珊  林晓东",
                              "编者按：城市是人民的城市。本版今起推出系列", "报道，记录城市更新中的新变化。",
                              "——编者",
                              "走进老街，青石板路干净整洁，沿街小店生意", "红火，居民们的笑容多了起来。",
                              "（作者为城市规划研究院研究员）"}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.headline, "让城市更有温度");
    ASSERT_EQ(a.bylines.size(), 2u);
    EXPECT_EQ(a.bylines[0].name, "王珊");
    EXPECT_NE(a.credit.find("（作者为城市规划研究院研究员）"), std::string::npos);
    auto ps = paragraphs(a);
    ASSERT_EQ(ps.size(), 2u) << dump(n.edition);
    EXPECT_EQ(ps[0], "编者按：城市是人民的城市。本版今起推出系列报道，记录城市更新中的新变化。——编者");
}

TEST(RealPages, CrossReferenceLinesBelongToTheStoryBefore) {
    Normalized n = read(page({"国务院印发新规划", "新华社北京3月3日电  国务院日前印发新规划，",
                              "明确了今后五年的主要目标。", "（规划全文见第六版）",
                              "春耕物资储备充足", "本报讯（记者 林晓）全市春耕化肥储备已超过去", "年同期。"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    EXPECT_TRUE(dropped(n.edition.articles[0], "（规划全文见第六版）"));
    EXPECT_EQ(n.edition.articles[1].headline, "春耕物资储备充足");
    EXPECT_EQ(n.edition.articles[1].kicker, "");
}

TEST(RealPages, BriefsUnderAColumnLabel) {
    Normalized n = read(page({"田间新事", "安徽省黄山市", "茶园用上智能喷灌",
                              "本报电  （记者林晓）春茶开采在即，黄山市", "茶园装上了智能喷灌设备。",
                              "河南省兰考县", "泡桐产业带火乐器村", "本报电  （记者王珊）兰考县用泡桐木制作",
                              "的民族乐器，今年订单已排到年底。"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    for (const auto& a : n.edition.articles) EXPECT_EQ(a.column, "田间新事");
    EXPECT_EQ(n.edition.articles[0].kicker, "安徽省黄山市");
    EXPECT_EQ(n.edition.articles[1].kicker, "河南省兰考县");
    EXPECT_EQ(n.edition.articles[1].headline, "泡桐产业带火乐器村");
    EXPECT_EQ(n.edition.articles[1].source, "本报电");
    ASSERT_EQ(n.edition.articles[1].bylines.size(), 1u);
    EXPECT_EQ(n.edition.articles[1].bylines[0].name, "王珊");
}

TEST(RealPages, APhotoCreditUnderItsCaption) {
    Normalized n = read(page({"古镇迎来赏花季", "本报讯（记者 王珊）三月的古镇，油菜花开成一",
                              "片金色的海洋，吸引游客前来踏青。", "游客在古镇外的油菜花田里拍照留念。",
                              "本报记者  林  晓摄"}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    ASSERT_EQ(a.body.size(), 2u) << dump(n.edition);
    EXPECT_EQ(a.body[1].type, BlockType::image);
    EXPECT_EQ(a.body[1].image.caption.text, "游客在古镇外的油菜花田里拍照留念。");
    EXPECT_EQ(a.body[1].image.caption.credit, "本报记者 林 晓摄");
    EXPECT_EQ(a.body[1].image.caption.bylines, (std::vector<Byline>{{"本报记者", "林晓", "photographer"}}));
}

TEST(RealPages, ABylineOverTwoLinesStaysWholeOnAWidePage) {
    // (Found by the fuzzer.) On a page whose measure is wide, the byline's second line would read as a
    // paragraph of its own; the lead-in under it must not take that line's text.
    Normalized n = read(page({"Harbour authority approves new terminal", "By JANE HOLT, TOM REED, ANNA PARK",
                              "and LEE CHAN", "March 4, 2025 GMT",
                              "PORTSMOUTH (AP) — The harbour authority approved a new container terminal on Tuesday",
                              "after a review that lasted two years, and work will start in the spring, the port said.",
                              "Ships will be able to berth at the new quay from next year onward, officials told the",
                              "council on Tuesday evening."}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Article& a = n.edition.articles[0];
    ASSERT_EQ(a.bylines.size(), 4u) << dump(n.edition);
    EXPECT_EQ(a.bylines[3].name, "Lee Chan");
    EXPECT_EQ(a.source, "AP");
    EXPECT_TRUE(dropped(a, "March 4, 2025 GMT"));
}
