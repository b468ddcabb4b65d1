#include "article_page.hpp"

#include "galley/presentation.hpp"
#include "xml.hpp"

namespace galley::epub {
namespace {

void add_class(pugi::xml_node node, const char* name) { set_attr(node, "class", name); }

// A jump line ("（下转第2版）") as printed: the reader sees where the story goes on, as in print.
void add_continuations(const Render& r, pugi::xml_node parent, const Article& a, const char* direction) {
    for (const Continuation& c : a.continuations) {
        if (c.direction != direction) continue;
        std::string text = r.cleaner.line(!c.text.empty() ? c.text : c.page, "continuation");
        if (!text.empty()) add_class(add_text(parent, "div", text), "continuation");
    }
}

void add_header(const Render& r, pugi::xml_node article, const ArticleDoc& doc) {
    const Article& a = *doc.article;
    bool v = r.settings.vertical;
    Cleaner& c = r.cleaner;
    pugi::xml_node header = article.append_child("header");
    // The column label (栏目) names the series, not the story: it stands above the heading, apart from it.
    if (!a.column.empty()) add_class(add_phrase(header, "p", c.line(a.column, "column"), v), "column");
    if (!a.kicker.empty()) add_class(add_phrase(header, "p", c.line(a.kicker, "kicker"), v), "kicker");
    // A headline galley derived from the lead is set apart (class "derived"); with none, none is shown.
    present::Headline headline = present::headline(a);
    if (!headline.empty()) {
        pugi::xml_node h = add_phrase(header, "h2", c.line(headline.text, "headline"), v);
        set_attr(h, "id", doc.stem + "-title");
        add_class(h, headline.derived ? "headline derived" : "headline");
    }
    if (!a.subheadline.empty())
        add_class(add_phrase(header, "p", c.line(a.subheadline, "subheadline"), v), "subheadline");

    present::Byline by = present::byline(a, present::is_cjk(a, r.settings.language));
    std::string source = c.line(by.source, "source"), credit = c.line(by.credit, "credit");
    if (!source.empty() || !credit.empty()) {
        pugi::xml_node byline = header.append_child("p");
        add_class(byline, "byline");
        auto add_source = [&] { add_class(add_phrase(byline, "span", source, v), "source"); };
        auto add_credit = [&] { add_class(add_phrase(byline, "span", credit, v), "credit"); };
        auto add_gap = [&] { byline.append_child(pugi::node_pcdata).set_value(std::string(by.separator()).c_str()); };
        if (source.empty()) add_credit();
        else if (credit.empty()) add_source();
        else if (by.source_first()) add_source(), add_gap(), add_credit();
        else add_credit(), add_gap(), add_source();
    }

    present::Dateline dateline = present::dateline(a);
    std::string shown = c.line(dateline.text, "dateline");
    if (!shown.empty()) {
        pugi::xml_node p = header.append_child("p");
        add_class(p, "dateline");
        if (CivilDate::parse(dateline.date)) {
            pugi::xml_node time = add_phrase(p, "time", shown, v);
            set_attr(time, "datetime", dateline.date);
        } else {
            add_phrase(p, "span", shown, v);
        }
    }
    add_continuations(r, header, a, "from");
}

void add_figure(const Render& r, pugi::xml_node article, const ArticleDoc& doc, std::size_t i, int& number) {
    const Image& image = doc.article->body[i].image;
    std::string caption = r.cleaner.line(image.caption.text, "caption");
    std::string credit = r.cleaner.line(image.caption.credit, "caption credit");
    int asset = doc.assets[i];
    // A caption whose picture was not supplied is left out (the exporter warns with its line).
    if (!present::shows_image(doc.article->body[i], asset >= 0)) return;

    pugi::xml_node figure = article.append_child("figure");
    set_attr(figure, "id", doc.stem + "-fig" + std::to_string(++number));
    if (asset >= 0) {
        pugi::xml_node img = figure.append_child("img");
        set_attr(img, "src", "../" + r.book.assets[static_cast<std::size_t>(asset)].file);
        set_attr(img, "alt", r.cleaner.line(doc.alts[i], "alt text"));
    }
    if (!caption.empty() || !credit.empty()) {
        pugi::xml_node figcaption = figure.append_child("figcaption");
        if (!caption.empty()) figcaption.append_child(pugi::node_pcdata).set_value(caption.c_str());
        if (!caption.empty() && !credit.empty()) figcaption.append_child(pugi::node_pcdata).set_value(" ");
        if (!credit.empty()) add_class(add_text(figcaption, "span", credit), "credit");
    }
}

}  // namespace

std::string article_page(const Render& r, const ArticleDoc& doc) {
    const Article& a = *doc.article;
    r.cleaner.set_article(a.id);
    Xhtml x(doc.language, r.cleaner.line(doc.label, "headline"), "../css/galley.css");
    pugi::xml_node article = x.body.append_child("article");
    set_attr(article, "id", doc.stem);
    if (present::headline(a).empty()) set_attr(article, "aria-label", r.cleaner.line(doc.label, "headline"));
    else set_attr(article, "aria-labelledby", doc.stem + "-title");
    add_header(r, article, doc);

    int figures = 0;
    for (std::size_t i = 0; i < a.body.size(); ++i) {
        const Block& b = a.body[i];
        switch (b.type) {
            case BlockType::paragraph:
                add_phrase(article, "p", r.cleaner.text(b.text, "paragraph"), r.settings.vertical);
                break;
            case BlockType::subheading:
                add_phrase(article, "h3", r.cleaner.line(b.text, "subheading"), r.settings.vertical);
                break;
            case BlockType::image: add_figure(r, article, doc, i, figures); break;
        }
    }
    add_continuations(r, article, a, "to");
    r.cleaner.set_article("");
    return x.str();
}

}  // namespace galley::epub
