#include <gtest/gtest.h>

#include "print_text/reflow.hpp"

using namespace galley::print_text;
using galley::text::to_utf8;

namespace {
std::string join(std::initializer_list<std::u32string_view> lines, const Lexicon& lex = {}) {
    std::vector<ReflowPiece> pieces;
    int n = 1;
    for (auto l : lines) pieces.push_back({l, n++, 1});
    return to_utf8(reflow(pieces, lex).text);
}
}  // namespace

TEST(Reflow, NoSpaceBetweenCjkLines) { EXPECT_EQ(join({U"市委书记章旭升赴我市部分医疗卫生单", U"位，调研"}), "市委书记章旭升赴我市部分医疗卫生单位，调研"); }
TEST(Reflow, DigitsAndCjk) { EXPECT_EQ(join({U"总结2022年工作，研究部署2023年", U"工作"}), "总结2022年工作，研究部署2023年工作"); }
TEST(Reflow, OneSpaceBetweenLatinWords) { EXPECT_EQ(join({U"The economy grew", U"by 3.2%"}), "The economy grew by 3.2%"); }
TEST(Reflow, HyphenUndoneForAWord) {
    Lexicon lex;
    lex.add_words_from(U"government");
    EXPECT_EQ(join({U"the govern-", U"ment said"}, lex), "the government said");
}
TEST(Reflow, HyphenKeptWhenNotAWord) { EXPECT_EQ(join({U"a well-", U"known case"}), "a well-known case"); }
TEST(Reflow, HyphenKeptForACompoundTheTextPrints) {
    Lexicon lex;
    lex.add_words_from(U"a long-term plan and longterm");
    EXPECT_EQ(join({U"the long-", U"term view"}, lex), "the long-term view");
}
TEST(Reflow, InflectedFormsAreWords) {
    Lexicon lex;
    lex.add_words_from(U"negotiate");
    EXPECT_TRUE(lex.is_word(U"negotiated"));
    EXPECT_TRUE(lex.is_word(U"Negotiating"));
    EXPECT_FALSE(lex.is_word(U"negotiatedly"));
}
TEST(Reflow, AnchorsPointBackToLines) {
    std::vector<ReflowPiece> pieces{{U"第一行", 3, 2}, {U"第二行", 5, 1}};
    Reflowed r = reflow(pieces, Lexicon{});
    int line = 0, col = 0;
    r.locate(4, line, col);
    EXPECT_EQ(line, 5);
    EXPECT_EQ(col, 2);
}
