#include "ace.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "run.hpp"

namespace galley::testing {
namespace {

using nlohmann::json;

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n' || c == '\r') c = ' ';
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
}

std::string string_at(const json& object, const char* key) {
    if (!object.is_object()) return "";
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

std::vector<std::string> strings(const json& report, const char* key) {
    std::vector<std::string> out;
    auto meta = report.find("a11y-metadata");
    if (meta == report.end() || !meta->is_object() || !meta->contains(key)) return out;
    for (const auto& s : meta->at(key))
        if (s.is_string()) out.push_back(s.get<std::string>());
    return out;
}

// Ace nests assertions: one per document (its earl:testSubject), holding one per failed rule (earl:test).
void collect(const json& assertion, const std::string& document, std::vector<AceViolation>& out) {
    std::string here = document;
    if (auto subject = assertion.find("earl:testSubject"); subject != assertion.end()) {
        std::string url = string_at(*subject, "url");
        if (!url.empty()) here = url;
    }
    auto test = assertion.find("earl:test");
    const json& result = assertion.at("earl:result");
    if (test != assertion.end() && string_at(result, "earl:outcome") == "fail") {
        AceViolation v;
        v.rule = string_at(*test, "dct:title");
        v.impact = string_at(*test, "earl:impact");
        v.document = here;
        // What the rule wants, then what Ace found ("Ensure <img> elements have alternative text …: Element does
        // not have an alt attribute …"); for Ace's own checks the rule's text carries the offending value.
        std::string wants = one_line(string_at(*test, "dct:description"));
        std::string found = one_line(string_at(result, "dct:description"));
        v.detail = wants.empty() ? found : found.empty() || found == wants ? wants : wants + ": " + found;
        if (auto pointer = result.find("earl:pointer"); pointer != result.end() && pointer->contains("css"))
            for (const auto& css : pointer->at("css"))
                if (css.is_string()) v.detail += " [at " + css.get<std::string>() + "]";
        std::string html = string_at(result, "html");
        if (!html.empty()) v.detail += " " + one_line(html);
        if (v.rule.empty()) v.rule = "(unnamed rule)";
        if (v.impact.empty()) v.impact = "(no impact)";
        out.push_back(std::move(v));
    }
    if (auto inner = assertion.find("assertions"); inner != assertion.end())
        for (const auto& a : *inner) collect(a, here, out);
}

std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

}  // namespace

AceReport parse_ace_report(const std::string& text) {
    json j = json::parse(text);
    if (!j.is_object() || !j.contains("earl:result") || !j.contains("assertions") || !j.at("assertions").is_array())
        throw std::runtime_error("not an Ace report: no earl:result or assertions");
    AceReport r;
    r.outcome = string_at(j.at("earl:result"), "earl:outcome");
    if (r.outcome.empty()) throw std::runtime_error("not an Ace report: earl:result has no earl:outcome");
    for (const auto& a : j.at("assertions")) collect(a, "", r.violations);
    r.metadata_present = strings(j, "present");
    r.metadata_missing = strings(j, "missing");
    return r;
}

std::vector<std::string> ace_problems(const AceReport& report) {
    std::vector<std::string> lines;
    for (const AceViolation& v : report.violations)
        lines.push_back(v.impact + " " + v.rule + " in " + (v.document.empty() ? "(the book)" : v.document) + ": " +
                        v.detail);
    if (lines.empty() && report.outcome != "pass")
        lines.push_back("Ace's verdict is \"" + report.outcome + "\" but it lists no violation");
    return lines;
}

AceInstall find_ace(const std::string& default_dir) {
    AceInstall ace;
    const char* dir = std::getenv("GALLEY_ACE_DIR");
    std::string folder = dir && *dir ? dir : default_dir;
    ace.ace_puppeteer = folder + "/node_modules/.bin/ace-puppeteer";
    const char* chromium = std::getenv("PUPPETEER_EXECUTABLE_PATH");
    ace.chromium = chromium && *chromium ? chromium : "/usr/bin/chromium";
    if (!std::filesystem::exists(ace.ace_puppeteer)) {
        ace.missing = ace.ace_puppeteer + " is missing (scripts/build-and-test.sh installs Ace, or as root: " +
                      ". scripts/lib.sh && install_ace)";
        return ace;
    }
    if (!std::filesystem::exists(ace.chromium)) {
        ace.missing = ace.chromium + " is missing: apt-get install chromium";
        return ace;
    }
    // It runs under node: the version it prints says node is there and the install is whole.
    std::string output;
    if (FILE* p = popen((quote(ace.ace_puppeteer) + " --version 2>&1").c_str(), "r")) {
        char buf[256];
        while (std::fgets(buf, sizeof buf, p)) output += buf;
        int status = pclose(p);
        if (status == 0) ace.version = one_line(output);
    }
    if (ace.version.empty()) ace.missing = ace.ace_puppeteer + " --version failed (is nodejs installed?): " + one_line(output);
    return ace;
}

std::string run_ace(const AceInstall& ace, const std::string& epub, const std::string& report_dir, std::string& log) {
    std::filesystem::remove_all(report_dir);
    std::string log_file = report_dir + ".log";
    // Ace waits up to 4 minutes per document by itself; a Chromium that hangs is stopped well before ctest's
    // timeout.
    std::string command = "PUPPETEER_EXECUTABLE_PATH=" + quote(ace.chromium) + " timeout -k 10 240 " +
                          quote(ace.ace_puppeteer) + " -f -o " + quote(report_dir) + " " + quote(epub) + " >" +
                          quote(log_file) + " 2>&1";
    int status = std::system(command.c_str());
    log = read_file(log_file);
    std::string report = read_file(report_dir + "/report.json");
    if (report.empty()) log = "Ace wrote no report (status " + std::to_string(status) + "):\n" + log;
    return report;
}

}  // namespace galley::testing
