// What the options, the environment and the edition decide for the whole proof: paper, columns, type sizes,
// language, the masthead's date and the PDF's timestamp.
#pragma once

#include <string>
#include <vector>

#include "galley/calendar.hpp"
#include "galley/model.hpp"
#include "galley/plugin.hpp"

namespace galley::xslfo {

struct PaperSize {
    std::string name;                 // a3 | tabloid | a4
    double width_mm = 0, height_mm = 0;
};

struct Settings {
    PaperSize paper;
    int columns = 3;
    double body_pt = 10;       // body type; everything else is sized from it
    std::string language;      // BCP 47 of the page: -O lang, else the edition's, else zh
    bool chinese = true;       // Chinese masthead words and 2-em indents
    std::string paper_name;    // the masthead's paper: the edition's title, else the first page's "paper" field
    bool dated = false;
    CivilDate date;            // the issue date
    std::string timestamp;     // the PDF's creation time: SOURCE_DATE_EPOCH, else the issue date at 00:00 UTC
    // Font families as FO font-family lists: the CJK family first, generic Latin fallbacks after.
    std::string serif = "Noto Serif CJK SC";
    std::string sans = "Noto Sans CJK SC";
    // By position in the page plan: the note a page FOP set short gets at the end of its articles ("" for none).
    // Only the pdf exporter knows, from a first layout pass (page_fill.hpp).
    std::vector<std::string> short_page_notes;
    // By position: the body's line height for a page opened up to fill it (0: the usual line_height).
    std::vector<double> page_leading;
};

// Returns false with `error` when the options make no page (unknown paper, columns out of range, a bad
// SOURCE_DATE_EPOCH); `warnings` are for the whole edition.
bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch,
                   Settings& out, std::string& error, std::vector<std::string>& warnings);

std::optional<PaperSize> paper_size(std::string_view name);

// The page's geometry (A4 a little tighter): the left and right margins, the gap between columns, and so the
// width of one column, which is the width a picture is placed at.
double side_margin_mm(const Settings& settings);
double column_gap_mm(const Settings& settings);
double column_width_mm(const Settings& settings);

// "zh-CN" → {"zh", "CN"}: FO's language and country properties.
std::pair<std::string, std::string> language_and_country(std::string_view tag);
// Chinese, Japanese or Korean (galley/language.hpp), or no language: the page is set by CJK rules.
bool is_cjk_language(std::string_view tag);

}  // namespace galley::xslfo
