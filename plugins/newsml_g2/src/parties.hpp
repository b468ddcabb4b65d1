// People credited on an article or a picture, in IPTC's terms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace galley::newsml_g2 {

// Where a byline person goes in contentMeta and with which IPTC content production party role
// (http://cv.iptc.org/newscodes/contentprodpartyrole/).
struct Party {
    bool creator;      // <creator> (made the content) or <contributor> (helped)
    const char* role;  // "cpprole:author" …
};

// The model's byline kind (writer | photographer | correspondent | intern | editor | contributor) as a party
// of a text item.
Party text_party(std::string_view kind);

// The photographers a picture credit names: "记者 徐敏 摄" → {徐敏}, "Photo: Jane Doe/Reuters" → {Jane Doe}.
// Empty when the credit names no person or does not parse ("新华社发", "Photo: Reuters").
std::vector<std::string> photographers(std::string_view credit);

}  // namespace galley::newsml_g2
