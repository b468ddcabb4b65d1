#include "settings.hpp"

#include "text.hpp"
#include "galley/issn.hpp"
#include "galley/quote.hpp"

namespace galley::newsml_g2 {

bool make_settings(const Edition& edition, const plugin::Options& options, const char* source_date_epoch, Settings& out,
                   std::string& error, std::vector<std::string>& warnings) {
    out.message = options.flag("message");

    auto offset = parse_utc_offset(options.text("utc-offset", "+08:00"));
    if (!offset) {
        error =
            "option utc-offset: \"" + options.text("utc-offset") + "\" is no UTC offset (write Z, +08:00 or -05:30)";
        return false;
    }
    out.offset = *offset;

    // Every guid and time hangs on the issue date; without one, galley cannot make stable items.
    auto date = parse_iso_date(edition.date);
    if (!date) {
        error = edition.date.empty() ? "the edition has no date: give the issue date (--issue-date YYYY-MM-DD)"
                                     : "the edition's date " + quote_text(edition.date) + " is not YYYY-MM-DD";
        return false;
    }
    out.date = *date;
    out.first_created = midnight(out.date, out.offset);
    out.version_created = out.first_created;
    if (source_date_epoch) {
        auto seconds = parse_source_date_epoch(source_date_epoch);
        if (!seconds) {
            error = std::string("SOURCE_DATE_EPOCH=\"") + source_date_epoch +
                    "\" is not a number of seconds since 1970-01-01 (unset it or fix it)";
            return false;
        }
        out.version_created = epoch_time(*seconds, out.offset);
    }

    out.provider = options.text("provider");
    if (out.provider.empty()) out.provider = !edition.publisher.empty() ? edition.publisher : edition.title;
    if (out.provider.empty()) out.provider = "galley";

    out.guid_prefix = options.text("guid-prefix");
    if (out.guid_prefix.empty()) {
        out.guid_prefix = "urn:newsml:galley:";
        if (!edition.issn.empty()) {
            std::string issn = normalize_issn(edition.issn);
            if (issn.empty()) {
                warnings.push_back("the edition's ISSN " + quote_text(edition.issn) +
                                   " is no ISSN; guids use urn:newsml:galley: instead");
            } else {
                if (!issn_checks(issn))
                    warnings.push_back("the edition's ISSN " + issn + " fails its check digit; guids use it anyway");
                out.guid_prefix = "urn:newsml:issn." + issn + ":";
            }
        }
    }

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
    return settings.guid_prefix + compact_date(settings.date) + ":" + std::string(local);
}

}  // namespace galley::newsml_g2
