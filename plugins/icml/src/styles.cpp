#include "styles.hpp"

namespace galley::icml {
namespace {

// A name as one segment of a Self id: ':' separates groups there, so a literal one (and '%', the escape
// character itself) is percent-encoded the way InDesign writes it ("News%3aHeadline").
std::string encode_segment(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ':')
            out += "%3a";
        else if (c == '%')
            out += "%25";
        else
            out.push_back(c);
    }
    return out;
}

struct Look {
    const char* point_size;   // nullptr: as the base style
    const char* first_indent;
    const char* space_before;
    const char* justification;
};

// Minimal looks, so that a placed story reads sensibly in a document that lacks the styles. InDesign keeps
// the document's own definition when a name clashes, so a desk's template decides the real look.
Look look_of(ParaStyle s) {
    switch (s) {
        case ParaStyle::column: return {"9", nullptr, nullptr, nullptr};
        case ParaStyle::kicker: return {"12", nullptr, nullptr, nullptr};
        case ParaStyle::headline: return {"24", nullptr, "3", nullptr};
        case ParaStyle::derived_headline: return {"16", nullptr, "3", nullptr};
        case ParaStyle::subheadline: return {"14", nullptr, nullptr, nullptr};
        case ParaStyle::byline: return {"9", nullptr, "3", nullptr};
        case ParaStyle::dateline: return {"9", nullptr, nullptr, nullptr};
        case ParaStyle::body_first: return {"10", "0", "3", "LeftJustified"};
        case ParaStyle::body: return {"10", "20", nullptr, "LeftJustified"};
        case ParaStyle::subhead: return {"11", nullptr, "6", nullptr};
        case ParaStyle::figure: return {nullptr, nullptr, "6", nullptr};
        case ParaStyle::caption: return {"8", nullptr, nullptr, nullptr};
        case ParaStyle::credit: return {"7", nullptr, nullptr, "RightAlign"};
        case ParaStyle::continuation: return {"9", nullptr, nullptr, "RightAlign"};
    }
    return {};
}

void add_text_property(pugi::xml_node properties, const char* name, const char* type, const char* value) {
    pugi::xml_node p = properties.append_child(name);
    p.append_attribute("type").set_value(type);
    p.text().set(value);
}

// Nested <…StyleGroup> elements for the prefix's groups, inside `root`; returns the innermost.
pugi::xml_node open_groups(pugi::xml_node root, const char* element, const char* kind,
                           const std::vector<std::string>& groups) {
    pugi::xml_node at = root;
    std::string path;
    for (const std::string& g : groups) {
        path += (path.empty() ? "" : "%3a") + encode_segment(g);
        at = at.append_child(element);
        at.append_attribute("Self").set_value((std::string(kind) + "/" + path).c_str());
        at.append_attribute("Name").set_value(g.c_str());
    }
    return at;
}

}  // namespace

const char* default_name(ParaStyle s) {
    switch (s) {
        case ParaStyle::column: return "Column";
        case ParaStyle::kicker: return "Kicker";
        case ParaStyle::headline: return "Headline";
        case ParaStyle::derived_headline: return "DerivedHeadline";
        case ParaStyle::subheadline: return "Subheadline";
        case ParaStyle::byline: return "Byline";
        case ParaStyle::dateline: return "Dateline";
        case ParaStyle::body_first: return "BodyFirst";
        case ParaStyle::body: return "Body";
        case ParaStyle::subhead: return "Subhead";
        case ParaStyle::figure: return "Figure";
        case ParaStyle::caption: return "Caption";
        case ParaStyle::credit: return "Credit";
        case ParaStyle::continuation: return "Continuation";
    }
    return "Body";
}

const char* default_name(CharStyle s) { return s == CharStyle::source ? "Source" : ""; }

bool StyleSheet::parse(std::string_view prefix, StyleSheet& out, std::string& error) {
    out = StyleSheet();
    for (char c : prefix)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            error = "option style-prefix: control characters cannot be part of a style name";
            return false;
        }
    std::string_view rest = prefix;
    for (std::size_t colon; (colon = rest.find(':')) != std::string_view::npos;) {
        std::string_view group = rest.substr(0, colon);
        if (group.empty() || group.find_first_not_of(' ') == std::string_view::npos) {
            error = "option style-prefix: \"" + std::string(prefix) +
                    "\" has an empty style group name (write News: for the group News)";
            return false;
        }
        out.groups_.emplace_back(group);
        rest.remove_prefix(colon + 1);
    }
    out.name_prefix_ = rest;
    return true;
}

std::string StyleSheet::name(ParaStyle s) const {
    std::string n;
    for (const std::string& g : groups_) n += g + ":";
    return n + name_prefix_ + default_name(s);
}

std::string StyleSheet::name(CharStyle s) const {
    if (s == CharStyle::none) return "$ID/[No character style]";
    std::string n;
    for (const std::string& g : groups_) n += g + ":";
    return n + name_prefix_ + default_name(s);
}

