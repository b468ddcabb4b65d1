// The NITF reader (converters/src/nitf): galley's own NITF reads back to the same documents, agency NITF (with
// and without the namespace, 3.1–3.6, Latin-1) reads into articles that re-export as schema-valid NITF, and what
// the model cannot hold is reported, never silently lost.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "galley/converter.hpp"
#include "galley/model_json.hpp"
#include "run.hpp"
#include "story.hpp"

using namespace galley;
using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string xsd = shared_dir() + "/schemas/nitf/nitf-3-6.xsd";

std::vector<std::string> files_in(const std::string& dir, const std::string& extension) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == extension) out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
    return out;
}

// xmllint over every file, in one run.
void expect_schema_valid(const std::vector<std::string>& files) {
    ASSERT_FALSE(files.empty());
    std::string command = "xmllint --nonet --noout --schema '" + xsd + "'";
    for (const auto& f : files) command += " '" + f + "'";
    command += " 2>&1";
    FILE* p = popen(command.c_str(), "r");
    ASSERT_NE(p, nullptr);
    std::string output;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) output.append(buf, n);
    int status = pclose(p);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << output;
    for (const auto& f : files) EXPECT_NE(output.find(f + " validates"), std::string::npos) << f << "\n" << output;
}

Edition read_one(const std::string& path, Diagnostics& diags) {
    InputDocument input{path, read_file(path)};
    Edition e;
    const Converter* c = pick_converter(input);
    EXPECT_NE(c, nullptr);
    if (c) {
        EXPECT_EQ(c->id(), "nitf") << path;
        EXPECT_TRUE(c->read(input, {}, e, diags)) << path;
    }
    return e;
}

}  // namespace

// print text → model → NITF → model → NITF: the same bytes, for the seed and the sample edition.
TEST(NitfReader, GalleysOwnNitfReadsBackToTheSameBytes) {
    TempDir dir;
    std::string seed = source_dir() + "/seeds/000_0472c9a91ac7b432.txt";
    ASSERT_EQ(run_galley({"export", "-t", "nitf", "--issue-date", "2023-01-04", seed, "-o", dir.file("seed1")}).exit_code, 0);
    ASSERT_EQ(run_galley({"build", source_dir() + "/samples/yongkang-2023-01-04", "-t", "nitf", "-o", dir.file("sample")})
                  .exit_code,
              0);
    for (const std::string& first : {dir.file("seed1"), dir.file("sample/nitf")}) {
        SCOPED_TRACE(first);
        std::vector<std::string> args{"export", "-t", "nitf", "-o", first + "-again"};
        for (const auto& f : files_in(first, ".xml")) args.push_back(f);
        RunResult r = run_galley(args);
        ASSERT_EQ(r.exit_code, 0) << r.err;
        for (const auto& f : files_in(first, ".xml"))
            EXPECT_EQ(read_file(first + "-again/" + fs::path(f).filename().string()), read_file(f)) << f;
        expect_schema_valid(files_in(first + "-again", ".xml"));
    }
}

