// Bad input never crashes galley or loses data: a clear message with file, line and column, a non-zero
// exit, and no half-written output.
#include <gtest/gtest.h>

#include <filesystem>

#include "check.hpp"
#include "run.hpp"

using namespace galley::testing;

namespace {

const std::string seed = read_file(source_dir() + "/seeds/000_0472c9a91ac7b432.txt");

// Runs normalize on `bytes` with -o into a file that already holds "previous": on error it must stay.
struct BadRun {
    RunResult r;
    std::string output_after;
    bool temp_left = false;
};
BadRun normalize_bytes(const std::string& bytes) {
    TempDir dir;
    std::string in = dir.write("page.txt", bytes);
    std::string out = dir.write("out.json", "previous");
    BadRun b;
    b.r = run_galley({"normalize", "--issue-date", "2023-01-04", in, "-o", out});
    b.output_after = read_file(out);
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        b.temp_left = b.temp_left || e.path().filename().string().find(".tmp-") != std::string::npos;
    // Outputs of different runs are compared: take out the temporary directory's name.
    for (std::size_t p; (p = b.output_after.find(dir.path())) != std::string::npos;)
        b.output_after.erase(p, dir.path().size());
    return b;
}

}  // namespace

TEST(BadInput, InvalidUtf8NamesLineAndColumn) {
    BadRun b = normalize_bytes("第一行\n第二行\xC3\x28后面\n");
    EXPECT_EQ(b.r.exit_code, 1);
    EXPECT_NE(b.r.err.find("page.txt:2:4: error: invalid UTF-8 (byte 0xC3)"), std::string::npos) << b.r.err;
    EXPECT_EQ(b.output_after, "previous");
    EXPECT_FALSE(b.temp_left);
}

TEST(BadInput, OverlongAndSurrogateSequencesAreInvalid) {
    EXPECT_EQ(normalize_bytes("abc\xC0\xAF").r.exit_code, 1);
    EXPECT_EQ(normalize_bytes("abc\xED\xA0\x80").r.exit_code, 1);
    EXPECT_EQ(normalize_bytes("abc\xF4\x90\x80\x80").r.exit_code, 1);
}

TEST(BadInput, GbkTextGetsAHint) {
    // "市委书记" in GBK
    BadRun b = normalize_bytes("\xCA\xD0\xCE\xAF\xCA\xE9\xBC\xC7\n");
    EXPECT_EQ(b.r.exit_code, 1);
    EXPECT_NE(b.r.err.find("iconv -f GB18030 -t UTF-8"), std::string::npos) << b.r.err;
}

TEST(BadInput, NulByte) {
    BadRun b = normalize_bytes(std::string("本报讯\n正文", 16) + std::string(1, '\0') + "x");
    EXPECT_EQ(b.r.exit_code, 1);
    EXPECT_NE(b.r.err.find("page.txt:2:3: error: NUL byte"), std::string::npos) << b.r.err;
    EXPECT_EQ(b.output_after, "previous");
}

