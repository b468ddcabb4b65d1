#include <gtest/gtest.h>

#include <algorithm>

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

// ---- closing notes and credits printed apart from the text (issue 9) ----

#include "print_text/captions.hpp"
#include "print_text/furniture.hpp"

using galley::text::to_utf8;

TEST(Credits, ContributorsNamedWithWhatTheyDid) {
    EXPECT_EQ(show(parse_cjk_credit(U"本报通讯员巴特尔参与采写")), "本报通讯员|巴特尔|contributor;");
    EXPECT_EQ(show(parse_cjk_credit(U"记者 张三 李四参与采访")), "记者|张三|contributor;记者|李四|contributor;");
    // A long transliterated name after a role word; without one, names stay at four characters.
    EXPECT_EQ(show(parse_cjk_credit(U"通讯员 巴依斯古楞")), "通讯员|巴依斯古楞|correspondent;");
    EXPECT_EQ(show(parse_cjk_credit(U"巴依斯古楞")), "none");
}
TEST(Credits, TrailingDatelines) {
    auto d = match_trailing_dateline(U"（新华社北京3月3日电）");
    ASSERT_TRUE(d);
    EXPECT_EQ(d->begin, 0u);
    EXPECT_EQ(to_utf8(d->formula.place), "北京");
    auto closing = match_trailing_dateline(U"会议还研究了其他事项。（新华社北京3月3日电）");
    ASSERT_TRUE(closing);
    EXPECT_EQ(closing->begin, 11u);
    EXPECT_FALSE(match_trailing_dateline(U"（新华社发）"));
    EXPECT_FALSE(match_trailing_dateline(U"（扩大）"));
}
TEST(Credits, AuthorNotesAndEditorsSignatures) {
    EXPECT_EQ(author_note_start(U"（作者为城市规划研究院研究员）"), std::optional<std::size_t>(0));
    EXPECT_EQ(author_note_start(U"这是结论。（作者系某大学教授）"), std::optional<std::size_t>(5));
    EXPECT_FALSE(author_note_start(U"（作者）"));
    EXPECT_TRUE(is_editor_signature(U"——编者"));
    EXPECT_TRUE(is_editor_signature(U"—— 本报编辑部"));
    EXPECT_FALSE(is_editor_signature(U"——东北地区发展冰雪经济见闻"));
}
TEST(Credits, PhotoCreditLines) {
    EXPECT_EQ(to_utf8(*match_photo_credit_line(U"曾恒贵摄（新华社发）")), "曾恒贵摄（新华社发）");
    EXPECT_EQ(to_utf8(*match_photo_credit_line(U"本报记者  林  晓摄")), "本报记者 林 晓摄");
    EXPECT_EQ(to_utf8(*match_photo_credit_line(U"（新华社发）")), "（新华社发）");
    EXPECT_FALSE(match_photo_credit_line(U"（扩大）"));
    EXPECT_FALSE(match_photo_credit_line(U"摄影展开幕"));
}
TEST(Credits, WireContributorsNote) {
    auto n = match_contributed_note(
        U"Associated Press writers Hannah Lee and Tom Reed in Washington and Ana Diaz in Little Rock, Arkansas, "
        U"contributed to this report.");
    ASSERT_TRUE(n);
    std::string names;
    for (const auto& b : n->bylines) names += b.name + "|" + b.kind + ";";
    EXPECT_EQ(names, "Hannah Lee|contributor;Tom Reed|contributor;Ana Diaz|contributor;");
    EXPECT_FALSE(match_contributed_note(U"The council said residents contributed to this report."));
}
TEST(Credits, CrossReferences) {
    EXPECT_TRUE(is_cross_reference(U"（《纲要》全文见第六版，负责人答记者问见第七版）"));
    EXPECT_TRUE(is_cross_reference(U"（详见第3版）"));
    EXPECT_TRUE(is_cross_reference(U"(See page A3)"));
    EXPECT_FALSE(is_cross_reference(U"（下转第二版）"));  // a jump line, read as a continuation
    EXPECT_FALSE(is_cross_reference(U"他说，大家可以去看看第六版。"));
}

// ---- the people a picture's credit names (Caption::bylines; issue 11: moved here from the NewsML-G2 exporter)

#include "print_text/picture_credits.hpp"

namespace {
std::string people(std::string_view credit) { return show(picture_credit_bylines(credit)); }
}  // namespace

TEST(PictureCredits, ChineseCredits) {
    EXPECT_EQ(people("记者 徐敏 摄"), "记者|徐敏|photographer;");
    EXPECT_EQ(people("（本报记者 张三 李四 摄）"), "本报记者|张三|photographer;本报记者|李四|photographer;");
    EXPECT_EQ(people("记者徐敏摄"), "记者|徐敏|photographer;");
    EXPECT_EQ(people("摄影：王浩"), "摄影|王浩|photographer;");
    EXPECT_EQ(people("新华社记者 刘彬 摄"), "新华社记者|刘彬|photographer;");
    EXPECT_EQ(people("本报记者 林 晓摄"), "本报记者|林晓|photographer;");
    EXPECT_EQ(people("记者 张三 通讯员 李四 摄"), "记者|张三|photographer;通讯员|李四|photographer;");
    EXPECT_EQ(people("摄影师 王浩"), "摄影师|王浩|photographer;");
}
TEST(PictureCredits, TheDistributorIsNoPerson) {
    EXPECT_EQ(people("新华社发"), "");
    EXPECT_EQ(people("（新华社发）"), "");
    EXPECT_EQ(people("曾恒贵摄（新华社发）"), "|曾恒贵|photographer;");
    EXPECT_EQ(people("资料图片"), "");
}
TEST(PictureCredits, DrawnPictures) {
    EXPECT_EQ(people("张三 绘"), "|张三|illustrator;");
    EXPECT_EQ(people("制图：李四"), "制图|李四|illustrator;");
    EXPECT_EQ(people("galley 示例 绘"), "");  // the sample edition's drawings: no person
}
TEST(PictureCredits, EnglishCredits) {
    EXPECT_EQ(people("Photo: Jane Doe/Reuters"), "Photo|Jane Doe|photographer;");
    EXPECT_EQ(people("(REUTERS/Jane Doe)"), "|Jane Doe|photographer;");
    EXPECT_EQ(people("Photos by Jane Doe and John Roe"), "Photos|Jane Doe|photographer;Photos|John Roe|photographer;");
    EXPECT_EQ(people("Illustration by Jane Doe"), "Illustration|Jane Doe|illustrator;");
    EXPECT_EQ(people("Photo: Reuters"), "");
    EXPECT_EQ(people("Getty Images"), "");
    EXPECT_EQ(people("AFP PHOTO/Jane Doe"), "|Jane Doe|photographer;");
    EXPECT_EQ(people(""), "");
}
TEST(PictureCredits, EveryKindIsOneOfTheModels) {
    for (auto credit : {"记者 徐敏 摄", "张三 绘", "编辑：张三", "文/张三 图/李四", "Photo: Jane Doe", "Graphic: Jane Doe"})
        for (const auto& b : picture_credit_bylines(std::string_view(credit)))
            EXPECT_NE(std::find(galley::byline_kinds.begin(), galley::byline_kinds.end(), b.kind), galley::byline_kinds.end())
                << credit << " → " << b.kind;
}
