// Hostile exporter plugins (fixtures built in tests/plugins): a process left behind, output and messages
// without end, printing on galley's standard output. galley stops each within its bounds, writes nothing,
// and says which plugin did what.
#include <gtest/gtest.h>

#include <cstdlib>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string fixture(const std::string& variant) { return std::string(GALLEY_FIXTURE_DIR) + "/" + variant; }
std::string seed() { return galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt"; }

std::vector<std::string> export_with(const std::string& variant, const std::string& out) {
    return {"export", "-t", "fixture-" + variant, "--plugin-path", fixture(variant), "--issue-date", "2023-01-04",
            seed(), "-o", out};
}

}  // namespace

TEST(HostilePlugins, AProcessLeftBehindDoesNotKeepGalleyWaiting) {
    TempDir out;
    Limits limits{15, 256};
    Outcome o = run(export_with("grandchild", out.file("out.txt")), limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err;
    EXPECT_LT(o.seconds, 5) << "galley waited for the plugin's leftover process";
    EXPECT_TRUE(fs::exists(out.file("out.txt")));
}

TEST(HostilePlugins, OutputWithoutEndIsStoppedAtTheLimit) {
    TempDir out;
    ::setenv("GALLEY_EXPORT_MAX_MIB", "64", 1);
    Limits limits{30, 400};
    Outcome o = run(export_with("flood-output", out.file("out.txt")), limits);
    ::unsetenv("GALLEY_EXPORT_MAX_MIB");
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 5) << o.err;
    EXPECT_NE(o.err.find("fixture-flood-output"), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("more than 64 MiB"), std::string::npos) << o.err;
    EXPECT_FALSE(fs::exists(out.file("out.txt")));
}

TEST(HostilePlugins, MessagesWithoutEndAreStoppedAtTheLimit) {
    TempDir out;
    Limits limits{60, 400};
    Outcome o = run(export_with("flood-reports", out.file("out.txt")), limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 5) << o.err.substr(0, 2000);
    EXPECT_NE(o.err.find("more than 100000 messages"), std::string::npos) << o.err.substr(o.err.size() > 2000 ? o.err.size() - 2000 : 0);
    EXPECT_FALSE(fs::exists(out.file("out.txt")));
}

TEST(HostilePlugins, APluginNeverWritesOnGalleysStandardOutput) {
    Limits limits{30, 400};
    // Exporting with another plugin while the chatty one is installed, and with the chatty one itself, to stdout.
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"export", "-t", "newsml-g2", "--message", "--plugin-path", fixture("chatty"),
                                   "--issue-date", "2023-01-04", seed()},
          std::vector<std::string>{"export", "-t", "fixture-chatty", "--plugin-path", fixture("chatty"), "--issue-date",
                                   "2023-01-04", seed()}}) {
        Outcome o = run(args, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 0) << o.err;
        EXPECT_EQ(o.out.find("CHATTY"), std::string::npos) << o.out.substr(0, 200);
        EXPECT_NE(o.err.find("CHATTY-LOAD-OUTPUT"), std::string::npos) << "what the plugin printed is not lost: " << o.err;
    }
}

// The PDF exporter runs FOP (a JVM) as a child of the plugin's process. When galley is killed outright, the
// plugin and FOP go with it, and the folder FOP worked in is swept by the next run.
namespace {

std::string sample() { return galley::testing::source_dir() + "/samples/yongkang-2023-01-04"; }

std::vector<std::string> fop_dirs(const std::string& tmp) {
    std::vector<std::string> dirs;
    for (const auto& e : fs::directory_iterator(tmp))
        if (e.path().filename().string().rfind("galley-pdf-", 0) == 0) dirs.push_back(e.path().string());
    return dirs;
}

// Waits (up to `seconds`) for no process to mention `text`; returns those still there.
std::vector<int> wait_for_none(const std::string& text, double seconds) {
    auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    std::vector<int> left = processes_mentioning(text);
    while (!left.empty() && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        left = processes_mentioning(text);
    }
    return left;
}

class ScopedEnv {
public:
    ScopedEnv(const char* name, const std::string& value) : name_(name) { ::setenv(name, value.c_str(), 1); }
    ~ScopedEnv() { ::unsetenv(name_); }

private:
    const char* name_;
};

}  // namespace