std::string StyleSheet::self(ParaStyle s) const {
    std::string id = "ParagraphStyle/";
    for (const std::string& g : groups_) id += encode_segment(g) + "%3a";
    return id + encode_segment(name_prefix_ + default_name(s));
}

std::string StyleSheet::self(CharStyle s) const {
    if (s == CharStyle::none) return no_character_style_self;
    std::string id = "CharacterStyle/";
    for (const std::string& g : groups_) id += encode_segment(g) + "%3a";
    return id + encode_segment(name_prefix_ + default_name(s));
}

void StyleSheet::declare(pugi::xml_node document, std::string_view id_base, CjkRules cjk) const {
    std::string base(id_base);

    pugi::xml_node chars = document.append_child("RootCharacterStyleGroup");
    chars.append_attribute("Self").set_value((base + "_character_styles").c_str());
    pugi::xml_node none = chars.append_child("CharacterStyle");
    none.append_attribute("Self").set_value(no_character_style_self);
    none.append_attribute("Name").set_value("$ID/[No character style]");
    pugi::xml_node char_group = open_groups(chars, "CharacterStyleGroup", "CharacterStyleGroup", groups_);
    for (CharStyle s : {CharStyle::source}) {
        pugi::xml_node style = char_group.append_child("CharacterStyle");
        style.append_attribute("Self").set_value(self(s).c_str());
        style.append_attribute("Name").set_value(name(s).c_str());
        pugi::xml_node properties = style.append_child("Properties");
        add_text_property(properties, "BasedOn", "object", no_character_style_self);
    }

    pugi::xml_node paras = document.append_child("RootParagraphStyleGroup");
    paras.append_attribute("Self").set_value((base + "_paragraph_styles").c_str());
    pugi::xml_node no_style = paras.append_child("ParagraphStyle");
    no_style.append_attribute("Self").set_value(no_paragraph_style_self);
    no_style.append_attribute("Name").set_value("$ID/[No paragraph style]");
    pugi::xml_node normal = paras.append_child("ParagraphStyle");
    normal.append_attribute("Self").set_value(normal_paragraph_self);
    normal.append_attribute("Name").set_value("$ID/NormalParagraphStyle");
    add_text_property(normal.append_child("Properties"), "BasedOn", "object", no_paragraph_style_self);

    pugi::xml_node para_group = open_groups(paras, "ParagraphStyleGroup", "ParagraphStyleGroup", groups_);
    for (ParaStyle s : all_para_styles) {
        pugi::xml_node style = para_group.append_child("ParagraphStyle");
        style.append_attribute("Self").set_value(self(s).c_str());
        style.append_attribute("Name").set_value(name(s).c_str());
        Look look = look_of(s);
        if (look.point_size) style.append_attribute("PointSize").set_value(look.point_size);
        if (look.first_indent) style.append_attribute("FirstLineIndent").set_value(look.first_indent);
        if (look.space_before) style.append_attribute("SpaceBefore").set_value(look.space_before);
        if (look.justification) style.append_attribute("Justification").set_value(look.justification);
        // Typing on after the first paragraph in InCopy gives body text.
        if (s == ParaStyle::body_first || s == ParaStyle::body)
            style.append_attribute("NextStyle").set_value(self(ParaStyle::body).c_str());
        pugi::xml_node properties = style.append_child("Properties");
        add_text_property(properties, "BasedOn", "object", normal_paragraph_self);
        if (cjk != CjkRules::none) {
            bool trad = cjk == CjkRules::traditional;
            add_text_property(properties, "KinsokuSet", "enumeration",
                              trad ? "TraditionalChineseKinsoku" : "SimplifiedChineseKinsoku");
            add_text_property(properties, "Mojikumi", "enumeration", trad ? "TradChineseDefault" : "SimpChineseDefault");
        }
    }

    // Empty but for InDesign's defaults: stories hold no tables. Present, in the schema's order, as in the
    // ICML InCopy itself writes.
    pugi::xml_node cells = document.append_child("RootCellStyleGroup");
    cells.append_attribute("Self").set_value((base + "_cell_styles").c_str());
    pugi::xml_node cell = cells.append_child("CellStyle");
    cell.append_attribute("Self").set_value("CellStyle/$ID/[None]");
    cell.append_attribute("AppliedParagraphStyle").set_value(no_paragraph_style_self);
    cell.append_attribute("Name").set_value("$ID/[None]");
    pugi::xml_node tables = document.append_child("RootTableStyleGroup");
    tables.append_attribute("Self").set_value((base + "_table_styles").c_str());
    pugi::xml_node table = tables.append_child("TableStyle");
    table.append_attribute("Self").set_value("TableStyle/$ID/[No table style]");
    table.append_attribute("Name").set_value("$ID/[No table style]");
}

}  // namespace galley::icml
