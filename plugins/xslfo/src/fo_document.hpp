// The XSL-FO document: one fo:page-sequence per print page, with the masthead line in region-before, the page
// furniture (editor …) in region-after, and the articles flowing through the body's columns under headlines
// that span them all. Built with pugixml, never by pasting strings.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "galley/model.hpp"
#include "galley/xml_text.hpp"
#include "pages.hpp"
#include "settings.hpp"

namespace galley::xslfo {

inline constexpr const char* fo_namespace = "http://www.w3.org/1999/XSL/Format";
inline constexpr const char* fox_namespace = "http://xmlgraphics.apache.org/fop/extensions";
inline constexpr const char* master_name = "newspaper-page";
inline constexpr double line_height = 1.55;  // the body's leading, as a multiple of its type size
inline constexpr const char* front_master_name = "front-page";  // page 1: the nameplate instead of a running head

// Where the formatter finds the picture of an article's body block `index`: a URI for fo:external-graphic
// ("pictures/p1-a1-2.png", "data:image/png;base64,…"), or "" to print the caption alone.
using PictureSource = std::function<std::string(const Article& article, std::size_t index)>;

// `problems` gets what the text had to give up (characters XML 1.0 forbids), by article, for warnings.
std::string fo_document(const Edition& edition, const Settings& settings, const std::vector<PrintPage>& pages,
                        const PictureSource& pictures, std::vector<XmlCleaner::Problem>& problems);

// The masthead's words for a page: its label ("第1版", else 第N版 / Page N) and section.
std::string page_label(const PrintPage& page, bool chinese);
std::string page_section(const PrintPage& page);
// The furniture printed at the foot of a page, as printed ("责任编辑：胡丽  版式：王蒙"), in page order, each once.
std::vector<std::string> page_furniture(const PrintPage& page);

}  // namespace galley::xslfo
