// The plugin loader and runner: good plugins load and export; plugins with the wrong ABI, no entry
// symbol, or a descriptor that lies are refused with the reason; a plugin that crashes, hangs or writes
// outside its output is reported without taking galley down, and nothing is written.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string seed = source_dir() + "/seeds/000_0472c9a91ac7b432.txt";

std::string fixture(const std::string& variant) { return std::string(GALLEY_FIXTURE_DIR) + "/" + variant; }

RunResult export_with(const std::string& variant, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"export", "-t", "fixture-" + variant, "--plugin-path", fixture(variant),
                                  "--issue-date", "2023-01-04", seed};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_galley(args);
}

}  // namespace

TEST(Plugins, FormatsListsAGoodPluginWithItsOptions) {
    RunResult r = run_galley({"formats", "--plugin-path", fixture("good")});
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("fixture-good  Fixture 0.1  .txt  text/plain"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("-O files=<bool>  Write named files instead of one output (default: false)"), std::string::npos);
}

TEST(Plugins, RefusedPluginsAreNamedWithTheReason) {
    struct Case {
        const char* variant;
        const char* reason;
    };
    for (const Case& c : {Case{"abi2", "built for plugin ABI 2; this galley speaks ABI 1"},
                          Case{"no-symbol", "no galley_exporter_entry_v1 symbol"},
                          Case{"lie-size", "descriptor is 8 bytes"},
                          Case{"lie-id", "id is missing or not lower-case"},
                          Case{"lie-option", "is a bool with default \"maybe\""},
                          // SIGSEGV, or SIGABRT when a sanitizer catches the crash first
                          Case{"crash-load", "crashed while loading (signal"}}) {
        RunResult r = run_galley({"formats", "--plugin-path", fixture(c.variant), "--plugin-path", fixture("good")});
        EXPECT_EQ(r.exit_code, 0) << c.variant;
        EXPECT_NE(r.out.find("Refused plugins:"), std::string::npos) << c.variant;
        EXPECT_NE(r.out.find(c.reason), std::string::npos) << c.variant << "\n" << r.out;
        // The run goes on with the rest.
        EXPECT_NE(r.out.find("fixture-good"), std::string::npos) << c.variant;
    }
}

TEST(Plugins, ExportToStdoutAndReportsWithTheArticlesSource) {
    RunResult r = export_with("good");
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("edition of ", 0), 0u);
    EXPECT_NE(r.err.find("000_0472c9a91ac7b432.txt:1:2: warning: fixture-good: article p1-a1: a warning about the first article"),
              std::string::npos)
        << r.err;
}

TEST(Plugins, NamedFilesGoToADirectoryAllAtOnce) {
    TempDir dir;
    std::string out = dir.file("out");
    RunResult r = export_with("good", {"-O", "files=true", "-o", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(out + "/a.txt"));
    EXPECT_NE(read_file(out + "/dir/b.txt").find("\"galley-edition\""), std::string::npos);
    EXPECT_NE(read_file(out + "/a.txt").find("previous a.txt: 0 bytes"), std::string::npos);
    // A second run sees what the first left (so exporters can number versions).
    RunResult again = export_with("good", {"-O", "files=true", "-o", out});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(read_file(out + "/a.txt").find("previous a.txt: 0 bytes"), std::string::npos);
    // Named files need a directory.
    EXPECT_EQ(export_with("good", {"-O", "files=true"}).exit_code, 2);
}

TEST(Plugins, UnknownOrBadOptionsAreUsageErrors) {
    RunResult unknown = export_with("good", {"-O", "colour=red"});
    EXPECT_EQ(unknown.exit_code, 2);
    EXPECT_NE(unknown.err.find("has no option \"colour\" (it takes: files)"), std::string::npos) << unknown.err;
    EXPECT_EQ(export_with("good", {"-O", "files=perhaps"}).exit_code, 2);
    RunResult missing = run_galley({"export", "-t", "no-such-format", seed});
    EXPECT_EQ(missing.exit_code, 2);
    EXPECT_NE(missing.err.find("no exporter \"no-such-format\""), std::string::npos);
}

TEST(Plugins, ACrashingExportDoesNotTakeGalleyDown) {
    TempDir dir;
    std::string out = dir.write("out.txt", "previous");
    RunResult r = export_with("crash-export", {"-o", out});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("the exporter crashed (signal"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(out), "previous");
}

TEST(Plugins, AHangingExportIsStopped) {
    ::setenv("GALLEY_EXPORT_TIMEOUT", "2", 1);
    RunResult r = export_with("hang");
    ::unsetenv("GALLEY_EXPORT_TIMEOUT");
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("did not finish within 2 s"), std::string::npos) << r.err;
}

TEST(Plugins, WritingOutsideTheOutputIsRefused) {
    TempDir dir;
    RunResult r = export_with("bad-entry", {"-o", dir.file("out/")});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find("\"../escape.txt\", which is not a relative path inside the output"), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir.file("escape.txt")));
    RunResult mixed = export_with("mixed", {"-o", dir.file("m/")});
    EXPECT_EQ(mixed.exit_code, 5);
    EXPECT_NE(mixed.err.find("both a single output and named files"), std::string::npos);
}

TEST(Plugins, AFailedExportWritesNothingAndSaysWhy) {
    TempDir dir;
    RunResult r = export_with("fails", {"-o", dir.file("out.txt")});
    EXPECT_EQ(r.exit_code, 5);
    EXPECT_NE(r.err.find(":137:2: error: fixture-fails: article p1-a2: cannot export this article"), std::string::npos)
        << r.err;
    EXPECT_FALSE(fs::exists(dir.file("out.txt")));
}

TEST(Plugins, SearchOrderPluginPathThenEnvironment) {
    // Both folders provide "fixture-good": the --plugin-path one wins, the other is refused as a duplicate.
    TempDir dir;
    fs::copy_file(fixture("good") + "/galley-fixture-good.so", dir.file("galley-fixture-good.so"));
    ::setenv("GALLEY_PLUGIN_PATH", fixture("good").c_str(), 1);
    RunResult r = run_galley({"formats", "--plugin-path", dir.path()});
    ::unsetenv("GALLEY_PLUGIN_PATH");
    EXPECT_NE(r.out.find("from " + dir.file("galley-fixture-good.so")), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("is already provided by " + dir.file("galley-fixture-good.so")), std::string::npos) << r.out;
}
