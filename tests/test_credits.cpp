#include <gtest/gtest.h>

#include "print_text/credits.hpp"

using namespace galley::print_text;
using galley::Byline;

namespace {
std::string show(const std::optional<std::vector<Byline>>& b) {
    if (!b) return "none";
    std::string s;
    for (const auto& x : *b) s += x.role + "|" + x.name + "|" + x.kind + ";";
    return s;
}
}  // namespace

TEST(Credits, RoleAndName) { EXPECT_EQ(show(parse_cjk_credit(U"融媒记者 徐敏")), "融媒记者|徐敏|writer;"); }
TEST(Credits, SeveralRolesInOneBracket) {
    EXPECT_EQ(show(parse_cjk_credit(U"记者 汪丽娜 通讯员 王硕")), "记者|汪丽娜|writer;通讯员|王硕|correspondent;");
}
TEST(Credits, UnspacedRun) {
    EXPECT_EQ(show(parse_cjk_credit(U"记者汪丽娜通讯员王硕")), "记者|汪丽娜|writer;通讯员|王硕|correspondent;");
}
TEST(Credits, OneRoleSeveralNames) {
    EXPECT_EQ(show(parse_cjk_credit(U"记者 张三 李四")), "记者|张三|writer;记者|李四|writer;");
}
TEST(Credits, PaddedTwoCharacterName) { EXPECT_EQ(show(parse_cjk_credit(U"记者 王  浩")), "记者|王浩|writer;"); }
TEST(Credits, Intern) { EXPECT_EQ(show(parse_cjk_credit(U"实习生 李想")), "实习生|李想|intern;"); }
TEST(Credits, PhotoCredit) { EXPECT_EQ(show(parse_cjk_credit(U"记者 徐敏 摄")), "记者|徐敏|photographer;"); }
TEST(Credits, NamesOnly) { EXPECT_EQ(show(parse_cjk_credit(U"徐敏 王浩")), "|徐敏|writer;|王浩|writer;"); }
TEST(Credits, WriterAndPhotographerSlashes) {
    EXPECT_EQ(show(parse_cjk_credit(U"文/张三 图/李四")), "文|张三|writer;图|李四|photographer;");
}
TEST(Credits, EditorWithColon) { EXPECT_EQ(show(parse_cjk_credit(U"编辑：张三")), "编辑|张三|editor;"); }
TEST(Credits, TransliteratedName) {
    EXPECT_EQ(show(parse_cjk_credit(U"记者 阿不都·热合曼")), "记者|阿不都·热合曼|writer;");
}
TEST(Credits, SentencesAreNotCredits) {
    EXPECT_EQ(show(parse_cjk_credit(U"扩大")), "none");
    EXPECT_EQ(show(parse_cjk_credit(U"市委书记章旭升赴我市部分医疗卫生单位")), "none");
    EXPECT_EQ(show(parse_cjk_credit(U"街道、区")), "none");
    EXPECT_EQ(show(parse_cjk_credit(U"记者 徐敏。")), "none");
}
TEST(Credits, LatinNames) {
    EXPECT_EQ(show(parse_latin_credit(U"Jane Doe and John Smith")), "|Jane Doe|writer;|John Smith|writer;");
}
TEST(Credits, ReutersEndNote) {
    EXPECT_EQ(show(parse_latin_credit(U"Reporting by Jane Doe in London; Additional reporting by Li Wei; Editing by John Smith")),
              "Reporting|Jane Doe|writer;Additional reporting|Li Wei|contributor;Editing|John Smith|editor;");
}
TEST(Credits, LatinSentenceIsNotACredit) {
    EXPECT_EQ(show(parse_latin_credit(U"the prices rose")), "none");
    EXPECT_EQ(show(parse_latin_credit(U"Reporting by the way")), "none");
}
