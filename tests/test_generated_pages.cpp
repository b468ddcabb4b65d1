// Real pages are made by laying out article text in a column. This test does the same with the stories in
// tests/corpus/stories at several measures and extraction styles, then checks that galley reads every
// story back: headings, lead-in, bylines, dateline, and each paragraph, subhead and caption, word for word.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "check.hpp"
#include "page_layout.hpp"
#include "run.hpp"

using namespace galley;
using namespace galley::testing;

namespace {

const std::vector<Story>& corpus() {
    static const std::vector<Story> stories = read_corpus(source_dir() + "/tests/corpus/stories");
    return stories;
}

struct Case {
    std::string name;
    std::vector<std::size_t> stories;  // indices into corpus()
    PageStyle style;
};

std::vector<PageStyle> cjk_styles() {
    std::vector<PageStyle> out;
    std::uint32_t seed = 1;
    for (int w : {13, 15, 17, 20, 24}) {
        PageStyle s;
        s.columns = w;
        s.seed = seed++;
        out.push_back(s);  // seed-like: double spacing, headline above
        PageStyle single = s;
        single.double_spaced = false;
        single.seed = seed++;
        out.push_back(single);
    }
    PageStyle seedlike;
    seedlike.columns = 17;
    seedlike.leadin_own_line = true;
    seedlike.headline = PageStyle::Headline::after;
    seedlike.seed = seed++;
    out.push_back(seedlike);
    PageStyle furniture;
    furniture.columns = 16;
    furniture.furniture = true;
    furniture.keep_indent = true;
    furniture.double_spaced = false;
    furniture.seed = seed++;
    out.push_back(furniture);
    PageStyle none;
    none.columns = 18;
    none.headline = PageStyle::Headline::none;
    none.seed = seed++;
    out.push_back(none);
    return out;
}

std::vector<PageStyle> latin_styles() {
    std::vector<PageStyle> out;
    std::uint32_t seed = 100;
    for (int w : {34, 42, 56, 72}) {
        PageStyle s;
        s.columns = w;
        s.indent = 0;
        s.double_spaced = false;
        s.seed = seed++;
        out.push_back(s);
        PageStyle d = s;
        d.double_spaced = true;
        d.seed = seed++;
        out.push_back(d);
    }
    PageStyle indented;
    indented.columns = 45;
    indented.indent = 3;
    indented.keep_indent = true;
    indented.double_spaced = false;
    indented.furniture = true;
    indented.seed = seed++;
    out.push_back(indented);
    return out;
}

std::vector<Case> cases() {
    std::vector<Case> out;
    const auto& all = corpus();
    std::vector<std::size_t> zh, en;
    for (std::size_t i = 0; i < all.size(); ++i) (all[i].cjk() ? zh : en).push_back(i);
    auto stem = [&](std::size_t i) {
        std::string f = all[i].file;
        f = f.substr(f.find_last_of('/') + 1);
        f = f.substr(0, f.find('.'));
        for (auto& c : f)
            if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
        return f;
    };
    auto add = [&](const std::vector<std::size_t>& group, const std::vector<PageStyle>& styles, const std::string& label) {
        for (const auto& st : styles) out.push_back({label + "_" + st.name(), group, st});
    };
    // Every story alone in every style.
    for (std::size_t i : zh) add({i}, cjk_styles(), stem(i));
    for (std::size_t i : en) add({i}, latin_styles(), stem(i));
    // Pages of several stories: the boundaries between them are where headings go astray.
    for (std::size_t k = 0; k + 2 < zh.size(); k += 3) add({zh[k], zh[k + 1], zh[k + 2]}, cjk_styles(), "page_zh" + std::to_string(k));
    for (std::size_t k = 0; k + 1 < en.size(); k += 2) add({en[k], en[k + 1]}, latin_styles(), "page_en" + std::to_string(k));
    return out;
}

class GeneratedPage : public ::testing::TestWithParam<Case> {};

// Failing pages are kept for a look: build/tests/failed-pages/NAME.txt
void keep_page(const std::string& name, const std::string& page) {
    std::filesystem::create_directories("failed-pages");
    std::ofstream("failed-pages/" + name + ".txt") << page;
}

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

}  // namespace

TEST_P(GeneratedPage, ReadsEveryStoryBack) {
    const Case& c = GetParam();
    std::vector<Story> stories;
    for (std::size_t i : c.stories) stories.push_back(corpus()[i]);
    LaidOutPage laid = layout_page(stories, c.style);
    const std::string& page = laid.text;

    // The hyphenation word list: the words the stories themselves use, as a dictionary would hold them.
    TempDir dir;
    std::string words;
    for (const auto& s : stories)
        for (const auto& e : s.body) {
            std::string w;
            for (char ch : e.text + " ") {
                if (std::isalpha(static_cast<unsigned char>(ch))) w += ch;
                else {
                    if (w.size() > 1) words += w + "\n";
                    w.clear();
                }
            }
        }
    ConvertOptions o;
    o.issue_date = "2023-01-04";
    o.word_list = dir.write("words.txt", words);

    Normalized n = normalize_text(page, o, c.name + ".txt");
    ASSERT_TRUE(n.ok);
    std::string missing = missing_letters(page, n.edition);
    if (!missing.empty()) ADD_FAILURE() << "letters lost: " << missing;
    if (n.edition.articles.size() != stories.size()) {
        keep_page(c.name, page);
        FAIL() << "want " << stories.size() << " stories, got " << n.edition.articles.size() << ":\n" << dump(n.edition);
    }
    bool headlines = c.style.headline != PageStyle::Headline::none;
    for (std::size_t k = 0; k < stories.size(); ++k) {
        bool expect_headline = headlines && !stories[k].headline.empty();
        std::string diff = compare_story(n.edition.articles[k], laid.expected[k], expect_headline);
        if (!diff.empty()) {
            keep_page(c.name, page);
            ADD_FAILURE() << "story " << stories[k].file << ":\n" << diff;
        }
    }
    if (c.style.furniture) {
        ASSERT_EQ(n.edition.pages.size(), 1u);
        EXPECT_EQ(n.edition.pages[0].number, 1);
        EXPECT_FALSE(n.edition.pages[0].metadata.empty());
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, GeneratedPage, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& p) { return p.param.name; });

TEST(Corpus, IsLargeEnough) {
    std::size_t zh = 0, en = 0;
    for (const auto& s : corpus()) (s.cjk() ? zh : en) += 1;
    EXPECT_GE(zh, 12u);
    EXPECT_GE(en, 4u);
}
