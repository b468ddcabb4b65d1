// Hostile JSON: documents that are JSON but not galley's, and input that messages would echo (huge keys, ids
// with line breaks and bidi controls, a flood of unknown keys). JSON that is not an edition is refused, never
// read as the text of a page; a message is one line and says how much it cut.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;
namespace fs = std::filesystem;

namespace {

std::string seed() { return galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt"; }

void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

// Every line galley printed is one of its own: nothing echoed broke a message over lines.
void expect_own_lines(const std::string& err) {
    for (const std::string& l : lines(err)) EXPECT_EQ(l.rfind("galley: ", 0), 0u) << "a line not galley's: " << l;
}

// The seed page as canonical JSON, to change.
nlohmann::json seed_json(TempDir& dir) {
    Outcome o = run({"normalize", "-q", seed(), "-o", dir.file("seed.json")});
    EXPECT_EQ(o.exit_code, 0) << o.err;
    return nlohmann::json::parse(galley::testing::read_file(dir.file("seed.json")));
}

struct NotAnEdition {
    const char* name;
    const char* text;
    const char* message;
};

void PrintTo(const NotAnEdition& c, std::ostream* os) { *os << c.name; }

}  // namespace

class HostileJsonNotAnEdition : public ::testing::TestWithParam<NotAnEdition> {};

TEST_P(HostileJsonNotAnEdition, IsRefusedNotReadAsAPage) {
    TempDir dir;
    write(dir.file("in.json"), GetParam().text);
    Limits limits{10, 256};
    Outcome o = run({"normalize", dir.file("in.json"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1) << o.err;
    EXPECT_NE(o.err.find(GetParam().message), std::string::npos) << o.err;
    EXPECT_EQ(count(o.err, "error:"), 1u) << "one mistake, one message: " << o.err;
    EXPECT_NE(o.err.find(dir.file("in.json") + ":"), std::string::npos) << "no line and column: " << o.err;
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
}

INSTANTIATE_TEST_SUITE_P(
    Documents, HostileJsonNotAnEdition,
    ::testing::Values(NotAnEdition{"EmptyObject", "{}\n", "not a galley edition"},
                      NotAnEdition{"Array", "[1,2,3]\n", "not a galley edition: the document is not a JSON object"},
                      NotAnEdition{"FormatOfTheWrongType", "{\"format\": 5}\n", "\"format\" must be a string"},
                      NotAnEdition{"AnotherFormat", "{\"uri\": \"x\", \"type\": \"text\"}\n", "not a galley edition"},
                      NotAnEdition{"VersionTooLarge", "{\"format\":\"galley-edition\",\"version\":1e29}\n",
                                   "\"version\" must be a whole number"},
                      NotAnEdition{"CutShort", "{\"format\": \"galley-ed", "invalid JSON"},
                      NotAnEdition{"ArrayOfObjectsCutShort", "[{\"headline\": \"x\"},\n{\"head", "invalid JSON"}),
    [](const auto& case_info) { return std::string(case_info.param.name); });

TEST(HostileJson, AHugeKeyIsQuotedAndCut) {
    TempDir dir;
    std::string key(50'000'000, 'k');
    write(dir.file("in.json"), "{\"format\":\"galley-edition\",\"version\":1,\"" + key + "\":1}\n");
    Limits limits{30, 768};
    Outcome o = run({"normalize", dir.file("in.json"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err.substr(0, 2000);  // an unknown key is a warning
    EXPECT_LT(o.err.size(), 2000u) << "the key was echoed: " << o.err.size() << " bytes of messages";
    EXPECT_NE(o.err.find("(50000000 bytes)"), std::string::npos) << o.err.substr(0, 2000);
    expect_own_lines(o.err);
}

TEST(HostileJson, AFloodOfUnknownKeysIsSummed) {
    TempDir dir;
    std::string doc = "{\"format\":\"galley-edition\",\"version\":1";
    for (int i = 0; i < 200'000; ++i) doc += ",\"k" + std::to_string(i) + "\":0";
    write(dir.file("in.json"), doc + "}\n");
    Limits limits{30, 512};
    Outcome o = run({"normalize", dir.file("in.json"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 0) << o.err.substr(0, 2000);
    EXPECT_NE(o.err.find("199800 more message(s) not shown"), std::string::npos) << o.err.substr(o.err.size() - 500);
    EXPECT_EQ(count(o.err, "unknown key"), 200u);
}

TEST(HostileJson, IdsWithLineBreaksAndBidiControlsAreEscaped) {
    TempDir dir;
    nlohmann::json doc = seed_json(dir);
    doc["articles"][0]["id"] = "p1\ngalley: error: forged\u202Eevil";
    write(dir.file("a.json"), doc.dump());
    write(dir.file("b.json"), doc.dump());
    Limits limits{20, 256};
    // The same id twice: the reader names it.
    Outcome o = run({"normalize", dir.file("a.json"), dir.file("b.json"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1) << o.err;
    EXPECT_NE(o.err.find("article id \"p1\\ngalley: error: forged\\u202Eevil\" is already used"), std::string::npos)
        << o.err;
    expect_own_lines(o.err);
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
    // Every feed exporter names it too (it cannot make a file name of it).
    for (const char* feed : {"newsml-g2", "nitf", "ninjs"}) {
        SCOPED_TRACE(feed);
        Outcome e = run({"export", "-t", feed, "--issue-date", "2023-01-04", dir.file("a.json"), "-o", dir.file("feed")},
                        limits);
        expect_bounded(e, limits);
        EXPECT_EQ(e.exit_code, 5) << e.err;
        EXPECT_NE(e.err.find("p1\\ngalley: error: forged\\u202Eevil"), std::string::npos) << e.err;
        expect_own_lines(e.err);
        EXPECT_FALSE(fs::exists(dir.file("feed")));
    }
}

TEST(HostileJson, AnIdTwiceInOneInputIsRefused) {
    TempDir dir;
    nlohmann::json doc = seed_json(dir);
    ASSERT_GE(doc["articles"].size(), 2u);
    doc["articles"][1]["id"] = doc["articles"][0]["id"];
    write(dir.file("a.json"), doc.dump());
    Outcome o = run({"normalize", dir.file("a.json"), "-o", dir.file("out.json")}, {20, 256});
    EXPECT_EQ(o.exit_code, 1) << o.err;
    EXPECT_NE(o.err.find("is used twice in this input"), std::string::npos) << o.err;
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
}

// A ninjs-shaped document nested a million deep (2 MB of brackets) goes to the ninjs reader, which refuses it
// before parsing, at the bracket that goes too deep, in bounded time and memory.
TEST(HostileJson, DeeplyNestedNinjsIsRefused) {
    TempDir dir;
    const std::size_t depth = 1'000'000;
    std::string doc = "{\"uri\": \"urn:x:1\", \"type\": \"text\", \"headlines\": [{\"role\": \"main\", \"value\": \"x\"}],\n\"bodies\": ";
    doc.append(depth, '[');
    doc.append(depth, ']');
    write(dir.file("in.json"), doc + "}\n");
    Limits limits{10, 256};
    Outcome o = run({"normalize", dir.file("in.json"), "-o", dir.file("out.json")}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 1) << o.err.substr(0, 2000);
    EXPECT_NE(o.err.find(dir.file("in.json") + ":2:74: error: ninjs nested more than 64 levels deep"),
              std::string::npos) << o.err.substr(0, 2000);
    EXPECT_EQ(count(o.err, "error:"), 1u) << o.err.substr(0, 2000);
    expect_own_lines(o.err);
    EXPECT_FALSE(fs::exists(dir.file("out.json")));
}
