// The XSL-FO exporters. "xsl-fo" writes a newspaper page proof as one XSL-FO document (a page sequence per print
// page, pictures inline as data: URIs); "pdf" sets that document with Apache FOP, with fonts and a FOP
// configuration galley prepares, and writes the PDF. Each plugin module (src/plugin_fo.cpp, src/plugin_pdf.cpp)
// only names one of these classes: one exporter per module.
#pragma once

#include <array>

#include "galley/plugin.hpp"

namespace galley::xslfo {

inline constexpr const char* exporter_version = "1.0.0";

// Options both exporters take: what the page looks like.
#define GALLEY_XSLFO_PAGE_OPTIONS                                                                               \
    {"page-size", "string", "a3", "Paper: a3 (297x420 mm), tabloid (11x17 in) or a4"},                           \
        {"columns", "int", "3", "Text columns on the page (1-8)"},                                               \
        {"lang", "string", "", "Language of the page and of articles that have none (default: the edition's, else zh)"}

struct FoExporter {
    static constexpr const char* id = "xsl-fo";
    static constexpr const char* name = "XSL-FO page proof";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "XSL-FO newspaper pages (a page sequence per print page) for Apache FOP or another formatter";
    static constexpr const char* file_extension = "fo";
    // XSL-FO has no registered media type; this is the one freedesktop.org's shared-mime-info gives *.fo.
    static constexpr const char* media_type = "text/x-xslfo";
    static constexpr std::array<galley_option_spec, 3> options{{GALLEY_XSLFO_PAGE_OPTIONS}};

    static void run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out);
};

struct PdfExporter {
    static constexpr const char* id = "pdf";
    static constexpr const char* name = "PDF page proof (Apache FOP)";
    static constexpr const char* version = exporter_version;
    static constexpr const char* description =
        "PDF proof of the print pages, set by Apache FOP from galley's XSL-FO with embedded Noto CJK fonts";
    static constexpr const char* file_extension = "pdf";
    static constexpr const char* media_type = "application/pdf";
    static constexpr std::array<galley_option_spec, 8> options{{
        GALLEY_XSLFO_PAGE_OPTIONS,
        {"fop", "string", "", "The fop command (default: $GALLEY_FOP, else fop on PATH)"},
        {"fonts", "string", "auto",
         "CJK fonts: noto (Noto Serif/Sans CJK SC from fonts-noto-cjk), wqy (WenQuanYi Zen Hei), auto (noto, else wqy)"},
        {"font-cache", "string", "",
         "Where the Noto faces taken out of Debian's .ttc files are kept (default: $XDG_CACHE_HOME/galley/fonts, "
         "else ~/.cache/galley/fonts)"},
        {"tagged", "bool", "true",
         "A tagged, accessible PDF (PDF/UA-1: structure, alt text, language); false saves FOP some time"},
        {"short-page-note", "bool", "true",
         "Lay the pages out once first (a second FOP run): open up the leading of a page a little short, mark "
         "one left more empty"},
    }};

    static void run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out);
};

#undef GALLEY_XSLFO_PAGE_OPTIONS

}  // namespace galley::xslfo
