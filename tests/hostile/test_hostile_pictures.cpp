// Hostile pictures: SVGs that would make FOP or a reading system fetch from the network, run a script, or
// expand a billion laughs. Refused where the edition is read, and again by every exporter that passes SVG on
// (a canonical JSON input reaches the exporters without the edition reader).
#include <gtest/gtest.h>

#include <filesystem>

#include "check.hpp"
#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string svg_referring_to(const std::string& url) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" "
           "height=\"10\"><image xlink:href=\"" + url + "\" width=\"10\" height=\"10\"/></svg>\n";
}

std::string svg_laughs() {
    std::string s = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY l0 \"ha\">";
    for (int i = 1; i <= 12; ++i) {
        std::string refs;
        for (int k = 0; k < 10; ++k) refs += "&l" + std::to_string(i - 1) + ";";
        s += "<!ENTITY l" + std::to_string(i) + " \"" + refs + "\">";
    }
    return s + "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&l12;</text></svg>\n";
}

// An edition of the seed page with one picture for its first article.
void edition_with_picture(const TempDir& ed, const std::string& svg) {
    ed.write("page.txt", galley::testing::read_file(galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt"));
    ed.write("pic.svg", svg);
    ed.write("edition.toml", "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\n\n[[pages]]\nnumber = 1\nfiles = "
                             "[\"page.txt\"]\n\n[[images]]\narticle = \"p1-a1\"\nfile = \"pic.svg\"\ncaption = \"示意图\"\n");
}

}  // namespace

TEST(HostilePictures, AnEditionRefusesSvgThatReachesOutOrExpandsEntities) {
    Listener server;
    std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/x.png";
    Limits limits{20, 256};
    struct Case {
        std::string svg;
        const char* says;
    };
    std::vector<Case> cases = {
        {svg_referring_to(url), "outside itself"},
        {"<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(" + url + ");</style></svg>", "imports a style sheet"},
        {"<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(" + url + ")\"/></svg>", "outside itself"},
        {"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "script"},
        {svg_laughs(), "declares entities"},
    };
    for (const auto& c : cases) {
        TempDir ed, out;
        edition_with_picture(ed, c.svg);
        Outcome o = run({"build", ed.path(), "-t", "pdf", "-t", "epub", "-o", out.file("out")}, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 1) << o.err;
        EXPECT_NE(o.err.find("edition.toml:9:1: error: the picture pic.svg"), std::string::npos) << o.err;
        EXPECT_NE(o.err.find(c.says), std::string::npos) << o.err;
        EXPECT_FALSE(fs::exists(out.file("out")));
    }
    EXPECT_EQ(server.connections(), 0);
}

TEST(HostilePictures, ExportersRefuseThemTooWhenTheModelComesAsJson) {
    Listener server;
    std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/x.png";
    TempDir dir;
    dir.write("pic.svg", svg_referring_to(url));
    // The seed as canonical JSON, with the picture in its first article.
    Outcome model = run({"normalize", "-q", "--issue-date", "2023-01-04",
                         galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt"});
    ASSERT_EQ(model.exit_code, 0);
    std::string json = model.out;
    std::string block = "{\"type\": \"image\", \"image\": {\"href\": \"pic.svg\", \"media_type\": \"image/svg+xml\", \"alt\": \"x\", "
                        "\"caption\": {\"text\": \"示意图\", \"credit\": \"\"}}, \"line\": 1},";
    json.insert(json.find("\"body\": [") + 9, block);
    std::string input = dir.write("edition.json", json);
    Limits limits{60, 768};
    for (const char* format : {"pdf", "epub"}) {
        Outcome o = run({"export", "-t", format, input, "-o", dir.file(std::string("out.") + format)}, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 5) << format << ": " << o.err;
        EXPECT_NE(o.err.find("pic.svg refers to"), std::string::npos) << o.err;
        EXPECT_FALSE(fs::exists(dir.file(std::string("out.") + format)));
    }
    EXPECT_EQ(server.connections(), 0);
}
