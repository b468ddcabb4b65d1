// NITF's body: body.head (headlines, rights, byline, dateline) and body.content (paragraphs, subheads,
// pictures, jump lines).
#pragma once

#include <pugixml.hpp>
#include <string>
#include <vector>

#include "settings.hpp"
#include "galley/model.hpp"
#include "galley/xml_text.hpp"

namespace galley::nitf {

void add_body(pugi::xml_node nitf, const Settings& settings, const Edition& edition, const Article& article,
              XmlCleaner& cleaner);

// Appends `text` to `parent` as mixed content, with each credited person's name in <person> (class: the kind)
// and the role printed just before it in <byttl> when `roles` is set: "本报记者 <person>王浩</person>". The
// text reads exactly as given; names it does not hold are not added.
void mark_people(pugi::xml_node parent, const std::string& text, const std::vector<Byline>& people, bool roles);

}  // namespace galley::nitf
