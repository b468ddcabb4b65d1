#include "fo_document.hpp"

#include <cstdio>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "galley/calendar.hpp"
#include "galley/presentation.hpp"
#include "galley/xml_text.hpp"
#include "galley/xslfo/exporter.hpp"
#include "kinsoku.hpp"
#include "nameplate.hpp"

namespace galley::xslfo {
namespace {

// Type sizes are multiples of the body size, so that the page scales with the paper.
std::string pt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1fpt", v);
    return buf;
}
std::string mm(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1fmm", v);
    return buf;
}

pugi::xml_node fo(pugi::xml_node parent, const char* name) {
    return parent.append_child((std::string("fo:") + name).c_str());
}
void attr(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name).set_value(std::string(value).c_str());
}
void text(pugi::xml_node node, std::string_view s) {
    if (!s.empty()) node.append_child(pugi::node_pcdata).set_value(std::string(s).c_str());
}

struct Writer {
    const Edition& edition;
    const Settings& settings;
    const PictureSource& pictures;
    XmlCleaner& cleaner;  // for the article being set: page_sequence() says which
    std::string serif_family() const { return settings.serif + ", serif"; }
    std::string sans_family() const { return settings.sans + ", sans-serif"; }
    double body() const { return settings.body_pt; }
    // The model's text made fit for XML: what XML 1.0 forbids becomes U+FFFD, with a warning.
    // U+FFFD is then set as 〓 (U+3013, the geta mark a typesetter sets for a character the font lacks): the
    // Noto CJK faces have no glyph for U+FFFD, and FOP would fail the proof over it.
    std::string xml_clean(std::string_view s, std::string_view field = "text") const {
        std::string out = cleaner.text(s, field);
        for (std::size_t at; (at = out.find("\uFFFD")) != std::string::npos;) out.replace(at, 3, "\u3013");
        return out;
    }
    // Text as set: cleaned, with kinsoku joiners.
    std::string set_text(std::string_view s, std::string_view field = "text") const {
        return join_punctuation(xml_clean(s, field));
    }

    void declarations(pugi::xml_node root) const;
    void layout(pugi::xml_node root) const;
    void page_master(pugi::xml_node set, const char* name, bool front) const;
    void front_nameplate(pugi::xml_node flow, const PrintPage& page) const;
    void page_sequence(pugi::xml_node root, const PrintPage& page, std::size_t position) const;
    void masthead(pugi::xml_node region, const PrintPage& page) const;
    void foot(pugi::xml_node region, const PrintPage& page) const;
    void article(pugi::xml_node flow, const Article& a, bool lead, bool first) const;
    void paragraph(pugi::xml_node flow, const Article& a, const std::string& s) const;
    void figure(pugi::xml_node flow, const Article& a, std::size_t index) const;
    void language(pugi::xml_node node, const Article& a) const;
    std::string anchor(const Article& a) const;

    mutable std::set<std::string> anchors{};  // ids given to articles' first blocks, each once
};

