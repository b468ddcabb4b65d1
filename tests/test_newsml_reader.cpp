// The NewsML-G2 reader (converters/src/newsml): galley's own feed (text items, picture items, the edition's
// package) reads back to the same bytes whatever order the files come in, and agency NewsML-G2 (newsMessages,
// prefixed namespaces, NITF and XHTML bodies, standardversion 2.4–2.28) reads into articles that re-export as
// schema-valid items.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "galley/converter.hpp"
#include "run.hpp"
#include "story.hpp"
#include "test_editions.hpp"

using namespace galley;
using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string schemas = shared_dir() + "/schemas/newsml-g2";

std::vector<std::string> xml_files(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".xml") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

// Articles keep the order they are read in, so the package is the same only in the same order; every item is the
// same in any order (a text item read before or after the package finds its page).
TEST(NewsmlReader, GalleysOwnFeedReadsBackToTheSameBytesInAnyOrder) {
    TempDir dir;
    ASSERT_EQ(run_galley({"build", source_dir() + "/samples/yongkang-2023-01-04", "-t", "newsml-g2", "-o", dir.file("a")})
                  .exit_code,
              0);
    std::vector<std::string> files = xml_files(dir.file("a/newsml-g2"));
    ASSERT_EQ(files.size(), 8u);  // five articles, two pictures, the package
    // The package first (as a shell lists edition.xml), then last: the articles find their pages either way.
    std::vector<std::string> reversed(files.rbegin(), files.rend());
    for (const auto& order : {files, reversed}) {
        std::string out = dir.file(order == files ? "b" : "c");
        std::vector<std::string> args{"export", "-t", "newsml-g2", "-o", out};
        args.insert(args.end(), order.begin(), order.end());
        RunResult r = run_galley(args);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        // The picture items are named as skipped: their pictures stand in the text items' bodies.
        EXPECT_NE(r.err.find("p1-a1-img1 (ninat:picture) is no text item"), std::string::npos) << r.err;
        for (const auto& f : files) {
            if (order != files && fs::path(f).filename() == "edition.xml") continue;
            EXPECT_EQ(read_file(out + "/" + fs::path(f).filename().string()), read_file(f)) << f;
        }
    }
}

// print text → NewsML-G2 → model → NewsML-G2 for the seed page alone (no package pages, no pictures).
TEST(NewsmlReader, TheSeedsFeedReadsBackToTheSameBytes) {
    TempDir dir;
    std::string seed = source_dir() + "/seeds/000_0472c9a91ac7b432.txt";
    ASSERT_EQ(run_galley({"export", "-t", "newsml-g2", "--issue-date", "2023-01-04", seed, "-o", dir.file("a")}).exit_code, 0);
    std::vector<std::string> files = xml_files(dir.file("a"));
    std::vector<std::string> args{"export", "-t", "newsml-g2", "-o", dir.file("b")};
    args.insert(args.end(), files.begin(), files.end());
    RunResult r = run_galley(args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    for (const auto& f : files) EXPECT_EQ(read_file(dir.file("b/" + fs::path(f).filename().string())), read_file(f)) << f;
}

TEST(NewsmlReader, EveryAgencyExampleReadsAndReExportsValid) {
    TempDir dir;
    std::vector<std::string> examples = xml_files(shared_dir() + "/examples/structured/newsml-g2");
    ASSERT_GE(examples.size(), 13u);
    std::vector<std::string> written;
    int articles = 0;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        SCOPED_TRACE(examples[i]);
        InputDocument input{examples[i], read_file(examples[i])};
        const Converter* c = pick_converter(input);
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(c->id(), "newsml-g2");
        Edition e;
        Diagnostics d;
        ASSERT_TRUE(c->read(input, {}, e, d));
        for (const Article& a : e.articles) {
            ++articles;
            EXPECT_FALSE(a.headline.empty()) << a.id;
        }
        std::string out = dir.file("out" + std::to_string(i));
        RunResult r = run_galley({"export", "-t", "newsml-g2", "--issue-date", "2024-03-15", examples[i], "-o", out});
        ASSERT_EQ(r.exit_code, 0) << r.err;
        for (const auto& f : xml_files(out)) written.push_back(f);
    }
    EXPECT_GE(articles, 12);  // the text items; picture items, composites and packages of others' items are not articles
    std::vector<std::string> args{"validate", "-q", "--schema-dir", schemas};
    args.insert(args.end(), written.begin(), written.end());
    RunResult v = run_galley(args);
    EXPECT_EQ(v.exit_code, 0) << v.err;
}

