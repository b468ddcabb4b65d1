// The seed page (seeds/000_0472c9a91ac7b432.txt, the edition of 2023-01-04): what issue 2 requires.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "check.hpp"
#include "run.hpp"

using namespace galley;
using namespace galley::testing;

namespace {

const std::string seed_path = source_dir() + "/seeds/000_0472c9a91ac7b432.txt";

std::size_t paragraphs(const Article& a) {
    std::size_t n = 0;
    for (const auto& b : a.body) n += b.type == BlockType::paragraph;
    return n;
}

class Seed : public ::testing::Test {
protected:
    void SetUp() override {
        text = read_file(seed_path);
        ASSERT_FALSE(text.empty()) << seed_path;
        ConvertOptions o;
        o.issue_date = "2023-01-04";
        n = normalize_text(text, o, seed_path);
        ASSERT_TRUE(n.ok);
    }
    std::string text;
    Normalized n;
};

}  // namespace

TEST_F(Seed, TwoArticles) { ASSERT_EQ(n.edition.articles.size(), 2u) << dump(n.edition); }

TEST_F(Seed, SourceBylineAndDateline) {
    for (const auto& a : n.edition.articles) {
        EXPECT_EQ(a.source, "本报讯");
        ASSERT_EQ(a.bylines.size(), 1u);
        EXPECT_EQ(a.bylines[0].role, "融媒记者");
        EXPECT_EQ(a.bylines[0].name, "徐敏");
        EXPECT_EQ(a.credit, "融媒记者 徐敏");
        EXPECT_EQ(a.dateline.text, "1月3日");
        EXPECT_EQ(a.dateline.date, "2023-01-03");
        EXPECT_EQ(a.language, "zh");
    }
}

TEST_F(Seed, FirstParagraphsKeepTheirDate) {
    ASSERT_EQ(n.edition.articles.size(), 2u);
    EXPECT_EQ(n.edition.articles[0].body[0].text.rfind("1月3日，市委书记章旭升赴我市部分医疗卫生单位", 0), 0u);
    EXPECT_EQ(n.edition.articles[1].body[0].text.rfind("1月3日下午，市委十五届三次全体（扩大）会议", 0), 0u);
}

TEST_F(Seed, ParagraphCounts) {
    ASSERT_EQ(n.edition.articles.size(), 2u);
    EXPECT_EQ(paragraphs(n.edition.articles[0]), 5u);
    EXPECT_EQ(paragraphs(n.edition.articles[1]), 10u);
    EXPECT_EQ(n.edition.articles[0].body.size(), 5u);
    EXPECT_EQ(n.edition.articles[1].body.size(), 10u);
}

TEST_F(Seed, StrayHeadlineGoesToTheFirstArticle) {
    const Article& a = n.edition.articles[0];
    EXPECT_TRUE(a.headline == "章旭升在慰问一线医务工作者时指出" || a.kicker == "章旭升在慰问一线医务工作者时指出");
    EXPECT_FALSE(a.headline_derived);
    for (const auto& art : n.edition.articles)
        for (const auto& b : art.body) EXPECT_EQ(b.text.find("章旭升在慰问一线医务工作者时指出"), std::string::npos);
}

TEST_F(Seed, SecondArticleHeadlineIsDerived) {
    const Article& a = n.edition.articles[1];
    EXPECT_TRUE(a.headline_derived);
    EXPECT_EQ(a.headline, "市委十五届三次全体（扩大）会议、市政府十八届二次全体会议暨市委经济工作会议召开");
}

TEST_F(Seed, ParagraphTextIsReflowed) {
    const Article& a = n.edition.articles[0];
    EXPECT_TRUE(a.body[4].text.ends_with("在全社会营造尊重关心、理解支持医务人员的浓厚氛围。"));
    EXPECT_NE(n.edition.articles[1].body[0].text.find("高质量建设“世界五金之都 品质活力永康”，"), std::string::npos);
    for (const auto& art : n.edition.articles)
        for (const auto& b : art.body) {
            EXPECT_EQ(b.text.find('\n'), std::string::npos);
            EXPECT_EQ(b.text.find("  "), std::string::npos);
        }
}

TEST_F(Seed, NoLineLost) { EXPECT_EQ(missing_letters(text, n.edition), ""); }

TEST_F(Seed, OriginsPointAtTheSource) {
    EXPECT_EQ(n.edition.articles[0].origin.line, 1);
    EXPECT_EQ(n.edition.articles[0].body[1].origin.line, 20);
    EXPECT_EQ(n.edition.articles[1].origin.line, 137);
}

TEST(SeedCli, NormalizeWritesTheAcceptanceKeys) {
    TempDir dir;
    RunResult r = run_galley({"normalize", "--issue-date", "2023-01-04", seed_path, "-o", dir.file("seed.json")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto j = nlohmann::json::parse(read_file(dir.file("seed.json")));
    ASSERT_EQ(j["articles"].size(), 2u);
    for (const auto& a : j["articles"]) {
        for (const char* key : {"headline", "headline_derived", "kicker", "source", "bylines", "dateline", "body", "language"})
            EXPECT_TRUE(a.contains(key)) << key;
        EXPECT_EQ(a["bylines"][0]["role"], "融媒记者");
        EXPECT_EQ(a["bylines"][0]["name"], "徐敏");
        EXPECT_EQ(a["dateline"]["date"], "2023-01-03");
        EXPECT_EQ(a["body"][0]["type"], "paragraph");
    }
    EXPECT_EQ(j["articles"][0]["body"].size(), 5u);
    EXPECT_EQ(j["articles"][1]["body"].size(), 10u);
    EXPECT_EQ(j["articles"][1]["headline_derived"], true);
}

TEST(SeedCli, SameBytesEveryRun) {
    RunResult a = run_galley({"normalize", "--issue-date", "2023-01-04", seed_path});
    RunResult b = run_galley({"normalize", "--issue-date", "2023-01-04", seed_path});
    ASSERT_EQ(a.exit_code, 0);
    EXPECT_EQ(a.out, b.out);
    EXPECT_GT(a.out.size(), 9000u);
}
