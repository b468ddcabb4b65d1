// Hostile edition folders: manifests built to crash the TOML parser, file names that no exporter can write
// back, pages that are not files, a manifest that is a link out of the folder.
#include <algorithm>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;
namespace fs = std::filesystem;

namespace {


std::string manifest(const std::string& pages) {
    return "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\nlanguage = \"zh-CN\"\n\n" + pages;
}

Outcome build(const TempDir& edition, const TempDir& out, const Limits& limits) {
    return run({"build", edition.path(), "-t", "newsml-g2", "-o", out.file("out")}, limits);
}

}  // namespace

TEST(HostileEdition, DeepTomlIsRefusedBeforeParsing) {
    Limits limits{10, 256};
    std::string dotted = "[edition]\ntitle = \"x\"\ndate = 2023-01-04\n[a";
    for (int i = 0; i < 60000; ++i) dotted += ".b";
    dotted += "]\n";
    std::string nested = manifest("") + "x = " + std::string(60000, '[') + std::string(60000, ']') + "\n";
    std::string inline_tables = manifest("") + "y = ";
    for (int i = 0; i < 30000; ++i) inline_tables += "{a=";
    inline_tables += "1" + std::string(30000, '}') + "\n";
    for (const std::string& text : {dotted, nested, inline_tables}) {
        TempDir ed, out;
        ed.write("edition.toml", text);
        Outcome o = build(ed, out, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 1) << o.err.substr(0, 500);
        EXPECT_NE(o.err.find("edition.toml:"), std::string::npos) << o.err.substr(0, 500);
        EXPECT_FALSE(fs::exists(out.file("out")));
    }
}

TEST(HostileEdition, HugeManifestsAndValuesAreRefusedWithTheirSize) {
    Limits limits{20, 512};
    TempDir ed, out;
    ed.write("edition.toml", "[edition]\ntitle = \"" + std::string(1 << 20, 'x') + "\"\ndate = 2023-01-04\n");
    Outcome o = build(ed, out, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.err.find("\"title\" is 1024 KiB long"), std::string::npos) << o.err.substr(0, 300);
}

TEST(HostileEdition, FileNamesNoExporterCanWriteBackAreRefused) {
    Limits limits{10, 256};
    for (const std::string& name : {std::string("pages/a\\u0001b.txt"), std::string("pages/a\\nb.txt"),
                                     "pages/" + std::string(300, 'x') + ".txt"}) {
        TempDir ed, out;
        ed.write("edition.toml", manifest("[[pages]]\nnumber = 1\nfiles = [\"" + name + "\"]\n"));
        Outcome o = build(ed, out, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 1) << name;
        EXPECT_NE(o.err.find("edition.toml:8:10:"), std::string::npos) << o.err;
        EXPECT_EQ(o.err.find('\x01'), std::string::npos) << "a control character echoed raw";
        EXPECT_FALSE(fs::exists(out.file("out")));
    }
}

TEST(HostileEdition, PagesThatAreNotFilesAreNamedForWhatTheyAre) {
    Limits limits{10, 256};
    TempDir ed, out;
    fs::create_directories(ed.file("pages"));
    ASSERT_EQ(::mkfifo(ed.file("pages/01.txt").c_str(), 0600), 0);
    fs::create_directories(ed.file("pages/02.txt"));
    ed.write("edition.toml", manifest("[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n[[pages]]\nnumber = 2\nfiles = [\"pages/02.txt\"]\n"));
    Outcome o = build(ed, out, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.err.find("is a FIFO (named pipe), not a file"), std::string::npos) << o.err;
    EXPECT_NE(o.err.find("is a folder, not a file"), std::string::npos) << o.err;
    EXPECT_EQ(o.err.find("is not there"), std::string::npos) << o.err;
}

TEST(HostileEdition, AManifestThatLinksOutOfTheFolderIsRefused) {
    Limits limits{10, 256};
    TempDir ed, elsewhere, out;
    elsewhere.write("edition.toml", manifest(""));
    fs::create_symlink(elsewhere.file("edition.toml"), ed.file("edition.toml"));
    Outcome o = build(ed, out, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1);
    EXPECT_NE(o.err.find("leads outside the edition folder"), std::string::npos) << o.err;
}

