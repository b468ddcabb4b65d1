// The NewsML-G2 exporter as a feed editor runs it: galley export into a folder, every file checked with
// xmllint against IPTC's schema, and galley validate agreeing (and naming the line of a broken one).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string seed = source_dir() + "/seeds/000_0472c9a91ac7b432.txt";
const std::string schema_dir = shared_dir() + "/schemas/newsml-g2";

int xmllint_schema(const std::string& file, std::string& log_text) {
    TempDir d;
    std::string log = d.file("log");
    int rc = std::system(("xmllint --nonet --noout --schema " + schema_dir + "/NewsML-G2_2.35-spec-All-Power.xsd " +
                          file + " > " + log + " 2>&1").c_str());
    log_text = read_file(log);
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

}  // namespace

TEST(NewsmlCli, SeedExportsTwoItemsAndAPackageThatValidate) {
    TempDir dir;
    std::string out = dir.file("feed");
    RunResult r = run_galley({"export", "-t", "newsml-g2", "--issue-date", "2023-01-04", seed, "-o", out});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(out)) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    ASSERT_EQ(files.size(), 3u);  // edition.xml, p1-a1.xml, p1-a2.xml
    for (const auto& f : files) {
        std::string log;
        EXPECT_EQ(xmllint_schema(f, log), 0) << f << "\n" << log;
    }
    std::string a1 = read_file(out + "/p1-a1.xml"), a2 = read_file(out + "/p1-a2.xml");
    EXPECT_NE(a1.find("章旭升在慰问一线医务工作者时指出"), std::string::npos);
    EXPECT_NE(a1.find("<by>本报讯\u3000融媒记者 徐敏</by>"), std::string::npos);
    // Both leads open with 1月3日: no <dateline> says it again; the date is the content's creation date.
    EXPECT_EQ(a1.find("<dateline>"), std::string::npos);
    EXPECT_EQ(a2.find("<dateline>"), std::string::npos);
    EXPECT_NE(a1.find("<contentCreated>2023-01-03</contentCreated>"), std::string::npos);
    EXPECT_EQ(count(a1, "<p>"), 5u);
    EXPECT_EQ(count(a2, "<p>"), 10u);
    EXPECT_EQ(a1.find("&#"), std::string::npos);  // real UTF-8, never character references
    std::string package = read_file(out + "/edition.xml");
    EXPECT_NE(package.find("ninat:composite"), std::string::npos);

    // galley validate agrees with xmllint, and the same export gives the same bytes.
    RunResult v = run_galley({"validate", "--schema-dir", schema_dir, out + "/edition.xml", out + "/p1-a1.xml", out + "/p1-a2.xml"});
    EXPECT_EQ(v.exit_code, 0) << v.err;
    std::string again = dir.file("again");
    ASSERT_EQ(run_galley({"export", "-t", "newsml-g2", "--issue-date", "2023-01-04", seed, "-o", again}).exit_code, 0);
    for (const char* name : {"edition.xml", "p1-a1.xml", "p1-a2.xml"})
        EXPECT_EQ(read_file(out + "/" + name), read_file(again + "/" + name)) << name;
}

TEST(NewsmlCli, OneMessageToStandardOutput) {
    RunResult r = run_galley({"export", "-t", "newsml-g2", "--message", "--issue-date", "2023-01-04", seed});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("<newsMessage"), std::string::npos);
    TempDir dir;
    std::string f = dir.write("message.xml", r.out);
    std::string log;
    EXPECT_EQ(xmllint_schema(f, log), 0) << log;
    // The same with -O, and an exporter option it does not have.
    EXPECT_EQ(run_galley({"export", "-t", "newsml-g2", "-O", "message=true", "--issue-date", "2023-01-04", seed}).out, r.out);
    EXPECT_EQ(run_galley({"export", "-t", "newsml-g2", "--colour=red", seed}).exit_code, 2);
}

TEST(NewsmlCli, ValidateNamesTheLineOfAProblem) {
    TempDir dir;
    std::string out = dir.file("feed");
    ASSERT_EQ(run_galley({"export", "-t", "newsml-g2", "--issue-date", "2023-01-04", seed, "-o", out}).exit_code, 0);
    // Move a contributor after the headline: the schema forbids that order.
    std::string item = read_file(out + "/p1-a1.xml");
    std::size_t h = item.find("<headline>");
    ASSERT_NE(h, std::string::npos);
    std::string broken = item.substr(0, h) + "<headline>x</headline>\n    <creator><name>y</name></creator>\n    " + item.substr(h);
    std::string bad = dir.write("bad.xml", broken);
    RunResult v = run_galley({"validate", "--schema-dir", schema_dir, bad});
    EXPECT_EQ(v.exit_code, 6);
    std::smatch m;
    EXPECT_TRUE(std::regex_search(v.err, m, std::regex("bad\\.xml:[0-9]+:[0-9]*:? ?error: .*creator"))) << v.err;

    // A body that is not XHTML 1.0 Strict is found too.
    std::string body_bad = item;
    std::size_t p = body_bad.find("<p>");
    body_bad.replace(p, 3, "<p><blink>!</blink>");
    RunResult vb = run_galley({"validate", "--schema-dir", schema_dir, dir.write("body.xml", body_bad)});
    EXPECT_EQ(vb.exit_code, 6);
    EXPECT_NE(vb.err.find("XHTML body at line"), std::string::npos) << vb.err;

    // No schema: a usage error that says where to get one.
    ::unsetenv("GALLEY_SCHEMA_DIR");
    RunResult none = run_galley({"validate", out + "/p1-a1.xml"});
    EXPECT_EQ(none.exit_code, 2);
    EXPECT_NE(none.err.find("--schema-dir"), std::string::npos);
    // Not NewsML at all.
    RunResult other = run_galley({"validate", "--schema-dir", schema_dir, seed});
    EXPECT_EQ(other.exit_code, 6);
}
