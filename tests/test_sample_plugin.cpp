// The plugin SDK as a plugin author meets it: install galley to a prefix, build samples/exporter-plugin
// outside the tree with find_package(Galley), and run it from the build folder and from the install.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

int sh(const std::string& command, const std::string& log) {
    return std::system((command + " > " + log + " 2>&1").c_str());
}

}  // namespace

TEST(SamplePlugin, BuildsOutOfTreeAgainstTheInstalledSdkAndRuns) {
    TempDir dir;
    std::string prefix = dir.file("prefix"), build = dir.file("build"), log = dir.file("log");
    ASSERT_EQ(sh("cmake --install " + std::string(GALLEY_BUILD_DIR) + " --prefix " + prefix, log), 0) << read_file(log);
    ASSERT_TRUE(fs::exists(prefix + "/lib/cmake/Galley/GalleyConfig.cmake"));
    ASSERT_TRUE(fs::exists(prefix + "/include/galley/plugin.hpp"));
    ASSERT_EQ(sh("cmake -S " + source_dir() + "/samples/exporter-plugin -B " + build + " -DCMAKE_PREFIX_PATH=" + prefix, log), 0)
        << read_file(log);
    ASSERT_EQ(sh("cmake --build " + build, log), 0) << read_file(log);
    ASSERT_TRUE(fs::exists(build + "/galley-digest.so"));

    std::string seed = source_dir() + "/seeds/000_0472c9a91ac7b432.txt";
    RunResult r = run_galley({"export", "-t", "digest", "--plugin-path", build, "-O", "lead=true", "--issue-date",
                              "2023-01-04", seed});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("- **章旭升在慰问一线医务工作者时指出** — 融媒记者 徐敏 (2023-01-03)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("  > 1月3日，市委书记章旭升"), std::string::npos);

    // Installed next to galley, the installed galley finds it without being told where.
    ASSERT_EQ(sh("cmake --install " + build + " --prefix " + prefix, log), 0) << read_file(log);
    ASSERT_EQ(sh(prefix + "/bin/galley formats", dir.file("formats.txt")), 0);
    std::string formats = read_file(dir.file("formats.txt"));
    EXPECT_NE(formats.find("digest  Markdown digest 1.0"), std::string::npos) << formats;
    EXPECT_NE(formats.find(prefix + "/lib/galley/plugins/1/galley-digest.so"), std::string::npos) << formats;
}