void Writer::declarations(pugi::xml_node root) const {
    // XMP metadata: FOP takes the PDF's title, language and creation/modification times from it, so the
    // PDF says when the issue is dated, not when it was made.
    pugi::xml_node meta = fo(root, "declarations").append_child("x:xmpmeta");
    attr(meta, "xmlns:x", "adobe:ns:meta/");
    pugi::xml_node rdf = meta.append_child("rdf:RDF");
    attr(rdf, "xmlns:rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    pugi::xml_node d = rdf.append_child("rdf:Description");
    attr(d, "rdf:about", "");
    attr(d, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    attr(d, "xmlns:xmp", "http://ns.adobe.com/xap/1.0/");
    std::string title = settings.paper_name;
    if (settings.dated) {
        std::string date = settings.chinese ? issue_date_words(settings.date, true) : settings.date.iso();
        if (settings.chinese) date = date.substr(0, date.find("\u3000"));
        title += (title.empty() ? "" : " ") + date;
    }
    if (title.empty()) title = settings.chinese ? "版面校样" : "Page proof";
    pugi::xml_node li = d.append_child("dc:title").append_child("rdf:Alt").append_child("rdf:li");
    attr(li, "xml:lang", "x-default");
    text(li, xml_clean(title, "title"));
    text(d.append_child("dc:language").append_child("rdf:Bag").append_child("rdf:li"),
         xml_clean(settings.language, "language"));
    if (!edition.publisher.empty())
        text(d.append_child("dc:publisher").append_child("rdf:Bag").append_child("rdf:li"),
             xml_clean(edition.publisher, "publisher"));
    text(d.append_child("xmp:CreateDate"), settings.timestamp);
    text(d.append_child("xmp:ModifyDate"), settings.timestamp);
    text(d.append_child("xmp:MetadataDate"), settings.timestamp);
    text(d.append_child("xmp:CreatorTool"), std::string("galley xsl-fo ") + exporter_version);
}

void Writer::layout(pugi::xml_node root) const {
    pugi::xml_node set = fo(root, "layout-master-set");
    page_master(set, master_name, false);
    page_master(set, front_master_name, true);
}

// The front page has no running head: its nameplate, at the top of the body, says all of it.
void Writer::page_master(pugi::xml_node set, const char* name, bool front) const {
    bool small = settings.paper.name == "a4";
    pugi::xml_node master = fo(set, "simple-page-master");
    attr(master, "master-name", name);
    attr(master, "page-width", mm(settings.paper.width_mm));
    attr(master, "page-height", mm(settings.paper.height_mm));
    attr(master, "margin-top", mm(small ? 10 : 12));
    attr(master, "margin-bottom", mm(small ? 10 : 12));
    attr(master, "margin-left", mm(side_margin_mm(settings)));
    attr(master, "margin-right", mm(side_margin_mm(settings)));
    pugi::xml_node region = fo(master, "region-body");
    attr(region, "column-count", std::to_string(settings.columns));
    attr(region, "column-gap", mm(column_gap_mm(settings)));
    attr(region, "margin-top", mm(front ? 0 : small ? 16 : 20));
    attr(region, "margin-bottom", mm(small ? 10 : 12));
    attr(fo(master, "region-before"), "extent", mm(small ? 14 : 17));
    attr(fo(master, "region-after"), "extent", mm(small ? 8 : 9));
}

void Writer::masthead(pugi::xml_node region, const PrintPage& page) const {
    // One line: the paper at the left, the date (and issue) in the middle, the page and section at the right.
    pugi::xml_node b = fo(region, "block");
    attr(b, "font-family", sans_family());
    attr(b, "font-size", pt(body() * 0.95));
    attr(b, "text-align-last", "justify");
    attr(b, "border-bottom", "1.5pt solid black");
    attr(b, "padding-bottom", "2pt");
    std::string paper = settings.paper_name.empty() ? (settings.chinese ? "版面校样" : "Page proof") : settings.paper_name;
    pugi::xml_node name = fo(b, "inline");
    attr(name, "font-weight", "bold");
    attr(name, "font-size", pt(body() * 2));
    text(name, xml_clean(paper, "title"));
    attr(fo(b, "leader"), "leader-pattern", "space");
    std::string middle;
    if (settings.dated) middle = issue_date_words(settings.date, settings.chinese);
    if (!edition.issue.empty()) middle += (middle.empty() ? "" : "\u3000") + issue_words(edition.issue, settings.chinese);
    text(b, xml_clean(middle, "issue"));
    attr(fo(b, "leader"), "leader-pattern", "space");
    std::string right = page_label(page, settings.chinese);
    std::string section = page_section(page);
    if (!section.empty()) right += "\u3000" + section;
    text(b, xml_clean(right, "page label"));
}

void Writer::front_nameplate(pugi::xml_node flow, const PrintPage& page) const {
    Nameplate plate = nameplate(edition, settings);
    pugi::xml_node box = fo(flow, "block");
    attr(box, "id", "nameplate");
    attr(box, "span", "all");
    attr(box, "font-family", sans_family());
    attr(box, "space-after", "5mm");
    attr(box, "keep-with-next.within-page", "always");
    pugi::xml_node name = fo(box, "block");
    attr(name, "font-weight", "bold");
    attr(name, "font-size", pt(body() * 7));
    attr(name, "line-height", "1.15");
    attr(name, "text-align", "center");
    if (settings.chinese) attr(name, "letter-spacing", "0.15em");
    attr(name, "color", "#b00000");
    text(name, xml_clean(plate.name, "title"));
    // The particulars between a thin and a thick rule, spread across the page; the page and section at the right.
    pugi::xml_node line = fo(box, "block");
    attr(line, "font-size", pt(body() * 0.95));
    attr(line, "text-align-last", "justify");
    attr(line, "border-top", "0.75pt solid black");
    attr(line, "border-bottom", "2pt solid black");
    attr(line, "padding", "1.5mm 0");
    attr(line, "space-before", "2mm");
    auto words = plate.particulars;
    std::string right = page_label(page, settings.chinese);
    if (std::string section = page_section(page); !section.empty()) right += "\u3000" + section;
    words.emplace_back("page label", right);
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) {
            pugi::xml_node gap = fo(line, "leader");
            attr(gap, "leader-pattern", "space");
            attr(gap, "leader-length.minimum", "2em");
        }
        pugi::xml_node word = fo(line, "inline");
        attr(word, "keep-together.within-line", "always");
        text(word, xml_clean(words[i].second, words[i].first));
    }
}

