#include "settings.hpp"

#include "text.hpp"
#include "galley/feed_settings.hpp"
#include "galley/quote.hpp"

namespace galley::newsml_g2 {

bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch, Settings& out,
                   std::string& error, std::vector<std::string>& warnings) {
    out.message = options.flag("message");

    FeedSettings feed;
    if (!make_feed_settings(edition, options, source_date_epoch, feed, error, warnings)) return false;
    out.offset = feed.offset;
    out.date = feed.issue;
    out.first_created = feed.first_created.xs_date_time();
    out.version_created = feed.version_created.xs_date_time();
    out.guid_prefix = feed.guid_prefix;

    out.provider = options.text("provider");
    if (out.provider.empty()) out.provider = !edition.publisher.empty() ? edition.publisher : edition.title;
    if (out.provider.empty()) out.provider = "galley";

    out.language = is_language_tag(edition.language) ? edition.language : "";
    if (out.language.empty() && !edition.articles.empty()) {
        std::string shared = edition.articles.front().language;
        for (const auto& a : edition.articles)
            if (a.language != shared) shared.clear();
        if (is_language_tag(shared)) out.language = shared;
    }
    return true;
}

std::string item_guid(const Settings& settings, std::string_view local) {
    return galley::item_guid(settings.guid_prefix, settings.date, local);
}

}  // namespace galley::newsml_g2
