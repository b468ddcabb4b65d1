// Print layout the way a layout desk gets it: `galley build EDITION -t icml -t pdf -o OUT`. Every ICML story
// passes InDesign's own Story schema (../shared/schemas/idml/check-icml-story.sh, jing), and the PDF proof
// FOP set holds every paragraph of every article, in order, with its CJK fonts embedded.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string sample = source_dir() + "/samples/yongkang-2023-01-04";

int shell(const std::string& command, std::string& output) {
    TempDir d;
    int rc = std::system((command + " > " + d.file("out") + " 2>&1").c_str());
    output = read_file(d.file("out"));
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::string without_space(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
    return out;
}

}  // namespace

TEST(PrintBuild, TheSampleAsIcmlStoriesAndAPdfProof) {
    TempDir out;
    RunResult r = run_galley({"build", sample, "-t", "icml", "-t", "pdf", "-o", out.file("print")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto model = nlohmann::json::parse(read_file(out.file("print/edition.json")));

    // One story per article, each valid against the Story schema.
    std::string log;
    std::size_t stories = 0;
    for (const auto& a : model["articles"]) {
        std::string icml = out.file("print/icml/" + a["id"].get<std::string>() + ".icml");
        ASSERT_TRUE(fs::exists(icml)) << icml << "\n" << r.err;
        ++stories;
        EXPECT_EQ(shell("bash " + shared_dir() + "/schemas/idml/check-icml-story.sh " + icml, log), 0) << icml << "\n" << log;
    }
    EXPECT_EQ(stories, 5u);
    EXPECT_TRUE(fs::exists(out.file("print/icml/images/clinic.png")));

    // The proof: the CJK fonts embedded, and every paragraph of every article in the text, in order.
    std::string pdf = out.file("print/yongkang-2023-01-04.pdf");
    ASSERT_TRUE(fs::exists(pdf)) << r.err;
    std::string fonts;
    ASSERT_EQ(shell("pdffonts " + pdf, fonts), 0) << "apt-get install poppler-utils\n" << fonts;
    EXPECT_NE(fonts.find("CJK"), std::string::npos) << fonts;
    for (std::size_t row = fonts.find("CJK"); row != std::string::npos; row = fonts.find("CJK", row + 1)) {
        std::string line = fonts.substr(row, fonts.find('\n', row) - row);
        EXPECT_NE(line.find(" yes "), std::string::npos) << "not embedded: " << line;
    }
    std::string text;
    ASSERT_EQ(shell("pdftotext -raw -enc UTF-8 " + pdf + " -", text), 0) << text;
    text = without_space(text);
    std::size_t at = 0, paragraphs = 0;
    for (const auto& a : model["articles"])
        for (const auto& b : a["body"]) {
            if (b["type"] != "paragraph") continue;
            ++paragraphs;
            std::size_t found = text.find(without_space(b["text"].get<std::string>()), at);
            ASSERT_NE(found, std::string::npos) << a["id"] << ": not in the PDF after the paragraph before it:\n" << b["text"];
            at = found;
        }
    EXPECT_GE(paragraphs, 15u) << "the seed alone has 15";
}

TEST(PrintBuild, OneStoryPerPrintPageWithStoryPage) {
    TempDir out;
    // The exporter's option as a desk types it: `--story page` (also -O story=page, --story=page).
    RunResult r = run_galley({"build", sample, "-t", "icml", "--story", "page", "-o", out.file("pages")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string log;
    for (const char* page : {"page-1.icml", "page-2.icml"}) {
        std::string icml = out.file(std::string("pages/icml/") + page);
        ASSERT_TRUE(fs::exists(icml)) << r.err;
        EXPECT_EQ(shell("bash " + shared_dir() + "/schemas/idml/check-icml-story.sh " + icml, log), 0) << icml << "\n" << log;
    }
    EXPECT_FALSE(fs::exists(out.file("pages/icml/p1-a1.icml")));

    RunResult e = run_galley({"export", "-t", "icml", "--story", "page", "--issue-date", "2023-01-04",
                              source_dir() + "/seeds/000_0472c9a91ac7b432.txt", "-o", out.file("seed")});
    ASSERT_EQ(e.exit_code, 0) << e.err;
    EXPECT_TRUE(fs::exists(out.file("seed/page-1.icml"))) << e.err;

    // A value for an option the exporter does not have is no input file either: a usage error, nothing written.
    RunResult bad = run_galley({"build", sample, "-t", "epub", "--story", "page", "-o", out.file("bad")});
    EXPECT_EQ(bad.exit_code, 2) << bad.err;
    EXPECT_NE(bad.err.find("unexpected argument \"page\""), std::string::npos) << bad.err;
    EXPECT_FALSE(fs::exists(out.file("bad")));
}