void Writer::foot(pugi::xml_node region, const PrintPage& page) const {
    pugi::xml_node b = fo(region, "block");
    attr(b, "font-family", sans_family());
    attr(b, "font-size", pt(body() * 0.8));
    attr(b, "text-align-last", "justify");
    attr(b, "border-top", "0.5pt solid black");
    attr(b, "padding-top", "2pt");
    std::string furniture;
    for (const std::string& line : page_furniture(page)) furniture += (furniture.empty() ? "" : "\u3000\u3000") + line;
    text(b, xml_clean(furniture, "page furniture"));
    attr(fo(b, "leader"), "leader-pattern", "space");
    text(b, xml_clean(page_label(page, settings.chinese), "page label"));
}

void Writer::language(pugi::xml_node node, const Article& a) const {
    if (a.language.empty() || a.language == settings.language) return;
    auto [lang, country] = language_and_country(a.language);
    if (!lang.empty()) attr(node, "language", lang);
    if (!country.empty()) attr(node, "country", country);
}

void Writer::paragraph(pugi::xml_node flow, const Article& a, const std::string& s) const {
    pugi::xml_node b = fo(flow, "block");
    language(b, a);
    attr(b, "text-align", "justify");
    attr(b, "text-indent", present::is_cjk(a, settings.language) ? "2em" : "1.2em");
    text(b, set_text(s, "paragraph"));
}

// The id of an article's first block ("article-p1-a1"): a PDF bookmark or link can point at it, and a reader of
// the FO can tell where each article starts. An NCName, unique in the document.
std::string Writer::anchor(const Article& a) const {
    std::string id = "article-";
    for (char c : a.id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                  c == '.';
        id += ok ? c : '_';
    }
    std::string unique = id;
    for (int n = 2; !anchors.insert(unique).second; ++n) unique = id + "-" + std::to_string(n);
    return unique;
}

