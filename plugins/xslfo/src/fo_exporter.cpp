// The "xsl-fo" exporter: the page document alone, pictures inside it as data: URIs so that the one file is
// complete wherever it is copied.
#include <cstdlib>

#include "fo_document.hpp"
#include "galley/xslfo/exporter.hpp"
#include "pages.hpp"
#include "pictures.hpp"
#include "resolution.hpp"
#include "settings.hpp"

namespace galley::xslfo {

void FoExporter::run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out) {
    Settings settings;
    std::string error;
    std::vector<std::string> warnings;
    if (!make_settings(edition, chosen, std::getenv("SOURCE_DATE_EPOCH"), settings, error, warnings)) {
        out.error("", error);
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
    std::vector<XmlCleaner::Problem> problems;
    std::string fo = fo_document(
        edition, settings, pages,
        [&](const Article& a, std::size_t index) {
            auto it = pictures.find({&a, index});
            return it == pictures.end() ? std::string() : data_uri(it->second);
        },
        problems);
    for (const auto& [article, message] : problems) out.warning(article, message);
    out.write("", fo);
}

}  // namespace galley::xslfo
