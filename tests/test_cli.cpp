#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;

TEST(Cli, VersionAndHelp) {
    RunResult v = run_galley({"--version"});
    EXPECT_EQ(v.exit_code, 0);
    EXPECT_EQ(v.out.rfind("galley ", 0), 0u);
    RunResult h = run_galley({"--help"});
    EXPECT_EQ(h.exit_code, 0);
    EXPECT_NE(h.out.find("normalize"), std::string::npos);
    EXPECT_NE(h.out.find("Exit codes"), std::string::npos);
    RunResult nh = run_galley({"normalize", "--help"});
    EXPECT_EQ(nh.exit_code, 0);
    EXPECT_NE(nh.out.find("--issue-date"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo) {
    EXPECT_EQ(run_galley({}).exit_code, 2);
    EXPECT_EQ(run_galley({"frobnicate"}).exit_code, 2);
    EXPECT_EQ(run_galley({"normalize"}).exit_code, 2);
    RunResult bad_date = run_galley({"normalize", "--issue-date", "04/01/2023", "x.txt"});
    EXPECT_EQ(bad_date.exit_code, 2);
    EXPECT_NE(bad_date.err.find("YYYY-MM-DD"), std::string::npos);
    EXPECT_EQ(run_galley({"normalize", "--lang", "中文", "x.txt"}).exit_code, 2);
}

TEST(Cli, FormatsListsTheConverters) {
    RunResult r = run_galley({"formats"});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("print-text"), std::string::npos);
    EXPECT_NE(r.out.find("json"), std::string::npos);
}

TEST(Cli, StdoutWhenNoOutputFile) {
    RunResult r = run_galley({"normalize", "--issue-date", "2023-01-04", source_dir() + "/seeds/000_0472c9a91ac7b432.txt"});
    EXPECT_EQ(r.exit_code, 0);
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["format"], "galley-edition");
    EXPECT_EQ(j["edition"]["date"], "2023-01-04");
    EXPECT_NE(r.err.find("2 article(s), 15 paragraph(s)"), std::string::npos) << r.err;
}

TEST(Cli, CanonicalJsonReadsBackToTheSameBytes) {
    TempDir dir;
    RunResult first = run_galley({"normalize", "--issue-date", "2023-01-04", source_dir() + "/seeds/000_0472c9a91ac7b432.txt", "-o", dir.file("a.json")});
    ASSERT_EQ(first.exit_code, 0);
    RunResult second = run_galley({"normalize", dir.file("a.json"), "-o", dir.file("b.json")});
    ASSERT_EQ(second.exit_code, 0) << second.err;
    EXPECT_EQ(read_file(dir.file("a.json")), read_file(dir.file("b.json")));
}

TEST(Cli, BadJsonNamesLineAndColumn) {
    TempDir dir;
    std::string in = dir.write("bad.json", "{\"format\": \"galley-edition\",\n \"version\": 1,\n \"articles\": [}\n");
    RunResult r = run_galley({"normalize", in});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("bad.json:3:15: error: invalid JSON"), std::string::npos) << r.err;
}

TEST(Cli, SeveralPagesMakeOneEdition) {
    TempDir dir;
    std::string seed = read_file(source_dir() + "/seeds/000_0472c9a91ac7b432.txt");
    std::string p1 = dir.write("p1.txt", seed), p2 = dir.write("p2.txt", seed);
    RunResult r = run_galley({"normalize", "--issue-date", "2023-01-04", p1, p2});
    ASSERT_EQ(r.exit_code, 0);
    auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["articles"].size(), 4u);
    EXPECT_EQ(j["articles"][2]["id"], "p2-a1");
    EXPECT_EQ(j["pages"].size(), 2u);
}

TEST(Cli, FailOnWarnings) {
    TempDir dir;
    std::string in = dir.write("bom.txt", "\xEF\xBB\xBF本报讯（记者 张三）1月3日，市委召开会议。\n");
    RunResult r = run_galley({"normalize", "--fail-on-warnings", in, "-o", dir.file("o.json")});
    EXPECT_EQ(r.exit_code, 3);
    RunResult q = run_galley({"normalize", "-q", in});
    EXPECT_EQ(q.exit_code, 0);
    EXPECT_EQ(q.err, "");
}
