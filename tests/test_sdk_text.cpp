// The SDK's text helpers, which every exporter uses: UTF-8 (galley/utf8.hpp), the XML cleaner
// (galley/xml_text.hpp), language tags (galley/language.hpp) and picture types (galley/picture_type.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "galley/language.hpp"
#include "galley/picture_type.hpp"
#include "galley/utf8.hpp"
#include "galley/xml_text.hpp"

using namespace galley;

namespace {

const std::string fffd = "\xEF\xBF\xBD";

// Each character of `s` as decode() reads it, with the bytes it took; malformed ones as 0.
std::vector<std::pair<char32_t, std::size_t>> decoded(std::string_view s) {
    std::vector<std::pair<char32_t, std::size_t>> out;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t at = i;
        bool malformed = false;
        char32_t c = utf8::decode(s, i, malformed);
        out.emplace_back(malformed ? 0 : c, i - at);
    }
    return out;
}

using Decoded = std::vector<std::pair<char32_t, std::size_t>>;

}  // namespace

TEST(SdkUtf8, DecodesOneToFourBytes) {
    EXPECT_EQ(decoded("a\xC3\xA9\xE4\xB8\xAD\xF0\xA0\xAE\xB7"), (Decoded{{U'a', 1}, {0xE9, 2}, {0x4E2D, 3}, {0x20BB7, 4}}));
    EXPECT_EQ(decoded("\xF4\x8F\xBF\xBF"), (Decoded{{0x10FFFF, 4}}));
}

TEST(SdkUtf8, MalformedBytesAreReplacedOneAtATime) {
    bool malformed = false;
    std::size_t i = 0;
    EXPECT_EQ(utf8::decode("\x80", i, malformed), utf8::replacement);
    EXPECT_TRUE(malformed);
    EXPECT_EQ(i, 1u);
    EXPECT_EQ(decoded("\xC0\xAF"), (Decoded{{0, 1}, {0, 1}}));              // overlong "/"
    EXPECT_EQ(decoded("\xE0\x80\xAF"), (Decoded{{0, 1}, {0, 1}, {0, 1}}));  // overlong
    EXPECT_EQ(decoded("\xED\xA0\x80"), (Decoded{{0, 1}, {0, 1}, {0, 1}}));  // surrogate U+D800
    EXPECT_EQ(decoded("\xF4\x90\x80\x80"), (Decoded{{0, 1}, {0, 1}, {0, 1}, {0, 1}}));  // U+110000
    EXPECT_EQ(decoded("\xE4\xB8"), (Decoded{{0, 1}, {0, 1}}));                          // cut short
    EXPECT_EQ(decoded("\xC3("), (Decoded{{0, 1}, {U'(', 1}}));
}

TEST(SdkUtf8, EncodesAndConvertsBothWays) {
    std::string out;
    for (char32_t c : {U'a', char32_t{0xE9}, char32_t{0x4E2D}, char32_t{0x20BB7}}) utf8::encode(c, out);
    EXPECT_EQ(out, "a\xC3\xA9\xE4\xB8\xAD\xF0\xA0\xAE\xB7");
    EXPECT_EQ(utf8::to_u32("中a𠮷"), U"中a𠮷");
    EXPECT_EQ(utf8::to_u32("a\xFF" "b"), U"a\uFFFDb");
    EXPECT_EQ(utf8::to_utf8(U"中a𠮷"), "中a𠮷");
    EXPECT_EQ(utf8::to_utf8(U""), "");
}

TEST(SdkUtf8, ShortenCutsCharactersNotBytes) {
    EXPECT_EQ(utf8::shorten("市委书记章旭升", 4), "市委书记…");
    EXPECT_EQ(utf8::shorten("市委书记", 4), "市委书记");
    EXPECT_EQ(utf8::shorten("abc", 0), "…");
    EXPECT_EQ(utf8::shorten("", 3), "");
    EXPECT_EQ(utf8::shorten("a\xFF" "bc", 2), "a" + fffd + "…");  // a cut line is well-formed
}

