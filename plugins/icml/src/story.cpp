#include "story.hpp"

#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "galley/presentation.hpp"

namespace galley::icml {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void add(std::vector<Paragraph>& out, const Article& a, ParaStyle style, std::vector<Run> runs) {
    Paragraph p;
    p.style = style;
    p.runs = std::move(runs);
    p.article_id = a.id;
    out.push_back(std::move(p));
}

void add_text(std::vector<Paragraph>& out, const Article& a, ParaStyle style, const std::string& text,
              const char* field, Cleaner& cleaner) {
    if (blank(text)) return;
    add(out, a, style, {{CharStyle::none, cleaner.text(text, field)}});
}

void add_continuations(std::vector<Paragraph>& out, const Article& a, const char* direction, Cleaner& cleaner) {
    for (const Continuation& c : a.continuations)
        if (c.direction == direction)
            add_text(out, a, ParaStyle::continuation, !blank(c.text) ? c.text : c.page, "continuation", cleaner);
}

// The byline as galley/presentation.hpp composes it for every exporter, the source in its character style.
void add_byline(std::vector<Paragraph>& out, const Article& a, bool cjk, Cleaner& cleaner) {
    present::Byline by = present::byline(a, cjk);
    Run source{CharStyle::source, by.source.empty() ? "" : cleaner.text(by.source, "source")};
    Run person{CharStyle::none, by.credit.empty() ? "" : cleaner.text(by.credit, "credit")};
    std::vector<Run> runs;
    if (source.text.empty() || person.text.empty()) {
        if (!source.text.empty()) runs.push_back(source);
        if (!person.text.empty()) runs.push_back(person);
    } else {
        Run first = by.source_first() ? source : person, second = by.source_first() ? person : source;
        runs = {first, {CharStyle::none, std::string(by.separator())}, second};
    }
    if (!runs.empty()) add(out, a, ParaStyle::byline, std::move(runs));
}

// Self ids: deterministic, and unique within the file even when the edition repeats an article id.
class Ids {
public:
    std::string make(const std::string& wanted) {
        if (used_.insert(wanted).second) return wanted;
        for (int n = 2;; ++n) {
            std::string candidate = wanted + "_" + std::to_string(n);
            if (used_.insert(candidate).second) return candidate;
        }
    }

private:
    std::set<std::string> used_;
};

void set(pugi::xml_node node, const char* name, const std::string& value) {
    node.append_attribute(name).set_value(value.c_str());
}

// An inline, anchored graphic as InDesign writes one: a Rectangle whose path is centred on its origin, the
// Image inside it scaled from its own bounds (points at its resolution) to the frame, and the Link to the
// file. The alternative text goes where InDesign keeps it for EPUB and tagged-PDF export.
void add_rectangle(pugi::xml_node range, const Paragraph& p, Ids& ids) {
    const Picture& pic = *p.picture;
    std::string base = "galley_" + id_part(p.article_id) + "_fig" + std::to_string(p.figure);
    double hw = pic.width / 2, hh = pic.height / 2;
    pugi::xml_node rect = range.append_child("Rectangle");
    set(rect, "Self", ids.make(base + "_frame"));
    set(rect, "ContentType", "GraphicType");
    set(rect, "StrokeWeight", "0");
    set(rect, "ItemTransform", "1 0 0 1 " + points(hw) + " " + points(-hh));
    pugi::xml_node array = rect.append_child("Properties")
                               .append_child("PathGeometry")
                               .append_child("GeometryPathType");
    set(array, "PathOpen", "false");
    array = array.append_child("PathPointArray");
    for (auto [x, y] : {std::pair{-hw, -hh}, {-hw, hh}, {hw, hh}, {hw, -hh}}) {
        std::string at = points(x) + " " + points(y);
        pugi::xml_node point = array.append_child("PathPointType");
        set(point, "Anchor", at);
        set(point, "LeftDirection", at);
        set(point, "RightDirection", at);
    }
    if (!p.alt.empty()) {
        pugi::xml_node option = rect.append_child("ObjectExportOption");
        set(option, "AltTextSourceType", "SourceCustom");
        set(option, "CustomAltText", p.alt);
    }
    pugi::xml_node image = rect.append_child("Image");
    set(image, "Self", ids.make(base + "_image"));
    double sx = pic.width / pic.natural_width, sy = pic.height / pic.natural_height;
    set(image, "ItemTransform", points(sx) + " 0 0 " + points(sy) + " " + points(-hw) + " " + points(-hh));
    pugi::xml_node bounds = image.append_child("Properties").append_child("GraphicBounds");
    set(bounds, "Left", "0");
    set(bounds, "Top", "0");
    set(bounds, "Right", points(pic.natural_width));
    set(bounds, "Bottom", points(pic.natural_height));
    pugi::xml_node link = image.append_child("Link");
    set(link, "Self", ids.make(base + "_link"));
    set(link, "LinkResourceURI", pic.uri);
}

}  // namespace

const Picture* supplied_picture(const Block& block, const PictureShelf& pictures) {
    const Picture* pic = block.image.href.empty() ? nullptr : pictures.find(block.image.href);
    return pic && !pic->bytes.empty() ? pic : nullptr;
}

std::string Paragraph::text() const {
    std::string s;
    for (const Run& r : runs) s += r.text;
    return s;
}

std::string id_part(std::string_view id) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    for (char c : id) {
        auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
            out.push_back(c);
        } else {
            out.push_back('_');
            out.push_back(hex[u >> 4]);
            out.push_back(hex[u & 15]);
        }
    }
    return out;
}

