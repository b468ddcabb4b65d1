// The NITF 3.6 exporter: one NITF document per article, in the NITF namespace so that IPTC's XSD checks it.
// The plugin module (src/plugin.cpp) only names this class.
#pragma once

#include <array>

#include "galley/plugin.hpp"

namespace galley::nitf {

inline constexpr const char* exporter_version = "1.0.0";

struct Exporter {
    static constexpr const char* id = "nitf";
    static constexpr const char* name = "NITF 3.6";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "IPTC NITF 3.6: a document per article with headlines, bylines, dateline, body, pictures, print placement";
    static constexpr const char* file_extension = "xml";
    static constexpr const char* media_type = "application/xml";
    static constexpr std::array<galley_option_spec, 2> options{{
        {"guid-prefix", "string", "",
         "Prefix of every doc-id (default: urn:newsml:issn.XXXX-XXXX: from the edition's ISSN, else "
         "urn:newsml:galley:), the same ids the NewsML-G2 feed gives the same stories"},
        {"utc-offset", "string", "+08:00", "UTC offset of the times built from dates (Z, +08:00, -05:30)"},
    }};

    static void run(const Edition& edition, const plugin::Options& opts, plugin::Output& out);
};

}  // namespace galley::nitf
