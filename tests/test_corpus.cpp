// The print-text reader on real printed pages (../shared/corpus/print-pages/): the scorer's totals may not
// fall below tests/corpus/print-pages.floor.json (a ratchet: raise it when the reader gets better, never
// lower it), and no page loses a letter or digit.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "check.hpp"
#include "page_layout.hpp"
#include "run.hpp"
#include "story.hpp"
#include "text/unicode.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

std::string corpus() { return shared_dir() + "/corpus/print-pages"; }

std::vector<std::string> corpus_pages() {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(corpus()))
        if (e.path().extension() == ".txt") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST(PrintPagesCorpus, TotalsHoldTheFloor) {
    auto r = run_galley({"score", corpus(), "--details", "--floor", source_dir() + "/tests/corpus/print-pages.floor.json"});
    EXPECT_EQ(r.exit_code, 0) << r.err << r.out;
}

TEST(PrintPagesCorpus, EveryPageKeepsEveryLetter) {
    auto pages = corpus_pages();
    ASSERT_EQ(pages.size(), 21u);
    for (const auto& page : pages) {
        std::string text = read_file(page);
        Normalized n = normalize_text(text, {}, page);
        ASSERT_TRUE(n.ok) << page;
        EXPECT_EQ(missing_letters(text, n.edition), "") << page;
    }
}

// The same pages with their paragraphs set again at other column widths (the truth is unchanged: only
// where lines break moves). The reader must not depend on the widths the corpus happened to use.
namespace {

std::vector<std::string> printed_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b < text.size()) {
        std::size_t e = text.find('\n', b);
        if (e == std::string::npos) e = text.size();
        std::string l = text.substr(b, e - b);
        if (l.find_first_not_of(" \t\r") != std::string::npos) out.push_back(l);
        b = e + 1;
    }
    return out;
}

// Writes NAME.txt and NAME.expected.json for every page with line roles into `dir`, paragraphs set `delta`
// characters (em) wider or narrower.
void reset_corpus(const std::string& dir, int delta) {
    for (const auto& page : corpus_pages()) {
        std::string truth_path = page.substr(0, page.size() - 4) + ".expected.json";
        auto truth = nlohmann::json::parse(read_file(truth_path));
        if (!truth.contains("line_roles")) continue;
        bool zh = truth["language"] == "zh";
        const auto& layout = truth["layout"];
        int width = (zh ? layout["column_width_em"].get<int>() : layout["column_width_chars"].get<int>()) + delta;
        std::vector<std::string> lines = printed_lines(read_file(page));
        std::map<std::string, const nlohmann::json*> articles;
        for (const auto& a : truth["articles"]) articles[a["id"].get<std::string>()] = &a;
        const auto& roles = truth["line_roles"]["lines"];
        std::string out;
        std::uint32_t rng = 7;
        for (std::size_t i = 0; i < roles.size();) {
            std::string role = roles[i][2];
            bool para = role.rfind("paragraph ", 0) == 0 && role.find("misplaced") == std::string::npos;
            if (!para) {
                out += lines[roles[i][0].get<std::size_t>() - 1] + "\n\n";
                ++i;
                continue;
            }
            std::string id = roles[i][1];
            std::size_t j = i;
            while (j + 1 < roles.size() && roles[j + 1][1] == roles[i][1] && roles[j + 1][2] == role) ++j;
            const auto& a = *articles.at(id);
            std::size_t k = std::stoul(role.substr(10)) - 1;
            const auto& p = a["paragraphs"][k];
            bool keep = p.value("continues_from_previous_page", false) ||
                        (k + 1 == a["paragraphs"].size() && a.value("last_paragraph_cut_mid_sentence", false));
            if (keep) {
                for (std::size_t x = i; x <= j; ++x) out += lines[roles[x][0].get<std::size_t>() - 1] + "\n\n";
            } else {
                std::u32string text = galley::text::to_u32(p["text"].get<std::string>());
                auto set = zh ? set_cjk_paragraph(text, width, 2, 0, rng) : set_latin_paragraph(text, width, 4, false, rng);
                for (const auto& l : set) out += galley::text::to_utf8(l) + "\n\n";
            }
            i = j + 1;
        }
        std::string name = fs::path(page).filename().string();
        std::ofstream(dir + "/" + name) << out;
        std::ofstream(dir + "/" + name.substr(0, name.size() - 4) + ".expected.json") << read_file(truth_path);
    }
}

}  // namespace

TEST(PrintPagesCorpus, HoldsAtOtherColumnWidths) {
    for (int delta : {-3, 3}) {
        TempDir dir;
        reset_corpus(dir.path(), delta);
        auto r = run_galley({"score", dir.path(), "--floor", source_dir() + "/tests/corpus/print-pages-reset.floor.json"});
        EXPECT_EQ(r.exit_code, 0) << "columns " << delta << " wider:\n" << r.err << r.out;
        std::size_t total = r.out.find("\ntotal");
        if (total != std::string::npos)
            std::cout << "columns " << delta << ": " << r.out.substr(total + 1, r.out.find('\n', total + 1) - total - 1) << "\n";
    }
}