TEST(BadInput, BinaryFiles) {
    BadRun png = normalize_bytes(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    EXPECT_EQ(png.r.exit_code, 1);
    EXPECT_NE(png.r.err.find("PNG image"), std::string::npos) << png.r.err;
    BadRun pdf = normalize_bytes("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    EXPECT_EQ(pdf.r.exit_code, 1);
    EXPECT_NE(pdf.r.err.find("pdftotext"), std::string::npos) << pdf.r.err;
    std::string noise;
    for (int i = 0; i < 4096; ++i) noise.push_back(static_cast<char>((i * 7919) % 256));
    EXPECT_EQ(normalize_bytes(noise).r.exit_code, 1);
}

TEST(BadInput, ByteOrderMarkIsAWarningAndChangesNothing) {
    BadRun with = normalize_bytes("\xEF\xBB\xBF" + seed);
    BadRun without = normalize_bytes(seed);
    EXPECT_EQ(with.r.exit_code, 0) << with.r.err;
    EXPECT_NE(with.r.err.find("page.txt:1:1: warning: UTF-8 byte-order mark ignored"), std::string::npos);
    EXPECT_EQ(with.output_after, without.output_after);
}

TEST(BadInput, CrlfIsAWarningAndChangesNothing) {
    std::string crlf;
    for (char c : seed) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    BadRun with = normalize_bytes(crlf);
    BadRun without = normalize_bytes(seed);
    EXPECT_EQ(with.r.exit_code, 0);
    EXPECT_NE(with.r.err.find("warning: CRLF line endings read as LF"), std::string::npos);
    EXPECT_EQ(with.output_after, without.output_after);
}

TEST(BadInput, EmptyAndBlankFiles) {
    BadRun empty = normalize_bytes("");
    EXPECT_EQ(empty.r.exit_code, 1);
    EXPECT_NE(empty.r.err.find("error: file is empty"), std::string::npos);
    EXPECT_EQ(empty.output_after, "previous");
    BadRun blank = normalize_bytes(" \n\n\t\n\u3000\n");
    EXPECT_EQ(blank.r.exit_code, 1);
    EXPECT_NE(blank.r.err.find("only white space"), std::string::npos);
}

TEST(BadInput, ControlCharactersAreRemovedWithAWarning) {
    BadRun b = normalize_bytes("本报讯（记者 张三）1月3日，市委\x07召开会议。\n");
    EXPECT_EQ(b.r.exit_code, 0);
    EXPECT_NE(b.r.err.find("page.txt:1:18: warning: 1 control character(s) removed"), std::string::npos) << b.r.err;
}

TEST(BadInput, FormFeedIsAPageBreak) {
    std::size_t cut = seed.find('\n', 600) + 1;  // a page break between two printed lines of one paragraph
    BadRun with = normalize_bytes(seed.substr(0, cut) + "\f" + seed.substr(cut));
    BadRun without = normalize_bytes(seed);
    EXPECT_EQ(with.r.exit_code, 0) << with.r.err;
    EXPECT_EQ(with.output_after, without.output_after);
}

TEST(BadInput, FiftyMegabyteSingleLine) {
    std::string line;
    line.reserve(50u << 20);
    const std::string sentence = "市委书记章旭升赴我市部分医疗卫生单位调研疫情防控工作，";
    while (line.size() < (50u << 20)) line += sentence;
    TempDir dir;
    std::string in = dir.write("huge.txt", line);
    RunResult r = run_galley({"normalize", "--issue-date", "2023-01-04", in, "-o", dir.file("out.json")});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("does not look like text extracted from a printed page"), std::string::npos);
    EXPECT_GT(std::filesystem::file_size(dir.file("out.json")), line.size());
}

TEST(BadInput, MissingFile) {
    TempDir dir;
    RunResult r = run_galley({"normalize", dir.file("nope.txt"), "-o", dir.file("out.json")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("nope.txt: error: cannot read the file: does not exist"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir.file("out.json")));
}

TEST(BadInput, ADirectoryIsNotAFile) {
    TempDir dir;
    RunResult r = run_galley({"normalize", dir.path()});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_NE(r.err.find("is a folder"), std::string::npos);
}

TEST(BadInput, OneBadInputAmongGoodOnesWritesNothing) {
    TempDir dir;
    std::string good = dir.write("good.txt", seed);
    std::string bad = dir.write("bad.txt", "\xFF\xFE");
    RunResult r = run_galley({"normalize", good, bad, "-o", dir.file("out.json")});
    EXPECT_EQ(r.exit_code, 1);
    EXPECT_FALSE(std::filesystem::exists(dir.file("out.json")));
}

TEST(BadInput, UnwritableOutputLeavesNothing) {
    TempDir dir;
    std::string in = dir.write("page.txt", seed);
    RunResult r = run_galley({"normalize", in, "-o", dir.file("no/such/dir/out.json")});
    EXPECT_EQ(r.exit_code, 4);
    EXPECT_NE(r.err.find("cannot write"), std::string::npos);
}

TEST(BadInput, LossNothingOnOddText) {
    // Odd but valid inputs still keep every letter and digit somewhere in the model.
    for (const std::string& t : {std::string("■\n\n●●●\n\n（完）\n"), std::string("123\n\n456\n"),
                                 std::string("（下转第二版）\n"), std::string("本报讯\n"),
                                 std::string("By\n"), std::string("LONDON (Reuters) -\n"),
                                 std::string("责任编辑：胡丽\n\n2023年1月4日 星期三\n"),
                                 std::string("R0\nt"),  // found by fuzz_print_text: "R0" once read as page "R0"
                                 std::string("第0版\nPage 0\n")}) {
        Normalized n = normalize_text(t);
        EXPECT_TRUE(n.ok) << t;
        EXPECT_EQ(missing_letters(t, n.edition), "") << t << "\n" << dump(n.edition);
    }
}