TEST(HostilePlugins, KillingGalleyTakesFopWithItAndTheNextRunSweepsItsFolder) {
    TempDir tmp, out;
    ScopedEnv env("TMPDIR", tmp.path());
    std::vector<std::string> args = {"build", sample(), "-t", "pdf", "-o", out.file("pdf")};
    // Kill galley once FOP has been running for a moment: the JVM names its input folder on its command line.
    std::chrono::steady_clock::time_point fop_seen{};
    Outcome o = run_killed(args, {120, 2048}, [&] {
        if (processes_mentioning(tmp.path() + "/galley-pdf-").empty()) return false;
        if (fop_seen == std::chrono::steady_clock::time_point{}) fop_seen = std::chrono::steady_clock::now();
        return std::chrono::steady_clock::now() - fop_seen > std::chrono::milliseconds(500);
    });
    ASSERT_EQ(o.exit_code, 128 + SIGKILL) << "galley finished before FOP was seen: " << o.err;
    EXPECT_TRUE(wait_for_none(tmp.path() + "/galley-pdf-", 10).empty()) << "FOP outlived galley";
    std::vector<std::string> stale = fop_dirs(tmp.path());
    ASSERT_EQ(stale.size(), 1u) << "the killed run leaves its folder (nothing could remove it)";
    for (const std::string& f : files_in(out.path()))
        EXPECT_EQ(f.find(".pdf"), std::string::npos) << "a killed build left " << f;

    Outcome again = run(args, {300, 2048});
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_TRUE(fop_dirs(tmp.path()).empty()) << "the stale folder " << stale[0] << " was not swept";
}

// A FOP that never finishes (a stand-in: the real one is done in about a second here) and starts a process of
// its own: the export's time limit stops the plugin's whole process group, both of them included.
TEST(HostilePlugins, AnExportPastItsTimeIsStoppedWithFopAndItsChildren) {
    TempDir tmp, out;
    std::string fop = tmp.file("stuck-fop");
    {
        std::ofstream script(fop);
        script << "#!/bin/sh\nsleep 3007 &\nwait\n";
    }
    fs::permissions(fop, fs::perms::owner_all);
    ScopedEnv env("TMPDIR", tmp.path());
    ScopedEnv fop_env("GALLEY_FOP", fop);
    ScopedEnv timeout("GALLEY_EXPORT_TIMEOUT", "2");
    Limits limits{30, 512};
    Outcome o = run({"build", sample(), "-t", "pdf", "-o", out.file("pdf")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 5) << o.err;
    EXPECT_NE(o.err.find("pdf"), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("2 s"), std::string::npos) << o.err;
    EXPECT_TRUE(wait_for_none(fop, 10).empty()) << "FOP outlived the export's time";
    EXPECT_TRUE(wait_for_none(std::string("sleep\0" "3007", 10), 10).empty()) << "FOP's child outlived the export";
    for (const std::string& f : files_in(out.path()))
        EXPECT_EQ(f.find(".pdf"), std::string::npos) << "a stopped build left " << f;
}

// A failed export says "nothing written" once.
TEST(HostilePlugins, AFailureSaysNothingWrittenOnce) {
    TempDir out;
    ::setenv("GALLEY_EXPORT_MAX_MIB", "8", 1);
    Outcome o = run(export_with("flood-output", out.file("out.txt")), {30, 400});
    ::unsetenv("GALLEY_EXPORT_MAX_MIB");
    EXPECT_EQ(o.exit_code, 5) << o.err;
    std::size_t n = 0;
    for (std::size_t at = o.err.find("nothing written"); at != std::string::npos; at = o.err.find("nothing written", at + 1)) ++n;
    EXPECT_EQ(n, 1u) << o.err;
    EXPECT_EQ(o.err.find("nothing was written"), std::string::npos) << o.err;
}