TEST(NewsmlReader, AgencyBodiesAndBylines) {
    Diagnostics d;
    auto read = [&](const std::string& name) {
        std::string path = shared_dir() + "/examples/structured/newsml-g2/" + name;
        Edition e;
        EXPECT_TRUE(find_converter("newsml-g2")->read({path, read_file(path)}, {}, e, d)) << name;
        return e;
    };
    // AP: a newsMessage of text items with NITF bodies.
    Edition ap = read("ap.xml");
    ASSERT_FALSE(ap.articles.empty());
    EXPECT_GT(ap.articles[0].body.size(), 3u);
    // dpa: an XHTML body.
    Edition dpa = read("dpa.xml");
    ASSERT_EQ(dpa.articles.size(), 1u);
    EXPECT_GT(dpa.articles[0].body.size(), 1u);
    // A picture item no text item stands for is an article of one picture: caption, credit, the photographer.
    Edition picture = read("picture.xml");
    ASSERT_EQ(picture.articles.size(), 1u);
    const Article& p = picture.articles[0];
    EXPECT_EQ(p.source, "REUTERS");
    ASSERT_EQ(p.body.size(), 1u);
    EXPECT_EQ(p.body[0].type, BlockType::image);
    EXPECT_EQ(p.body[0].image.media_type, "image/jpeg");
    EXPECT_NE(p.body[0].image.caption.text.find("polling station"), std::string::npos);
    EXPECT_EQ(p.body[0].image.caption.credit, "MARKO DJURICA");
    EXPECT_EQ(p.body[0].image.caption.bylines, (std::vector<Byline>{{"", "MARKO DJURICA", "photographer"}}));
    // TT's own body format is not read, but its text is kept in the article's dropped list with the reason.
    Edition tt = read("tt_newsml_test.xml");
    ASSERT_EQ(tt.articles.size(), 1u);
    ASSERT_FALSE(tt.articles[0].dropped.empty());
    EXPECT_NE(tt.articles[0].dropped[0].reason.find("ttnitf"), std::string::npos);
}

TEST(NewsmlReader, BadDocumentsAreRefusedAndTheEditionUntouched) {
    const Converter* g2 = find_converter("newsml-g2");
    ASSERT_NE(g2, nullptr);
    std::string nar = "xmlns=\"http://iptc.org/std/nar/2006-10-01/\"";
    for (const std::string& bytes : {"<newsItem " + nar + ">\n<itemMeta>\n</newsItem>",
                                     "<!DOCTYPE newsItem [<!ENTITY x \"y\">]>\n<newsItem " + nar + "/>",
                                     std::string("<newsItem xmlns=\"urn:not-iptc\"/>")}) {
        SCOPED_TRACE(bytes);
        Edition e;
        e.title = "kept";
        Diagnostics d;
        EXPECT_FALSE(g2->read({"bad.xml", bytes}, {}, e, d));
        EXPECT_TRUE(d.has_errors());
        EXPECT_EQ(e.title, "kept");
        EXPECT_TRUE(e.articles.empty());
    }
    // Sniffed by root and namespace, not by name; a NITF document stays the NITF reader's.
    EXPECT_EQ(pick_converter({"x.txt", "<ns0:newsMessage xmlns:ns0=\"http://iptc.org/std/nar/2006-10-01/\"/>"})->id(),
              "newsml-g2");
    EXPECT_EQ(pick_converter({"x.xml", "<nitf/>"})->id(), "nitf");
}
