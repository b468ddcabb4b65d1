// An edition folder: the manifest, then every page through its converter, then the pictures.
#include "galley/edition_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <unordered_map>

#include "galley/input_file.hpp"
#include "galley/quote.hpp"
#include "galley/svg_check.hpp"
#include "manifest.hpp"

namespace galley {
namespace {

namespace fs = std::filesystem;

// Puts the picture after `after` paragraphs of the article (or at its end).
void insert_picture(Article& a, Block picture, int after) {
    int seen = 0;
    auto it = a.body.begin();
    while (it != a.body.end() && seen < after) {
        if (it->type == BlockType::paragraph) ++seen;
        ++it;
    }
    a.body.insert(it, std::move(picture));
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
    }
    // One page per manifest entry, in the manifest's order, with the furniture its files printed.
    std::vector<Page> read = std::move(ed.pages);
    ed.pages.clear();
    for (const auto& entry : m.pages) {
        Page p;
        p.number = entry.number;
        p.section = entry.section;
        p.files = entry.files;
        for (auto& r : read)
            if (r.number == entry.number) {
                if (p.label.empty()) p.label = r.label;
                p.metadata.insert(p.metadata.end(), r.metadata.begin(), r.metadata.end());
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
        b.image.caption = {img.caption, img.credit};
        b.origin = img.where;
        insert_picture(*it->second, std::move(b), img.after);
    }
    if (diags.error_count() != errors) return false;
    edition = std::move(ed);
    return true;
}

}  // namespace galley