void Writer::figure(pugi::xml_node flow, const Article& a, std::size_t index) const {
    const Image& image = a.body[index].image;
    pugi::xml_node box = fo(flow, "block");
    language(box, a);
    attr(box, "space-before", "2mm");
    attr(box, "space-after", "2mm");
    attr(box, "keep-together.within-column", "always");
    std::string src = pictures ? pictures(a, index) : std::string();
    // A caption whose picture was not supplied is left out of the proof, with a warning naming its line.
    if (!present::shows_image(a.body[index], !src.empty())) {
        cleaner.add(present::missing_picture_warning(a, a.body[index]));
        return;
    }
    {
        pugi::xml_node holder = fo(box, "block");
        attr(holder, "text-align", "center");
        attr(holder, "line-height", "1");
        pugi::xml_node g = fo(holder, "external-graphic");
        attr(g, "src", "url('" + src + "')");
        attr(g, "width", "100%");
        attr(g, "content-width", "scale-to-fit");
        attr(g, "content-height", "100%");
        attr(g, "scaling", "uniform");
        std::string alt = !image.alt.empty() ? image.alt : image.caption.text;
        if (!alt.empty()) attr(g, "fox:alt-text", xml_clean(alt));
    }
    if (!image.caption.text.empty() || !image.caption.credit.empty()) {
        pugi::xml_node cap = fo(box, "block");
        attr(cap, "font-family", sans_family());
        attr(cap, "font-size", pt(body() * 0.8));
        attr(cap, "line-height", "1.4");
        attr(cap, "text-align", "justify");
        attr(cap, "text-indent", "0");  // a caption is no paragraph: it starts flush
        attr(cap, "space-before", "1mm");
        text(cap, set_text(image.caption.text));
        if (!image.caption.credit.empty()) {
            // The credit after the caption, pushed to the right end of the last line by a leader (at least
            // 1 em of it), and never broken: "galley 示例 绘" is one name.
            if (!image.caption.text.empty()) {
                attr(cap, "text-align-last", "justify");
                pugi::xml_node gap = fo(cap, "leader");
                attr(gap, "leader-pattern", "space");
                attr(gap, "leader-length.minimum", "1em");
            }
            pugi::xml_node credit = fo(cap, "inline");
            attr(credit, "color", "#555555");
            attr(credit, "keep-together.within-line", "always");
            text(credit, set_text(image.caption.credit));
        }
    }
}

void Writer::article(pugi::xml_node flow, const Article& a, bool lead, bool first) const {
    pugi::xml_node before = flow.last_child();
    bool has_head =
        !a.column.empty() || !a.kicker.empty() || !present::headline(a).empty() || !a.subheadline.empty();
    if (has_head) {
        // Kicker, headline and deck span every column; the columns above them are balanced by FOP.
        pugi::xml_node head = fo(flow, "block");
        attr(head, "span", "all");
        language(head, a);
        attr(head, "font-family", sans_family());
        attr(head, "space-after", "3mm");
        attr(head, "keep-with-next.within-page", "always");
        if (!first) {
            attr(head, "space-before", "5mm");
            attr(head, "border-top", "0.75pt solid black");
            attr(head, "padding-top", "2mm");
        }
        if (!a.column.empty()) {
            // The column label (栏目): small, bold and reversed out, as papers set a series' tag.
            pugi::xml_node c = fo(head, "block");
            attr(c, "font-size", pt(body() * 0.9));
            attr(c, "space-after", "1mm");
            pugi::xml_node tag = fo(c, "inline");
            attr(tag, "font-weight", "bold");
            attr(tag, "color", "white");
            attr(tag, "background-color", "#b00000");
            attr(tag, "padding", "0.5mm");
            text(tag, set_text(a.column));
        }
        if (!a.kicker.empty()) {
            pugi::xml_node k = fo(head, "block");
            attr(k, "font-size", pt(body() * 1.1));
            attr(k, "color", "#b00000");
            text(k, set_text(a.kicker));
        }
        // A headline galley derived from the lead is set apart: regular weight, smaller and grey, never
        // dressed as one the page printed.
        if (present::Headline headline = present::headline(a); !headline.empty()) {
            pugi::xml_node h = fo(head, "block");
            attr(h, "role", "H1");  // tagged PDF: headings a reader can jump between
            attr(h, "font-weight", headline.derived ? "normal" : "bold");
            attr(h, "font-size", pt(body() * (headline.derived ? 1.6 : lead ? 3.2 : 2.3)));
            if (headline.derived) attr(h, "color", "#555555");
            attr(h, "line-height", "1.25");
            text(h, set_text(headline.text, "headline"));
        }
        if (!a.subheadline.empty()) {
            pugi::xml_node s = fo(head, "block");
            attr(s, "font-size", pt(body() * 1.35));
            attr(s, "line-height", "1.4");
            attr(s, "space-before", "1mm");
            text(s, set_text(a.subheadline));
        }
    } else if (!first) {
        pugi::xml_node rule = fo(flow, "block");
        attr(rule, "border-top", "0.5pt solid black");
        attr(rule, "space-before", "3mm");
        attr(rule, "padding-top", "1mm");
    }
    for (const Continuation& c : a.continuations)
        if (c.direction == "from") {
            pugi::xml_node b = fo(flow, "block");
            language(b, a);
            attr(b, "font-family", sans_family());
            attr(b, "font-size", pt(body() * 0.85));
            text(b, set_text(c.text));
        }
    // Pictures go first, at the head of the article's first column, as a make-up editor places them: a picture
    // met later in the text may not fit where its column is, and the column would stop early above it.
    for (std::size_t i = 0; i < a.body.size(); ++i)
        if (a.body[i].type == BlockType::image) figure(flow, a, i);
    std::string byline = present::byline(a, present::is_cjk(a, settings.language)).text();
    if (!byline.empty()) {
        pugi::xml_node b = fo(flow, "block");
        language(b, a);
        attr(b, "font-family", sans_family());
        attr(b, "font-size", pt(body() * 0.9));
        attr(b, "space-after", "1mm");
        attr(b, "keep-with-next.within-column", "always");
        text(b, set_text(byline, "byline"));
    }
    // The dateline on its own line, unless the lead opens with it or the source formula holds it.
    if (std::string dateline = present::dateline(a).text; !dateline.empty()) {
        pugi::xml_node b = fo(flow, "block");
        language(b, a);
        attr(b, "font-family", sans_family());
        attr(b, "font-weight", "bold");
        attr(b, "keep-with-next.within-column", "always");
        text(b, set_text(dateline, "dateline"));
    }
    for (std::size_t i = 0; i < a.body.size(); ++i) {
        const Block& block = a.body[i];
        switch (block.type) {
            case BlockType::paragraph: paragraph(flow, a, block.text); break;
            case BlockType::subheading: {
                pugi::xml_node b = fo(flow, "block");
                attr(b, "role", "H2");
                language(b, a);
                attr(b, "font-family", sans_family());
                attr(b, "font-weight", "bold");
                attr(b, "space-before", "2mm");
                attr(b, "keep-with-next.within-column", "always");
                text(b, set_text(block.text, "subheading"));
                break;
            }
            case BlockType::image: break;  // set above
        }
    }
    for (const Continuation& c : a.continuations)
        if (c.direction != "from") {
            pugi::xml_node b = fo(flow, "block");
            language(b, a);
            attr(b, "font-family", sans_family());
            attr(b, "font-size", pt(body() * 0.85));
            attr(b, "text-align", "end");
            text(b, set_text(c.text, "continuation"));
        }
    pugi::xml_node first_block = before ? before.next_sibling() : flow.first_child();
    if (first_block) first_block.prepend_attribute("id").set_value(anchor(a).c_str());
}

