// Orchestration: settle the options, plan the files (a story per article or per print page), read the
// pictures, render every story, report, then write stories and pictures.
#include "galley/icml/exporter.hpp"

#include <map>
#include <set>

#include "images.hpp"
#include "story.hpp"
#include "styles.hpp"
#include "text.hpp"
#include "galley/item_guid.hpp"
#include "galley/presentation.hpp"
#include "galley/quote.hpp"

namespace galley::icml {
namespace {

struct StoryFile {
    std::string entry;  // "p1-a1.icml", "page-1.icml"
    std::string id;     // "p1-a1", "page-1": Self ids and the story's title
    std::vector<const Article*> articles;
};

bool plan_by_article(const Edition& edition, plugin::Output& out, std::vector<StoryFile>& files) {
    std::set<std::string> entries;
    bool ok = true;
    for (const Article& a : edition.articles) {
        if (!is_safe_item_id(a.id)) {
            out.error(a.id, "article id " + quote_text(a.id) +
                                " cannot name a story file (use letters, digits, '-', '_', '.'), or export with "
                                "-O story=page");
            ok = false;
            continue;
        }
        std::string entry = a.id + ".icml";
        if (!entries.insert(entry).second) {
            out.error(a.id, "two articles would both be written to " + entry + " (article ids must be unique)");
            ok = false;
            continue;
        }
        files.push_back({entry, a.id, {&a}});
    }
    return ok;
}

// One story per print page number, pages in ascending order, articles in edition order. Articles without a
// page number go to page-0.icml.
void plan_by_page(const Edition& edition, plugin::Output& out, std::vector<StoryFile>& files) {
    std::map<int, std::vector<const Article*>> pages;
    for (const Article& a : edition.articles) pages[a.page < 0 ? 0 : a.page].push_back(&a);
    for (auto& [number, articles] : pages) {
        std::string id = "page-" + std::to_string(number);
        if (number == 0)
            for (const Article* a : articles)
                out.note(a->id, "the article has no print page number: it is placed in page-0.icml");
        files.push_back({id + ".icml", id, std::move(articles)});
    }
}

std::string language_of(const Article& a, const Edition& edition) {
    return !a.language.empty() && a.language != "und" ? a.language : edition.language;
}

CjkRules rules_for(const StoryFile& file, const Edition& edition) {
    for (const Article* a : file.articles) {
        std::string lang = language_of(*a, edition);
        if (is_chinese(lang)) return is_traditional_chinese(lang) ? CjkRules::traditional : CjkRules::simplified;
    }
    return CjkRules::none;
}

}  // namespace

void Exporter::run(const Edition& edition, const plugin::Options& chosen, plugin::Output& out) {
    std::string story = chosen.text("story", "article");
    if (story != "article" && story != "page") {
        out.error("", "option story: \"" + story + "\" is neither article (a file per article) nor page (a file per "
                                                    "print page)");
        return;
    }
    StyleSheet styles;
    std::string error;
    if (!StyleSheet::parse(chosen.text("style-prefix"), styles, error)) {
        out.error("", error);
        return;
    }
    long image_width = chosen.integer("image-width", -1);
    if (image_width < 0 || image_width > 10000) {
        out.error("", "option image-width: \"" + chosen.text("image-width") +
                          "\" is no width in points between 0 (the picture's own size) and 10000");
        return;
    }
    if (edition.articles.empty()) {
        out.error("", "the edition has no articles: there is no story to place");
        return;
    }

    std::vector<StoryFile> files;
    if (story == "page")
        plan_by_page(edition, out, files);
    else if (!plan_by_article(edition, out, files))
        return;

    std::vector<const Article*> all;
    for (const Article& a : edition.articles) all.push_back(&a);
    PictureShelf pictures;
    if (!load_pictures(all, image_width, out, pictures)) return;  // each missing picture was reported

    Cleaner cleaner;
    std::vector<std::pair<std::string, std::string>> entries;
    for (const StoryFile& file : files) {
        std::vector<Paragraph> paragraphs;
        for (const Article* a : file.articles) {
            std::vector<Paragraph> mine = article_paragraphs(*a, language_of(*a, edition), pictures, cleaner);
            if (mine.empty()) out.warning(a->id, "the article has no text and no picture: its story is empty");
            if (a->headline_derived && !a->headline.empty())
                out.note(a->id, "the headline was made by galley from the lead, not printed: check it before print");
            for (const Block& b : a->body)
                if (b.type == BlockType::image && !supplied_picture(b, pictures))
                    out.warning(a->id, present::missing_picture_warning(*a, b));
            for (Paragraph& p : mine) paragraphs.push_back(std::move(p));
        }
        entries.emplace_back(file.entry, icml_document(paragraphs, styles, rules_for(file, edition), file.id, file.id));
    }
    for (const Picture& p : pictures.pictures)
        if (!p.entry.empty()) entries.emplace_back(p.entry, p.bytes);
    for (const auto& [article, message] : cleaner.problems()) out.warning(article, message);

    // Written only now, whole: a failure above leaves no half-written set of stories.
    for (const auto& [entry, bytes] : entries) out.write(entry, bytes);
}

}  // namespace galley::icml