std::vector<Paragraph> article_paragraphs(const Article& a, const std::string& language,
                                          const PictureShelf& pictures, Cleaner& cleaner) {
    cleaner.set_article(a.id);
    std::vector<Paragraph> out;
    add_text(out, a, ParaStyle::column, a.column, "column", cleaner);
    add_text(out, a, ParaStyle::kicker, a.kicker, "kicker", cleaner);
    // A headline galley derived from the lead gets its own style, so a template sets it apart from a printed one.
    present::Headline headline = present::headline(a);
    add_text(out, a, headline.derived ? ParaStyle::derived_headline : ParaStyle::headline, headline.text, "headline",
             cleaner);
    add_text(out, a, ParaStyle::subheadline, a.subheadline, "subheadline", cleaner);
    add_byline(out, a, present::is_cjk(a, language), cleaner);
    add_text(out, a, ParaStyle::dateline, present::dateline(a).text, "dateline", cleaner);
    add_continuations(out, a, "from", cleaner);

    bool first = true;
    int figures = 0;
    for (const Block& b : a.body) {
        switch (b.type) {
            case BlockType::paragraph:
                if (blank(b.text)) break;
                add_text(out, a, first ? ParaStyle::body_first : ParaStyle::body, b.text, "paragraph", cleaner);
                first = false;
                break;
            case BlockType::subheading: add_text(out, a, ParaStyle::subhead, b.text, "subheading", cleaner); break;
            case BlockType::image: {
                // A caption whose picture was not supplied is left out (the exporter warns with its line).
                const Picture* pic = supplied_picture(b, pictures);
                if (!present::shows_image(b, pic != nullptr)) break;
                Paragraph p;
                p.style = ParaStyle::figure;
                p.picture = pic;
                p.alt = blank(b.image.alt) ? "" : cleaner.text(b.image.alt, "alt text");
                p.article_id = a.id;
                p.figure = ++figures;
                out.push_back(std::move(p));
                add_text(out, a, ParaStyle::caption, b.image.caption.text, "caption", cleaner);
                add_text(out, a, ParaStyle::credit, b.image.caption.credit, "caption credit", cleaner);
                break;
            }
        }
    }
    add_continuations(out, a, "to", cleaner);
    cleaner.set_article("");
    return out;
}

std::string icml_document(const std::vector<Paragraph>& paragraphs, const StyleSheet& styles, CjkRules cjk,
                          const std::string& id_base, const std::string& title) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version").set_value("1.0");
    decl.append_attribute("encoding").set_value("UTF-8");
    decl.append_attribute("standalone").set_value("yes");
    // What makes InDesign's File > Place take the file as an InCopy story (InCopy CS6 and later read it).
    pugi::xml_node aid = doc.append_child(pugi::node_pi);
    aid.set_name("aid");
    aid.set_value("style=\"50\" type=\"snippet\" readerVersion=\"6.0\" featureSet=\"513\" product=\"8.0(370)\"");
    pugi::xml_node snippet = doc.append_child(pugi::node_pi);
    snippet.set_name("aid");
    snippet.set_value("SnippetType=\"InCopyInterchange\"");

    Ids ids;
    std::string base = "galley_" + id_part(id_base);
    pugi::xml_node document = doc.append_child("Document");
    set(document, "DOMVersion", "8.0");
    set(document, "Self", ids.make(base + "_doc"));
    styles.declare(document, base, cjk);
    for (const char* group : {"_character_styles", "_paragraph_styles", "_cell_styles", "_table_styles"})
        ids.make(base + group);

    pugi::xml_node story = document.append_child("Story");
    set(story, "Self", ids.make(base + "_story"));
    set(story, "AppliedTOCStyle", "n");
    set(story, "TrackChanges", "false");
    set(story, "StoryTitle", title);
    set(story, "AppliedNamedGrid", "n");
    pugi::xml_node pref = story.append_child("StoryPreference");
    set(pref, "OpticalMarginAlignment", "false");
    set(pref, "OpticalMarginSize", "12");
    set(pref, "FrameType", "TextFrameType");
    set(pref, "StoryOrientation", "Horizontal");
    set(pref, "StoryDirection", "LeftToRightDirection");

    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const Paragraph& p = paragraphs[i];
        pugi::xml_node range = story.append_child("ParagraphStyleRange");
        set(range, "AppliedParagraphStyle", styles.self(p.style));
        pugi::xml_node chars;
        if (p.picture) {
            chars = range.append_child("CharacterStyleRange");
            set(chars, "AppliedCharacterStyle", styles.self(CharStyle::none));
            add_rectangle(chars, p, ids);
        }
        for (const Run& r : p.runs) {
            if (r.text.empty()) continue;
            chars = range.append_child("CharacterStyleRange");
            set(chars, "AppliedCharacterStyle", styles.self(r.style));
            chars.append_child("Content").text().set(r.text.c_str());
        }
        // The paragraph break ends the paragraph's last range, as InDesign writes it; the story's last
        // paragraph has none (a trailing break would add an empty paragraph).
        if (i + 1 < paragraphs.size()) {
            if (!chars) {
                chars = range.append_child("CharacterStyleRange");
                set(chars, "AppliedCharacterStyle", styles.self(CharStyle::none));
            }
            chars.append_child("Br");
        }
    }

    std::ostringstream s;
    doc.save(s, "  ", pugi::format_indent, pugi::encoding_utf8);
    return s.str();
}

}  // namespace galley::icml
