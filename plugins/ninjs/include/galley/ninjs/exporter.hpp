// The ninjs exporter: one ninjs 2.2 (or 3.1) JSON document per article, its pictures as associations. The plugin
// module (src/plugin.cpp) only names this class.
#pragma once

#include <array>

#include "galley/plugin.hpp"

namespace galley::ninjs {

inline constexpr const char* exporter_version = "1.0.0";

struct Exporter {
    static constexpr const char* id = "ninjs";
    static constexpr const char* name = "ninjs 2.2 / 3.1";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "IPTC ninjs JSON: a document per article with headlines, byline, body, pictures as associations";
    static constexpr const char* file_extension = "json";
    static constexpr const char* media_type = "application/json";
    static constexpr std::array<galley_option_spec, 3> options{{
        {"version", "string", "2.2", "ninjs version to write: 2.2, or 3.1 (camelCase property names)"},
        {"guid-prefix", "string", "",
         "Prefix of every uri (default: urn:newsml:issn.XXXX-XXXX: from the edition's ISSN, else "
         "urn:newsml:galley:), the ids the NewsML-G2 and NITF feeds give the same stories"},
        {"utc-offset", "string", "+08:00", "UTC offset of the times built from dates (Z, +08:00, -05:30)"},
    }};

    static void run(const Edition& edition, const plugin::Options& opts, plugin::Output& out);
};

}  // namespace galley::ninjs
