#include <gtest/gtest.h>

#include "galley/model_json.hpp"

using namespace galley;

namespace {
Edition sample() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.language = "zh";
    Page p;
    p.number = 1;
    p.metadata.push_back({"editor", "责任编辑", "胡丽", "责任编辑：胡丽", {"p.txt", 40, 1}});
    e.pages.push_back(p);
    Article a;
    a.id = "p1-a1";
    a.language = "zh";
    a.headline = "标题 <&> \"quoted\"";
    a.source = "本报讯";
    a.bylines.push_back({"融媒记者", "徐敏", "writer"});
    a.dateline = {"1月3日", "2023-01-03", ""};
    a.body.push_back({BlockType::paragraph, "1月3日，市委书记……", {}, {"p.txt", 1, 2}});
    Block img;
    img.type = BlockType::image;
    img.image.caption = {"图为医务人员。", "记者 徐敏 摄"};
    a.body.push_back(img);
    a.continuations.push_back({"to", "第二版", "（下转第二版）"});
    a.dropped.push_back({"■", "decorative mark", {"p.txt", 3, 1}});
    a.origin = {"p.txt", 1, 2};
    e.articles.push_back(a);
    return e;
}
}  // namespace

TEST(ModelJson, RoundTrip) {
    Edition e = sample();
    std::string json = to_canonical_json(e);
    Edition back;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(json, "e.json", back, d)) << (d.items().empty() ? "" : format_diagnostic(d.items()[0]));
    // Block origins carry only a line in JSON; the file comes from the article.
    e.articles[0].body[0].origin.column = 0;
    e.articles[0].body[1].origin = {"p.txt", 0, 0};
    EXPECT_EQ(back, e);
    EXPECT_EQ(to_canonical_json(back), json);
}
TEST(ModelJson, RealUtf8AndAFinalNewline) {
    std::string json = to_canonical_json(sample());
    EXPECT_NE(json.find("永康日报"), std::string::npos);
    EXPECT_EQ(json.find("\\u"), std::string::npos);
    EXPECT_EQ(json.back(), '\n');
    EXPECT_NE(json.find("\"headline_derived\": false"), std::string::npos);
}
TEST(ModelJson, SyntaxErrorNamesLineAndColumn) {
    Edition e;
    Diagnostics d;
    EXPECT_FALSE(from_canonical_json("{\n  \"format\": \"galley-edition\",\n  \"version\": 1,,\n}", "bad.json", e, d));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].where.line, 3);
    EXPECT_EQ(d.items()[0].where.column, 16);  // the second comma
}
TEST(ModelJson, TypeErrorNamesThePlace) {
    Edition e;
    Diagnostics d;
    std::string text = "{\"format\": \"galley-edition\", \"version\": 1,\n \"articles\": [\n  {\"id\": \"a\",\n   \"headline\": 42}]}";
    EXPECT_FALSE(from_canonical_json(text, "t.json", e, d));
    ASSERT_FALSE(d.items().empty());
    const auto& item = d.items()[0];
    EXPECT_EQ(item.where.line, 4);
    EXPECT_EQ(item.where.column, 16);
    EXPECT_NE(item.message.find("/articles/0/headline"), std::string::npos);
}
TEST(ModelJson, WrongFormatOrVersion) {
    Edition e;
    Diagnostics d;
    EXPECT_FALSE(from_canonical_json("{\"format\": \"other\"}", "x.json", e, d));
    Diagnostics d2;
    EXPECT_FALSE(from_canonical_json("{\"format\": \"galley-edition\", \"version\": 9}", "x.json", e, d2));
    EXPECT_NE(d2.items()[0].message.find("unsupported version 9"), std::string::npos);
}
TEST(ModelJson, UnknownKeysAreWarnings) {
    Edition e;
    Diagnostics d;
    EXPECT_TRUE(from_canonical_json("{\"format\": \"galley-edition\", \"version\": 1, \"extra\": 1}", "x.json", e, d));
    EXPECT_EQ(d.warning_count(), 1u);
}
TEST(ModelJson, BadBlockType) {
    Edition e;
    Diagnostics d;
    EXPECT_FALSE(from_canonical_json(
        "{\"format\": \"galley-edition\", \"version\": 1, \"articles\": [{\"body\": [{\"type\": \"table\"}]}]}", "x.json", e, d));
}
