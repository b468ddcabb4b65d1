// The EPUB 3 exporter: one e-book per edition — a cover, a table of contents, an index page per print page
// and one XHTML file per article — with an EPUB 2 NCX for old readers. The plugin module (src/plugin.cpp)
// only names this class.
#pragma once

#include <array>

#include "galley/plugin.hpp"

namespace galley::epub {

inline constexpr const char* exporter_version = "1.0.0";

struct Exporter {
    static constexpr const char* id = "epub";
    static constexpr const char* name = "EPUB 3";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "EPUB 3 e-book of the edition: cover, contents, an index page per print page, a file per article";
    static constexpr const char* file_extension = "epub";
    static constexpr const char* media_type = "application/epub+zip";
    static constexpr std::array<galley_option_spec, 6> options{{
        {"vertical", "bool", "false", "Vertical text (writing-mode: vertical-rl), pages turning right to left"},
        {"cover", "bool", "true", "Draw a cover from the masthead and lead headlines when the edition has none"},
        {"lang", "string", "",
         "Language tag of the book and of articles that have none (default: the edition's, else zh)"},
        {"certified-by", "string", "",
         "Who evaluated the book's accessibility (a11y:certifiedBy), for a publisher that reviewed it"},
        {"certifier-credential", "string", "", "The evaluator's credential (a11y:certifierCredential)"},
        {"certifier-report", "string", "", "URL of the evaluation report (a11y:certifierReport)"},
    }};

    static void run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out);
};

}  // namespace galley::epub
