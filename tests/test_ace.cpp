// DAISY Ace, the accessibility checker publishers and e-book shops run beside epubcheck (axe-core in Chromium
// over every content document, and the package's accessibility metadata), on the books galley builds from the
// sample edition, horizontal and vertical: 0 violations. Ace takes ~20 s a book, so each book is checked by
// one Ace run in one test. Where Ace is not installed the test is skipped, unless GALLEY_REQUIRE_ACE is set
// (scripts/build-and-test.sh sets it: it installed Ace). The report reader is tested on reports with
// violations, as Ace writes them, so a clean verdict means Ace found nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "ace.hpp"
#include "epubcheck.hpp"
#include "run.hpp"
#include "story.hpp"

using namespace galley::testing;
namespace fs = std::filesystem;

namespace {

const std::string sample = source_dir() + "/samples/yongkang-2023-01-04";
const std::string claim = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

bool ace_required() {
    const char* v = std::getenv("GALLEY_REQUIRE_ACE");
    return v && *v && std::string(v) != "0";
}

std::string joined(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines) s += l + "\n";
    return s;
}

// How often `property` is a <meta property> of the package, and its text when it is there once.
std::vector<std::string> package_metas(const std::string& epub, const std::string& property) {
    std::string opf = zip_entry(epub, "OEBPS/package.opf");
    std::vector<std::string> values;
    std::string open = "<meta property=\"" + property + "\">";
    for (std::size_t at = opf.find(open); at != std::string::npos; at = opf.find(open, at + 1)) {
        std::size_t start = at + open.size(), end = opf.find("</meta>", start);
        values.push_back(opf.substr(start, end - start));
    }
    return values;
}

// Builds the sample edition as EPUB (with `options`) into `folder`/book; returns the book, "" with a failure.
std::string build_sample(const std::string& folder, const std::vector<std::string>& options) {
    std::vector<std::string> args = {"build", sample, "-t", "epub", "-o", folder + "/book"};
    args.insert(args.end(), options.begin(), options.end());
    RunResult r = run_galley(args);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::string epub = folder + "/book/yongkang-2023-01-04.epub";
    EXPECT_TRUE(fs::exists(epub)) << r.err;
    return fs::exists(epub) ? epub : "";
}

// A report as Ace 1.4.6 writes it (trimmed: no outlines, data or properties), from the sample book with one
// picture's alt removed and the package's accessibilityHazard taken out.
const std::string report_with_violations = R"({
  "@type": "earl:report",
  "earl:result": {"earl:outcome": "fail"},
  "a11y-metadata": {
    "missing": ["schema:accessibilityHazard", "a11y:certifiedBy"],
    "empty": [],
    "present": ["schema:accessMode", "dcterms:conformsTo"]
  },
  "assertions": [
    {"@type": "earl:assertion", "earl:result": {"earl:outcome": "pass"}, "assertions": [],
     "earl:testSubject": {"url": "nav.xhtml", "dct:title": "目录"}},
    {"@type": "earl:assertion", "earl:result": {"earl:outcome": "fail"},
     "assertions": [{
       "@type": "earl:assertion",
       "earl:result": {
         "earl:outcome": "fail",
         "dct:description": "Element does not have an alt attribute\naria-label attribute does not exist or is empty",
         "earl:pointer": {"cfi": ["/4/2[p1-a1]/6[p1-a1-fig1]/2"], "css": ["img"]},
         "html": "<img xmlns=\"http://www.w3.org/1999/xhtml\" src=\"../images/p1-a1-1.png\" />"
       },
       "earl:assertedBy": "aXe", "earl:mode": "automatic",
       "earl:test": {"earl:impact": "critical", "dct:title": "image-alt",
                     "dct:description": "Ensure <img> elements have alternative text or a role of none or presentation"}
     }],
     "earl:testSubject": {"url": "text/p1-a1.xhtml", "dct:title": "章旭升在慰问一线医务工作者时指出"}},
    {"@type": "earl:assertion", "earl:result": {"earl:outcome": "fail"},
     "assertions": [{
       "@type": "earl:assertion",
       "earl:result": {"earl:outcome": "fail",
                       "dct:description": "Publications must declare the 'schema:accessibilityHazard' metadata"},
       "earl:assertedBy": "Ace", "earl:mode": "automatic",
       "earl:test": {"earl:impact": "serious", "dct:title": "metadata-accessibilityhazard",
                     "dct:description": "Ensures a 'schema:accessibilityHazard' metadata is present"}
     }],
     "earl:testSubject": {"url": "OEBPS/package.opf", "dct:title": "永康日报 2023年1月4日"}}
  ]
})";

}  // namespace

