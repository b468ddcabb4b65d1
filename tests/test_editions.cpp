// Edition folders: the manifest, its paths kept inside the folder, pages read in order, pictures attached
// to their articles, and `galley build` writing every exporter's output.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "galley/edition_folder.hpp"
#include "run.hpp"
#include "story.hpp"

using namespace galley;
using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string seed_text = read_file(source_dir() + "/seeds/000_0472c9a91ac7b432.txt");
const std::string sample = source_dir() + "/samples/yongkang-2023-01-04";

// A small edition folder: page 1 is the seed, optional extra manifest text.
struct EditionDir {
    TempDir dir;
    explicit EditionDir(const std::string& extra = "", const std::string& pages = "[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n") {
        fs::create_directories(dir.file("pages"));
        fs::create_directories(dir.file("images"));
        dir.write("pages/01.txt", seed_text);
        dir.write("images/a.png", std::string("\x89PNG\r\n\x1a\n", 8));
        dir.write("edition.toml", "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\nlanguage = \"zh-CN\"\n\n" + pages + extra);
    }
    std::string path() const { return dir.path(); }
};

bool read(const std::string& folder, Edition& ed, Diagnostics& d) { return read_edition_folder(folder, {}, ed, d); }

std::string all(const Diagnostics& d) {
    std::string s;
    for (const auto& i : d.items()) s += format_diagnostic(i) + "\n";
    return s;
}

}  // namespace

TEST(Editions, TheSampleReadsIntoPagesArticlesAndPictures) {
    Edition ed;
    Diagnostics d;
    ASSERT_TRUE(read(sample, ed, d)) << all(d);
    EXPECT_EQ(ed.title, "永康日报");
    EXPECT_EQ(ed.date, "2023-01-04");
    EXPECT_EQ(ed.language, "zh-CN");
    EXPECT_FALSE(ed.note.empty());
    ASSERT_EQ(ed.pages.size(), 2u);
    EXPECT_EQ(ed.pages[1].section, "综合");
    ASSERT_EQ(ed.articles.size(), 5u);
    EXPECT_EQ(ed.articles[0].page, 1);
    EXPECT_EQ(ed.articles[2].page, 2);
    // The seed page reads as it does alone; the picture goes after the first paragraph.
    const Article& a = ed.articles[0];
    EXPECT_EQ(a.headline, "章旭升在慰问一线医务工作者时指出");
    ASSERT_GE(a.body.size(), 2u);
    EXPECT_EQ(a.body[1].type, BlockType::image);
    EXPECT_EQ(a.body[1].image.href, "images/clinic.png");
    EXPECT_EQ(a.body[1].image.media_type, "image/png");
    EXPECT_FALSE(a.body[1].image.alt.empty());
    for (const auto& art : ed.articles) EXPECT_EQ(art.language, "zh-CN");
}

// A caption carries the people its credit names (issue 11): the printed photo credit on page 2 and the
// manifest's credits alike; the drawings are credited to no person.
TEST(Editions, TheSamplesCaptionsNameTheirPeople) {
    Edition ed;
    Diagnostics d;
    ASSERT_TRUE(read(sample, ed, d)) << all(d);
    std::vector<const Caption*> printed, supplied;
    for (const auto& a : ed.articles)
        for (const auto& b : a.body)
            if (b.type == BlockType::image) (b.image.href.empty() ? printed : supplied).push_back(&b.image.caption);
    ASSERT_EQ(printed.size(), 1u);
    EXPECT_EQ(printed[0]->credit, "记者 汪丽娜 摄");
    EXPECT_EQ(printed[0]->bylines, (std::vector<Byline>{{"记者", "汪丽娜", "photographer"}}));
    ASSERT_EQ(supplied.size(), 2u);
    for (const Caption* c : supplied) {
        EXPECT_EQ(c->credit, "galley 示例 绘");
        EXPECT_TRUE(c->bylines.empty());
    }
}

TEST(Editions, AnEditionWithoutPictures) {
    EditionDir e;
    Edition ed;
    Diagnostics d;
    ASSERT_TRUE(read(e.path(), ed, d)) << all(d);
    EXPECT_EQ(ed.articles.size(), 2u);
    for (const auto& a : ed.articles)
        for (const auto& b : a.body) EXPECT_NE(b.type, BlockType::image);
}

TEST(Editions, PathsThatLeaveTheFolderAreRefused) {
    for (const std::string& bad : {std::string("../outside.txt"), std::string("/etc/passwd"), std::string("pages/../../x.txt")}) {
        EditionDir e("", "[[pages]]\nnumber = 1\nfiles = [\"" + bad + "\"]\n");
        Edition ed;
        Diagnostics d;
        EXPECT_FALSE(read(e.path(), ed, d)) << bad;
        EXPECT_NE(all(d).find("edition.toml:8:"), std::string::npos) << all(d);
        EXPECT_TRUE(all(d).find("leaves the edition folder") != std::string::npos ||
                    all(d).find("must be a path relative to the edition folder") != std::string::npos)
            << all(d);
    }
    // A link inside the folder that points outside it.
    EditionDir e("", "[[pages]]\nnumber = 1\nfiles = [\"pages/link.txt\"]\n");
    TempDir outside;
    outside.write("secret.txt", seed_text);
    fs::create_symlink(outside.file("secret.txt"), e.dir.file("pages/link.txt"));
    Edition ed;
    Diagnostics d;
    EXPECT_FALSE(read(e.path(), ed, d));
    EXPECT_NE(all(d).find("leads outside the edition folder (through a link)"), std::string::npos) << all(d);
}

