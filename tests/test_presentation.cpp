// The SDK's presentation helpers (galley/presentation.hpp): what a reader is shown of an article's head.
#include "galley/presentation.hpp"

#include <gtest/gtest.h>

namespace galley {
namespace {

Article article(std::string language, std::string lead) {
    Article a;
    a.id = "p1-a1";
    a.language = std::move(language);
    Block p;
    p.text = std::move(lead);
    a.body.push_back(p);
    return a;
}

TEST(PresentByline, SourceFormulaThenCredit) {
    Article a = article("zh", "1月3日，市委召开常委会议。");
    a.source = "本报讯";
    a.credit = "融媒记者 徐敏";
    EXPECT_EQ(present::byline(a, true).text(), "本报讯\u3000融媒记者 徐敏");
}

TEST(PresentByline, SourceTheCreditNamesIsPrintedOnce) {
    // JSON from another system may still carry 本报 beside 本报记者: the reader sees it once.
    Article a = article("zh", "1月3日，……");
    a.source = "本报";
    a.credit = "本报记者 王浩 通讯员 李明";
    present::Byline b = present::byline(a, true);
    EXPECT_EQ(b.source, "");
    EXPECT_EQ(b.text(), "本报记者 王浩 通讯员 李明");
}

TEST(PresentByline, EnglishWriterThenAgency) {
    Article a = article("en", "The Senate acquitted him.");
    a.source = "AP";
    a.credit = "By Jane Doe";
    EXPECT_EQ(present::byline(a, false).text(), "By Jane Doe \u2014 AP");
    a.credit = "By Jane Doe, AP";
    EXPECT_EQ(present::byline(a, false).text(), "By Jane Doe, AP");
}

TEST(PresentByline, BylinesWhenNoCreditWasPrinted) {
    Article a = article("zh", "……");
    a.bylines = {{"记者", "张三", "writer"}, {"通讯员", "李四", "correspondent"}, {"", "", ""}};
    EXPECT_EQ(present::byline(a, true).text(), "记者 张三\u3000通讯员 李四");
    EXPECT_EQ(present::byline(a, false).text(), "记者 张三, 通讯员 李四");
}

TEST(PresentByline, NothingWhenNothingWasPrinted) {
    EXPECT_TRUE(present::byline(article("zh", "……"), true).empty());
}

TEST(PresentDateline, OnceWhenTheLeadOpensWithIt) {
    Article a = article("zh", "1月3日，市委召开常委会议。");
    a.dateline = {"1月3日", "2023-01-03", ""};
    present::Dateline d = present::dateline(a);
    EXPECT_TRUE(d.shown_elsewhere);
    EXPECT_TRUE(d.empty());
}

TEST(PresentDateline, OnceWhenTheSourceFormulaHoldsIt) {
    Article a = article("zh", "国务院新闻办公室3日举行新闻发布会。");
    a.source = "新华社北京1月3日电";
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    EXPECT_TRUE(present::dateline(a).shown_elsewhere);
    EXPECT_TRUE(present::dateline(a).empty());
}

TEST(PresentDateline, ShownWhenTheLeadDoesNot) {
    Article a = article("en", "Britain's economy grew.");
    a.dateline = {"LONDON, Jan 3", "2023-01-03", "LONDON"};
    present::Dateline d = present::dateline(a);
    EXPECT_FALSE(d.shown_elsewhere);
    EXPECT_EQ(d.text, "LONDON, Jan 3");
    EXPECT_EQ(d.date, "2023-01-03");
}

TEST(PresentDateline, ThePlaceWhenOnlyThatIsKnown) {
    Article a = article("en", "The Senate acquitted him.");
    a.dateline.place = "WASHINGTON";
    EXPECT_EQ(present::dateline(a).text, "WASHINGTON");
    EXPECT_TRUE(present::dateline(article("en", "x")).empty());
}

TEST(PresentHeadline, DerivedIsMarked) {
    Article a = article("zh", "……");
    a.headline = " 市委召开常委会议 ";
    EXPECT_EQ(present::headline(a).text, "市委召开常委会议");
    EXPECT_FALSE(present::headline(a).derived);
    a.headline_derived = true;
    EXPECT_TRUE(present::headline(a).derived);
}

TEST(PresentHeadline, NoneIsShownButALabelIsMade) {
    Article a = article("zh", "一二三四五六七八九十一二三四五六七八九十一二三四五六");
    a.headline_derived = true;  // a flag without a headline shows nothing
    EXPECT_TRUE(present::headline(a).empty());
    EXPECT_FALSE(present::headline(a).derived);
    EXPECT_EQ(present::label(a, 5), "一二三四五…");
    EXPECT_EQ(present::label(Article{}), "");
}

TEST(PresentLanguage, TagElseEditionElseText) {
    EXPECT_TRUE(present::is_cjk(article("zh-CN", "abc")));
    EXPECT_FALSE(present::is_cjk(article("en", "市委召开常委会议")));
    EXPECT_TRUE(present::is_cjk(article("und", "abc"), "zh"));
    EXPECT_TRUE(present::is_cjk(article("", "市委召开常委会议 CPC")));
    EXPECT_FALSE(present::is_cjk(article("", "The Senate 参议院")));
}

TEST(PresentPicture, ACaptionWithoutItsPictureIsNotShown) {
    Block b;
    b.type = BlockType::image;
    b.image.caption = {"1月3日，重点项目集中开工仪式现场。", "记者 汪丽娜 摄"};
    b.origin = {"pages/2.txt", 41, 1};
    EXPECT_FALSE(present::shows_image(b, false));
    EXPECT_TRUE(present::shows_image(b, true));
    EXPECT_EQ(present::missing_picture_warning(Article{}, b),
              "caption at pages/2.txt:41 \"1月3日，重点项目集中开工仪式现场。\": no picture was supplied; left out of the "
              "reading text");
}

}  // namespace
}  // namespace galley