TEST(AceReport, ListsEachViolationWithRuleImpactAndDocument) {
    AceReport r = parse_ace_report(report_with_violations);
    EXPECT_EQ(r.outcome, "fail");
    ASSERT_EQ(r.violations.size(), 2u);
    EXPECT_EQ(r.violations[0].rule, "image-alt");
    EXPECT_EQ(r.violations[0].impact, "critical");
    EXPECT_EQ(r.violations[0].document, "text/p1-a1.xhtml");
    EXPECT_NE(r.violations[0].detail.find("does not have an alt attribute"), std::string::npos) << r.violations[0].detail;
    EXPECT_NE(r.violations[0].detail.find("[at img]"), std::string::npos) << r.violations[0].detail;
    EXPECT_EQ(r.violations[1].rule, "metadata-accessibilityhazard");
    EXPECT_EQ(r.violations[1].impact, "serious");
    EXPECT_EQ(r.violations[1].document, "OEBPS/package.opf");
    EXPECT_EQ(r.metadata_missing, (std::vector<std::string>{"schema:accessibilityHazard", "a11y:certifiedBy"}));
    EXPECT_EQ(r.metadata_present, (std::vector<std::string>{"schema:accessMode", "dcterms:conformsTo"}));

    auto problems = ace_problems(r);
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].rfind("critical image-alt in text/p1-a1.xhtml: ", 0), 0u) << problems[0];
    EXPECT_EQ(problems[1].rfind("serious metadata-accessibilityhazard in OEBPS/package.opf: ", 0), 0u) << problems[1];
    EXPECT_EQ(problems[0].find('\n'), std::string::npos) << "one line per violation";
}

TEST(AceReport, APassIsCleanAndAFailWithNothingListedIsNot) {
    std::string pass = R"({"earl:result": {"earl:outcome": "pass"}, "assertions": [
        {"earl:result": {"earl:outcome": "pass"}, "assertions": [], "earl:testSubject": {"url": "nav.xhtml"}}]})";
    EXPECT_TRUE(ace_problems(parse_ace_report(pass)).empty());

    std::string fail = R"({"earl:result": {"earl:outcome": "fail"}, "assertions": []})";
    auto problems = ace_problems(parse_ace_report(fail));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].find("\"fail\""), std::string::npos) << problems[0];
}

TEST(AceReport, SomethingElseIsNoReport) {
    EXPECT_ANY_THROW(parse_ace_report(""));
    EXPECT_ANY_THROW(parse_ace_report("[]"));
    EXPECT_ANY_THROW(parse_ace_report(R"({"checker": {"nFatal": 0}, "messages": []})"));  // epubcheck's
    EXPECT_ANY_THROW(parse_ace_report(R"({"earl:result": {}, "assertions": []})"));
}

