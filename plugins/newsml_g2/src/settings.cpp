#include "settings.hpp"

#include "text.hpp"
#include "galley/quote.hpp"

namespace galley::newsml_g2 {

std::string normalize_issn(std::string_view issn) {
    std::string_view s = issn;
    if (s.size() >= 4 && (s.substr(0, 4) == "ISSN" || s.substr(0, 4) == "issn")) s.remove_prefix(4);
    std::string chars;
    for (char c : s) {
        if (c == ' ' || c == '-' || c == ':') continue;
        bool digit = c >= '0' && c <= '9';
        bool check = (c == 'X' || c == 'x') && chars.size() == 7;
        if (!digit && !check) return "";
        chars.push_back(c == 'x' ? 'X' : c);
    }
    if (chars.size() != 8) return "";
    return chars.substr(0, 4) + "-" + chars.substr(4);
}

namespace {

// ISSN check digit (ISO 3297): weights 8…2 over the first seven digits, mod 11.
bool issn_checks(const std::string& issn) {
    int sum = 0;
    for (int i = 0, k = 0; i < 9; ++i) {
        if (issn[i] == '-') continue;
        if (k < 7) sum += (issn[i] - '0') * (8 - k);
        ++k;
    }
    int check = (11 - sum % 11) % 11;
    char expected = check == 10 ? 'X' : static_cast<char>('0' + check);
    return issn[8] == expected;
}

}  // namespace

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
        auto seconds = parse_epoch(source_date_epoch);
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
