// DAISY Ace, the EPUB accessibility checker (npm @daisy/ace, run in Debian's Chromium by ace-puppeteer):
// finding it, running it on a book, and reading its report.json.
#pragma once

#include <string>
#include <vector>

namespace galley::testing {

// One failed check in an Ace report: an axe-core rule on a content document, or one of Ace's own checks
// (the package's accessibility metadata, the EPUB's language, the page list …).
struct AceViolation {
    std::string rule;      // "image-alt", "metadata-accessmodesufficient" …
    std::string impact;    // "critical", "serious", "moderate", "minor"
    std::string document;  // as Ace names it: "text/p1-a1.xhtml", "OEBPS/package.opf"
    std::string detail;    // what failed, and where in the document (CSS selector, HTML) when Ace says
};

struct AceReport {
    std::string outcome;  // the report's earl:result: "pass" or "fail"
    std::vector<AceViolation> violations;
    std::vector<std::string> metadata_present;  // a11y-metadata: the accessibility properties the package has
    std::vector<std::string> metadata_missing;  // … and those it lacks (Ace lists, does not fail, optional ones)
};

// Reads Ace's report.json. Throws std::runtime_error (or nlohmann::json's exceptions) when it is not one.
AceReport parse_ace_report(const std::string& json);

// Why the report is not clean, one line per violation ("critical image-alt in text/p1-a1.xhtml: …"), or a line
// when its verdict is not "pass" with nothing listed; empty when Ace found nothing.
std::vector<std::string> ace_problems(const AceReport& report);

// Where Ace is: GALLEY_ACE_DIR from the environment, else the folder CMake was told (scripts/lib.sh's
// install_ace installs it there), and Chromium: PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium.
struct AceInstall {
    std::string ace_puppeteer;  // <dir>/node_modules/.bin/ace-puppeteer
    std::string chromium;
    std::string version;        // what `ace-puppeteer --version` printed; "" when it could not run
    std::string missing;        // why Ace cannot run here; "" when it can
};
AceInstall find_ace(const std::string& default_dir);

// Runs Ace on `epub`, its reports (report.json, report.html) into `report_dir` (replaced). Returns the
// report.json it wrote, or "" with `log` saying what Ace printed.
std::string run_ace(const AceInstall& ace, const std::string& epub, const std::string& report_dir, std::string& log);

}  // namespace galley::testing
