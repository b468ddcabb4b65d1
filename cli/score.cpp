// galley score: the print-text reader measured on pages whose truth is known (NAME.txt beside
// NAME.expected.json). Prints a table per page and in total; with --floor, fails when a total is below it.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "galley/scoring.hpp"
#include "inputs.hpp"
#include "output_file.hpp"

namespace galley::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view truth_suffix = ".expected.json";

// The pages to score: NAME.txt files named directly, or every NAME.txt in a folder that has its truth.
bool collect_pages(const std::vector<std::string>& paths, std::vector<std::string>& pages, Diagnostics& diags) {
    for (const auto& p : paths) {
        std::error_code ec;
        if (fs::is_directory(p, ec)) {
            std::vector<std::string> found;
            for (const auto& e : fs::directory_iterator(p, ec)) {
                std::string name = e.path().filename().string();
                if (name.size() > truth_suffix.size() && name.ends_with(truth_suffix)) {
                    std::string page = (e.path().parent_path() / name.substr(0, name.size() - truth_suffix.size())).string() + ".txt";
                    if (fs::is_regular_file(page, ec)) found.push_back(page);
                    else diags.error({e.path().string(), 0, 0}, "a truth without its page (" + page + ")");
                }
            }
            if (ec) diags.error({p, 0, 0}, "cannot read the folder: " + ec.message());
            std::sort(found.begin(), found.end());
            if (found.empty() && !ec) diags.error({p, 0, 0}, "no NAME.txt with NAME.expected.json here");
            pages.insert(pages.end(), found.begin(), found.end());
        } else {
            pages.push_back(p);
        }
    }
    return !diags.has_errors();
}

std::string truth_path(const std::string& page) {
    std::string base = page.size() > 4 && page.ends_with(".txt") ? page.substr(0, page.size() - 4) : page;
    return base + std::string(truth_suffix);
}

std::vector<std::string> split_lines(const std::string& bytes) {
    std::vector<std::string> out;
    std::size_t b = 0;
    while (b <= bytes.size()) {
        std::size_t e = bytes.find('\n', b);
        if (e == std::string::npos) e = bytes.size();
        std::string line = bytes.substr(b, e - b);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(std::move(line));
        b = e + 1;
    }
    return out;
}

}  // namespace

int run_score(const ScoreArgs& args) {
    Diagnostics diags;
    std::vector<std::string> pages;
    std::vector<std::pair<std::string, double>> floor;
    if (!args.floor.empty()) {
        std::string text;
        if (std::string err = read_whole_file(args.floor, text); !err.empty()) diags.error({args.floor, 0, 0}, "cannot read the floor: " + err);
        else scoring::read_floor(text, args.floor, floor, diags);
    }
    collect_pages(args.paths, pages, diags);
    if (diags.has_errors()) {
        print_diagnostics(diags, true);
        return exit_usage;
    }

    const Converter* reader = find_converter("print-text");
    std::vector<scoring::PageScore> scores;
    scoring::Counts total;
    for (const auto& page : pages) {
        InputDocument input{page, {}};
        std::string truth_text;
        scoring::PageTruth truth;
        if (std::string err = read_whole_file(page, input.bytes); !err.empty()) {
            diags.error({page, 0, 0}, "cannot read the page: " + err);
            continue;
        }
        std::string tpath = truth_path(page);
        if (std::string err = read_whole_file(tpath, truth_text); !err.empty()) {
            diags.error({tpath, 0, 0}, "cannot read the truth: " + err);
            continue;
        }
        if (!scoring::read_truth(truth_text, tpath, truth, diags)) continue;
        // The reader's own messages are not the score's business; a page it cannot read scores nothing.
        Edition edition;
        Diagnostics reading;
        reader->read(input, ConvertOptions{}, edition, reading);
        for (const auto& d : reading.items())
            if (d.severity == Severity::error) diags.add(d.severity, d.where, d.message);
        std::string name = fs::path(page).stem().string();
        scores.push_back(scoring::score_page(name, truth, edition, split_lines(input.bytes)));
        total += scores.back().counts;
    }
    print_diagnostics(diags, true);
    if (diags.has_errors()) return exit_input_error;

    if (args.json) {
        std::cout << scoring::json_report(scores, total);
    } else {
        std::cout << scoring::table(scores, total, args.markdown);
        if (!args.markdown) {
            std::cout << "\n";
            for (const auto& r : scoring::ratios(total))
                if (r.den > 0) {
                    char pct[16];
                    std::snprintf(pct, sizeof pct, "%.1f", r.value * 100);
                    std::cout << "  " << r.label << ": " << r.num << "/" << r.den << " = " << pct << " %\n";
                }
        }
        if (args.details)
            for (const auto& s : scores) {
                if (s.misses.empty()) continue;
                std::cout << "\n" << s.name << ":\n";
                for (const auto& m : s.misses) std::cout << "  " << m << "\n";
            }
    }
    std::cout << std::flush;
    auto below = scoring::below_floor(total, floor);
    for (const auto& b : below) std::cerr << "galley: below the floor: " << b << "\n";
    return below.empty() ? exit_ok : exit_below_floor;
}

}  // namespace galley::cli
