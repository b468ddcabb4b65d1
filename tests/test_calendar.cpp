// The SDK's date and ISSN helpers (galley/calendar.hpp, galley/issn.hpp), which every exporter uses.
#include <gtest/gtest.h>

#include "galley/calendar.hpp"
#include "galley/issn.hpp"

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
