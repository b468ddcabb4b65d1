// One article as a NITF 3.6 document.
#pragma once

#include <string>

#include "settings.hpp"
#include "galley/model.hpp"
#include "galley/xml_text.hpp"

namespace galley::nitf {

inline constexpr const char* nitf_namespace = "http://iptc.org/std/NITF/2006-10-18/";

// The document's bytes: UTF-8, two-space indentation. Text goes through `cleaner`, which records what it had
// to replace for the exporter's warnings.
std::string nitf_document(const Settings& settings, const Edition& edition, const Article& article,
                          XmlCleaner& cleaner);

}  // namespace galley::nitf
