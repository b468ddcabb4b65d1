// A whole issue as an e-book, the way the newsroom makes it: `galley build EDITION -t epub -o OUT`, the book
// checked by Debian's epubcheck (0 fatal errors, 0 errors, 0 warnings) and by `galley validate`, its nav
// compared with the model galley wrote beside it, and a second run compared byte for byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <pugixml.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "epubcheck.hpp"
#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string sample = source_dir() + "/samples/yongkang-2023-01-04";
const std::string seed_text = read_file(source_dir() + "/seeds/000_0472c9a91ac7b432.txt");

// The .epub files galley left in a folder.
std::vector<std::string> epubs_in(const std::string& dir) {
    std::vector<std::string> found;
    if (!fs::exists(dir)) return found;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".epub") found.push_back(e.path().string());
    return found;
}

// Builds `edition` as EPUB into a fresh folder of `out`; returns the one book, or "" with a test failure.
std::string build_epub(const std::string& edition, const TempDir& out, const std::string& name = "book") {
    RunResult r = run_galley({"build", edition, "-t", "epub", "-o", out.file(name)});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto books = epubs_in(out.file(name));
    EXPECT_EQ(books.size(), 1u) << r.err;
    return books.size() == 1 ? books[0] : "";
}

void expect_epubcheck_clean(const std::string& epub) {
    ASSERT_FALSE(epub.empty());
    EpubcheckVerdict v = run_epubcheck(epub);
    ASSERT_TRUE(v.ran) << v.messages;
    EXPECT_EQ(v.fatal, 0) << v.messages;
    EXPECT_EQ(v.errors, 0) << v.messages;
    EXPECT_EQ(v.warnings, 0) << v.messages;
}

pugi::xml_document parse_entry(const std::string& epub, const std::string& name) {
    pugi::xml_document doc;
    std::string bytes = zip_entry(epub, name);
    EXPECT_TRUE(doc.load_buffer(bytes.data(), bytes.size())) << name;
    return doc;
}

// A small edition folder: the seed as page 1, and what the test adds.
struct EditionDir {
    TempDir dir;
    explicit EditionDir(const std::string& pages = "[[pages]]\nnumber = 1\nsection = \"要闻\"\nfiles = [\"pages/01.txt\"]\n",
                        const std::string& edition_extra = "") {
        fs::create_directories(dir.file("pages"));
        dir.write("pages/01.txt", seed_text);
        dir.write("edition.toml", "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\nlanguage = \"zh-CN\"\n" +
                                      edition_extra + "\n" + pages);
    }
    std::string path() const { return dir.path(); }
};

}  // namespace

