#include "book.hpp"

#include <map>
#include <set>

#include "galley/language.hpp"
#include "galley/utf8.hpp"

namespace galley::epub {
namespace {

// Article ids become file names and XML ids; anything but a plain ASCII name is replaced, so that no reader
// meets a fragment it cannot handle and no id can collide with galley's own.
std::string unique_stem(std::string wanted, const std::string& fallback, std::set<std::string>& used) {
    if (!is_ascii_name(wanted)) wanted = fallback;
    std::string stem = wanted;
    for (int n = 2; !used.insert(stem).second; ++n) stem = wanted + "-" + std::to_string(n);
    return stem;
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Every link in the contents needs text (an empty one is an epubcheck error, and useless to a reader).
std::string article_label(const Article& a, const Labels& labels) {
    if (!blank(a.headline)) return a.headline;
    for (const Block& b : a.body)
        if (b.type == BlockType::paragraph && !blank(b.text)) return utf8::shorten(b.text, 24);
    return labels.untitled;
}

}  // namespace

std::size_t Book::article_count() const {
    std::size_t n = 0;
    for (const auto& p : pages) n += p.articles.size();
    return n;
}

Book plan_book(const Edition& edition, const Settings& settings, const Labels& labels) {
    Book book;
    std::set<std::string> used{"cover", "nav"};
    std::map<int, std::size_t> by_number;  // print page number → index in book.pages

    auto add_page = [&](int number, const Page* page) {
        PageDoc p;
        p.number = number;
        p.printed = number > 0;
        p.label = page ? page->label : "";
        p.section = page ? page->section : "";
        p.name = !p.label.empty() ? p.label : labels.page_name(number);
        p.heading = p.section.empty() ? p.name : p.name + " " + p.section;
        p.stem = unique_stem("page-" + std::to_string(number), "page-" + std::to_string(book.pages.size() + 1), used);
        p.file = "text/" + p.stem + ".xhtml";
        p.marker = p.printed ? p.stem : "";
        if (p.printed) by_number[number] = book.pages.size();
        book.pages.push_back(std::move(p));
    };
    for (const Page& page : edition.pages)
        if (page.number > 0 && !by_number.count(page.number)) add_page(page.number, &page);

    // Articles on pages the edition does not list get a page of their own; those printed on no known page
    // go to a last group with an index page but no page-list entry.
    std::vector<const Article*> homeless;
    for (const Article& a : edition.articles)
        if (a.page > 0 && !by_number.count(a.page)) add_page(a.page, nullptr);
    for (const Article& a : edition.articles)
        if (a.page <= 0) homeless.push_back(&a);
    if (!homeless.empty()) {
        PageDoc other;
        other.name = other.heading = labels.other;
        other.stem = unique_stem("other", "other", used);
        other.file = "text/" + other.stem + ".xhtml";
        book.pages.push_back(std::move(other));
    }

    if (!edition.cover.href.empty()) {
        Asset cover;
        cover.href = edition.cover.href;
        cover.stem = "cover";
        cover.id = "cover-image";
        cover.cover = true;
        cover.declared_type = edition.cover.media_type;
        book.assets.push_back(std::move(cover));
        book.cover = 0;
    }
    std::map<std::string, int> asset_of_href;
    if (book.cover == 0) asset_of_href[edition.cover.href] = 0;

    std::size_t index = 0;
    for (const Article& a : edition.articles) {
        ++index;
        PageDoc& page = a.page > 0 ? book.pages[by_number.at(a.page)] : book.pages.back();
        ArticleDoc doc;
        doc.article = &a;
        doc.stem = unique_stem(a.id, "article-" + std::to_string(index), used);
        doc.file = "text/" + doc.stem + ".xhtml";
        doc.language = lang::is_language_tag(a.language) && a.language != "und" ? a.language : settings.language;
        doc.label = article_label(a, labels);
        int picture = 0;
        for (const Block& b : a.body) {
            int asset = -1;
            std::string alt;
            if (b.type == BlockType::image && !b.image.href.empty()) {
                auto [it, fresh] = asset_of_href.try_emplace(b.image.href, static_cast<int>(book.assets.size()));
                if (fresh) {
                    Asset pic;
                    pic.href = b.image.href;
                    pic.article_id = a.id;
                    pic.stem = doc.stem + "-" + std::to_string(++picture);
                    pic.id = "img-" + pic.stem;
                    pic.declared_type = b.image.media_type;
                    book.assets.push_back(std::move(pic));
                }
                asset = it->second;
                // A news photo's caption says what it shows; it stands in when the edition gives no alt text.
                alt = !b.image.alt.empty() ? b.image.alt : b.image.caption.text;
                ++book.figures;
                book.all_alt = book.all_alt && !alt.empty();
            }
            doc.assets.push_back(asset);
            doc.alts.push_back(std::move(alt));
        }
        page.articles.push_back(std::move(doc));
    }
    return book;
}

}  // namespace galley::epub
