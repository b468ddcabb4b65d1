// The "pdf" exporter: galley's XSL-FO page set by Apache FOP with the CJK faces galley prepares, then made
// reproducible and written whole.
#include <cstdlib>

#include "fo_document.hpp"
#include "fonts.hpp"
#include "fop_config.hpp"
#include "fop_run.hpp"
#include "galley/xslfo/exporter.hpp"
#include "page_fill.hpp"
#include "pages.hpp"
#include "pdf_fixup.hpp"
#include "pictures.hpp"
#include "resolution.hpp"
#include "settings.hpp"

namespace galley::xslfo {

void PdfExporter::run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out) {
    Settings settings;
    std::string error;
    std::vector<std::string> warnings;
    if (!make_settings(edition, chosen, std::getenv("SOURCE_DATE_EPOCH"), settings, error, warnings)) {
        out.error("", error);
        return;
    }
    std::string fop = find_fop(chosen.text("fop"));
    if (fop.empty()) {
        std::string named = chosen.text("fop");
        if (named.empty() && std::getenv("GALLEY_FOP") && *std::getenv("GALLEY_FOP")) named = std::getenv("GALLEY_FOP");
        out.error("", std::string(fop_install_hint) + (named.empty() ? "" : " (\"" + named + "\" does not run)"));
        return;
    }
    for (const auto& w : warnings) out.warning("", w);
    std::vector<PrintPage> pages = plan_pages(edition);
    if (pages.empty()) {
        out.error("", "the edition has no pages and no articles: there is nothing to set");
        return;
    }
    Pictures pictures;
    if (!load_pictures(pages, out, pictures)) return;
    warn_low_resolution(pictures, column_width_mm(settings), out);

    FontRequest request;
    request.choice = chosen.text("fonts", "auto");
    request.cache_dir = chosen.text("font-cache");
    FontSet fonts;
    std::vector<std::string> notes;
    if (!prepare_fonts(request, fonts, error, notes)) {
        out.error("", error);
        return;
    }
    for (const auto& n : notes) out.note("", n);

    FopJob job;
    job.fop = fop;
    std::vector<XmlCleaner::Problem> problems;
    auto page_document = [&] {
        return fo_document(
            edition, settings, pages,
            [&](const Article& a, std::size_t index) {
                auto it = pictures.find({&a, index});
                return it == pictures.end() ? std::string() : "pictures/" + it->second.file;
            },
            problems);
    };
    job.fo = page_document();
    job.config = fop_configuration(fonts, chosen.flag("tagged"));
    for (const auto& [key, picture] : pictures) job.files.emplace_back("pictures/" + picture.file, picture.bytes);

    // A first pass lays the pages out only, to see which come out short; those say so in the proof.
    if (chosen.flag("short-page-note")) {
        // (untagged: FOP 2.8 fails on an area tree with accessibility on; the layout is the same)
        FopJob first = job;
        first.area_tree = true;
        first.config = fop_configuration(fonts, false);
        FopResult layout = run_fop(first);
        std::vector<PageFill> fill = layout.ok ? page_fill(layout.pdf) : std::vector<PageFill>{};
        if (fill.size() == pages.size()) {
            settings.short_page_notes.assign(pages.size(), "");
            settings.page_leading.assign(pages.size(), 0);
            double line_pt = settings.body_pt * line_height;
            for (std::size_t i = 0; i < fill.size(); ++i) {
                if (!fill[i].is_short(line_pt)) continue;
                // A little short: the leading opened up fills it; more: the page says it is short.
                if (double stretch = leading_stretch(fill[i]); stretch > 0)
                    settings.page_leading[i] = line_height * stretch;
                else
                    settings.short_page_notes[i] = short_page_note(fill[i], line_pt, settings.chinese);
            }
            job.fo = page_document();
        }
    }
    for (const auto& [article, message] : problems) out.warning(article, message);

    FopResult result = run_fop(job);
    // Opened-up leading that pushed a page onto a second sheet after all: set again at the usual leading.
    bool opened = false;
    for (double l : settings.page_leading) opened = opened || l > 0;
    if (result.ok && opened && result.pages > static_cast<int>(pages.size())) {
        settings.page_leading.clear();
        job.fo = page_document();
        result = run_fop(job);
    }
    for (const auto& w : result.warnings) out.warning("", w);
    if (!result.ok) {
        for (const auto& e : result.errors) out.error("", e);
        return;
    }
    if (result.pages > static_cast<int>(pages.size()))
        out.warning("", "the articles do not fit their pages: FOP set " + std::to_string(result.pages) + " sheets for " +
                            std::to_string(pages.size()) + " print page(s) (try -O columns or a larger page-size)");
    std::string problem;
    if (!make_reproducible(result.pdf, settings.timestamp, problem))
        out.warning("", "the PDF will differ from run to run: " + problem);
    out.write("", result.pdf);
}

}  // namespace galley::xslfo
