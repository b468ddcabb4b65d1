// The print-text reader on real printed pages (../shared/corpus/print-pages/): the scorer's totals may not
// fall below tests/corpus/print-pages.floor.json (a ratchet: raise it when the reader gets better, never
// lower it), and no page loses a letter or digit.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "check.hpp"
#include "run.hpp"
#include "story.hpp"

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
