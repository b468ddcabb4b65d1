#include "body.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cctype>
#include <cstring>

namespace galley::ninjs_in {
namespace {

bool ascii_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

// Trimmed; a run of white space that breaks a line becomes one space (HTML shows it so), spaces stay.
std::string tidy(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        if (ascii_space(s[i])) {
            std::size_t j = i;
            bool breaks = false;
            while (j < s.size() && ascii_space(s[j])) breaks |= s[j++] != ' ';
            if (!out.empty() && j < s.size()) out += breaks ? std::string(" ") : std::string(s.substr(i, j - i));
            i = j;
        } else {
            out += s[i++];
        }
    }
    return out;
}

std::string name_of(const xmlNode* n) {
    std::string out = n->name ? reinterpret_cast<const char*>(n->name) : "";
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string attribute(const xmlNode* n, const char* name) {
    for (const xmlAttr* a = n->properties; a; a = a->next) {
        if (a->name && strcasecmp(reinterpret_cast<const char*>(a->name), name) == 0) {
            xmlChar* v = xmlNodeListGetString(n->doc, a->children, 1);
            std::string out = v ? reinterpret_cast<const char*>(v) : "";
            xmlFree(v);
            return out;
        }
    }
    return "";
}

bool has_class(const xmlNode* n, std::string_view cls) {
    std::string all = attribute(n, "class");
    std::size_t i = 0;
    while (i < all.size()) {
        while (i < all.size() && ascii_space(all[i])) ++i;
        std::size_t j = i;
        while (j < all.size() && !ascii_space(all[j])) ++j;
        if (std::string_view(all).substr(i, j - i) == cls) return true;
        i = j;
    }
    return false;
}

// The text of `n`, <br> as a line break; elements of class `skip_class` left out.
void text_of(const xmlNode* n, std::string& out, const char* skip_class = nullptr) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) out += reinterpret_cast<const char*>(c->content);
        } else if (c->type == XML_ELEMENT_NODE) {
            std::string name = name_of(c);
            if (name == "br") out += '\n';
            else if (name == "script" || name == "style") continue;
            else if (skip_class && has_class(c, skip_class)) continue;
            else text_of(c, out, skip_class);
        }
    }
}

const xmlNode* find_element(const xmlNode* n, const char* name) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (name_of(c) == name) return c;
        if (const xmlNode* d = find_element(c, name)) return d;
    }
    return nullptr;
}

const xmlNode* find_class(const xmlNode* n, const char* cls) {
    for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (has_class(c, cls)) return c;
        if (const xmlNode* d = find_class(c, cls)) return d;
    }
    return nullptr;
}

class Walker {
public:
    explicit Walker(Body& body) : body_(body) {}

