#include <gtest/gtest.h>

#include "print_text/layout.hpp"
#include "text/source_text.hpp"

using namespace galley::print_text;

namespace {
PrintLine line(std::u32string t, int blank_before = 1) {
    PrintLine l;
    l.text = t;
    l.cjk = galley::text::mostly_cjk(t);
    l.width = printed_width(t, l.cjk);
    l.blank_before = blank_before;
    return l;
}
PageMetrics cjk_page() {
    PageMetrics m;
    m.double_spaced = true;
    m.cjk_measure = 34;
    return m;
}
}  // namespace

TEST(Layout, EndsSentence) {
    EXPECT_TRUE(ends_sentence(U"参加。"));
    EXPECT_TRUE(ends_sentence(U"“医靠”。"));
    EXPECT_TRUE(ends_sentence(U"感谢。”"));
    EXPECT_TRUE(ends_sentence(U"he said."));
    EXPECT_FALSE(ends_sentence(U"参加，"));
    EXPECT_FALSE(ends_sentence(U"（扩大）"));
}
TEST(Layout, OpensParagraph) {
    EXPECT_TRUE(opens_paragraph(U"问：今年的目标是什么？"));
    EXPECT_TRUE(opens_paragraph(U"“我们一定能做到！”"));
    EXPECT_TRUE(opens_paragraph(U"一、坚持人民至上"));
    EXPECT_TRUE(opens_paragraph(U"（二）强化保障"));
    EXPECT_FALSE(opens_paragraph(U"和身体健康。"));
}
TEST(Layout, ShortLastLineEndsTheParagraph) {
    EXPECT_TRUE(paragraph_break(line(U"和身体健康。"), line(U"来到市疾控中心，章旭升亲切慰问"), cjk_page()));
}
TEST(Layout, FullLineEndingASentenceThenAFullLineGoesOn) {
    EXPECT_FALSE(paragraph_break(line(U"和使命，成为人民群众的坚实“医靠”。"), line(U"当前疫情防控正处于转段关键期，希望"), cjk_page()));
}
TEST(Layout, FullLineEndingASentenceThenAnIndentedLineBreaks) {
    EXPECT_TRUE(paragraph_break(line(U"生产生活。市委常委、副市长俞兰参加。"), line(U"在市第一人民医院医共体东城分"), cjk_page()));
}
TEST(Layout, NoBreakInsideASentence) {
    EXPECT_FALSE(paragraph_break(line(U"员始终奋战在疫情防控的最前线，为全"), line(U"市疫情防控筑起了坚固防线。当前疫"), cjk_page()));
    EXPECT_FALSE(paragraph_break(line(U"性攻坚，在靶向发力中重塑“新优势”；"), line(U"强化支撑性基底，在兜底保障中推动"), cjk_page()));
}
TEST(Layout, AQuotedOneLineParagraphAfterAFullLine) {
    EXPECT_TRUE(paragraph_break(line(U"大家加强自身防护，注意劳逸结合，再。"), line(U"“我们一定能做到！”"), cjk_page()));
}
TEST(Layout, AShortTailAfterAFullLine) {
    EXPECT_FALSE(paragraph_break(line(U"大家加强自身防护，注意劳逸结合，再。"), line(U"会议要求落实。"), cjk_page()));
}
TEST(Layout, NoBlankLineInDoubleSpacingJoins) {
    EXPECT_FALSE(paragraph_break(line(U"本报讯（融媒记者 徐敏） 1月3日"), line(U"下午，市委十五届三次全体（扩大）会议、", 0), cjk_page()));
}
TEST(Layout, LatinRaggedRight) {
    PageMetrics m;
    m.latin_measure = 40;
    // "The" would have fitted after "rose.": a paragraph ended.
    EXPECT_TRUE(paragraph_break(line(U"prices rose.", 0), line(U"The central bank said", 0), m));
    // "negotiations" would not have fitted: the line was full.
    EXPECT_FALSE(paragraph_break(line(U"The talks were stalled by the long", 0), line(U"negotiations over the budget", 0), m));
}
TEST(Layout, MeasureFromMidParagraphLines) {
    galley::Diagnostics d;
    galley::text::DecodedText dec;
    std::string page;
    for (int i = 0; i < 8; ++i) page += "市委书记章旭升赴我市部分医疗卫生单\n\n";
    ASSERT_TRUE(galley::text::decode_text(page, "x", dec, d));
    auto lines = collect_lines(dec.lines);
    PageMetrics m = measure_page(lines);
    EXPECT_TRUE(m.double_spaced);
    EXPECT_DOUBLE_EQ(m.cjk_measure, 34);
}
