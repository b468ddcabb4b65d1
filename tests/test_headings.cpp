// Heading roles: the rules by which a story's heading lines become column label, kicker, headline and
// subtitle (converters/src/print_text/heading_roles.hpp). Sample headings written for these tests.
#include <gtest/gtest.h>

#include "print_text/heading_roles.hpp"
#include "print_text/layout.hpp"

using namespace galley::print_text;
using galley::text::to_u32;
using galley::text::to_utf8;

namespace {

struct Read {
    std::string column, kicker, headline, subtitle;
    bool operator==(const Read&) const = default;
};

std::ostream& operator<<(std::ostream& o, const Read& r) {
    return o << "[" << r.column << "|" << r.kicker << "|" << r.headline << "|" << r.subtitle << "]";
}

// Lines as the page printed them; `measure` is the column in half-em units (CJK) or characters (Latin).
Read read(std::initializer_list<const char*> lines, double measure = 40) {
    std::vector<HeadingLine> hl;
    for (const char* l : lines) {
        U32 t = to_u32(l);
        bool cjk = galley::text::mostly_cjk(t);
        hl.push_back({t, printed_width(t, cjk), cjk});
    }
    HeadingParts p = split_heading_lines(hl, {measure, measure});
    return {to_utf8(p.column), to_utf8(p.kicker), to_utf8(p.headline), to_utf8(p.subheadline)};
}

}  // namespace

TEST(HeadingRoles, OneLineIsTheHeadline) { EXPECT_EQ(read({"全市冬春农田水利建设全面铺开"}), (Read{"", "", "全市冬春农田水利建设全面铺开", ""})); }

TEST(HeadingRoles, ADashOpensTheSubtitleAndEndsAKicker) {
    EXPECT_EQ(read({"老街巷里的新生活", "——城市更新走访记（下）"}), (Read{"", "", "老街巷里的新生活", "——城市更新走访记（下）"}));
    EXPECT_EQ(read({"新修订的消防法下月起施行——", "单位主体责任进一步压实"}),
              (Read{"", "新修订的消防法下月起施行——", "单位主体责任进一步压实", ""}));
}

TEST(HeadingRoles, ALineEndingInACommaRunsOnIntoTheNext) {
    EXPECT_EQ(read({"今冬明春降水偏多，", "南方部分地区需防范低温雨雪冰冻", "各地提前部署防寒保供"}),
              (Read{"", "今冬明春降水偏多，南方部分地区需防范低温雨雪冰冻", "各地提前部署防寒保供", ""}));
}

TEST(HeadingRoles, APlaceAloneIsABriefsKicker) {
    EXPECT_EQ(read({"安徽省黄山市", "茶园用上智能喷灌"}), (Read{"", "安徽省黄山市", "茶园用上智能喷灌", ""}));
    EXPECT_TRUE(is_place_line(U"四川省凉山彝族自治州"));
    EXPECT_FALSE(is_place_line(U"智能喷灌"));
}

TEST(HeadingRoles, AShortBalancedPairIsOneHeadlineBrokenInTwo) {
    EXPECT_EQ(read({"西部陆海新通道", "班列开行再创新高"}), (Read{"", "", "西部陆海新通道班列开行再创新高", ""}));
    // The break keeps a book title whole.
    EXPECT_EQ(read({"国务院办公厅印发", "《关于加快发展银发经济的意见（2025—2030年）》"}),
              (Read{"", "", "国务院办公厅印发《关于加快发展银发经济的意见（2025—2030年）》", ""}));
    // A headline that ran into the column's edge spilled a few characters onto the next line.
    EXPECT_EQ(read({"全市重点项目集中开工仪式在经济开发区隆", "重举行"}, 38),
              (Read{"", "", "全市重点项目集中开工仪式在经济开发区隆重举行", ""}));
}

TEST(HeadingRoles, OfTwoSeparateLinesAShorterFirstOrOneSetApartIsTheKicker) {
    EXPECT_EQ(read({"守护舌尖安全", "全省食品抽检合格率连续五年超过百分之九十八"}),
              (Read{"", "守护舌尖安全", "全省食品抽检合格率连续五年超过百分之九十八", ""}));
    EXPECT_EQ(read({"稳就业  促增收", "春风行动送岗位进乡村"}), (Read{"", "稳就业  促增收", "春风行动送岗位进乡村", ""}));
    // A headline that plays on words in quotation marks, under a plain statement: the statement is the kicker.
    EXPECT_EQ(read({"黑龙江伊春依托林区资源发展森林康养", "林下经济“长”出好光景"}),
              (Read{"", "黑龙江伊春依托林区资源发展森林康养", "林下经济“长”出好光景", ""}));
}

TEST(HeadingRoles, OtherwiseTheSecondLineIsTheSubtitle) {
    EXPECT_EQ(read({"全国铁路春运首日发送旅客量创新高", "单日开行旅客列车一万余列"}),
              (Read{"", "", "全国铁路春运首日发送旅客量创新高", "单日开行旅客列车一万余列"}));
}

TEST(HeadingRoles, AColumnLabelStandsAboveAWholeHeading) {
    EXPECT_EQ(read({"田间新事", "河南省兰考县", "泡桐产业带火乐器村"}), (Read{"田间新事", "河南省兰考县", "泡桐产业带火乐器村", ""}));
    EXPECT_EQ(read({"看变化，话发展", "沿海港口集装箱吞吐量稳步攀升", "码头更忙  航线更密"}),
              (Read{"看变化，话发展", "沿海港口集装箱吞吐量稳步攀升", "码头更忙  航线更密", ""}));
    // Two lines are never a label over a headline: the first is the kicker.
    EXPECT_EQ(read({"田间新事", "泡桐产业带火乐器村"}).column, "");
}

TEST(HeadingRoles, ABrokenHeadlineWithItsSubtitle) {
    EXPECT_EQ(read({"新能源汽车、智能家电", "以旧换新补贴扩围", "不设门槛，单件最高补贴两千元"}),
              (Read{"", "", "新能源汽车、智能家电以旧换新补贴扩围", "不设门槛，单件最高补贴两千元"}));
}

TEST(HeadingRoles, LatinHeadlinesWrapAtTheColumn) {
    EXPECT_EQ(read({"Harbour authority approves new", "container terminal after long review"}, 34),
              (Read{"", "", "Harbour authority approves new container terminal after long review", ""}));
    // Two headlines of two stories are two elements; a short first one is a kicker.
    EXPECT_EQ(read({"ANALYSIS", "Why rates may stay higher for longer"}, 40).kicker, "ANALYSIS");
    EXPECT_EQ(read({"Storm closes schools", "— Power cut to 40,000 homes"}, 40).subtitle, "— Power cut to 40,000 homes");
}
