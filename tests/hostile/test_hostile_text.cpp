// Hostile page text: the shapes that cost the print-text reader most per byte (a million one-character
// lines), and inputs past its caps (more lines or bytes than it reads), refused before they are decoded.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string lines_of(std::size_t n, const std::string& line) {
    std::string s;
    s.reserve(n * (line.size() + 1));
    for (std::size_t i = 0; i < n; ++i) (s += line) += '\n';
    return s;
}

void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

}  // namespace

TEST(HostileText, AMillionOneCharacterLinesAreReadWithinBounds) {
    TempDir dir;
    write(dir.file("page.txt"), lines_of(1'000'000, "a"));
    Limits limits{60, 400};
    Outcome o = run({"normalize", "-q", dir.file("page.txt"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err;
    EXPECT_TRUE(fs::exists(dir.file("out.json")));
}

TEST(HostileText, OneLineMoreIsRefusedAtThatLine) {
    TempDir dir;
    write(dir.file("page.txt"), lines_of(1'000'001, "a"));
    Limits limits{20, 128};
    Outcome o = run({"normalize", dir.file("page.txt"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1) << o.err;
    EXPECT_NE(o.err.find(dir.file("page.txt") + ":1000001:1: error: more than 1000000 lines"), std::string::npos)
        << o.err;
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
}

TEST(HostileText, PageTextOverItsCapIsRefusedBeforeItIsDecoded) {
    TempDir dir;
    write(dir.file("page.txt"), lines_of(65 * 1024, std::string(1023, 'x')));  // 65 MiB in 66,560 lines
    Limits limits{20, 256};
    Outcome o = run({"normalize", dir.file("page.txt"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1) << o.err;
    EXPECT_NE(o.err.find("input is 65 MiB; galley reads page text of up to 64 MiB"), std::string::npos) << o.err;
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
}
