// The InCopy ICML exporter: one InCopy story per article (or per print page) for InDesign's File > Place,
// with the pictures linked beside the stories. The plugin module (src/plugin.cpp) only names this class.
#pragma once

#include <array>

#include "galley/plugin.hpp"

namespace galley::icml {

inline constexpr const char* exporter_version = "1.0.0";

struct Exporter {
    static constexpr const char* id = "icml";
    static constexpr const char* name = "InCopy ICML";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "Adobe InCopy stories (ICML) for InDesign's File > Place: a story per article or per print page, "
        "paragraph styles a template maps, pictures linked from images/";
    static constexpr const char* file_extension = "icml";
    static constexpr const char* media_type = "application/vnd.adobe.incopy-icml";
    static constexpr std::array<galley_option_spec, 3> options{{
        {"story", "string", "article",
         "article: one <article id>.icml per article; page: one page-<n>.icml per print page"},
        {"style-prefix", "string", "",
         "Prefix of every style name; \"News:\" puts the styles in the style group News (News:Headline)"},
        {"image-width", "int", "0",
         "Width in points of every placed picture (0: the picture's own size at its resolution, else 72 ppi)"},
    }};

    static void run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out);
};

}  // namespace galley::icml