void Writer::page_sequence(pugi::xml_node root, const PrintPage& page, std::size_t position) const {
    bool front = page.number == 1;
    pugi::xml_node seq = fo(root, "page-sequence");
    attr(seq, "master-reference", front ? front_master_name : master_name);
    if (page.number > 0) attr(seq, "initial-page-number", std::to_string(page.number));
    attr(seq, "force-page-count", "no-force");
    if (!front) {
        pugi::xml_node before = fo(seq, "static-content");
        attr(before, "flow-name", "xsl-region-before");
        masthead(before, page);
    }
    pugi::xml_node after = fo(seq, "static-content");
    attr(after, "flow-name", "xsl-region-after");
    foot(after, page);
    pugi::xml_node flow = fo(seq, "flow");
    attr(flow, "flow-name", "xsl-region-body");
    if (position < settings.page_leading.size() && settings.page_leading[position] > 0) {
        char leading[16];
        std::snprintf(leading, sizeof leading, "%.3f", settings.page_leading[position]);
        attr(flow, "line-height", leading);
    }
    if (front) front_nameplate(flow, page);
    for (std::size_t i = 0; i < page.articles.size(); ++i) {
        cleaner.set_article(page.articles[i]->id);
        article(flow, *page.articles[i], i == 0, i == 0);
        cleaner.set_article("");
    }
    // A block spanning all columns at the end: without it FOP leaves the last articles' columns unbalanced. On a
    // page the first layout pass found short it says so, where the hole begins.
    pugi::xml_node end = fo(flow, "block");
    attr(end, "span", "all");
    if (position < settings.short_page_notes.size() && !settings.short_page_notes[position].empty()) {
        attr(end, "id", "short-page-" + std::to_string(position + 1));
        attr(end, "font-family", sans_family());
        attr(end, "font-size", pt(body() * 0.9));
        attr(end, "color", "#b00000");
        attr(end, "text-align", "center");
        attr(end, "space-before", "2mm");
        attr(end, "border", "0.5pt dashed #b00000");
        attr(end, "padding", "1mm");
        text(end, xml_clean(settings.short_page_notes[position], "note"));
    }
}