// What the round trip keeps, field by field, and what NITF cannot carry (formats/README.md, "Formats").
TEST(NitfReader, TheModelComesBackButForWhatNitfCannotCarry) {
    TempDir dir;
    std::string sample = source_dir() + "/samples/yongkang-2023-01-04";
    ASSERT_EQ(run_galley({"build", sample, "-t", "nitf", "-o", dir.file("out")}).exit_code, 0);
    Diagnostics diags;
    Edition original;  // the model the NITF was written from, as the build keeps it
    ASSERT_TRUE(from_canonical_json(read_file(dir.file("out/edition.json")), "edition.json", original, diags));
    for (const Article& before : original.articles) {
        SCOPED_TRACE(before.id);
        Diagnostics d;
        Edition e = read_one(dir.file("out/nitf/" + before.id + ".xml"), d);
        ASSERT_EQ(e.articles.size(), 1u);
        const Article& after = e.articles[0];
        EXPECT_EQ(after.id, before.id);
        EXPECT_EQ(after.language, before.language);
        EXPECT_EQ(after.column, before.column);
        EXPECT_EQ(after.kicker, before.kicker);
        EXPECT_EQ(after.headline, before.headline);
        EXPECT_EQ(after.subheadline, before.subheadline);
        EXPECT_EQ(after.headline_derived, before.headline_derived);
        EXPECT_EQ(after.source, before.source);
        EXPECT_EQ(after.credit, before.credit);
        EXPECT_EQ(after.dateline, before.dateline);
        EXPECT_EQ(after.page, before.page);
        EXPECT_EQ(after.section, before.section);
        EXPECT_EQ(after.keywords, before.keywords);
        EXPECT_EQ(after.subjects, before.subjects);
        EXPECT_EQ(after.continuations, before.continuations);
        // Bylines: the people marked in the byline, with role and kind.
        EXPECT_EQ(after.bylines, before.bylines);
        // The body: every paragraph and subhead; pictures that were supplied, with caption, credit and the people
        // it names. A caption whose picture was not supplied is not in the NITF (every reading output leaves it
        // out), nor are source positions.
        std::vector<Block> shown;
        for (const Block& b : before.body)
            if (b.type != BlockType::image || !b.image.href.empty()) shown.push_back(b);
        ASSERT_EQ(after.body.size(), shown.size());
        for (std::size_t i = 0; i < shown.size(); ++i) {
            EXPECT_EQ(after.body[i].type, shown[i].type) << i;
            EXPECT_EQ(after.body[i].text, shown[i].text) << i;
            EXPECT_EQ(after.body[i].image, shown[i].image) << i;
        }
        EXPECT_TRUE(after.dropped.empty());  // the print reader's dropped list is not carried
    }
}

TEST(NitfReader, EveryAgencyExampleReadsAndReExportsValid) {
    TempDir dir;
    std::vector<std::string> examples = files_in(shared_dir() + "/examples/structured/nitf", ".xml");
    ASSERT_GE(examples.size(), 12u);
    for (const auto& path : examples) {
        SCOPED_TRACE(path);
        Diagnostics d;
        Edition e = read_one(path, d);
        ASSERT_EQ(e.articles.size(), 1u);
        const Article& a = e.articles[0];
        EXPECT_FALSE(a.headline.empty());
        EXPECT_FALSE(a.body.empty());
        EXPECT_FALSE(d.has_errors());
    }
    // One export per file: IPTC's two samples share a doc-id, and one edition refuses an id twice.
    std::vector<std::string> written;
    for (std::size_t i = 0; i < examples.size(); ++i) {
        std::string out = dir.file("out" + std::to_string(i));
        RunResult r = run_galley({"export", "-t", "nitf", "--issue-date", "2024-03-15", examples[i], "-o", out});
        ASSERT_EQ(r.exit_code, 0) << examples[i] << "\n" << r.err;
        // What the model has no place for is named, per document.
        EXPECT_NE(r.err.find("the model has no place for"), std::string::npos) << r.err;
        for (const auto& f : files_in(out, ".xml")) written.push_back(f);
    }
    EXPECT_EQ(written.size(), examples.size());
    expect_schema_valid(written);
}

TEST(NitfReader, AgencyBylinesDatelinesAndPictures) {
    Diagnostics d;
    Edition ap = read_one(shared_dir() + "/examples/structured/nitf/ap-nitf.xml", d);
    ASSERT_EQ(ap.articles.size(), 1u);
    EXPECT_EQ(ap.articles[0].credit, "By BERNARD CONDON AP Business Writer");  // markup alone separated the words
    EXPECT_EQ(ap.articles[0].bylines, (std::vector<Byline>{{"AP Business Writer", "BERNARD CONDON", "writer"}}));
    EXPECT_EQ(ap.articles[0].source, "The Associated Press");  // the distributor
    EXPECT_EQ(ap.articles[0].dateline.place, "NEW YORK");

    Edition ex = read_one(shared_dir() + "/examples/structured/nitf/nitf-example-3.6.xml", d);
    const Article& a = ex.articles[0];
    EXPECT_EQ(a.dateline.place, "CAPE CANAVERAL");
    EXPECT_EQ(a.dateline.text, "CAPE CANAVERAL, Fla.");
    ASSERT_FALSE(a.body.empty());
    EXPECT_EQ(a.body[0].type, BlockType::image);
    EXPECT_FALSE(a.body[0].image.href.empty());
}