TEST(EpubBuild, TheSampleIsOneBookThatEpubcheckPasses) {
    TempDir out;
    RunResult r = run_galley({"build", sample, "-t", "epub", "-o", out.file("book")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    auto books = epubs_in(out.file("book"));
    ASSERT_EQ(books.size(), 1u) << r.err;
    EXPECT_EQ(fs::path(books[0]).filename(), "yongkang-2023-01-04.epub");
    EXPECT_NE(r.err.find("wrote " + books[0]), std::string::npos) << r.err;
    // The book and the model, and no empty epub/ folder beside them (a single-file exporter makes none).
    std::vector<std::string> made;
    for (const auto& e : fs::directory_iterator(out.file("book"))) made.push_back(e.path().filename().string());
    std::sort(made.begin(), made.end());
    EXPECT_EQ(made, (std::vector<std::string>{"edition.json", "yongkang-2023-01-04.epub"}));
    expect_epubcheck_clean(books[0]);

    RunResult v = run_galley({"validate", books[0]});
    EXPECT_EQ(v.exit_code, 0) << v.err;
    EXPECT_NE(v.err.find("valid EPUB 3"), std::string::npos) << v.err;
}

TEST(EpubBuild, NavListsEveryArticleUnderItsPage) {
    TempDir out;
    std::string epub = build_epub(sample, out);
    ASSERT_FALSE(epub.empty());
    auto model = nlohmann::json::parse(read_file(out.file("book/edition.json")));
    std::map<int, std::vector<std::string>> headlines;  // page → its articles' headlines, in order
    for (const auto& a : model["articles"]) headlines[a["page"].get<int>()].push_back(a["headline"].get<std::string>());
    ASSERT_EQ(headlines.size(), 2u);

    auto nav = parse_entry(epub, "OEBPS/nav.xhtml");
    auto toc = nav.select_node("//nav[@id='toc']/ol").node();
    ASSERT_TRUE(toc);
    std::size_t pages = 0, articles = 0;
    for (pugi::xml_node page : toc.children("li")) {
        int number = model["pages"][pages]["number"].get<int>();
        ++pages;
        std::string page_href = page.child("a").attribute("href").value();
        EXPECT_EQ(page_href, "text/page-" + std::to_string(number) + ".xhtml");
        EXPECT_NE(std::string(page.child("a").text().get()).find("第" + std::to_string(number) + "版"), std::string::npos);
        std::vector<std::string> listed;
        for (pugi::xml_node item : page.child("ol").children("li")) {
            listed.push_back(item.child("a").text().get());
            // Every link leads to a file in the book whose <title> is that headline.
            std::string href = item.child("a").attribute("href").value();
            auto doc = parse_entry(epub, "OEBPS/" + href);
            EXPECT_EQ(std::string(doc.select_node("/html/head/title").node().text().get()), listed.back()) << href;
            ++articles;
        }
        EXPECT_EQ(listed, headlines[number]) << "page " << number;
    }
    EXPECT_EQ(pages, model["pages"].size());
    EXPECT_EQ(articles, model["articles"].size());
    // The print pages in the page-list, the landmarks present.
    EXPECT_EQ(nav.select_nodes("//nav[@id='page-list']/ol/li").size(), model["pages"].size());
    EXPECT_TRUE(nav.select_node("//nav[@id='landmarks']//a[@*[local-name()='type']='bodymatter']"));
}

TEST(EpubBuild, PicturesWithCaptionsCreditsAndAltText) {
    TempDir out;
    std::string epub = build_epub(sample, out);
    ASSERT_FALSE(epub.empty());
    auto model = nlohmann::json::parse(read_file(out.file("book/edition.json")));
    std::size_t figures = 0, pictures = 0;
    for (const auto& a : model["articles"]) {
        auto doc = parse_entry(epub, "OEBPS/text/" + a["id"].get<std::string>() + ".xhtml");
        for (const auto& b : a["body"]) {
            if (b["type"] != "image") continue;
            ++figures;
            const auto& image = b["image"];
            std::string credit = image["caption"]["credit"].get<std::string>();
            auto fig = doc.select_node(("//figure[figcaption/span[@class='credit']='" + credit + "']").c_str()).node();
            if (image["href"].get<std::string>().empty()) {  // a caption printed without its picture: left out
                EXPECT_FALSE(fig) << credit;
                continue;
            }
            ASSERT_TRUE(fig) << a["id"] << " has no figure credited " << credit;
            EXPECT_NE(std::string(fig.child("figcaption").text().get()).find(image["caption"]["text"].get<std::string>()),
                      std::string::npos);
            ++pictures;
            EXPECT_EQ(std::string(fig.child("img").attribute("alt").value()), image["alt"].get<std::string>());
            std::string src = fig.child("img").attribute("src").value();  // ../images/…
            ASSERT_EQ(src.rfind("../", 0), 0u) << src;
            EXPECT_NO_THROW(zip_entry(epub, "OEBPS/" + src.substr(3))) << src;
        }
    }
    EXPECT_EQ(figures, 3u);
    EXPECT_EQ(pictures, 2u);
}

TEST(EpubBuild, TwoRunsGiveTheSameBytesInAnyTimeZone) {
    TempDir out;
    std::string first = build_epub(sample, out, "one");
    setenv("TZ", "America/Los_Angeles", 1);
    std::string second = build_epub(sample, out, "two");
    unsetenv("TZ");
    ASSERT_FALSE(first.empty());
    ASSERT_FALSE(second.empty());
    EXPECT_EQ(read_file(first), read_file(second));
    // SOURCE_DATE_EPOCH moves dcterms:modified, and nothing else may make the bytes differ.
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    std::string third = build_epub(sample, out, "three");
    std::string fourth = build_epub(sample, out, "four");
    unsetenv("SOURCE_DATE_EPOCH");
    EXPECT_NE(read_file(first), read_file(third));
    EXPECT_EQ(read_file(third), read_file(fourth));
    EXPECT_NE(zip_entry(third, "OEBPS/package.opf").find("2023-11-14T22:13:20Z"), std::string::npos);
}

TEST(EpubBuild, AnEditionWithoutPictures) {
    EditionDir e;
    TempDir out;
    std::string epub = build_epub(e.path(), out);
    ASSERT_FALSE(epub.empty());
    expect_epubcheck_clean(epub);
    // Only the cover galley drew; no figures.
    for (const auto& name : zip_entries(epub)) {
        if (name.rfind("OEBPS/images/", 0) == 0) {
            EXPECT_EQ(name, "OEBPS/images/cover.svg");
        }
    }
    EXPECT_EQ(zip_entry(epub, "OEBPS/text/p1-a1.xhtml").find("<figure"), std::string::npos);
    EXPECT_EQ(run_galley({"validate", epub}).exit_code, 0);
}

TEST(EpubBuild, AnArticleWithLatinText) {
    EditionDir e("[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\", \"pages/en.txt\"]\n");
    e.dir.write("pages/en.txt",
                "LONDON, Jan 3 (Reuters) - British retailers are preparing for one of their most\n"
                "challenging years in decades as inflation squeezes household budgets, an industry\n"
                "survey showed on Tuesday.\n\n"
                "The British Retail Consortium said its members expected sales volumes to fall.\n");
    TempDir out;
    std::string epub = build_epub(e.path(), out);
    ASSERT_FALSE(epub.empty());
    expect_epubcheck_clean(epub);
    auto doc = parse_entry(epub, "OEBPS/text/p1-a3.xhtml");
    EXPECT_EQ(std::string(doc.child("html").attribute("lang").value()), "en");
    EXPECT_EQ(std::string(doc.child("html").attribute("xml:lang").value()), "en");
    EXPECT_NE(std::string(doc.select_node("//article/p").node().text().get()).find("British retailers"), std::string::npos);
    // The Chinese articles and the book stay Chinese.
    EXPECT_EQ(std::string(parse_entry(epub, "OEBPS/text/p1-a1.xhtml").child("html").attribute("lang").value()), "zh-CN");
    EXPECT_NE(zip_entry(epub, "OEBPS/package.opf").find("<dc:language>zh-CN</dc:language>"), std::string::npos);
}

TEST(EpubBuild, APathThatEscapesTheFolderWritesNothing) {
    for (const std::string& bad : {std::string("../outside.txt"), std::string("/etc/hostname")}) {
        EditionDir e("[[pages]]\nnumber = 1\nfiles = [\"" + bad + "\"]\n");
        TempDir out;
        RunResult r = run_galley({"build", e.path(), "-t", "epub", "-o", out.file("book")});
        EXPECT_EQ(r.exit_code, 1) << r.err;
        EXPECT_NE(r.err.find("edition.toml:8:"), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(out.file("book"))) << "nothing may be written for a refused edition";
    }
}

TEST(EpubBuild, AMissingPageFileWritesNothing) {
    EditionDir e("[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n[[pages]]\nnumber = 2\nfiles = [\"pages/02.txt\"]\n");
    TempDir out;
    RunResult r = run_galley({"build", e.path(), "-t", "epub", "-o", out.file("book")});
    EXPECT_EQ(r.exit_code, 1) << r.err;
    EXPECT_NE(r.err.find("\"pages/02.txt\" is not there"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("edition.toml:11:"), std::string::npos) << r.err;
    EXPECT_TRUE(epubs_in(out.path()).empty());
}

TEST(EpubBuild, ValidateRejectsADamagedBook) {
    TempDir out;
    std::string epub = build_epub(sample, out);
    ASSERT_FALSE(epub.empty());
    std::string bytes = read_file(epub);
    std::string cut = out.write("cut.epub", bytes.substr(0, bytes.size() / 2));
    RunResult r = run_galley({"validate", cut});
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.err.find("cut.epub"), std::string::npos) << r.err;
}