bool inline_node(const pugi::xml_node& n) {
    std::string_view name = n.name();
    return n.type() == pugi::node_pcdata || name == "fo:inline" || name == "fo:leader" ||
           name == "fo:external-graphic" || name == "fo:page-number";
}

// A line break before every child of an element that holds only blocks (never inside text, where it would be
// a space between Chinese characters), for people who read the file.
void add_line_breaks(pugi::xml_node node) {
    bool blocks_only = node.first_child() && node.name() != std::string_view("dc:title");
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (inline_node(c)) blocks_only = false;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
        if (c.type() == pugi::node_element) add_line_breaks(c);
    if (!blocks_only) return;
    for (pugi::xml_node c = node.first_child(); c;) {
        pugi::xml_node next = c.next_sibling();
        node.insert_child_before(pugi::node_pcdata, c).set_value("\n");
        c = next;
    }
    node.append_child(pugi::node_pcdata).set_value("\n");
}

}  // namespace

std::string page_label(const PrintPage& page, bool chinese) {
    if (page.page && !page.page->label.empty()) return page.page->label;
    if (page.number > 0) return chinese ? "第" + std::to_string(page.number) + "版" : "Page " + std::to_string(page.number);
    return chinese ? "未注版次" : "No page";
}

std::string page_section(const PrintPage& page) {
    if (!page.page) return {};
    if (!page.page->section.empty()) return page.page->section;
    for (const PageField& f : page.page->metadata)
        if (f.key == "section") return f.value;
    return {};
}

std::vector<std::string> page_furniture(const PrintPage& page) {
    std::vector<std::string> lines;
    if (!page.page) return lines;
    for (const PageField& f : page.page->metadata) {
        // The masthead already says these.
        if (f.key == "date" || f.key == "page" || f.key == "paper" || f.key == "section" || f.key == "running-head")
            continue;
        std::string line = !f.text.empty() ? f.text : (f.label.empty() ? f.value : f.label + "：" + f.value);
        bool seen = false;
        for (const auto& l : lines) seen = seen || l == line;
        if (!seen && !line.empty()) lines.push_back(line);
    }
    return lines;
}

std::string fo_document(const Edition& edition, const Settings& settings, const std::vector<PrintPage>& pages,
                        const PictureSource& pictures, std::vector<XmlCleaner::Problem>& problems) {
    pugi::xml_document doc;
    pugi::xml_node decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = doc.append_child("fo:root");
    attr(root, "xmlns:fo", fo_namespace);
    attr(root, "xmlns:fox", fox_namespace);
    XmlCleaner cleaner(XmlCleaner::LineEnds::keep);
    Writer w{edition, settings, pictures, cleaner};
    attr(root, "font-family", w.serif_family());
    attr(root, "font-size", pt(settings.body_pt));
    attr(root, "line-height", "1.55");  // = line_height
    auto [lang, country] = language_and_country(settings.language);
    if (!lang.empty()) attr(root, "language", lang);
    if (!country.empty()) attr(root, "country", country);
    attr(root, "hyphenate", "false");
    w.layout(root);
    w.declarations(root);
    for (std::size_t i = 0; i < pages.size(); ++i) w.page_sequence(root, pages[i], i);
    add_line_breaks(root);
    std::ostringstream s;
    doc.save(s, "", pugi::format_raw, pugi::encoding_utf8);
    std::string out = s.str();
    // pugixml writes the root right after the declaration; a line end between them reads better.
    if (std::size_t end = out.find("?>"); end != std::string::npos) out.insert(end + 2, "\n");
    out += "\n";
    problems = cleaner.problems();
    return out;
}

}  // namespace galley::xslfo
