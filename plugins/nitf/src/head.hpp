// NITF's head: the title, what NITF has no element for (as meta), document data and print placement.
#pragma once

#include <pugixml.hpp>

#include "settings.hpp"
#include "galley/model.hpp"
#include "galley/xml_text.hpp"

namespace galley::nitf {

void add_head(pugi::xml_node nitf, const Settings& settings, const Edition& edition, const Article& article,
              XmlCleaner& cleaner);

}  // namespace galley::nitf
