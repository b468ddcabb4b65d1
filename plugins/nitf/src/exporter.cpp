// Orchestration: check the input, render every article, report, then write.
#include "galley/nitf/exporter.hpp"

#include "document.hpp"
#include "settings.hpp"
#include "galley/feed_settings.hpp"

namespace galley::nitf {

void Exporter::run(const Edition& edition, const plugin::Options& opts, plugin::Output& out) {
    Settings settings;
    std::string error;
    std::vector<std::string> warnings;
    if (!make_settings(edition, opts, settings, error, warnings)) {
        out.error("", error);
        return;
    }
    for (const auto& w : warnings) out.warning("", w);
    if (!check_article_ids(edition, "NITF", "xml", out)) return;
    warn_missing_pictures(edition, out);

    XmlCleaner cleaner;
    std::vector<std::pair<std::string, std::string>> documents;
    for (const Article& a : edition.articles) {
        cleaner.set_article(a.id);
        documents.emplace_back(a.id + ".xml", nitf_document(settings, edition, a, cleaner));
    }
    for (const auto& [article, message] : cleaner.problems()) out.warning(article, message);

    // Written only now, whole: a failure above leaves no half-written output.
    for (auto& [entry, bytes] : documents) out.write(entry, bytes);
}

}  // namespace galley::nitf