TEST(Editions, AMissingPageFileNamesTheManifestLine) {
    EditionDir e("", "[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\", \"pages/02.txt\"]\n");
    Edition ed;
    Diagnostics d;
    EXPECT_FALSE(read(e.path(), ed, d));
    EXPECT_NE(all(d).find("edition.toml:8:"), std::string::npos) << all(d);
    EXPECT_NE(all(d).find("\"pages/02.txt\" is not there"), std::string::npos) << all(d);
}

TEST(Editions, ManifestMistakes) {
    struct Case {
        std::string manifest, expect;
    };
    for (const Case& c : {Case{"[edition]\ntitle = \"x\"\ndate = 2023-01-04\n[[pages]\n", "invalid TOML"},
                          Case{"[edition]\ntitle = \"x\"\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n", "\"date\" is missing"},
                          Case{"[edition]\ntitle = \"x\"\ndate = \"4 Jan\"\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n", "must be a date"},
                          Case{"[edition]\ntitle = \"x\"\ndate = 2023-01-04\n", "lists no pages"},
                          Case{"[edition]\ntitle = \"x\"\ndate = 2023-01-04\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n", "page 1 is listed twice"},
                          Case{"[edition]\ntitle = \"x\"\ndate = 2023-01-04\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n[[images]]\narticle = \"p9-a9\"\nfile = \"images/a.png\"\nalt = \"a\"\n", "which the pages do not have (they have: p1-a1, p1-a2)"},
                          Case{"[edition]\ntitle = \"x\"\ndate = 2023-01-04\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n[[images]]\narticle = \"p1-a1\"\nfile = \"pages/01.txt\"\n", "not a picture galley knows"}}) {
        EditionDir e;
        e.dir.write("edition.toml", c.manifest);
        Edition ed;
        Diagnostics d;
        EXPECT_FALSE(read(e.path(), ed, d)) << c.manifest;
        EXPECT_NE(all(d).find(c.expect), std::string::npos) << c.expect << "\n" << all(d);
        EXPECT_NE(all(d).find("edition.toml"), std::string::npos);
    }
    EditionDir typo("[edition.extra]\n", "[[pages]]\nnumber = 1\nfile = \"pages/01.txt\"\ncolour = \"red\"\n");
    Edition ed;
    Diagnostics d;
    EXPECT_TRUE(read(typo.path(), ed, d)) << all(d);
    EXPECT_NE(all(d).find("warning: unknown key \"colour\""), std::string::npos) << all(d);
}

TEST(Editions, AnArticleWithLatinText) {
    EditionDir e("", "[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\", \"pages/en.txt\"]\n");
    e.dir.write("edition.toml", "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\n\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\", \"pages/en.txt\"]\n");
    e.dir.write("pages/en.txt", "LONDON, Jan 3 (Reuters) - British retailers are preparing for one of their most\n"
                                "challenging years in decades, an industry survey showed on Tuesday.\n");
    Edition ed;
    Diagnostics d;
    ASSERT_TRUE(read(e.path(), ed, d)) << all(d);
    ASSERT_EQ(ed.articles.size(), 3u);
    EXPECT_EQ(ed.articles[2].id, "p1-a3");
    EXPECT_EQ(ed.articles[2].language, "en");
    EXPECT_EQ(ed.articles[0].language, "zh");

    // The manifest's language refines the Chinese articles' and leaves the English one its own.
    e.dir.write("edition.toml", "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\nlanguage = \"zh-CN\"\n\n[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\", \"pages/en.txt\"]\n");
    Edition refined;
    ASSERT_TRUE(read(e.path(), refined, d)) << all(d);
    ASSERT_EQ(refined.articles.size(), 3u);
    EXPECT_EQ(refined.articles[0].language, "zh-CN");
    EXPECT_EQ(refined.articles[2].language, "en");
    EXPECT_EQ(refined.language, "zh-CN");
}

TEST(Editions, BuildWritesTheModelAndEveryExporter) {
    TempDir out;
    RunResult r = run_galley({"build", sample, "-t", "newsml-g2", "-o", out.path()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_TRUE(fs::exists(out.file("edition.json")));
    EXPECT_TRUE(fs::exists(out.file("newsml-g2/edition.xml")));
    EXPECT_TRUE(fs::exists(out.file("newsml-g2/p1-a1-img1.xml")));
    EXPECT_NE(r.err.find("wrote " + out.file("newsml-g2")), std::string::npos) << r.err;
    auto j = nlohmann::json::parse(read_file(out.file("edition.json")));
    EXPECT_EQ(j["articles"].size(), 5u);
    // A broken edition writes nothing.
    TempDir out2;
    RunResult bad = run_galley({"build", out.path(), "-o", out2.file("x")});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_NE(bad.err.find("has no edition.toml"), std::string::npos) << bad.err;
    EXPECT_FALSE(fs::exists(out2.file("x/edition.json")));
    EXPECT_EQ(run_galley({"build", sample, "-t", "no-such", "-o", out2.file("y")}).exit_code, 2);
}
