#include "xhtml.hpp"

#include "items.hpp"

namespace galley::newsml_g2 {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\n") == std::string::npos; }

// Writes a block of text unless it is blank, and counts what it wrote.
void block(pugi::xml_node parent, const char* name, const char* css_class, Builder& b, const std::string& raw,
           const std::string& field, TextCounts& counts) {
    std::string text = b.cleaner().text(raw, field);
    if (blank(text)) return;
    pugi::xml_node node = parent.append_child(name);
    if (css_class) node.append_attribute("class").set_value(css_class);
    node.text().set(text.c_str());
    count_text(text, counts);
}

}  // namespace

TextCounts add_xhtml(pugi::xml_node parent, Builder& b, const Article& article, const std::string& language) {
    TextCounts counts;
    pugi::xml_node html = parent.append_child("html");
    html.append_attribute("xmlns").set_value(xhtml_namespace);
    if (!language.empty()) {
        html.append_attribute("xml:lang").set_value(language.c_str());
        html.append_attribute("lang").set_value(language.c_str());
    }
    pugi::xml_node head = html.append_child("head");
    // <title> is required; an article with no headline is still named.
    b.line(head, "title", article.headline.empty() ? article.id : article.headline, "headline");

    pugi::xml_node body = html.append_child("body");
    int paragraph = 0, subheading = 0, picture = 0;
    for (const Block& blk : article.body) {
        switch (blk.type) {
            case BlockType::paragraph:
                block(body, "p", nullptr, b, blk.text, "paragraph " + std::to_string(++paragraph), counts);
                break;
            case BlockType::subheading:
                block(body, "h2", nullptr, b, blk.text, "subheading " + std::to_string(++subheading), counts);
                break;
            case BlockType::image: {
                if (!picture_supplied(blk)) break;  // a caption without its picture: left out, with a warning
                std::string n = std::to_string(++picture);
                const Image& img = blk.image;
                std::string href = b.cleaner().line(img.href, "href of picture " + n);
                pugi::xml_node figure = body.append_child("div");
                figure.append_attribute("class").set_value("figure");
                pugi::xml_node image = figure.append_child("img");
                image.append_attribute("src").set_value(iri(href).c_str());
                b.attribute(image, "alt", img.alt, "alt text of picture " + n);
                block(figure, "div", "caption", b, img.caption.text, "caption of picture " + n, counts);
                block(figure, "div", "credit", b, img.caption.credit, "credit of picture " + n, counts);
                break;
            }
        }
    }
    return counts;
}

}  // namespace galley::newsml_g2
