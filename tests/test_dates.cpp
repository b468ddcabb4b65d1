#include <gtest/gtest.h>

#include "print_text/dates.hpp"

using namespace galley::print_text;

namespace {
std::string resolve(std::u32string_view s, const char* issue = "2023-01-04") {
    auto d = match_cjk_date(s);
    if (!d) d = match_latin_date(s);
    return d ? resolve_date(*d, IsoDate::parse(issue)) : "none";
}
}  // namespace

TEST(Dates, MonthDayTakesTheIssueYear) { EXPECT_EQ(resolve(U"1月3日，市委书记"), "2023-01-03"); }
TEST(Dates, FullDate) { EXPECT_EQ(resolve(U"2022年12月30日"), "2022-12-30"); }
TEST(Dates, LaterThanIssueIsLastYear) { EXPECT_EQ(resolve(U"12月31日"), "2022-12-31"); }
TEST(Dates, DayOnlyTakesTheIssueMonth) {
    EXPECT_EQ(resolve(U"3日上午"), "2023-01-03");
    EXPECT_EQ(resolve(U"30日", "2023-03-02"), "");  // 2023-02-30 does not exist
    EXPECT_EQ(resolve(U"28日", "2023-03-02"), "2023-02-28");
    EXPECT_EQ(resolve(U"31日", "2023-01-02"), "2022-12-31");
}
TEST(Dates, RelativeDays) {
    EXPECT_EQ(resolve(U"昨天下午"), "2023-01-03");
    EXPECT_EQ(resolve(U"前天"), "2023-01-02");
    EXPECT_EQ(resolve(U"今日", "2024-03-01"), "2024-03-01");
    EXPECT_EQ(resolve(U"昨天", "2024-03-01"), "2024-02-29");
}
TEST(Dates, TimeOfDayIsMeasuredApart) {
    auto d = match_cjk_date(U"1月3日下午，市委");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->length, 4u);
    EXPECT_EQ(d->time_length, 2u);
}
TEST(Dates, NotDates) {
    EXPECT_FALSE(match_cjk_date(U"2023年是“八八战略”实施20周年"));
    EXPECT_FALSE(match_cjk_date(U"13月3日"));
    EXPECT_FALSE(match_cjk_date(U"市委书记"));
    EXPECT_FALSE(match_latin_date(U"Marching on"));
}
TEST(Dates, Latin) {
    EXPECT_EQ(resolve(U"Jan 3"), "2023-01-03");
    EXPECT_EQ(resolve(U"Jan. 3"), "2023-01-03");
    EXPECT_EQ(resolve(U"January 3, 2022"), "2022-01-03");
    EXPECT_EQ(resolve(U"3 January"), "2023-01-03");
    EXPECT_EQ(resolve(U"Dec 30"), "2022-12-30");
}
TEST(Dates, UnknownIssueDateLeavesTheDateOpen) {
    auto d = match_cjk_date(U"1月3日");
    ASSERT_TRUE(d);
    EXPECT_EQ(resolve_date(*d, std::nullopt), "");
    auto full = match_cjk_date(U"2023年1月3日");
    EXPECT_EQ(resolve_date(*full, std::nullopt), "2023-01-03");
}
TEST(Dates, IsoParseRejectsImpossibleDates) {
    EXPECT_FALSE(IsoDate::parse("2023-02-29"));
    EXPECT_TRUE(IsoDate::parse("2024-02-29"));
    EXPECT_FALSE(IsoDate::parse("2023-1-04"));
    EXPECT_EQ(IsoDate::parse("2023-01-01")->plus_days(-1).str(), "2022-12-31");
}
