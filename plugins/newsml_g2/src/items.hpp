// The newsItems: one text item per article, one picture item per image block.
#pragma once

#include <string>
#include <vector>

#include "galley/feed_settings.hpp"
#include "galley/model.hpp"
#include "settings.hpp"
#include "text.hpp"

namespace galley::newsml_g2 {

// The language an item declares: the article's, else the edition's; "" when neither is a valid tag.
std::string item_language(const Settings& settings, const Article& article);

// Guids and entry names: "<id>" / "<id>.xml", and "<id>-img<n>" / "<id>-img<n>.xml" for the n-th image
// block (1-based).
// (galley/item_guid.hpp's picture_item_id, the ids every feed gives pictures).
std::string picture_local_id(const Article& article, int n);
// Only supplied pictures (galley/feed_settings.hpp's picture_supplied) are counted: a caption without one is left out.
int picture_count(const Article& article);  // the article's pictures that are supplied
const Image* nth_picture(const Article& article, int n);  // nullptr when there is no n-th image block

// Each returns the whole document; `cleaner` collects what had to be replaced.
std::string render_text_item(const Settings& settings, const Edition& edition, const Article& article, int version,
                             Cleaner& cleaner);
std::string render_picture_item(const Settings& settings, const Edition& edition, const Article& article, int n,
                                int version, Cleaner& cleaner);

}  // namespace galley::newsml_g2
