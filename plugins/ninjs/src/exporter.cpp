// Orchestration: check the input, render every article, report, then write.
#include "galley/ninjs/exporter.hpp"

#include <cstdlib>

#include "document.hpp"
#include "galley/feed_settings.hpp"
#include "galley/language.hpp"
#include "galley/quote.hpp"

namespace galley::ninjs {

void Exporter::run(const Edition& edition, const plugin::Options& opts, plugin::Output& out) {
    Settings settings;
    std::string error;
    std::vector<std::string> warnings;
    settings.version = opts.text("version", "2.2");
    if (settings.version != "2.2" && settings.version != "3.1") {
        out.error("", "option version: " + quote_text(settings.version) + " is not a ninjs version galley writes (2.2 or 3.1)");
        return;
    }
    if (!make_feed_settings(edition, opts, std::getenv("SOURCE_DATE_EPOCH"), settings.feed, error, warnings)) {
        out.error("", error);
        return;
    }
    for (const auto& w : warnings) out.warning("", w);
    settings.language = lang::is_language_tag(edition.language) && edition.language != "und" ? edition.language : "";
    if (!check_article_ids(edition, "ninjs", "json", out)) return;
    warn_missing_pictures(edition, out);

    // JSON can hold any character, but the HTML body and the partners' XML pipelines cannot: the same cleaner as
    // the XML feeds, with the same warnings.
    XmlCleaner cleaner;
    std::vector<std::pair<std::string, std::string>> documents;
    for (const Article& a : edition.articles) {
        cleaner.set_article(a.id);
        documents.emplace_back(a.id + ".json", article_document(settings, edition, a, cleaner).dump(2) + "\n");
    }
    for (const auto& [article, message] : cleaner.problems()) out.warning(article, message);

    // Written only now, whole: a failure above leaves no half-written output.
    for (auto& [entry, bytes] : documents) out.write(entry, bytes);
}

}  // namespace galley::ninjs
