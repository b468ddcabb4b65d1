#include <gtest/gtest.h>

#include "print_text/furniture.hpp"
#include "print_text/page_labels.hpp"

using namespace galley::print_text;

namespace {
std::string fields(std::u32string_view line) {
    auto f = match_furniture(line);
    if (!f) return "none";
    std::string s;
    for (const auto& x : f->fields) s += x.key + "=" + x.value + ";";
    return s;
}
}  // namespace

TEST(Furniture, RunningHeadWithDate) {
    auto f = match_furniture(U"2023年1月4日 星期三");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->date->str(), "2023-01-04");
}
TEST(Furniture, FullRunningHead) {
    EXPECT_EQ(fields(U"永康日报  2023年1月4日  星期三  第1版  要闻"),
              "date=2023-01-04;running-head=永康日报;section=要闻;page=第1版;");
    auto f = match_furniture(U"永康日报  2023年1月4日  星期三  第1版  要闻");
    EXPECT_EQ(f->page_number, 1);
    EXPECT_EQ(galley::text::to_utf8(f->section), "要闻");
}
TEST(Furniture, LunarDate) { EXPECT_NE(fields(U"2023年1月4日 星期三 农历壬寅年十二月十三"), "none"); }
TEST(Furniture, Editors) {
    EXPECT_EQ(fields(U"责任编辑：胡丽  版式：王蒙"), "editor=胡丽;designer=王蒙;");
    EXPECT_EQ(fields(U"责任编辑： 胡丽"), "editor=胡丽;");
    EXPECT_EQ(match_furniture(U"责任编辑：胡丽")->kind, Furniture::Kind::staff);
}
TEST(Furniture, PageNumbers) {
    EXPECT_EQ(match_furniture(U"- 2 -")->page_number, 2);
    EXPECT_EQ(match_furniture(U"第二版")->page_number, 2);
    EXPECT_EQ(match_furniture(U"A3")->page_number, 3);
}
TEST(Furniture, Jumps) {
    auto f = match_furniture(U"（下转第二版）");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->continuation->direction, "to");
    EXPECT_EQ(f->continuation->page, "第二版");
    EXPECT_EQ(match_furniture(U"(上接A1版)")->continuation->direction, "from");
    EXPECT_EQ(match_furniture(U"(Continued on page 5)")->continuation->page, "5");
}
TEST(Furniture, InlineJump) {
    auto j = find_jump(U"全力做好各项工作。（下转第2版）", true);
    ASSERT_TRUE(j);
    EXPECT_EQ(j->begin, 9u);
    EXPECT_FALSE(find_jump(U"会议（扩大）", true));
}
TEST(Furniture, EnglishRunningHead) {
    auto f = match_furniture(U"Wednesday, January 4, 2023 | The County Daily | A1");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->date->str(), "2023-01-04");
    EXPECT_EQ(f->page_number, 1);
}
TEST(Furniture, BodyLinesAreNotFurniture) {
    EXPECT_EQ(fields(U"2023年1月3日，市委书记章旭升"), "none");
    EXPECT_EQ(fields(U"市委书记章旭升赴我市部分医疗卫生单"), "none");
    EXPECT_EQ(fields(U"章旭升在慰问一线医务工作者时指出"), "none");
    EXPECT_EQ(fields(U"之都 品质活力永康”，奋力谱写中国式"), "none");
    EXPECT_EQ(fields(U"The Senate voted on Wednesday, January 4, 2023."), "none");
}
TEST(Furniture, SectionLabelsAndMastheads) {
    EXPECT_EQ(fields(U"要闻"), "section=要闻;");
    EXPECT_EQ(fields(U"新农村"), "section=新农村;");
    EXPECT_EQ(fields(U"要闻·综合"), "section=要闻·综合;");
    EXPECT_EQ(fields(U"国际新闻"), "section=国际新闻;");
    EXPECT_EQ(fields(U"第3版：综合新闻"), "section=综合新闻;page=第3版;");
    EXPECT_EQ(match_furniture(U"第3版：综合新闻")->page_number, 3);
    EXPECT_EQ(fields(U"BUSINESS"), "section=BUSINESS;");
    EXPECT_EQ(fields(U"WORLD NEWS"), "section=WORLD NEWS;");
    EXPECT_EQ(fields(U"World  News"), "section=World  News;");
    EXPECT_EQ(fields(U"人民日报"), "paper=人民日报;");
    EXPECT_EQ(fields(U"永康日报"), "paper=永康日报;");
    EXPECT_EQ(match_furniture(U"人民日报")->kind, Furniture::Kind::masthead);
    // Headlines and body lines that merely hold such words are not labels.
    EXPECT_EQ(fields(U"科技零距离"), "none");
    EXPECT_EQ(fields(U"经济运行稳中向好"), "none");
    EXPECT_EQ(fields(U"日报"), "none");
    EXPECT_EQ(fields(U"Business leaders meet in Davos"), "none");
    EXPECT_EQ(fields(U"市场监管总局发布年报"), "none");
}
TEST(Furniture, CapitalisedDateLineAndWireSlug) {
    auto f = match_furniture(U"MONDAY, MARCH 2, 1987");
    ASSERT_TRUE(f);
    EXPECT_EQ(f->date->str(), "1987-03-02");
    EXPECT_EQ(fields(U"b f BC-FIAT-UNIT-ISSUES-100   03-02 0118"), "slug=BC-FIAT-UNIT-ISSUES-100;");
    EXPECT_EQ(fields(U"u f BC-APPLE-COMPUTER-<AAPL>   03-02 0051"), "slug=BC-APPLE-COMPUTER-<AAPL>;");
    EXPECT_EQ(fields(U"a BC-ABC 13-02 0118"), "none");  // no 13th month
    EXPECT_EQ(fields(U"be BC-ABC 03-02 0118"), "none");
}
TEST(PageLabels, WireSignOffs) {
    EXPECT_EQ(galley::text::to_utf8(*match_sign_off(U" REUTER")), "Reuters");
    EXPECT_EQ(galley::text::to_utf8(*match_sign_off(U"REUTER...")), "Reuters");
    EXPECT_EQ(galley::text::to_utf8(*match_sign_off(U"Reuter")), "Reuters");
    EXPECT_FALSE(match_sign_off(U"Reuters said on Monday"));
}
