// Hostile XML: every document galley reads goes through one policy (xml/include/galley/xml_input.hpp).
#include <gtest/gtest.h>

#include <filesystem>

#include "hostile.hpp"
#include "story.hpp"

using namespace galley::hostile;
using galley::testing::TempDir;

namespace {

std::string schema_dir() { return galley::testing::shared_dir() + "/schemas/newsml-g2"; }

std::string item(const std::string& doctype, const std::string& version_created) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype +
           "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x\" version=\"1\" standard=\"NewsML-G2\" "
           "standardversion=\"2.35\" conformance=\"power\">\n"
           "<itemMeta><itemClass qcode=\"ninat:text\"/><provider literal=\"x\"/><versionCreated>" +
           version_created + "</versionCreated></itemMeta>\n</newsItem>\n";
}

}  // namespace

TEST(HostileXml, ValidateReadsNoExternalEntity) {
    TempDir dir;
    std::string secret = dir.write("secret.txt", "SECRET-CONTENT-42\n");
    std::string path = dir.write("item.xml", item("<!DOCTYPE newsItem [<!ENTITY x SYSTEM \"file://" + secret + "\">]>\n", "&x;"));
    Limits limits;
    Outcome o = run({"validate", "--schema-dir", schema_dir(), path}, limits);
    expect_bounded(o, limits);
    EXPECT_EQ(o.exit_code, 6);
    EXPECT_EQ(o.err.find("SECRET-CONTENT-42"), std::string::npos) << o.err;
    EXPECT_EQ(o.out.find("SECRET-CONTENT-42"), std::string::npos);
    EXPECT_NE(o.err.find("item.xml"), std::string::npos);
}

TEST(HostileXml, ValidateLoadsNoExternalDtdExpandsNoLaughsAndReachesNoServer) {
    TempDir dir;
    Listener server;
    std::string secret = dir.write("secret.dtd", "<!ENTITY x \"SECRET-CONTENT-42\">\n");
    std::string external = dir.write("external.xml", item("<!DOCTYPE newsItem SYSTEM \"file://" + secret + "\">\n", "&x;"));
    // A billion laughs: twelve levels of ten references each.
    std::string laughs = "<!DOCTYPE newsItem [<!ENTITY l0 \"ha\">";
    for (int i = 1; i <= 12; ++i) {
        std::string refs;
        for (int k = 0; k < 10; ++k) refs += "&l" + std::to_string(i - 1) + ";";
        laughs += "<!ENTITY l" + std::to_string(i) + " \"" + refs + "\">";
    }
    std::string bomb = dir.write("laughs.xml", item(laughs + "]>\n", "&l12;"));
    std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/x.dtd";
    std::string remote = dir.write("remote.xml", item("<!DOCTYPE newsItem SYSTEM \"" + url + "\">\n", "&x;"));
    std::string remote_entity =
        dir.write("remote-entity.xml", item("<!DOCTYPE newsItem [<!ENTITY x SYSTEM \"" + url + "\">]>\n", "&x;"));
    Limits limits{10, 256};
    for (const auto& path : {external, bomb, remote, remote_entity}) {
        Outcome o = run({"validate", "--schema-dir", schema_dir(), path}, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 6) << path << "\n" << o.err;
        EXPECT_EQ(o.err.find("SECRET-CONTENT-42"), std::string::npos) << o.err;
    }
    EXPECT_EQ(server.connections(), 0) << "galley reached for " << url;
}

// The NITF and NewsML-G2 readers take agency files as they come, DOCTYPE and all: none of it may load a file,
// expand a laugh or reach a server. Each is refused (exit 1) within bounds, naming the file, with nothing written.
class HostileReaders : public ::testing::TestWithParam<const char*> {};

TEST_P(HostileReaders, LoadNothingAndExpandNothing) {
    TempDir dir;
    Listener server;
    bool g2 = std::string(GetParam()) == "newsItem";
    auto nitf = [g2](const std::string& doctype, const std::string& text) {
        if (g2)
            return "<?xml version=\"1.0\"?>\n" + doctype +
                   "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"urn:x:1\"><itemMeta><itemClass "
                   "qcode=\"ninat:text\"/></itemMeta><contentMeta><headline>" +
                   text + "</headline></contentMeta></newsItem>\n";
        return "<?xml version=\"1.0\"?>\n" + doctype + "<nitf><body><body.content><p>" + text +
               "</p></body.content></body></nitf>\n";
    };
    std::string secret = dir.write("secret.txt", "SECRET-CONTENT-42\n");
    std::string dtd = dir.write("secret.dtd", "<!ENTITY x \"SECRET-CONTENT-42\">\n");
    std::string root = GetParam();
    std::string laughs = "<!DOCTYPE " + root + " [<!ENTITY l0 \"ha\">";
    for (int i = 1; i <= 12; ++i) {
        std::string refs;
        for (int k = 0; k < 10; ++k) refs += "&l" + std::to_string(i - 1) + ";";
        laughs += "<!ENTITY l" + std::to_string(i) + " \"" + refs + "\">";
    }
    std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/x.dtd";
    std::vector<std::string> inputs{
        dir.write("entity.xml", nitf("<!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"file://" + secret + "\">]>\n", "&x;")),
        dir.write("dtd.xml", nitf("<!DOCTYPE " + root + " SYSTEM \"file://" + dtd + "\">\n", "&x;")),
        dir.write("laughs.xml", nitf(laughs + "]>\n", "&l12;")),
        dir.write("remote.xml", nitf("<!DOCTYPE " + root + " SYSTEM \"" + url + "\">\n", "&x;"))};
    // Deep nesting: twenty thousand open elements inside the paragraph (libxml2 refuses past 256 levels).
    std::string deep;
    for (int i = 0; i < 20000; ++i) deep += "<em>";
    inputs.push_back(dir.write("deep.xml", nitf("", deep)));
    Limits limits{10, 256};
    for (const auto& path : inputs) {
        SCOPED_TRACE(path);
        Outcome o = run({"normalize", path, "-o", dir.file("out.json")}, limits);
        expect_bounded(o, limits);
        EXPECT_EQ(o.exit_code, 1) << o.err;
        EXPECT_EQ(o.err.find("SECRET-CONTENT-42"), std::string::npos) << o.err;
        EXPECT_NE(o.err.find(path), std::string::npos) << o.err;
        EXPECT_FALSE(std::filesystem::exists(dir.file("out.json")));
    }
    EXPECT_EQ(server.connections(), 0) << "galley reached for " << url;
}

INSTANTIATE_TEST_SUITE_P(Xml, HostileReaders, ::testing::Values("nitf", "newsItem"));
