#include "cover.hpp"

#include <algorithm>
#include <cstdio>

#include "nav.hpp"
#include "xml.hpp"
#include "galley/language.hpp"
#include "galley/utf8.hpp"

namespace galley::epub {
namespace {

constexpr double cover_width = 600, cover_height = 800, margin = 40;
// CJK faces first for a Chinese book (their Latin letters are fine), Latin faces first otherwise.
const char* serif(bool chinese) {
    return chinese ? "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', STSong, SimSun, serif"
                   : "'Noto Serif', Georgia, 'Times New Roman', 'Noto Serif CJK SC', serif";
}
const char* sans(bool chinese) {
    return chinese ? "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
                   : "'Noto Sans', Helvetica, Arial, 'Noto Sans CJK SC', sans-serif";
}

double em_width(char32_t c) { return lang::is_wide(c) ? 1.0 : c == U' ' ? 0.3 : 0.56; }

bool closing(char32_t c) {
    static constexpr std::u32string_view marks = U"，。、；：？！）」』”’》〉】〕…—,.;:?!)]}%";
    return marks.find(c) != std::u32string_view::npos;
}

double width_of(const std::u32string& s) {
    double w = 0;
    for (char32_t c : s) w += em_width(c);
    return w;
}

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", v);
    return buf;
}

// The headlines of the first page's first articles: what a reader sees above the fold.
std::vector<const ArticleDoc*> lead_articles(const Book& book, std::size_t n) {
    std::vector<const ArticleDoc*> out;
    for (const PageDoc& page : book.pages) {
        for (const ArticleDoc& doc : page.articles)
            if (out.size() < n) out.push_back(&doc);
        if (!out.empty()) break;
    }
    return out;
}

pugi::xml_node add_svg_text(pugi::xml_node parent, double x, double y, double size, const std::string& text,
                            const char* anchor = "middle") {
    pugi::xml_node t = add_text(parent, "text", text);
    set_attr(t, "x", number(x));
    set_attr(t, "y", number(y));
    set_attr(t, "font-size", number(size));
    set_attr(t, "text-anchor", anchor);
    return t;
}

void add_rule(pugi::xml_node svg, double y, double thickness) {
    pugi::xml_node rect = svg.append_child("rect");
    set_attr(rect, "x", number(margin));
    set_attr(rect, "y", number(y));
    set_attr(rect, "width", number(cover_width - 2 * margin));
    set_attr(rect, "height", number(thickness));
    set_attr(rect, "fill", "#1a1a1a");
}

}  // namespace

namespace {

std::vector<std::u32string> greedy_lines(const std::u32string& s, double width) {
    std::vector<std::u32string> lines(1);
    for (std::size_t i = 0; i < s.size(); ++i) {
        char32_t c = s[i];
        std::u32string& line = lines.back();
        if (line.empty() && c == U' ') continue;
        if (!line.empty() && width_of(line) + em_width(c) > width && !closing(c)) {
            // Latin words break at spaces; CJK text between any two characters.
            std::size_t space = lang::is_wide(c) ? std::u32string::npos : line.rfind(U' ');
            std::u32string next;
            if (space != std::u32string::npos && space > 0) {
                next = line.substr(space + 1);
                line.resize(space);
            }
            lines.push_back(next);
        }
        lines.back().push_back(c);
    }
    return lines;
}

}  // namespace

std::vector<std::string> wrap_lines(const std::string& text, double width, std::size_t max_lines) {
    std::u32string s = utf8::to_u32(text);
    std::vector<std::u32string> lines = greedy_lines(s, width);
    // Even lines rather than a full line and a stray character: the same number of lines, each about as long.
    if (lines.size() > 1 && lines.size() <= max_lines) {
        for (double even = width_of(s) / static_cast<double>(lines.size()); even < width; even += 0.25) {
            std::vector<std::u32string> balanced = greedy_lines(s, even);
            if (balanced.size() == lines.size()) {
                lines = std::move(balanced);
                break;
            }
        }
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size() && i < max_lines; ++i) out.push_back(utf8::to_utf8(lines[i]));
    if (lines.size() > max_lines && !out.empty()) {
        std::u32string last = lines[max_lines - 1];
        while (!last.empty() && width_of(last) + 1 > width) last.pop_back();
        out.back() = utf8::to_utf8(last) + "…";
    }
    return out;
}

std::string cover_alt(const Render& r) {
    Cleaner& c = r.cleaner;
    if (!r.book.drawn_cover) {
        const Image& cover = r.edition.cover;
        std::string alt = c.line(!cover.alt.empty() ? cover.alt : cover.caption.text, "cover alt text");
        if (!alt.empty()) return alt;
        return c.line(r.settings.title, "title") + (r.settings.chinese ? "" : " ") + r.labels.cover_alt;
    }
    bool zh = r.settings.chinese;
    std::string alt = zh ? c.line(r.settings.title, "title") + "封面" : "Cover of " + c.line(r.settings.title, "title");
    std::vector<const ArticleDoc*> leads = lead_articles(r.book, 3);
    for (std::size_t i = 0; i < leads.size(); ++i) {
        alt += i == 0 ? (zh ? std::string("。") + r.labels.lead_stories + "：" : std::string(". ") + r.labels.lead_stories + ": ")
                      : (zh ? "；" : "; ");
        alt += c.line(leads[i]->label, "headline");
    }
    return alt + (zh ? "。" : ".");
}