TEST(NitfReader, DetectedByTheRootElementNotTheName) {
    for (const std::string& bytes :
         {std::string("<?xml version=\"1.0\"?>\n<!DOCTYPE nitf SYSTEM \"nitf-3-2.dtd\">\n<!-- x -->\n<nitf><body/></nitf>"),
          std::string("<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><head/></nitf>"),
          std::string("<n:nitf xmlns:n=\"http://iptc.org/std/NITF/2006-10-18/\"/>")}) {
        const Converter* c = pick_converter({"story.txt", bytes});
        ASSERT_NE(c, nullptr);
        EXPECT_EQ(c->id(), "nitf") << bytes;
    }
    EXPECT_EQ(pick_converter({"a.xml", "市委召开常委会议\n\n正文。"})->id(), "print-text");
    EXPECT_NE(pick_converter({"a.xml", "<newsItem/>"})->id(), "nitf");
}

TEST(NitfReader, BadDocumentsAreRefusedWithLineAndTheEditionUntouched) {
    struct Case {
        const char* what;
        std::string bytes;
        int line;  // where the error is, 0 when the document as a whole is refused
    };
    const Converter* nitf = find_converter("nitf");
    ASSERT_NE(nitf, nullptr);
    for (const Case& c : {Case{"not well-formed", "<nitf>\n<body>\n<p>x</body>\n</nitf>", 3},
                          Case{"an entity declared", "<!DOCTYPE nitf [<!ENTITY x \"y\">]>\n<nitf><body/></nitf>", 0},
                          Case{"another root", "<nitf-not>\n</nitf-not>", 1}}) {
        SCOPED_TRACE(c.what);
        Edition e;
        e.title = "kept";
        Diagnostics d;
        EXPECT_FALSE(nitf->read({"bad.xml", c.bytes}, {}, e, d));
        ASSERT_TRUE(d.has_errors());
        if (c.line > 0) {
            EXPECT_EQ(d.items().front().where.line, c.line) << d.items().front().message;
        }
        EXPECT_EQ(d.items().front().where.file, "bad.xml");
        EXPECT_EQ(e.title, "kept");
        EXPECT_TRUE(e.articles.empty());
    }
    // The same article twice (one doc-id) is refused by the merge, naming the id.
    std::string doc = "<nitf><head><docdata><doc-id id-string=\"urn:x:a1\"/></docdata></head><body/></nitf>";
    Edition e;
    Diagnostics d;
    EXPECT_TRUE(nitf->read({"a.xml", doc}, {}, e, d));
    EXPECT_FALSE(nitf->read({"b.xml", doc}, {}, e, d));
    EXPECT_EQ(e.articles.size(), 1u);
    EXPECT_NE(d.items().back().message.find("\"a1\" is already used"), std::string::npos) << d.items().back().message;
}

// galley validate knows NITF by its root: galley's own documents pass IPTC's XSD; an agency's deviation is named
// with its line (aap.xml puts bare text in <abstract>, which the XSD does not allow).
TEST(NitfValidate, IptcSchemaByContentWithLines) {
    TempDir dir;
    ASSERT_EQ(run_galley({"build", source_dir() + "/samples/yongkang-2023-01-04", "-t", "nitf", "-o", dir.file("out")})
                  .exit_code,
              0);
    std::string schemas = shared_dir() + "/schemas/nitf";
    std::vector<std::string> args{"validate", "--nitf-schema-dir", schemas};
    for (const auto& f : files_in(dir.file("out/nitf"), ".xml")) args.push_back(f);
    RunResult ok = run_galley(args);
    EXPECT_EQ(ok.exit_code, 0) << ok.err;
    EXPECT_NE(ok.err.find("valid NITF 3.6"), std::string::npos) << ok.err;

    std::string aap = shared_dir() + "/examples/structured/nitf/aap.xml";
    RunResult bad = run_galley({"validate", "--nitf-schema-dir", schemas, aap});
    EXPECT_EQ(bad.exit_code, 6) << bad.err;
    EXPECT_NE(bad.err.find("aap.xml:33: error:"), std::string::npos) << bad.err;
    EXPECT_NE(bad.err.find("no NITF namespace"), std::string::npos) << bad.err;  // checked as the stylesheet would

    RunResult none = run_galley({"validate", aap});  // no schema folder given
    EXPECT_EQ(none.exit_code, 2) << none.err;
    EXPECT_NE(none.err.find("--nitf-schema-dir"), std::string::npos) << none.err;
}
