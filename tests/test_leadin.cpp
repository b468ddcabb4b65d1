#include <gtest/gtest.h>

#include "print_text/leadin.hpp"

using namespace galley::print_text;
using galley::text::to_utf8;

namespace {
struct Seen {
    std::string source, credit, dateline, place, rest, bylines;
    std::size_t month = 0, day = 0;
    bool byline_line = false;
};
Seen read(std::u32string_view s) {
    auto l = match_leadin(s);
    Seen r;
    if (!l) {
        r.source = "none";
        return r;
    }
    r.source = to_utf8(l->source);
    r.credit = to_utf8(l->credit);
    r.dateline = to_utf8(l->dateline_text);
    r.place = to_utf8(l->place);
    r.rest = to_utf8(s.substr(l->length));
    for (const auto& b : l->bylines) r.bylines += b.role + "|" + b.name + ";";
    if (l->date) {
        r.month = static_cast<std::size_t>(l->date->month);
        r.day = static_cast<std::size_t>(l->date->day);
    }
    r.byline_line = l->kind == Leadin::Kind::byline_line;
    return r;
}
}  // namespace

TEST(Leadin, BenbaoXun) {
    Seen s = read(U" 本报讯（融媒记者 徐敏）1月3日，市委书记");
    EXPECT_EQ(s.source, "本报讯");
    EXPECT_EQ(s.bylines, "融媒记者|徐敏;");
    EXPECT_EQ(s.rest, "1月3日，市委书记");
}
TEST(Leadin, SpaceAfterTheBracketGoes) { EXPECT_EQ(read(U"本报讯（融媒记者 徐敏） 1月3日下午").rest, "1月3日下午"); }
TEST(Leadin, HalfWidthBracket) { EXPECT_EQ(read(U"本报讯(记者 张三)昨天").bylines, "记者|张三;"); }
TEST(Leadin, PlainBenbaoXun) {
    Seen s = read(U"本报讯 近日，");
    EXPECT_EQ(s.source, "本报讯");
    EXPECT_EQ(s.rest, "近日，");
}
TEST(Leadin, XinhuaWithPlaceAndDate) {
    Seen s = read(U"新华社北京1月3日电（记者 张三 李四）国务院");
    EXPECT_EQ(s.source, "新华社北京1月3日电");
    EXPECT_EQ(s.place, "北京");
    EXPECT_EQ(s.dateline, "北京1月3日");
    EXPECT_EQ(s.month, 1u);
    EXPECT_EQ(s.day, 3u);
    EXPECT_EQ(s.bylines, "记者|张三;记者|李四;");
    EXPECT_EQ(s.rest, "国务院");
}
TEST(Leadin, AccordingToXinhua) {
    Seen s = read(U"据新华社电 国家统计局");
    EXPECT_EQ(s.source, "据新华社电");
    EXPECT_EQ(s.dateline, "");
    EXPECT_EQ(s.rest, "国家统计局");
}
TEST(Leadin, BenbaoWithPlace) {
    Seen s = read(U"本报杭州1月3日电（记者 李四）浙江");
    EXPECT_EQ(s.source, "本报杭州1月3日电");
    EXPECT_EQ(s.place, "杭州");
}
TEST(Leadin, OtherAgencyByShape) { EXPECT_EQ(read(U"中新社上海1月3日电 上海").place, "上海"); }
TEST(Leadin, BylineLine) {
    Seen s = read(U"本报记者 王浩 通讯员 李明");
    EXPECT_TRUE(s.byline_line);
    EXPECT_EQ(s.source, "");  // 本报 belongs to the role 本报记者: the credit carries it
    EXPECT_EQ(s.bylines, "本报记者|王浩;通讯员|李明;");
}
TEST(Leadin, DecorationBeforeTheByline) { EXPECT_TRUE(read(U"■本报记者 王浩").byline_line); }
TEST(Leadin, Reuters) {
    Seen s = read(U"LONDON, Jan 3 (Reuters) - Britain's economy");
    EXPECT_EQ(s.source, "Reuters");
    EXPECT_EQ(s.dateline, "LONDON, Jan 3");
    EXPECT_EQ(s.place, "LONDON");
    EXPECT_EQ(s.rest, "Britain's economy");
}
TEST(Leadin, AssociatedPress) {
    Seen s = read(U"WASHINGTON (AP) — The Senate");
    EXPECT_EQ(s.source, "AP");
    EXPECT_EQ(s.place, "WASHINGTON");
    EXPECT_EQ(s.rest, "The Senate");
}
TEST(Leadin, StaffDatelineNeedsARealDash) {
    EXPECT_EQ(read(U"NEW YORK — Stocks rose").place, "NEW YORK");
    EXPECT_EQ(read(U"NATO - the alliance said").source, "none");
}
TEST(Leadin, ByLine) {
    Seen s = read(U"By Jane Doe and John Smith");
    EXPECT_TRUE(s.byline_line);
    EXPECT_EQ(s.bylines, "|Jane Doe;|John Smith;");
    EXPECT_EQ(read(U"BY JANE DOE").bylines, "|Jane Doe;");
}
TEST(Leadin, NotLeadins) {
    EXPECT_EQ(read(U"市委书记章旭升代表市委").source, "none");
    EXPECT_EQ(read(U"By comparison, prices rose.").source, "none");
    EXPECT_EQ(read(U"The Senate voted (AP) on").source, "none");
    EXPECT_EQ(read(U"本报记者从市统计局获悉，").source, "none");
}
TEST(Leadin, BriefFormulasWithoutPlaceOrDate) {
    Seen s = read(U"本报电  （记者尹晓宇）“温度25摄氏度");
    EXPECT_EQ(s.source, "本报电");
    EXPECT_EQ(s.bylines, "记者|尹晓宇;");
    EXPECT_EQ(s.rest, "“温度25摄氏度");
    EXPECT_EQ(s.place, "");
    Seen p = read(U"本报北京电（记者 张三）今天");
    EXPECT_EQ(p.place, "北京");
    EXPECT_EQ(p.rest, "今天");
    EXPECT_EQ(read(U"本报评论员文章指出").source, "none");
}
TEST(Leadin, WireDatelineWithAHyphenAfterTheDate) {
    Seen s = read(U"LONDON, March 2 - Fiat Finance and Trade Ltd is issuing");
    EXPECT_EQ(s.place, "LONDON");
    EXPECT_EQ(s.dateline, "LONDON, March 2");
    EXPECT_EQ(s.month, 3u);
    EXPECT_EQ(s.rest, "Fiat Finance and Trade Ltd is issuing");
    EXPECT_EQ(read(U"NATO - the alliance said").source, "none");
}
TEST(Leadin, NoSpaceAfterTheAgencyDash) {
    Seen s = read(U"TORONTO (Reuters) -The company said");
    EXPECT_EQ(s.source, "Reuters");
    EXPECT_EQ(s.rest, "The company said");
    EXPECT_EQ(read(U"TORONTO (Reuters) -the").source, "none");
}
TEST(Leadin, BylineNamingItsAgency) {
    Seen s = read(U"By Kathleen Hays, Reuters");
    EXPECT_TRUE(s.byline_line);
    EXPECT_EQ(s.source, "Reuters");
    EXPECT_EQ(s.bylines, "|Kathleen Hays;");
    Seen many = read(U"By LISA MASCARO, ERIC TUCKER, MARY CLARE JALONICK and JILL COLVIN");
    EXPECT_EQ(many.bylines, "|Lisa Mascaro;|Eric Tucker;|Mary Clare Jalonick;|Jill Colvin;");
    EXPECT_EQ(read(U"by Andrew Browne, Reuters").source, "Reuters");
    EXPECT_EQ(read(U"by the company's own account").source, "none");
}