std::string draw_cover(const Render& r) {
    Cleaner& c = r.cleaner;
    bool zh = r.settings.chinese;
    pugi::xml_document d;
    add_declaration(d);
    pugi::xml_node svg = d.append_child("svg");
    set_attr(svg, "xmlns", svg_namespace);
    set_attr(svg, "version", "1.1");
    set_attr(svg, "xml:lang", r.settings.language);
    set_attr(svg, "width", number(cover_width));
    set_attr(svg, "height", number(cover_height));
    set_attr(svg, "viewBox", "0 0 " + number(cover_width) + " " + number(cover_height));
    add_text(svg, "title", cover_alt(r));
    pugi::xml_node paper = svg.append_child("rect");
    set_attr(paper, "width", number(cover_width));
    set_attr(paper, "height", number(cover_height));
    set_attr(paper, "fill", "#fbf8f1");

    double text_width = cover_width - 2 * margin;
    // The masthead: the paper's name as large as fits; without a name, the date takes its place.
    std::string masthead = c.line(!r.settings.paper.empty() ? r.settings.paper : r.settings.date_text, "title");
    double mast_size = std::min(84.0, text_width / std::max(1.0, width_of(utf8::to_u32(masthead))));
    pugi::xml_node mast = add_svg_text(svg, cover_width / 2, 70 + mast_size * 0.8, mast_size, masthead);
    set_attr(mast, "font-family", serif(zh));
    set_attr(mast, "font-weight", "bold");
    double y = 70 + mast_size + 24;
    add_rule(svg, y, 3);

    std::string dateline = r.settings.paper.empty() ? "" : r.settings.date_text;
    std::string issue = c.line(r.edition.issue, "issue");
    if (!issue.empty()) dateline += dateline.empty() ? issue : "  " + issue;
    if (!dateline.empty()) {
        pugi::xml_node date = add_svg_text(svg, cover_width / 2, y + 34, 22, dateline);
        set_attr(date, "font-family", sans(zh));
        y += 50;
    } else {
        y += 12;
    }
    add_rule(svg, y, 1);
    y += 30;

    // Lead headlines, the first one largest, each on up to three lines.
    std::vector<const ArticleDoc*> leads = lead_articles(r.book, 3);
    for (std::size_t i = 0; i < leads.size(); ++i) {
        c.set_article(leads[i]->article->id);
        double size = i == 0 ? 34 : 24;
        const Article& a = *leads[i]->article;
        if (!a.kicker.empty() && i == 0) {
            for (const std::string& line : wrap_lines(c.line(a.kicker, "kicker"), text_width / 18, 1)) {
                y += 18 * 1.5;
                set_attr(add_svg_text(svg, margin, y, 18, line, "start"), "font-family", sans(zh));
            }
        }
        for (const std::string& line : wrap_lines(c.line(leads[i]->label, "headline"), text_width / size, 3)) {
            y += size * 1.35;
            if (y > cover_height - 90) break;
            pugi::xml_node t = add_svg_text(svg, margin, y, size, line, "start");
            set_attr(t, "font-family", sans(zh));
            set_attr(t, "font-weight", "bold");
        }
        y += size * 0.9;
        c.set_article("");
    }

    add_rule(svg, cover_height - 70, 1);
    std::string publisher = c.line(r.edition.publisher, "publisher");
    if (!publisher.empty())
        set_attr(add_svg_text(svg, cover_width / 2, cover_height - 40, 18, publisher), "font-family", serif(zh));
    return serialize_xml(d);
}

std::string cover_page(const Render& r) {
    Xhtml x(r.settings.language, r.labels.cover, "css/galley.css");
    set_attr(x.body, "class", "cover");
    pugi::xml_node section = x.body.append_child("section");
    set_attr(section, "epub:type", "cover");
    set_attr(section, "class", "cover");
    pugi::xml_node img = section.append_child("img");
    set_attr(img, "role", "doc-cover");
    set_attr(img, "src", r.book.assets[static_cast<std::size_t>(r.book.cover)].file);
    set_attr(img, "alt", cover_alt(r));
    if (!r.book.drawn_cover) {
        const Caption& caption = r.edition.cover.caption;
        std::string text = r.cleaner.line(caption.text, "cover caption");
        std::string credit = r.cleaner.line(caption.credit, "cover caption credit");
        if (!text.empty() || !credit.empty()) {
            pugi::xml_node p = add_text(section, "p", text);
            set_attr(p, "class", "cover-caption");
            if (!credit.empty()) {
                if (!text.empty()) p.append_child(pugi::node_pcdata).set_value(" ");
                set_attr(add_text(p, "span", credit), "class", "credit");
            }
        }
    }
    return x.str();
}

}  // namespace galley::epub
