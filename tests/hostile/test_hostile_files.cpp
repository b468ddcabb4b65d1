// Hostile file names: outputs that are not regular files, inputs that are not regular files or grow without
// end. Nothing galley writes may replace a device, a FIFO or a link; nothing it reads may be read past its cap.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string seed() { return galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt"; }

bool is_char_device(const std::string& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
}

bool is_fifo(const std::string& p) {
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0 && S_ISFIFO(st.st_mode);
}

}  // namespace

TEST(HostileFiles, OutputToADeviceWritesIntoIt) {
    Limits limits{20, 256};
    Outcome o = run({"normalize", "-q", seed(), "-o", "/dev/null"}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err;
    EXPECT_TRUE(is_char_device("/dev/null")) << "/dev/null was replaced";
}

TEST(HostileFiles, OutputToAFifoWritesIntoItOrSaysNobodyReads) {
    TempDir dir;
    std::string fifo = dir.file("pipe");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    Limits limits{20, 256};
    // Nobody reads: an error at once, not a wait.
    Outcome alone = run({"normalize", "-q", seed(), "-o", fifo}, limits);
    expect_bounded(alone, limits);
    EXPECT_EQ(alone.exit_code, 4);
    EXPECT_NE(alone.err.find("FIFO"), std::string::npos) << alone.err;
    EXPECT_TRUE(is_fifo(fifo));
    // A reader: the edition arrives through the FIFO, which stays a FIFO.
    std::string got;
    std::thread reader([&] {
        std::ifstream in(fifo, std::ios::binary);
        got.assign(std::istreambuf_iterator<char>(in), {});
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    Outcome o = run({"normalize", "-q", seed(), "-o", fifo}, limits);
    reader.join();
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err;
    EXPECT_NE(got.find("\"galley-edition\""), std::string::npos);
    EXPECT_TRUE(is_fifo(fifo));
}

TEST(HostileFiles, OutputToAFolderOrThroughALink) {
    TempDir dir;
    fs::create_directory(dir.file("folder"));
    Limits limits{20, 256};
    Outcome folder = run({"normalize", "-q", seed(), "-o", dir.file("folder")}, limits);
    expect_bounded(folder, limits);
    EXPECT_EQ(folder.exit_code, 4);
    EXPECT_TRUE(fs::is_directory(dir.file("folder")));
    // A link to a file: the file is replaced, the link stays a link.
    dir.write("real.json", "old");
    fs::create_symlink(dir.file("real.json"), dir.file("link.json"));
    Outcome link = run({"normalize", "-q", seed(), "-o", dir.file("link.json")}, limits);
    expect_bounded(link, limits);
    EXPECT_EQ(link.exit_code, 0) << link.err;
    EXPECT_TRUE(fs::is_symlink(dir.file("link.json")));
    EXPECT_NE(galley::testing::read_file(dir.file("real.json")).find("galley-edition"), std::string::npos);
}

TEST(HostileFiles, InputsThatAreNotFilesAreRefusedBeforeAnyRead) {
    TempDir dir;
    std::string fifo = dir.file("pipe");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    Limits limits{10, 128};
    struct Case {
        std::vector<std::string> args;
        const char* says;
    };
    std::vector<Case> cases = {
        {{"normalize", "/dev/zero"}, "device"},
        {{"normalize", "/dev/urandom"}, "device"},
        {{"normalize", fifo}, "FIFO"},
        {{"normalize", dir.path()}, "folder"},
        {{"validate", "/dev/zero"}, "device"},
        {{"export", "-t", "newsml-g2", "/dev/zero", "-o", dir.file("out")}, "device"},
    };
    for (const auto& c : cases) {
        Outcome o = run(c.args, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 1) << c.args[1] << ": " << o.err;
        EXPECT_NE(o.err.find(c.says), std::string::npos) << o.err;
    }
    EXPECT_FALSE(fs::exists(dir.file("out")));
}

TEST(HostileFiles, AnInputOverTheCapIsRefusedWithoutReadingIt) {
    TempDir dir;
    std::string big = dir.file("big.txt");
    // A sparse 300 MiB file: refused by its size, so reading it costs nothing.
    {
        std::ofstream f(big, std::ios::binary);
        f.seekp((std::streamoff{300} << 20) - 1);
        f.put('x');
    }
    Limits limits{10, 128};
    Outcome o = run({"normalize", big, "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.err.find("300 MiB"), std::string::npos) << o.err;
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
}

// Standard output that cannot take the bytes (a full disk): galley says so and fails.
TEST(HostileFiles, AFullStandardOutputIsAnError) {
    Limits limits{20, 256};
    for (std::vector<std::string> args : {std::vector<std::string>{"normalize", "-q", seed()},
                                          std::vector<std::string>{"export", "-q", "-t", "epub", "--issue-date",
                                                                   "2023-01-04", seed()}}) {
        Outcome o = run(args, limits, "", "/dev/full");
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 4) << args[0] << ": " << o.err;
        EXPECT_NE(o.err.find("cannot write standard output: No space left on device"), std::string::npos)
            << args[0] << ": " << o.err;
    }
}

// `-o folder/` for an exporter of one file: the folder is made and the file takes the edition's name.
TEST(HostileFiles, AFolderNotThereYetIsMadeForASingleFile) {
    galley::testing::TempDir out;
    Limits limits{30, 512};
    Outcome o = run({"export", "-q", "-t", "epub", "--issue-date", "2023-01-04", seed(), "-o", out.file("new/") }, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err;
    EXPECT_TRUE(fs::is_regular_file(out.file("new/edition.epub")));
}
