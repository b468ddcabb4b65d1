// Hand-made pages for what the generator does not make: furniture, jump lines, broken bylines, credits at
// the end, headline groups, continued stories, mixed scripts.
#include <gtest/gtest.h>

#include "check.hpp"

using namespace galley;
using namespace galley::testing;

namespace {

// Lines separated by blank lines, as the seed's extraction prints them.
std::string page(std::initializer_list<const char*> lines) {
    std::string s;
    for (const char* l : lines) s += std::string(l) + "\n\n";
    return s;
}

Normalized read(const std::string& text, const char* issue = "2023-01-04") {
    ConvertOptions o;
    if (issue) o.issue_date = issue;
    Normalized n = normalize_text(text, o);
    EXPECT_TRUE(n.ok);
    EXPECT_EQ(missing_letters(text, n.edition), "") << dump(n.edition);
    return n;
}

}  // namespace

TEST(Pages, RunningHeadAndEditorsBecomePageMetadata) {
    Normalized n = read(page({"永康日报  2023年1月4日  星期三  第1版  要闻",
                              "本报讯（记者 张三）1月3日，市委召开",
                              "常委会议，研究部署近期重点工作。会议",
                              "强调，要全力做好各项工作。",
                              "责任编辑：胡丽  版式：王蒙"}),
                         nullptr);
    ASSERT_EQ(n.edition.articles.size(), 1u);
    EXPECT_EQ(n.edition.date, "2023-01-04");  // from the running head
    EXPECT_EQ(n.edition.articles[0].dateline.date, "2023-01-03");
    const Page& p = n.edition.pages[0];
    EXPECT_EQ(p.number, 1);
    EXPECT_EQ(p.section, "要闻");
    bool editor = false;
    for (const auto& f : p.metadata) editor = editor || (f.key == "editor" && f.value == "胡丽");
    EXPECT_TRUE(editor);
    ASSERT_EQ(n.edition.articles[0].body.size(), 1u);
    EXPECT_EQ(n.edition.articles[0].body[0].text, "1月3日，市委召开常委会议，研究部署近期重点工作。会议强调，要全力做好各项工作。");
}
