// The book's plan: which file each print page and article goes to, under which ASCII name, in which
// language, and which pictures it carries. Everything the renderers need, decided once.
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"
#include "labels.hpp"
#include "settings.hpp"
#include "text.hpp"

namespace galley::epub {

// A file the book carries besides its documents: a picture of an article, or the cover.
struct Asset {
    std::string href;        // as the edition names it ("" for the drawn cover)
    std::string article_id;  // the first article that shows it, for messages ("" for the cover)
    std::string stem;        // "p1-a1-1", "cover": the file name without its extension
    std::string file;        // "images/p1-a1-1.png", relative to the package folder (set when loaded)
    std::string id;          // manifest id
    std::string declared_type;  // the media type the edition gives, maybe empty or wrong
    std::string media_type;     // as sniffed from the bytes
    std::string bytes;
    bool cover = false;
};

struct ArticleDoc {
    const Article* article = nullptr;
    std::string stem;      // "p1-a1": file name and id prefix, ASCII
    std::string file;      // "text/p1-a1.xhtml"
    std::string language;  // the article's tag, else the book's
    std::string label;     // headline, else the start of the first paragraph, else "无标题"
    std::vector<int> assets;     // per body block: index into Book::assets, -1 when it shows no file
    std::vector<std::string> alts;  // per body block: the img's alt text (image.alt, else the caption)
};

// A print page (版面) and the articles printed on it, in reading order.
struct PageDoc {
    int number = 0;        // print page number
    bool printed = false;  // a real page: it has a page-list entry and a page-break marker
    std::string name;      // the page as printed ("第1版", "A1"), else 第N版 / Page N; the page-list label
    std::string label;     // the label as printed, may be empty
    std::string section;   // 要闻 …
    std::string heading;   // "第1版 要闻": the index page's heading and its table-of-contents entry
    std::string stem;      // "page-1"
    std::string file;      // "text/page-1.xhtml"
    std::string marker;    // id of the page-break marker in the index page ("page-1"); "" when not printed
    std::vector<ArticleDoc> articles;
};

struct Book {
    std::vector<PageDoc> pages;  // in print order, then the articles printed on no known page
    std::vector<Asset> assets;   // the cover first when there is one, then pictures in reading order
    int cover = -1;              // index of the cover picture in assets, -1 when the book has no cover
    bool drawn_cover = false;    // the cover is galley's SVG
    std::size_t figures = 0;     // img elements in the articles
    bool all_alt = true;         // every one of them has non-empty alt text
    std::size_t article_count() const;
};

// Decides files, ids, groups and languages. Pictures are named here and read later (images.hpp).
Book plan_book(const Edition& edition, const Settings& settings, const Labels& labels);

// What a renderer works from.
struct Render {
    const Edition& edition;
    const Settings& settings;
    const Labels& labels;
    const Book& book;
    Cleaner& cleaner;
};

}  // namespace galley::epub
