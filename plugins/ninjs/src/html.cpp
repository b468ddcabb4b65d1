#include "html.hpp"

#include "galley/feed_settings.hpp"
#include "galley/presentation.hpp"

namespace galley::ninjs {
namespace {

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

class Html {
public:
    Html(XmlCleaner& cleaner, TextCounts& counts) : c_(cleaner), counts_(counts) {}

    // <name class="…">text</name>, unless the text is blank.
    void block(const char* name, const char* css_class, const std::string& raw, const std::string& field) {
        std::string text = c_.text(raw, field);
        if (blank(text)) return;
        out += "<" + std::string(name) + (css_class ? " class=\"" + std::string(css_class) + "\"" : "") + ">" +
               escape_html(text) + "</" + name + ">\n";
        count_text(text, counts_);
    }

    void figure(const Image& img, int n) {
        std::string which = "picture " + std::to_string(n);
        out += "<figure><img src=\"" + escape_html(iri(c_.line(img.href, "href of " + which))) + "\" alt=\"" +
               escape_html(c_.line(img.alt, "alt text of " + which)) + "\"/>";
        std::string caption = c_.text(img.caption.text, "caption of " + which);
        std::string credit = c_.line(img.caption.credit, "credit of " + which);
        if (!blank(caption) || !credit.empty()) {
            out += "<figcaption>" + escape_html(caption);
            if (!credit.empty()) out += (blank(caption) ? "" : " ") + std::string("<span class=\"credit\">") +
                                        escape_html(credit) + "</span>";
            out += "</figcaption>";
            count_text(caption, counts_);
            count_text(credit, counts_);
        }
        out += "</figure>\n";
    }

    std::string out;

private:
    XmlCleaner& c_;
    TextCounts& counts_;
};

}  // namespace

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += ch;
        }
    }
    return out;
}

std::string body_html(const Article& a, XmlCleaner& cleaner, TextCounts& counts) {
    Html html(cleaner, counts);
    // ninjs has no dateline: one readers see nowhere else opens the body, as the page printed it.
    html.block("p", "dateline", present::dateline(a).text, "dateline");
    for (const Continuation& j : a.continuations)
        if (j.direction == "from") html.block("p", "continued-from", j.text, "continuation");
    int paragraph = 0, subheading = 0, picture = 0;
    for (const Block& b : a.body) {
        switch (b.type) {
            case BlockType::paragraph: html.block("p", nullptr, b.text, "paragraph " + std::to_string(++paragraph)); break;
            case BlockType::subheading: html.block("h2", nullptr, b.text, "subheading " + std::to_string(++subheading)); break;
            case BlockType::image:
                // A caption whose picture was not supplied is left out, as in every exporter (with a warning).
                if (picture_supplied(b)) html.figure(b.image, ++picture);
                break;
        }
    }
    for (const Continuation& j : a.continuations)
        if (j.direction == "to") html.block("p", "continued-to", j.text, "continuation");
    return html.out;
}

}  // namespace galley::ninjs