    void container(const xmlNode* n) {
        for (const xmlNode* c = n->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                if (c->content) pending_ += reinterpret_cast<const char*>(c->content);
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;
            element(c);
        }
        flush();
    }

private:
    void element(const xmlNode* c) {
        static constexpr std::string_view skipped[] = {"script", "style", "head", "title", "meta", "link",
                                                       "noscript", "iframe", "object", "embed", "template"};
        static constexpr std::string_view containers[] = {
            "html", "body", "div", "section", "article", "main", "header", "footer", "aside", "blockquote",
            "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr", "center", "nav", "hgroup", "picture"};
        static constexpr std::string_view text_blocks[] = {"li", "td", "th", "dd", "dt", "pre", "address",
                                                           "caption", "summary"};
        std::string name = name_of(c);
        for (std::string_view s : skipped)
            if (name == s) return;
        if (name == "br") {
            flush();
            return;
        }
        if (name == "p") {
            flush();
            std::string text;
            text_of(c, text);
            text = tidy(text);
            if (text.empty()) return;
            if (has_class(c, "dateline") && body_.dateline.empty()) body_.dateline = text;
            else if (has_class(c, "continued-from")) body_.continuations.push_back({"from", continuation_page(text), text});
            else if (has_class(c, "continued-to")) body_.continuations.push_back({"to", continuation_page(text), text});
            else add(BlockType::paragraph, text);
            return;
        }
        if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
            flush();
            std::string text;
            text_of(c, text);
            add(BlockType::subheading, tidy(text));
            return;
        }
        if (name == "figure" || name == "img") {
            flush();
            figure(c, name == "img" ? c : find_element(c, "img"));
            return;
        }
        for (std::string_view s : containers)
            if (name == s) {
                flush();
                container(c);
                return;
            }
        for (std::string_view s : text_blocks)
            if (name == s) {
                flush();
                // An item that holds paragraphs of its own is read as a container.
                if (find_element(c, "p") || find_element(c, "figure")) container(c);
                else {
                    std::string text;
                    text_of(c, text);
                    add(BlockType::paragraph, tidy(text));
                }
                return;
            }
        // Inline (a, span, em, strong …): part of the running paragraph.
        text_of(c, pending_);
    }

    void figure(const xmlNode* f, const xmlNode* img) {
        Block b;
        b.type = BlockType::image;
        if (img) {
            b.image.href = attribute(img, "src");
            b.image.alt = tidy(attribute(img, "alt"));
        }
        if (const xmlNode* cap = f == img ? nullptr : find_element(f, "figcaption")) {
            std::string text;
            text_of(cap, text, "credit");
            b.image.caption.text = tidy(text);
            if (const xmlNode* credit = find_class(cap, "credit")) {
                std::string t;
                text_of(credit, t);
                b.image.caption.credit = tidy(t);
            }
        }
        if (!b.image.href.empty() || !b.image.caption.text.empty() || !b.image.caption.credit.empty())
            body_.blocks.push_back(std::move(b));
    }

    void add(BlockType type, std::string text) {
        if (text.empty()) return;
        Block b;
        b.type = type;
        b.text = std::move(text);
        body_.blocks.push_back(std::move(b));
    }

    void flush() {
        add(BlockType::paragraph, tidy(pending_));
        pending_.clear();
    }

    Body& body_;
    std::string pending_;
};

}  // namespace

Body read_html_body(std::string_view html) {
    Body body;
    if (html.empty()) return body;
    htmlDocPtr doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8",
                                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS);
    if (!doc) return read_text_body(html);
    Walker walk(body);
    if (const xmlNode* root = xmlDocGetRootElement(doc)) {
        // The parser wraps a fragment in <html><body>; a whole page's <head> is skipped.
        walk.container(reinterpret_cast<const xmlNode*>(doc));
        (void)root;
    }
    xmlFreeDoc(doc);
    return body;
}

Body read_text_body(std::string_view text) {
    Body body;
    const bool blank_lines = text.find("\n\n") != std::string_view::npos || text.find("\r\n\r\n") != std::string_view::npos;
    std::string para;
    auto flush = [&] {
        std::string t = tidy(para);
        para.clear();
        if (t.empty()) return;
        Block b;
        b.text = std::move(t);
        body.blocks.push_back(std::move(b));
    };
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        bool blank = tidy(line).empty();
        if (blank || !blank_lines) {
            if (!blank) para += line;
            flush();
        } else {
            if (!para.empty()) para += '\n';
            para += line;
        }
        start = end + 1;
    }
    flush();
    return body;
}

std::string continuation_page(std::string_view text) {
    for (std::string_view marker : {std::string_view("下转"), std::string_view("上接")}) {
        std::size_t at = text.find(marker);
        if (at == std::string_view::npos) continue;
        std::string_view rest = text.substr(at + marker.size());
        for (std::string_view close : {std::string_view("）"), std::string_view(")")})
            if (std::size_t e = rest.find(close); e != std::string_view::npos) rest = rest.substr(0, e);
        return tidy(rest);
    }
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view marker : {std::string_view("continued on page "), std::string_view("continued from page "),
                                    std::string_view("continued on "), std::string_view("continued from ")}) {
        std::size_t at = lower.find(marker);
        if (at == std::string::npos) continue;
        std::string_view rest = text.substr(at + marker.size());
        std::size_t e = 0;
        while (e < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[e])) || rest[e] == '-')) ++e;
        return std::string(rest.substr(0, e));
    }
    return "";
}

}  // namespace galley::ninjs_in
