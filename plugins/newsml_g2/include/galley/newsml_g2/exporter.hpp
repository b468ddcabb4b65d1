// The NewsML-G2 2.35 exporter: one newsItem per article and per picture, one packageItem per edition,
// optionally all in one newsMessage. The plugin module (src/plugin.cpp) only names this class.
#pragma once

#include <array>

#include "galley/plugin.hpp"

namespace galley::newsml_g2 {

inline constexpr const char* exporter_version = "1.0.0";

struct Exporter {
    static constexpr const char* id = "newsml-g2";
    static constexpr const char* name = "NewsML-G2 2.35";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "IPTC NewsML-G2 2.35 (Power): a newsItem per article and picture, a packageItem per edition";
    static constexpr const char* file_extension = "xml";
    static constexpr const char* media_type = "application/vnd.iptc.g2.newsitem+xml";
    static constexpr std::array<galley_option_spec, 4> options{{
        {"message", "bool", "false",
         "Write one newsMessage holding every item to the single output instead of one file per item"},
        {"provider", "string", "", "The provider (default: the edition's publisher, else its title, else galley)"},
        {"guid-prefix", "string", "",
         "Prefix of every guid (default: urn:newsml:issn.XXXX-XXXX: from the edition's ISSN, else "
         "urn:newsml:galley:)"},
        {"utc-offset", "string", "+08:00", "UTC offset of the times built from dates (Z, +08:00, -05:30)"},
    }};

    static void run(const Edition& edition, const plugin::Options& opts, plugin::Output& out);
};

}  // namespace galley::newsml_g2
