// Hand-made pages for what the generator does not make: furniture, jump lines, broken bylines, credits at
// the end, headline groups, continued stories, mixed scripts.
#include <gtest/gtest.h>

#include "check.hpp"
#include "run.hpp"

using namespace galley;
using namespace galley::testing;

namespace {

Normalized read(const std::string& text, const char* issue = "2023-01-04") {
    ConvertOptions o;
    if (issue) o.issue_date = issue;
    Normalized n = normalize_text(text, o);
    EXPECT_TRUE(n.ok);
    EXPECT_EQ(missing_letters(text, n.edition), "") << dump(n.edition);
    return n;
}

}  // namespace

TEST(Pages, RunningHeadAndEditorsBecomePageMetadata) {
    Normalized n = read(page({"永康日报  2023年1月4日  星期三  第1版  要闻",
                              "本报讯（记者 张三）1月3日，市委召开",
                              "常委会议，研究部署近期重点工作。会议",
                              "强调，要全力做好各项工作。",
                              "责任编辑：胡丽  版式：王蒙"}),
                         nullptr);
    ASSERT_EQ(n.edition.articles.size(), 1u);
    EXPECT_EQ(n.edition.date, "2023-01-04");  // from the running head
    EXPECT_EQ(n.edition.articles[0].dateline.date, "2023-01-03");
    const Page& p = n.edition.pages[0];
    EXPECT_EQ(p.number, 1);
    EXPECT_EQ(p.section, "要闻");
    bool editor = false;
    for (const auto& f : p.metadata) editor = editor || (f.key == "editor" && f.value == "胡丽");
    EXPECT_TRUE(editor);
    ASSERT_EQ(n.edition.articles[0].body.size(), 1u);
    EXPECT_EQ(n.edition.articles[0].body[0].text, "1月3日，市委召开常委会议，研究部署近期重点工作。会议强调，要全力做好各项工作。");
}

TEST(Pages, JumpLinesBecomeContinuations) {
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开",
                              "常委会议，研究部署近期重点工作。会议",
                              "强调，要全力做好各项工作，确保",
                              "（下转第二版）"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const Article& a = n.edition.articles[0];
    ASSERT_EQ(a.continuations.size(), 1u);
    EXPECT_EQ(a.continuations[0].direction, "to");
    EXPECT_EQ(a.continuations[0].page, "第二版");
    EXPECT_EQ(a.body.back().text.find("下转"), std::string::npos);
}

TEST(Pages, InlineJumpAtTheEndOfAParagraph) {
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开",
                              "常委会议。会议强调，要全力做好各项",
                              "工作。（下转第2版）"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const Article& a = n.edition.articles[0];
    ASSERT_EQ(a.continuations.size(), 1u);
    EXPECT_EQ(a.continuations[0].page, "第2版");
    EXPECT_EQ(a.body[0].text, "1月3日，市委召开常委会议。会议强调，要全力做好各项工作。");
}

