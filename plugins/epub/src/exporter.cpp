// Orchestration: settle the book's settings, plan its files, read its pictures, render every document, zip.
#include "galley/epub/exporter.hpp"
#include "galley/presentation.hpp"

#include <cstdlib>

#include "article_page.hpp"
#include "book.hpp"
#include "container.hpp"
#include "cover.hpp"
#include "css.hpp"
#include "images.hpp"
#include "nav.hpp"
#include "ncx.hpp"
#include "opf.hpp"
#include "page_index.hpp"
#include "settings.hpp"
#include "zip_writer.hpp"

namespace galley::epub {
namespace {

constexpr const char* xhtml_type = "application/xhtml+xml";

// Every file of the package in the order the ZIP and the manifest hold them: cover and navigation first,
// then the documents in reading order, then the pictures.
std::vector<BookFile> render_files(const Render& r) {
    std::vector<BookFile> files;
    // The spine follows this order: the cover, the contents page (the nav document), then the print pages.
    if (r.book.cover >= 0) files.push_back({cover_page_file, "cover", xhtml_type, "", true, cover_page(r)});
    files.push_back({nav_file, "nav", xhtml_type, "nav", true, nav_document(r)});
    files.push_back({ncx_file, "ncx", "application/x-dtbncx+xml", "", false, ncx_document(r)});
    files.push_back({css_file, "css", "text/css", "", false, style_sheet(r.settings.vertical)});
    for (const PageDoc& page : r.book.pages) {
        files.push_back({page.file, "doc-" + page.stem, xhtml_type, "", true, page_index(r, page)});
        for (const ArticleDoc& doc : page.articles)
            files.push_back({doc.file, "doc-" + doc.stem, xhtml_type, "", true, article_page(r, doc)});
    }
    for (const Asset& a : r.book.assets)
        files.push_back({a.file, a.id, a.media_type, a.cover ? "cover-image" : "", false, a.bytes});
    return files;
}

}  // namespace

void Exporter::run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out) {
    Settings settings;
    std::string error;
    std::vector<std::string> warnings;
    if (!make_settings(edition, chosen, std::getenv("SOURCE_DATE_EPOCH"), settings, error, warnings)) {
        out.error("", error);
        return;
    }
    for (const auto& w : warnings) out.warning("", w);
    if (edition.articles.empty() && edition.pages.empty()) {
        out.error("", "the edition has no pages and no articles: there is nothing to make a book of");
        return;
    }

    const Labels& labels = labels_for(settings.chinese);
    Book book = plan_book(edition, settings, labels);
    if (book.pages.empty()) {
        out.error("", "the edition has no numbered pages and no articles: there is nothing to make a book of");
        return;
    }
    if (!load_assets(book, out)) return;  // each missing picture was reported with its article and href

    Cleaner cleaner;
    Render r{edition, settings, labels, book, cleaner};
    if (book.cover < 0 && settings.draw_cover) {
        book.drawn_cover = true;
        book.cover = static_cast<int>(book.assets.size());
        Asset drawn;
        drawn.stem = "cover";
        drawn.file = "images/cover.svg";
        drawn.id = "cover-image";
        drawn.media_type = "image/svg+xml";
        drawn.cover = true;
        book.assets.push_back(std::move(drawn));
        book.assets.back().bytes = draw_cover(r);
    }

    std::vector<BookFile> files = render_files(r);
    std::vector<std::pair<std::string, std::string>> entries;
    entries.emplace_back("META-INF/container.xml", container_xml());
    entries.emplace_back(package_path, package_document(r, files));
    for (BookFile& f : files) entries.emplace_back("OEBPS/" + f.path, std::move(f.bytes));

    for (const auto& [article, message] : cleaner.problems()) out.warning(article, message);
    for (const PageDoc& page : book.pages)
        for (const ArticleDoc& doc : page.articles)
            for (std::size_t i = 0; i < doc.assets.size(); ++i)
                if (doc.article->body[i].type == BlockType::image && doc.assets[i] < 0)
                    out.warning(doc.article->id, present::missing_picture_warning(*doc.article, doc.article->body[i]));
    for (const PageDoc& page : book.pages)
        for (const ArticleDoc& doc : page.articles)
            for (std::size_t i = 0; i < doc.assets.size(); ++i)
                if (doc.assets[i] >= 0 && doc.alts[i].empty())
                    out.warning(doc.article->id, "the picture " + doc.article->body[i].image.href +
                                                     " has neither alt text nor a caption: readers who cannot see "
                                                     "it learn nothing of it");
    if (!settings.certified_by.empty() && !book.all_alt)
        out.warning("", "option certified-by is left out of the book: a picture without alt text fails WCAG 1.1.1, "
                        "so the book claims no conformance for an evaluator to stand behind");

    // Written only now, whole: a failure above leaves no half-written book.
    out.write("", zip_epub(entries, settings.modified_epoch));
}

}  // namespace galley::epub