// The conformance claim the Ace test backs: in the sample's books (every picture has alt text), and in no book
// with a picture that has none. No a11y:certifiedBy: galley evaluates no book it writes.
TEST(EpubAccessibility, ClaimsConformanceOnlyWhenEveryPictureHasAltText) {
    TempDir out;
    for (const auto& options : {std::vector<std::string>{}, std::vector<std::string>{"-O", "vertical=true"}}) {
        std::string epub = build_sample(out.file(options.empty() ? "horizontal" : "vertical"), options);
        ASSERT_FALSE(epub.empty());
        EXPECT_EQ(package_metas(epub, "dcterms:conformsTo"), std::vector<std::string>{claim});
        EXPECT_TRUE(package_metas(epub, "a11y:certifiedBy").empty());
        EXPECT_EQ(package_metas(epub, "schema:accessModeSufficient"), (std::vector<std::string>{"textual", "textual,visual"}));
    }

    TempDir edition;
    fs::create_directories(edition.file("pages"));
    fs::create_directories(edition.file("images"));
    fs::copy_file(sample + "/pages/01.txt", edition.file("pages/01.txt"));
    fs::copy_file(sample + "/images/clinic.png", edition.file("images/clinic.png"));
    edition.write("edition.toml",
                  "[edition]\ntitle = \"永康日报\"\ndate = 2023-01-04\nlanguage = \"zh-CN\"\n\n"
                  "[[pages]]\nnumber = 1\nfiles = [\"pages/01.txt\"]\n\n"
                  "[[images]]\narticle = \"p1-a1\"\nfile = \"images/clinic.png\"\n");
    RunResult r = run_galley({"build", edition.path(), "-t", "epub", "-o", out.file("no-alt")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("alt"), std::string::npos) << "galley warns of the picture without alt text:\n" << r.err;
    std::string epub;
    for (const auto& e : fs::directory_iterator(out.file("no-alt")))
        if (e.path().extension() == ".epub") epub = e.path().string();
    ASSERT_FALSE(epub.empty()) << r.err;
    EXPECT_NE(zip_entry(epub, "OEBPS/text/p1-a1.xhtml").find("alt=\"\""), std::string::npos);
    EXPECT_TRUE(package_metas(epub, "dcterms:conformsTo").empty());
    EXPECT_EQ(package_metas(epub, "schema:accessModeSufficient"), std::vector<std::string>{"textual,visual"});
}

namespace {

constexpr const char* evaluator = "永康日报社 无障碍审读组";

// One Ace run on one of the sample's books ("horizontal" or "vertical"). Its reports stay in
// build/tests/ace/<book>/report/ (report.html to read).
void expect_ace_clean(const std::string& name, const std::vector<std::string>& options) {
    AceInstall ace = find_ace(GALLEY_ACE_DIR);
    if (!ace.missing.empty()) {
        if (ace_required()) FAIL() << "GALLEY_REQUIRE_ACE is set but Ace cannot run: " << ace.missing;
        GTEST_SKIP() << "DAISY Ace is not installed: " << ace.missing;
    }
    std::string folder = std::string(GALLEY_BUILD_DIR) + "/tests/ace/" + name;
    fs::create_directories(folder);
    std::string epub = build_sample(folder, options);
    ASSERT_FALSE(epub.empty());

    std::string log;
    auto start = std::chrono::steady_clock::now();
    std::string json = run_ace(ace, epub, folder + "/report", log);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_FALSE(json.empty()) << log;
    std::printf("ace %s: %s book in %.1f s\n", ace.version.c_str(), name.c_str(), seconds);

    AceReport report;
    ASSERT_NO_THROW(report = parse_ace_report(json)) << folder << "/report/report.json";
    auto problems = ace_problems(report);
    EXPECT_TRUE(problems.empty()) << "Ace found " << report.violations.size() << " violation(s) in the " << name
                                  << " book (" << epub << "; report " << folder << "/report/report.html):\n"
                                  << joined(problems);
    EXPECT_EQ(report.outcome, "pass");
    // Ace read the claim (and would have flagged a conformance string it does not know).
    EXPECT_NE(std::find(report.metadata_present.begin(), report.metadata_present.end(), "dcterms:conformsTo"),
              report.metadata_present.end())
        << joined(report.metadata_present);
    bool certified = std::find(options.begin(), options.end(), "certified-by=" + std::string(evaluator)) != options.end();
    EXPECT_EQ(std::find(report.metadata_present.begin(), report.metadata_present.end(), "a11y:certifiedBy") !=
                  report.metadata_present.end(),
              certified)
        << joined(report.metadata_present);
}

}  // namespace

TEST(AceOnTheSample, HorizontalBook) { expect_ace_clean("horizontal", {}); }

// The vertical book as a publisher who reviewed it ships it: Ace reads the evaluator galley was told of.
TEST(AceOnTheSample, VerticalBook) {
    expect_ace_clean("vertical", {"-O", "vertical=true", "-O", "certified-by=" + std::string(evaluator), "-O",
                                  "certifier-credential=WCAG 2.1 AA review"});
}