// Editions that grow: the time to read one grows with its pages, files and pictures, not with their square.
// Each case is run at two sizes, four times apart; reading that is quadratic takes sixteen times as long.
namespace {

std::string seed_text() { return galley::testing::read_file(galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt"); }

// `pages` pages of `files` files each (the seed page, or a one-line brief when there are several), and
// `pictures` pictures given in turn to each page's first article.
void make_edition(TempDir& ed, int pages, int files, int pictures) {
    const std::string seed = seed_text();
    fs::create_directories(ed.file("pages"));
    fs::create_directories(ed.file("images"));
    std::string m = manifest("");
    for (int p = 1; p <= pages; ++p) {
        m += "[[pages]]\nnumber = " + std::to_string(p) + "\nfiles = [";
        for (int f = 0; f < files; ++f) {
            std::string name = "pages/" + std::to_string(p) + "-" + std::to_string(f) + ".txt";
            ed.write(name, files == 1 ? seed : "本报讯 第" + std::to_string(p) + "版第" + std::to_string(f) + "篇短讯。\n");
            m += (f ? ", \"" : "\"") + name + "\"";
        }
        m += "]\n\n";
    }
    if (pictures > 0) ed.write("images/p.png", "\x89PNG\r\n\x1a\n");
    for (int i = 0; i < pictures; ++i)
        m += "[[images]]\narticle = \"p" + std::to_string(1 + i % pages) + "-a1\"\nfile = \"images/p.png\"\nafter = " +
             std::to_string(i % 3) + "\n\n";
    ed.write("edition.toml", m);
}

// The best of three runs: other tests running beside this one only ever add time, and one busy second on a
// shared machine must not look like growth.
double read_seconds(int pages, int files, int pictures) {
    TempDir ed;
    make_edition(ed, pages, files, pictures);
    Limits limits{120, 1024};
    double best = 0;
    for (int run_no = 0; run_no < 3; ++run_no) {
        TempDir out;
        Outcome o = run({"build", "-q", ed.path(), "-t", "fixture-good", "--plugin-path",
                         std::string(GALLEY_FIXTURE_DIR) + "/good", "-o", out.file("out")},
                        limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 0) << o.err.substr(0, 1000);
        best = run_no == 0 ? o.seconds : std::min(best, o.seconds);
    }
    return best;
}

void expect_linear(double small, double large, const char* what) {
    // Four times the input: linear reading takes about four times as long; allow six, and a start-up cost.
    EXPECT_LT(large, 6 * small + 0.5) << what << ": " << small << " s, then " << large << " s for four times as many";
}

}  // namespace

TEST(HostileEdition, ReadingGrowsWithThePages) {
    expect_linear(read_seconds(250, 1, 0), read_seconds(1000, 1, 0), "pages");
}

TEST(HostileEdition, ReadingGrowsWithTheFilesOfAPage) {
    expect_linear(read_seconds(50, 100, 0), read_seconds(200, 100, 0), "files");
}

TEST(HostileEdition, ReadingGrowsWithThePictures) {
    expect_linear(read_seconds(1, 1, 5000), read_seconds(1, 1, 20000), "pictures of one article");
    expect_linear(read_seconds(50, 100, 5000), read_seconds(200, 100, 20000), "pictures of many articles");
}

// A rebuild replaces each exporter's folder whole: a story the edition no longer has does not linger.
// (galley export -o DIR writes into a folder the user names and leaves the rest of it alone.)
TEST(HostileEdition, ARebuildLeavesNoStaleFiles) {
    TempDir out;
    const std::string sample = galley::testing::source_dir() + "/samples/yongkang-2023-01-04";
    Limits limits{60, 512};
    Outcome first = run({"build", "-q", sample, "-t", "icml", "-o", out.file("out")}, limits);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    out.write("out/icml/p9-a9.icml", "<stale/>");
    Outcome again = run({"build", "-q", sample, "-t", "icml", "-o", out.file("out")}, limits);
    expect_bounded(again, limits);
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_FALSE(fs::exists(out.file("out/icml/p9-a9.icml")));
    EXPECT_TRUE(fs::exists(out.file("out/icml/p1-a1.icml")));
    for (const std::string& f : files_in(out.path() + "/out"))
        EXPECT_EQ(f.find(".galley-"), std::string::npos) << "a staging folder was left: " << f;

    Outcome into = run({"export", "-q", "-t", "icml", "--issue-date", "2023-01-04",
                        galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt", "-o", out.file("out/icml")},
                       limits);
    ASSERT_EQ(into.exit_code, 0) << into.err;
    out.write("out/icml/notes.txt", "mine");
    into = run({"export", "-q", "-t", "icml", "--issue-date", "2023-01-04",
                galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt", "-o", out.file("out/icml")},
               limits);
    ASSERT_EQ(into.exit_code, 0) << into.err;
    EXPECT_TRUE(fs::exists(out.file("out/icml/notes.txt"))) << "export removed a file it did not write";
}
