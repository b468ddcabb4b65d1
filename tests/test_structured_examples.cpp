// Every real agency and IPTC example under ../shared/examples/structured/ (NITF, NewsML-G2, ninjs) reads and
// re-exports as NewsML-G2, NITF and ninjs that IPTC's schemas accept: any format to any format, through the model.
// One validator run per format over all the documents.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "run.hpp"
#include "story.hpp"
#include "test_editions.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> files_under(const std::string& dir, const std::string& extension) {
    std::vector<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == extension) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

std::string quoted(const std::vector<std::string>& files) {
    std::string out;
    for (const auto& f : files) out += " '" + f + "'";
    return out;
}

}  // namespace

TEST(StructuredExamples, EveryExampleReExportsValidInEveryFeedFormat) {
    std::string examples = shared_dir() + "/examples/structured";
    std::vector<std::string> inputs;
    for (const char* kind : {"nitf", "newsml-g2"})
        for (const auto& f : files_under(examples + "/" + kind, ".xml")) inputs.push_back(f);
    for (const auto& f : files_under(examples + "/ninjs", ".json")) inputs.push_back(f);
    ASSERT_GE(inputs.size(), 60u);

    TempDir dir;
    std::map<std::string, std::vector<std::string>> written;  // by format
    int with_articles = 0;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        SCOPED_TRACE(inputs[i]);
        std::string out = dir.file(std::to_string(i));
        for (const char* format : {"newsml-g2", "nitf", "ninjs"}) {
            RunResult r = run_galley({"export", "-q", "-t", format, "--issue-date", "2024-03-15", inputs[i], "-o",
                                      out + "/" + format});
            ASSERT_EQ(r.exit_code, 0) << format << "\n" << r.err;
        }
        if (fs::exists(out + "/nitf")) ++with_articles;
        for (const char* format : {"newsml-g2", "nitf", "ninjs"})
            if (fs::exists(out + "/" + format))
                for (const auto& f : files_under(out + "/" + format, std::string(format) == "ninjs" ? ".json" : ".xml"))
                    written[format].push_back(f);
    }
    // 16 of the 62 hold no article: picture items and picture ninjs, events, composites and packages of items sent
    // apart (each is named in a note and skipped); all the rest do.
    EXPECT_GE(with_articles, static_cast<int>(inputs.size()) - 16);

    RunResult g2 = run_galley([&] {
        std::vector<std::string> a{"validate", "-q", "--schema-dir", shared_dir() + "/schemas/newsml-g2"};
        a.insert(a.end(), written["newsml-g2"].begin(), written["newsml-g2"].end());
        return a;
    }());
    EXPECT_EQ(g2.exit_code, 0) << g2.err;
    RunResult nitf = run_galley([&] {
        std::vector<std::string> a{"validate", "-q", "--nitf-schema-dir", shared_dir() + "/schemas/nitf"};
        a.insert(a.end(), written["nitf"].begin(), written["nitf"].end());
        return a;
    }());
    EXPECT_EQ(nitf.exit_code, 0) << nitf.err;
    std::string ninjs_schemas = shared_dir() + "/schemas/ninjs";
    auto [status, output] = galley::test_editions::run_command("/usr/bin/python3 '" + ninjs_schemas +
                                                                "/validate-ninjs.py' '" + ninjs_schemas +
                                                                "/ninjs-schema_2.2.json'" + quoted(written["ninjs"]));
    EXPECT_EQ(status, 0) << output;
    EXPECT_GE(written["nitf"].size(), 48u);  // AP's message holds three stories
    EXPECT_EQ(written["nitf"].size(), written["ninjs"].size());
}

// An input with no article (a package of others' items) exports nothing and makes no file: an empty file at -o
// would read as a broken document.
TEST(StructuredExamples, NoArticleNoOutput) {
    TempDir dir;
    std::string snep = shared_dir() + "/examples/structured/newsml-g2/snep.xml";
    RunResult r = run_galley({"export", "-t", "nitf", "--issue-date", "2024-03-15", snep, "-o", dir.file("out")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("wrote nothing (0 article(s))"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("out")));
}
