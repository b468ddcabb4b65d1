// The styles a story applies: default names a desk maps to its template, the optional prefix (style group),
// InDesign's Self ids for them, and their declaration in the document's root style groups.
#pragma once

#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace galley::icml {

enum class ParaStyle {
    column,
    kicker,
    headline,
    derived_headline,  // a headline galley made from the lead: set apart from a printed one
    subheadline,
    byline,
    dateline,
    body_first,
    body,
    subhead,
    figure,
    caption,
    credit,
    continuation,
};
inline constexpr ParaStyle all_para_styles[] = {
    ParaStyle::column, ParaStyle::kicker, ParaStyle::headline, ParaStyle::derived_headline, ParaStyle::subheadline, ParaStyle::byline,
    ParaStyle::dateline, ParaStyle::body_first, ParaStyle::body, ParaStyle::subhead,
    ParaStyle::figure, ParaStyle::caption, ParaStyle::credit, ParaStyle::continuation,
};

enum class CharStyle { none, source };

// "Kicker", "Headline" … "Continuation"; "Source" for CharStyle::source, "" for none.
const char* default_name(ParaStyle s);
const char* default_name(CharStyle s);

// InDesign's own defaults, which every document has: what our styles are based on and what plain text
// carries.
inline constexpr const char* normal_paragraph_self = "ParagraphStyle/$ID/NormalParagraphStyle";
inline constexpr const char* no_paragraph_style_self = "ParagraphStyle/$ID/[No paragraph style]";
inline constexpr const char* no_character_style_self = "CharacterStyle/$ID/[No character style]";

// How the paragraph styles set Chinese text: InDesign's kinsoku (line-breaking rules) and mojikumi
// (punctuation spacing) sets, written only when the file holds Chinese text.
enum class CjkRules { none, simplified, traditional };

class StyleSheet {
public:
    // `prefix` as the option style-prefix gives it: "" (flat names), "NP " (a name prefix), "News:" (the
    // style group News), "News:Print:NP-" (nested groups and a name prefix). False with `error` for a prefix
    // with an empty group name or characters a style name cannot hold.
    static bool parse(std::string_view prefix, StyleSheet& out, std::string& error);

    std::string name(ParaStyle s) const;  // "News:Headline"
    std::string name(CharStyle s) const;
    std::string self(ParaStyle s) const;  // "ParagraphStyle/News%3aHeadline"
    std::string self(CharStyle s) const;  // no_character_style_self for CharStyle::none

    // Appends RootCharacterStyleGroup, RootParagraphStyleGroup, RootCellStyleGroup and RootTableStyleGroup
    // (the order InDesign's schema requires) to `document`, declaring every style this sheet can apply.
    // Group Self ids start with `id_base`.
    void declare(pugi::xml_node document, std::string_view id_base, CjkRules cjk) const;

private:
    std::vector<std::string> groups_;  // "News", "Print"
    std::string name_prefix_;          // "NP-"
};

}  // namespace galley::icml
