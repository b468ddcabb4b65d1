#include "../nitf/nitf.hpp"
#include "../print_text/picture_credits.hpp"
#include "../xml_nodes.hpp"
#include "newsml.hpp"

namespace galley::newsml_reader {
namespace {

using namespace xml_nodes;

std::string class_of(const xmlNode* n) { return attr(n, "class"); }

// The body names a picture by its href only (its own item says the type): the type its file name implies, "" when
// it implies none. Exporters type the file by its bytes when they have it.
std::string type_from_name(std::string_view href) {
    std::string ext(href.substr(href.find_last_of('.') == std::string_view::npos ? href.size() : href.find_last_of('.') + 1));
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (ext == "png") return "image/png";
    if (ext == "jpg" || ext == "jpeg") return "image/jpeg";
    if (ext == "gif") return "image/gif";
    if (ext == "svg") return "image/svg+xml";
    return "";
}

void add(Article& a, BlockType type, std::string text, int line, const std::string& path) {
    if (text.empty()) return;
    Block b;
    b.type = type;
    b.text = std::move(text);
    b.origin = {path, line, 0};
    a.body.push_back(std::move(b));
}

// galley writes a picture as <div class="figure"><img/><div class="caption"/><div class="credit"/></div>; others
// use <figure><img/><figcaption/></figure>.
void read_figure(xmlNode* fig, Article& a, const std::string& path) {
    Block b;
    b.type = BlockType::image;
    b.origin = {path, static_cast<int>(xmlGetLineNo(fig)), 0};
    for (xmlNode* n : elements(fig)) {
        std::string_view what = name(n);
        if (what == "img") {
            b.image.href = attr(n, "src");
            b.image.media_type = type_from_name(b.image.href);
            b.image.alt = attr(n, "alt");
        } else if (class_of(n) == "credit") {
            b.image.caption.credit = squeeze(text_of(n));
        } else if (class_of(n) == "caption" || what == "figcaption") {
            b.image.caption.text = squeeze(text_of(n));
        }
    }
    b.image.caption.bylines = print_text::picture_credit_bylines(b.image.caption.credit);
    a.body.push_back(std::move(b));
}

void read_xhtml(xmlNode* parent, Article& a, const std::string& path, std::set<std::string>& unheld) {
    for (xmlNode* n : elements(parent)) {
        std::string_view what = name(n);
        int line = static_cast<int>(xmlGetLineNo(n));
        if (what == "p") {
            add(a, BlockType::paragraph, squeeze(text_of(n)), line, path);
        } else if (what.size() == 2 && what[0] == 'h' && what[1] >= '1' && what[1] <= '6') {
            add(a, BlockType::subheading, squeeze(text_of(n)), line, path);
        } else if (what == "figure" || class_of(n) == "figure") {
            read_figure(n, a, path);
        } else if (what == "img") {  // a picture standing alone, no caption
            Block b;
            b.type = BlockType::image;
            b.image.href = attr(n, "src");
            b.image.media_type = type_from_name(b.image.href);
            b.image.alt = attr(n, "alt");
            b.origin = {path, line, 0};
            a.body.push_back(std::move(b));
        } else if (what == "div" || what == "section" || what == "blockquote" || what == "article") {
            read_xhtml(n, a, path, unheld);
        } else if (what == "ul" || what == "ol") {
            for (xmlNode* li : elements(n)) add(a, BlockType::paragraph, squeeze(text_of(li)), line, path);
        } else if (std::string t = squeeze(text_of(n)); !t.empty()) {
            a.dropped.push_back({t, "XHTML <" + std::string(what) + "> in a NewsML-G2 body has no place in the model",
                                 {path, line, 0}});
        }
    }
}

}  // namespace

void read_inline_body(xmlNode* inline_xml, Article& a, const std::string& path, Diagnostics& diags,
                      std::set<std::string>& unheld) {
    for (xmlNode* root : elements(inline_xml)) {
        // Dispatched on the content, not on contenttype (agencies write xhtml/xml, application/xhtml+html …).
        if (name(root) == "html") {
            if (xmlNode* body = child(root, "body")) read_xhtml(body, a, path, unheld);
        } else if (name(root) == "nitf") {
            nitf_reader::Context ctx{path, diags, {}, {}, {}, false};
            Edition scratch;  // the item's own metadata describes the edition; the NITF's is not read twice
            if (xmlNode* head = child(root, "head")) nitf_reader::read_head(head, a, scratch, ctx);
            if (xmlNode* body = child(root, "body")) nitf_reader::read_body(body, a, ctx);
            if (a.headline.empty()) a.headline = ctx.title;
            unheld.insert(ctx.unheld.begin(), ctx.unheld.end());
        } else if (std::string t = squeeze(text_of(root)); !t.empty()) {
            // An agency's own body format (TT's <BODY>): its text is kept out of the reading flow, with the reason.
            a.dropped.push_back({t, "inlineXML <" + std::string(name(root)) + "> (" + attr(inline_xml, "contenttype") +
                                        ") is no body format galley reads (XHTML, NITF)",
                                 {path, static_cast<int>(xmlGetLineNo(root)), 0}});
        }
    }
}

}  // namespace galley::newsml_reader