TEST(SdkXml, AllowsWhatXml10Allows) {
    for (char32_t c : {U'\t', U'\n', U'\r', U' ', char32_t{0xD7FF}, char32_t{0xE000}, char32_t{0xFFFD}, char32_t{0x10000},
                       char32_t{0x10FFFF}})
        EXPECT_TRUE(xml_allows(c)) << static_cast<unsigned>(c);
    for (char32_t c : {char32_t{0}, char32_t{1}, char32_t{0x0B}, char32_t{0x1F}, char32_t{0xFFFE}, char32_t{0xFFFF}})
        EXPECT_FALSE(xml_allows(c)) << static_cast<unsigned>(c);
}

TEST(SdkXml, CleanerReplacesWhatXmlForbids) {
    XmlCleaner c;
    EXPECT_EQ(c.text("a\x01z\r\nc\rd\te", "x"), "a" + fffd + "z\nc\nd\te");
    EXPECT_EQ(c.text("bad \xC3( \xED\xA0\x80 \xF4\x90\x80\x80 end", "y"),
              "bad " + fffd + "( " + fffd + fffd + fffd + " " + fffd + fffd + fffd + fffd + " end");
    EXPECT_EQ(c.line("  one\t two\n\nthree  ", "z"), "one two three");
    EXPECT_EQ(c.text("𠮷野家 ok", "w"), "𠮷野家 ok");  // four-byte characters pass
    EXPECT_EQ(c.text("\xEF\xBF\xBE|\xEF\xBF\xBF", "v"), fffd + "|" + fffd);  // U+FFFE, U+FFFF
    ASSERT_EQ(c.problems().size(), 4u);
    EXPECT_EQ(c.problems()[0].message, "x: replaced U+0001, which XML 1.0 does not allow, with U+FFFD");
    EXPECT_EQ(c.problems()[1].message, "y: replaced malformed UTF-8, which XML 1.0 does not allow, with U+FFFD");
    EXPECT_EQ(c.problems()[2].message, "v: replaced U+FFFE, which XML 1.0 does not allow, with U+FFFD");
    EXPECT_EQ(c.problems()[3].message, "v: replaced U+FFFF, which XML 1.0 does not allow, with U+FFFD");
}

TEST(SdkXml, LineEndsAsTheFormatWantsThem) {
    XmlCleaner lf, separator(XmlCleaner::LineEnds::line_separator), keep(XmlCleaner::LineEnds::keep);
    EXPECT_EQ(lf.text("a\r\nb\rc\nd", "f"), "a\nb\nc\nd");
    EXPECT_EQ(separator.text("a\r\nb\rc\nd", "f"), "a\u2028b\u2028c\u2028d");
    EXPECT_EQ(keep.text("a\r\nb\rc\nd", "f"), "a\r\nb\rc\nd");
    // One line is one line whatever the line ends: every run of ASCII white space is one space.
    for (XmlCleaner* c : {&lf, &separator, &keep}) EXPECT_EQ(c->line(" a\r\n\tb\rc ", "f"), "a b c");
    // Other spaces are text: a no-break space or U+3000 in a name stays.
    EXPECT_EQ(lf.line("章\u3000旭升\u00A0x", "f"), "章\u3000旭升\u00A0x");
    EXPECT_TRUE(lf.problems().empty());
}

TEST(SdkXml, ProblemsNameTheArticleOnceEach) {
    XmlCleaner c;
    c.text("\x01", "publisher");  // before any article: the edition's
    c.set_article("p1-a1");
    c.text("\x01", "headline");
    c.text("x\x01y\x01", "headline");  // the same message for the same article: once
    c.line("\x02", "publisher", XmlCleaner::Scope::edition);
    c.text("\x01", "publisher", XmlCleaner::Scope::edition);  // said already for the edition
    c.add("subject: \"x\" is no Media Topic");
    c.set_article("p1-a2");
    c.text("\x01", "headline");
    c.add("subject: \"x\" is no Media Topic");
    c.add("subject: \"x\" is no Media Topic");
    std::vector<XmlCleaner::Problem> want{
        {"", "publisher: replaced U+0001, which XML 1.0 does not allow, with U+FFFD"},
        {"p1-a1", "headline: replaced U+0001, which XML 1.0 does not allow, with U+FFFD"},
        {"", "publisher: replaced U+0002, which XML 1.0 does not allow, with U+FFFD"},
        {"p1-a1", "subject: \"x\" is no Media Topic"},
        {"p1-a2", "headline: replaced U+0001, which XML 1.0 does not allow, with U+FFFD"},
        {"p1-a2", "subject: \"x\" is no Media Topic"},
    };
    EXPECT_EQ(c.problems(), want);
}

