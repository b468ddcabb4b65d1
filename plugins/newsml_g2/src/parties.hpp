// People credited on an article or a picture, in IPTC's terms. Who they are and what they did comes from the
// model (Article::bylines, Caption::bylines): the reader's work is not redone here.
#pragma once

#include <string_view>

namespace galley::newsml_g2 {

// Where a byline person goes in contentMeta and with which IPTC content production party role
// (http://cv.iptc.org/newscodes/contentprodpartyrole/).
struct Party {
    bool creator;      // <creator> (made the content) or <contributor> (helped)
    const char* role;  // "cpprole:author" …
};

// A byline of the given kind (galley::byline_kinds) as a party of a text item.
Party text_party(std::string_view kind);

// A person a picture's credit names as a party of the picture item.
Party picture_party(std::string_view kind);

}  // namespace galley::newsml_g2