TEST(Pages, AStoryContinuedFromAnotherPage) {
    Normalized n = read(page({"（上接第一版）",
                              "全力做好各项工作。会议要求，各级各部",
                              "门要切实履职尽责。",
                              "本报讯（记者 李四）昨天上午，我市举行",
                              "重点项目集中开工仪式。"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    const Article& continued = n.edition.articles[0];
    ASSERT_EQ(continued.continuations.size(), 1u);
    EXPECT_EQ(continued.continuations[0].direction, "from");
    EXPECT_EQ(continued.source, "");
    EXPECT_EQ(continued.body[0].text, "全力做好各项工作。会议要求，各级各部门要切实履职尽责。");
    EXPECT_EQ(n.edition.articles[1].dateline.text, "昨天");
    EXPECT_EQ(n.edition.articles[1].dateline.date, "2023-01-03");
}

TEST(Pages, BylineBrokenAcrossLines) {
    Normalized n = read(page({"本报讯（融媒记者 徐", "敏 通讯员 王  硕）1月3日，市委召开", "常委会议，研究部署工作。"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const Article& a = n.edition.articles[0];
    ASSERT_EQ(a.bylines.size(), 2u) << dump(n.edition);
    EXPECT_EQ(a.bylines[0].name, "徐敏");
    EXPECT_EQ(a.bylines[1].role, "通讯员");
    EXPECT_EQ(a.bylines[1].name, "王硕");
    EXPECT_EQ(a.body[0].text, "1月3日，市委召开常委会议，研究部署工作。");
}

TEST(Pages, CreditClosingTheLastParagraph) {
    Normalized n = read(page({"本报讯 1月3日，市委召开常委会议，研", "究部署近期重点工作。（记者 张三 通讯员", "李四）"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const Article& a = n.edition.articles[0];
    ASSERT_EQ(a.bylines.size(), 2u) << dump(n.edition);
    EXPECT_EQ(a.bylines[1].kind, "correspondent");
    EXPECT_EQ(a.body[0].text, "1月3日，市委召开常委会议，研究部署近期重点工作。");
}

TEST(Pages, EndMarkAndDecorationsGoToDropped) {
    Normalized n = read(page({"■本报记者 王浩", "1月3日，市委召开常委会议，研究部署近期", "重点工作。", "（完）"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const Article& a = n.edition.articles[0];
    EXPECT_EQ(a.source, "");
    EXPECT_EQ(a.credit, "本报记者 王浩");
    ASSERT_EQ(a.bylines.size(), 1u);
    EXPECT_EQ(a.bylines[0].name, "王浩");
    bool end_mark = false, decoration = false;
    for (const auto& d : a.dropped) {
        end_mark = end_mark || d.reason == "end-of-story mark";
        decoration = decoration || d.text == "■";
    }
    EXPECT_TRUE(end_mark);
    EXPECT_TRUE(decoration);
}

TEST(Pages, KickerAboveAHeadlineAndASplitHeadline) {
    // Two stories, each with two heading lines printed above its lead-in.
    Normalized n = read(page({"坚持人民至上 生命至上",
                              "章旭升看望慰问一线医务人员",
                              "本报讯（记者 张三）1月3日，市委书记章旭升看望",
                              "慰问一线医务人员。",
                              "全市重点项目集中开工仪式在经济开发区隆",
                              "重举行",
                              "本报讯（记者 李四）1月3日，全市重点项目集中开工",
                              "仪式在经济开发区隆重举行。"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    EXPECT_EQ(n.edition.articles[0].kicker, "坚持人民至上 生命至上");
    EXPECT_EQ(n.edition.articles[0].headline, "章旭升看望慰问一线医务人员");
    EXPECT_EQ(n.edition.articles[1].kicker, "");
    EXPECT_EQ(n.edition.articles[1].headline, "全市重点项目集中开工仪式在经济开发区隆重举行");
}

TEST(Pages, StrayHeadlineGoesToTheStoryItSpeaksOf) {
    // The heading between the two stories speaks of the second one: it goes after, not before.
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开常委会议，研究",
                              "部署近期重点工作。",
                              "全市重点项目集中开工",
                              "本报讯（记者 李四）1月3日，全市重点项目集中开工",
                              "仪式在经济开发区隆重举行，23个项目集中开工。"}));
    ASSERT_EQ(n.edition.articles.size(), 2u);
    EXPECT_TRUE(n.edition.articles[0].headline_derived);
    EXPECT_EQ(n.edition.articles[1].headline, "全市重点项目集中开工");
}

TEST(Pages, SubheadingsInsideTheBody) {
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开常委会",
                              "议，研究部署近期重点工作。",
                              "■ 抓好项目建设",
                              "会议强调，要全力抓好项目建设，确保",
                              "一季度开门红。"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const auto& body = n.edition.articles[0].body;
    ASSERT_EQ(body.size(), 3u) << dump(n.edition);
    EXPECT_EQ(body[1].type, BlockType::subheading);
    EXPECT_EQ(body[1].text, "抓好项目建设");
}

TEST(Pages, CaptionLeadAndPhotoCredit) {
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开常委会",
                              "议，研究部署近期重点工作。",
                              "图为会议现场。 记者 徐敏 摄",
                              "会议强调，要全力抓好项目建设，确保",
                              "一季度开门红。"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const auto& body = n.edition.articles[0].body;
    ASSERT_EQ(body.size(), 3u) << dump(n.edition);
    EXPECT_EQ(body[1].type, BlockType::image);
    EXPECT_EQ(body[1].image.caption.text, "图为会议现场。");
    EXPECT_EQ(body[1].image.caption.credit, "记者 徐敏 摄");
    EXPECT_EQ(body[1].image.caption.bylines, (std::vector<Byline>{{"记者", "徐敏", "photographer"}}));
}

TEST(Pages, ACaptionsCreditThatNamesNoOne) {
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开常委会",
                              "议，研究部署近期重点工作。",
                              "图为会议现场。（新华社发）",
                              "会议强调，要全力抓好项目建设，确保",
                              "一季度开门红。"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    const auto& body = n.edition.articles[0].body;
    ASSERT_EQ(body.size(), 3u) << dump(n.edition);
    EXPECT_EQ(body[1].image.caption.credit, "新华社发");
    EXPECT_TRUE(body[1].image.caption.bylines.empty());
}

// A caption set apart by blank lines, as pdftotext writes a block, with the wire's credit in brackets.
TEST(Pages, AnEnglishCaptionsCredit) {
    Normalized n = read(page({"LONDON, Jan 3 (Reuters) - British retailers are preparing for a",
                              "difficult year as prices keep rising across the country.", "",
                              "Shoppers walk along Oxford Street in London. (REUTERS/Jane Doe)", "",
                              "Sales fell for the third month in a row, the figures showed on",
                              "Tuesday, and shops expect no better in the spring."}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Block* figure = nullptr;
    for (const auto& b : n.edition.articles[0].body)
        if (b.type == BlockType::image) figure = &b;
    ASSERT_NE(figure, nullptr) << dump(n.edition);
    EXPECT_EQ(figure->image.caption.credit, "REUTERS/Jane Doe");
    EXPECT_EQ(figure->image.caption.bylines, (std::vector<Byline>{{"", "Jane Doe", "photographer"}}));
}

TEST(Pages, AnEnglishCaptionClosedByItsPhotoCredit) {
    Normalized n = read(page({"LONDON, Jan 3 (Reuters) - British retailers are preparing for a",
                              "difficult year as prices keep rising across the country.", "",
                              "Shoppers walk along Oxford Street in London. Photo: Jane Doe/Reuters", "",
                              "Sales fell for the third month in a row, the figures showed on",
                              "Tuesday, and shops expect no better in the spring."}));
    ASSERT_EQ(n.edition.articles.size(), 1u) << dump(n.edition);
    const Block* figure = nullptr;
    for (const auto& b : n.edition.articles[0].body)
        if (b.type == BlockType::image) figure = &b;
    ASSERT_NE(figure, nullptr) << dump(n.edition);
    EXPECT_EQ(figure->image.caption.text, "Shoppers walk along Oxford Street in London.");
    EXPECT_EQ(figure->image.caption.credit, "Photo: Jane Doe/Reuters");
    EXPECT_EQ(figure->image.caption.bylines, (std::vector<Byline>{{"Photo", "Jane Doe", "photographer"}}));
}

TEST(Pages, LatinStoryOnAChinesePage) {
    Normalized n = read(page({"本报讯（记者 张三）1月3日，市委召开常委会议，研究",
                              "部署近期重点工作。",
                              "LONDON, Jan 3 (Reuters) - British retailers are preparing",
                              "for one of their most challenging years in decades.",
                              "(Reporting by Jane Doe; Editing by John Smith)"}));
    ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition);
    const Article& en = n.edition.articles[1];
    EXPECT_EQ(en.language, "en");
    EXPECT_EQ(n.edition.articles[0].language, "zh");
    EXPECT_EQ(en.source, "Reuters");
    EXPECT_EQ(en.dateline.date, "2023-01-03");
    ASSERT_EQ(en.bylines.size(), 2u);
    EXPECT_EQ(en.bylines[1].kind, "editor");
    EXPECT_EQ(en.body[0].text, "British retailers are preparing for one of their most challenging years in decades.");
}

TEST(Pages, HyphenationUndoneOnlyForWords) {
    std::string text = "WASHINGTON (AP) — The Senate voted on the govern-\nment's plan and a well-\nknown senator spoke.\n";
    ConvertOptions o;
    o.issue_date = "2023-01-04";
    galley::testing::TempDir dir;
    o.word_list = dir.write("words.txt", "government\nthe\nplan\n");
    Normalized n = normalize_text(text, o);
    ASSERT_EQ(n.edition.articles.size(), 1u);
    EXPECT_EQ(n.edition.articles[0].body[0].text,
              "The Senate voted on the government's plan and a well-known senator spoke.");
}

TEST(Pages, StoryWithoutLeadIn) {
    Normalized n = read(page({"冬日暖阳下的老街",
                              "走进老城区的西街，青石板路两旁的店铺",
                              "早早开了门。卖早点的摊位前排起了长队。"}));
    ASSERT_EQ(n.edition.articles.size(), 1u);
    EXPECT_EQ(n.edition.articles[0].headline, "冬日暖阳下的老街");
    EXPECT_EQ(n.edition.articles[0].source, "");
}

TEST(Pages, PageNumberFromTheOptionsWins) {
    ConvertOptions o;
    o.issue_date = "2023-01-04";
    o.page = 3;
    o.section = "综合";
    Normalized n = normalize_text(page({"第1版", "本报讯（记者 张三）1月3日，市委召开会议。"}), o);
    ASSERT_EQ(n.edition.articles.size(), 1u);
    EXPECT_EQ(n.edition.articles[0].page, 3);
    EXPECT_EQ(n.edition.articles[0].section, "综合");
    EXPECT_EQ(n.edition.articles[0].id, "p3-a1");
}
