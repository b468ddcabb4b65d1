// The SDK's date, ISSN and id helpers (galley/calendar.hpp, galley/issn.hpp, galley/item_guid.hpp), which
// every exporter uses.
#include <gtest/gtest.h>

#include "galley/calendar.hpp"
#include "galley/issn.hpp"
#include "galley/item_guid.hpp"

using namespace galley;

TEST(Calendar, SourceDateEpochIsSecondsBeforeTheYear10000) {
    EXPECT_EQ(parse_source_date_epoch("0"), 0);
    EXPECT_EQ(parse_source_date_epoch("1700000000"), 1700000000);
    EXPECT_FALSE(parse_source_date_epoch("-1"));
    EXPECT_FALSE(parse_source_date_epoch(""));
    EXPECT_FALSE(parse_source_date_epoch("12x"));
    EXPECT_EQ(parse_source_date_epoch("253402300799"), 253402300799);  // 9999-12-31T23:59:59Z
    EXPECT_FALSE(parse_source_date_epoch("253402300800"));
}

TEST(Calendar, UtcTimestampsAndWeekdays) {
    EXPECT_EQ(utc_timestamp(1700000000), "2023-11-14T22:13:20Z");
    EXPECT_EQ(utc_timestamp(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(utc_timestamp(253402300799), "9999-12-31T23:59:59Z");
    EXPECT_EQ((CivilDate{2023, 1, 4}.weekday()), 3);  // a Wednesday
    EXPECT_EQ((CivilDate{1970, 1, 1}.weekday()), 4);
    EXPECT_EQ((CivilDate{1969, 12, 28}.weekday()), 0);
}

// Feed times in the paper's own zone (an option, never the machine's): xs:dateTime and NITF's basic form.
TEST(Calendar, UtcOffsetsAndWallClockTimes) {
    EXPECT_EQ(UtcOffset::parse("+08:00")->minutes, 480);
    EXPECT_EQ(UtcOffset::parse("-05:30")->minutes, -330);
    EXPECT_EQ(UtcOffset::parse("Z")->basic(), "Z");
    EXPECT_EQ(UtcOffset::parse("-05:30")->basic(), "-0530");
    for (const char* bad : {"+15:00", "+08:60", "08:00", "+8:00", "+08:00 ", "", "z"}) EXPECT_FALSE(UtcOffset::parse(bad)) << bad;
    EXPECT_EQ(LocalTime::midnight({2023, 1, 4}, *UtcOffset::parse("+08:00")).xs_date_time(), "2023-01-04T00:00:00+08:00");
    EXPECT_EQ(LocalTime::midnight({2023, 1, 4}, *UtcOffset::parse("+08:00")).basic(), "20230104T000000+0800");
    // Local time across midnight and before 1970.
    EXPECT_EQ(LocalTime::at(1672790399, *UtcOffset::parse("-05:00")).xs_date_time(), "2023-01-03T18:59:59-05:00");
    EXPECT_EQ(LocalTime::at(0, *UtcOffset::parse("-00:30")).basic(), "19691231T233000-0030");
}

TEST(Issn, OneFormAndItsCheckDigit) {
    EXPECT_EQ(normalize_issn("ISSN 0317-8471"), "0317-8471");
    EXPECT_EQ(normalize_issn("issn: 1234 5679"), "1234-5679");
    EXPECT_EQ(normalize_issn("2049-363x"), "2049-363X");
    EXPECT_EQ(normalize_issn("12-34"), "");
    EXPECT_EQ(normalize_issn("1234-X679"), "");
    EXPECT_TRUE(issn_checks("0317-8471"));
    EXPECT_TRUE(issn_checks("2049-3630"));
    EXPECT_FALSE(issn_checks("0317-8472"));
    EXPECT_FALSE(issn_checks(""));
}

TEST(ItemGuid, OneIdPerStoryInEveryFeed) {
    Edition e;
    std::vector<std::string> warnings;
    EXPECT_EQ(guid_prefix(e, "", warnings), "urn:newsml:galley:");
    e.issn = "ISSN 1234-5679";
    EXPECT_EQ(guid_prefix(e, "", warnings), "urn:newsml:issn.1234-5679:");
    EXPECT_EQ(guid_prefix(e, "urn:x:", warnings), "urn:x:");
    EXPECT_TRUE(warnings.empty());
    e.issn = "1234-5678";  // fails its check digit: used, with a warning
    EXPECT_EQ(guid_prefix(e, "", warnings), "urn:newsml:issn.1234-5678:");
    e.issn = "not an issn";
    EXPECT_EQ(guid_prefix(e, "", warnings), "urn:newsml:galley:");
    EXPECT_EQ(warnings.size(), 2u);
    EXPECT_EQ(item_guid("urn:newsml:galley:", {2023, 1, 4}, "p1-a1"), "urn:newsml:galley:20230104:p1-a1");
    for (const char* ok : {"p1-a1", "a_1.b", "A"}) EXPECT_TRUE(is_safe_item_id(ok)) << ok;
    for (const char* bad : {"", ".hidden", "-opt", "a/b", "a b", "页1", "../x"}) EXPECT_FALSE(is_safe_item_id(bad)) << bad;
    EXPECT_FALSE(is_safe_item_id(std::string(101, 'a')));
}