TEST(SdkLanguage, TagsAsXsLanguageAcceptsThem) {
    for (const char* tag : {"zh", "zh-CN", "zh-Hans-CN", "en-GB", "und", "x-private1", "abcdefgh-12345678"})
        EXPECT_TRUE(lang::is_language_tag(tag)) << tag;
    for (const char* tag : {"", "zh_CN", "zh-", "-CN", "zh--CN", "abcdefghi", "zh-123456789", "1a", "zh CN", "中文"})
        EXPECT_FALSE(lang::is_language_tag(tag)) << tag;
}

TEST(SdkLanguage, ChineseTraditionalAndCjk) {
    for (const char* tag : {"zh", "ZH", "zh-CN", "zh-Hant-TW", "Zh-hk"}) EXPECT_TRUE(lang::is_chinese(tag)) << tag;
    for (const char* tag : {"", "z", "zho", "en", "zh_CN", "ja"}) EXPECT_FALSE(lang::is_chinese(tag)) << tag;
    for (const char* tag : {"zh-Hant", "zh-TW", "zh-hk", "zh-MO", "zh-Hant-CN", "zh-Hans-HK", "zh-cmn-Hant"})
        EXPECT_TRUE(lang::is_traditional_chinese(tag)) << tag;
    for (const char* tag : {"zh", "zh-CN", "zh-Hans", "zh-TWN", "zh-Hants", "en-TW", "zh-SG", ""})
        EXPECT_FALSE(lang::is_traditional_chinese(tag)) << tag;
    for (const char* tag : {"zh", "ja", "ko", "KO-kr", "zh-Hant-TW", "ja-JP"}) EXPECT_TRUE(lang::is_cjk(tag)) << tag;
    // No tag is no language: the XSL-FO writer, which sets such a page as Chinese, says so itself.
    for (const char* tag : {"", "en", "vi", "zh_CN", "jav"}) EXPECT_FALSE(lang::is_cjk(tag)) << tag;
}

TEST(SdkLanguage, WideCharactersAreSetOnePerEm) {
    for (char32_t c : U"中あアー한。，「（〇㐀豈𠮷") EXPECT_TRUE(c == 0 || lang::is_wide(c)) << static_cast<unsigned>(c);
    for (char32_t c : U"aZ1 -.,é—…\u00A0") EXPECT_FALSE(c != 0 && lang::is_wide(c)) << static_cast<unsigned>(c);
}

TEST(SdkPictureType, SniffedFromTheBytes) {
    const std::pair<std::string, std::string> cases[] = {
        {std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image/png"},
        {"\xFF\xD8\xFF\xE0", "image/jpeg"},
        {"GIF89a...", "image/gif"},
        {"GIF87a", "image/gif"},
        {"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/svg+xml"},
        {"\xEF\xBB\xBF  <svg/>", "image/svg+xml"},  // after a byte order mark
        {std::string("RIFF\x10\0\0\0WEBP", 12), ""},
        {"\x89PNG", ""},  // too short to be sure
        {"GIF89", ""},
        {"svg <svg>", ""},  // text, not an XML document
        {"", ""},
    };
    for (const auto& [bytes, type] : cases) EXPECT_EQ(sniff_picture(bytes), type) << bytes;
}

TEST(SdkPictureType, ExtensionForEachType) {
    const std::pair<std::string, std::string> cases[] = {
        {"image/png", "png"}, {"image/jpeg", "jpg"}, {"image/gif", "gif"},
        {"image/svg+xml", "svg"}, {"image/webp", "bin"}, {"", "bin"},
    };
    for (const auto& [type, extension] : cases) EXPECT_EQ(picture_extension(type), extension) << type;
}
