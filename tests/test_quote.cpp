// What messages echo of their input (galley/quote.hpp): escaped onto one line, cut with its length said.
#include <gtest/gtest.h>

#include "galley/diagnostics.hpp"
#include "galley/quote.hpp"

using galley::printable;
using galley::quote_text;

TEST(Quote, PlainTextIsQuotedAsItIs) {
    EXPECT_EQ(quote_text("p1-a1"), "\"p1-a1\"");
    EXPECT_EQ(quote_text("永康日报"), "\"永康日报\"");
    EXPECT_EQ(quote_text(""), "\"\"");
}

TEST(Quote, LineBreaksControlsAndBidiOverridesAreEscaped) {
    EXPECT_EQ(quote_text("a\nb\r\tc"), "\"a\\nb\\r\\tc\"");
    EXPECT_EQ(quote_text("x\x1B[31my"), "\"x\\x1B[31my\"");
    EXPECT_EQ(quote_text("say \"hi\" \\ bye"), "\"say \\\"hi\\\" \\\\ bye\"");
    EXPECT_EQ(quote_text("abc\u202Edef\u2028"), "\"abc\\u202Edef\\u2028\"");
    EXPECT_EQ(quote_text("\xC2\x85"), "\"\\u0085\"");  // NEL, a C1 control
}

TEST(Quote, BrokenUtf8IsShownByteForByte) {
    EXPECT_EQ(quote_text("a\xFF\xC3"), "\"a\\xFF\\xC3\"");
    EXPECT_EQ(quote_text("\xED\xA0\x80"), "\"\\xED\\xA0\\x80\"");  // a surrogate is not UTF-8
}

TEST(Quote, LongTextIsCutAtACharacterAndSaysHowLongItWas) {
    std::string han;
    for (int i = 0; i < 100; ++i) han += "报";  // 3 bytes each
    std::string q = quote_text(han, 10);
    EXPECT_EQ(q, "\"报报报报…\" (300 bytes)");
    EXPECT_EQ(quote_text(std::string(50'000'000, 'k')), "\"" + std::string(80, 'k') + "…\" (50000000 bytes)");
}

TEST(Quote, AMessageStaysOneLineAndIsCut) {
    EXPECT_EQ(printable("line one\nline two"), "line one\\nline two");
    EXPECT_EQ(printable(std::string(10'000, 'x')).size(), 4096u + 3);
    galley::Diagnostic d{galley::Severity::error, "bad\nthing", {"a\nb.txt", 3, 4}};
    EXPECT_EQ(galley::format_diagnostic(d), "a\\nb.txt:3:4: error: bad\\nthing");
}
