// An edition folder: the manifest, then every page through its converter, then the pictures.
#include "galley/edition_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "galley/input_file.hpp"
#include "galley/quote.hpp"
#include "galley/svg_check.hpp"
#include "../print_text/picture_credits.hpp"
#include "manifest.hpp"

namespace galley {
namespace {

namespace fs = std::filesystem;

struct Placed {
    int after = 0;  // paragraphs before the picture
    Block picture;
};

// Puts each picture after `after` paragraphs of the article (or at its end); pictures at the same place keep
// the manifest's order. One pass over the body, however many pictures an article has.
void insert_pictures(Article& a, std::vector<Placed>& pictures) {
    std::stable_sort(pictures.begin(), pictures.end(), [](const Placed& x, const Placed& y) { return x.after < y.after; });
    std::vector<Block> body;
    body.reserve(a.body.size() + pictures.size());
    std::size_t next = 0;
    int seen = 0;
    auto place = [&] {
        while (next < pictures.size() && pictures[next].after <= seen) body.push_back(std::move(pictures[next++].picture));
    };
    place();
    for (Block& b : a.body) {
        const bool paragraph = b.type == BlockType::paragraph;
        body.push_back(std::move(b));
        if (paragraph) {
            ++seen;
            place();
        }
    }
    while (next < pictures.size()) body.push_back(std::move(pictures[next++].picture));
    a.body = std::move(body);
}

// The first few ids, for a message: a thousand pages would make a thousand-line message.
std::string article_ids(const Edition& ed) {
    constexpr std::size_t most = 10;
    std::string ids;
    for (std::size_t i = 0; i < ed.articles.size() && i < most; ++i) ids += (i ? ", " : "") + ed.articles[i].id;
    if (ed.articles.size() > most) ids += " … " + std::to_string(ed.articles.size()) + " in all";
    return ids.empty() ? "none" : ids;
}

// The manifest's language (zh-CN) refines what the converter found in the text (zh, or und when it could not
// tell); an article in another language (an English wire story in a Chinese paper) keeps its own.
std::string refine_language(const std::string& found, const std::string& manifest) {
    if (manifest.empty()) return found;
    auto primary = [](const std::string& tag) { return tag.substr(0, tag.find('-')); };
    if (found.empty() || found == "und" || primary(found) == primary(manifest)) return manifest;
    return found;
}

}  // namespace

bool read_edition_folder(const std::string& folder, const ConvertOptions& options, Edition& edition,
                         Diagnostics& diags) {
    edition::Manifest m;
    if (!edition::read_manifest(folder, m, diags)) return false;
    std::size_t errors = diags.error_count();

    Edition ed = m.meta;
    ed.cover.caption.bylines = print_text::picture_credit_bylines(ed.cover.caption.credit);
    // Each manifest page's files are read into `ed` holding that page's articles only, then set aside: what a
    // reader looks over for its page (the articles already on it) stays the size of a page, not of the edition.
    std::vector<Article> done;
    for (const auto& page : m.pages) {
        for (const auto& file : page.files) {
            std::string path = (fs::path(folder) / file).string();
            InputDocument input{path, {}};
            if (std::string err = read_input_file(path, input.bytes); !err.empty()) {
                diags.error({path, 0, 0}, "the page " + err);
                return false;
            }
            const Converter* conv = pick_converter(input);
            ConvertOptions o = options;
            o.issue_date = m.meta.date;
            o.page = page.number;
            o.section = page.section;
            std::size_t first_new = ed.articles.size();
            if (!conv || !conv->read(input, o, ed, diags)) {
                if (!conv) diags.error({path, 0, 0}, "no converter reads this file");
                return false;
            }
            if (options.language.empty())
                for (std::size_t i = first_new; i < ed.articles.size(); ++i)
                    ed.articles[i].language = refine_language(ed.articles[i].language, m.meta.language);
        }
        done.insert(done.end(), std::make_move_iterator(ed.articles.begin()), std::make_move_iterator(ed.articles.end()));
        ed.articles.clear();
    }
    ed.articles = std::move(done);
    // Pages read apart could still give two articles one id (a JSON page among them, say).
    std::unordered_map<std::string_view, const Article*> ids;
    for (const Article& a : ed.articles)
        if (auto [it, fresh] = ids.emplace(a.id, &a); !fresh) {
            diags.error(a.origin.known() ? a.origin : SourceSpan{folder, 0, 0},
                        "article id " + quote_text(a.id) + " is already used by an article of " +
                            (it->second->origin.file.empty() ? std::string("an earlier page") : it->second->origin.file));
            return false;
        }
    // One page per manifest entry, in the manifest's order, with the furniture its files printed.
    std::vector<Page> read = std::move(ed.pages);
    ed.pages.clear();
    std::unordered_map<int, std::vector<const Page*>> read_by_number;
    for (const Page& r : read) read_by_number[r.number].push_back(&r);
    for (const auto& entry : m.pages) {
        Page p;
        p.number = entry.number;
        p.section = entry.section;
        p.files = entry.files;
        for (const Page* r : read_by_number[entry.number]) {
            if (p.label.empty()) p.label = r->label;
            p.metadata.insert(p.metadata.end(), r->metadata.begin(), r->metadata.end());
        }
        if (!entry.label.empty()) p.label = entry.label;
        ed.pages.push_back(std::move(p));
    }
    // Pictures reach books, feeds and FOP: an SVG must not fetch anything or carry declared entities.
    auto check_picture = [&](const std::string& href, const SourceSpan& where) {
        if (edition::image_media_type(href) != "image/svg+xml") return;
        std::string bytes;
        std::string path = (fs::path(folder) / href).string();
        if (std::string err = read_input_file(path, bytes); !err.empty()) {
            diags.error(where, "the picture " + href + " " + err);
            return;
        }
        if (std::string why = svg::check(bytes); !why.empty())
            diags.error(where, "the picture " + href + " " + why + "; galley takes self-contained pictures only");
    };
    if (!ed.cover.href.empty()) check_picture(ed.cover.href, {(fs::path(folder) / edition_manifest_name).string(), 0, 0});
    for (const auto& img : m.images) check_picture(img.file, img.where);
    std::unordered_map<std::string_view, Article*> by_id;
    for (auto& a : ed.articles) by_id.emplace(a.id, &a);
    std::unordered_map<Article*, std::vector<Placed>> pictures;
    for (const auto& img : m.images) {
        auto it = by_id.find(img.article);
        if (it == by_id.end()) {
            diags.error(img.where, "the picture " + img.file + " belongs to article " + quote_text(img.article) +
                                       ", which the pages do not have (they have: " + article_ids(ed) + ")");
            continue;
        }
        Block b;
        b.type = BlockType::image;
        b.image.href = img.file;
        b.image.media_type = edition::image_media_type(img.file);
        b.image.alt = img.alt;
        b.image.caption = {img.caption, img.credit, print_text::picture_credit_bylines(img.credit)};
        b.origin = img.where;
        pictures[it->second].push_back({img.after, std::move(b)});
    }
    for (auto& [article, placed] : pictures) insert_pictures(*article, placed);
    if (diags.error_count() != errors) return false;
    edition = std::move(ed);
    return true;
}

}  // namespace galley
