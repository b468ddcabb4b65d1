#include "manifest.hpp"

#include "galley/quote.hpp"

#include <toml++/toml.h>

#include <cstdio>
#include <filesystem>
#include <set>

#include "galley/calendar.hpp"
#include "galley/input_file.hpp"
#include "toml_shape.hpp"

namespace galley::edition {
namespace {

namespace fs = std::filesystem;

// A manifest of ten thousand pages and as many pictures fits in a few MiB; its texts are titles and notes.
constexpr std::size_t max_manifest_bytes = std::size_t{32} << 20;
constexpr std::size_t max_manifest_text = std::size_t{64} << 10;

// A file name as a message quotes it: control characters shown, at most 120 characters.

class Reader {
public:
    Reader(const std::string& folder, Diagnostics& diags)
        : folder_(folder), file_((fs::path(folder) / "edition.toml").string()), diags_(diags) {}

    const std::string& file() const { return file_; }

    SourceSpan at(const toml::node* n) const {
        if (!n) return {file_, 0, 0};
        const auto& src = n->source();
        return {file_, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)};
    }
    void error(const toml::node* n, const std::string& message) { diags_.error(at(n), message); }

    // Warns about keys the manifest format does not have (a typo should not pass silently).
    void known_keys(const toml::table& t, std::initializer_list<const char*> keys, const std::string& where) {
        for (const auto& [k, v] : t) {
            bool known = false;
            for (const char* key : keys) known = known || k.str() == key;
            if (!known) diags_.warning(at(&v), "unknown key " + quote_text(k.str()) + " in " + where + " ignored");
        }
    }

    bool text(const toml::table& t, const char* key, std::string& out, bool required = false) {
        const toml::node* n = t.get(key);
        if (!n) {
            if (required) error(&t, std::string("\"") + key + "\" is missing");
            return !required;
        }
        if (!n->is_string()) {
            error(n, std::string("\"") + key + "\" must be a string");
            return false;
        }
        out = *n->value<std::string>();
        if (out.size() > max_manifest_text) {
            error(n, "\"" + std::string(key) + "\" is " + std::to_string(out.size() >> 10) + " KiB long; a manifest's text values are at most " +
                         std::to_string(max_manifest_text >> 10) + " KiB");
            return false;
        }
        return true;
    }

    // A path in the manifest: relative, no "..", inside the folder after links are followed, a file.
    bool path(const toml::node* n, std::string& out) {
        if (!n || !n->is_string()) {
            error(n, "a file path must be a string");
            return false;
        }
        std::string p = *n->value<std::string>();
        // Names a file system holds and every exporter can write back: no control characters, no part
        // longer than 255 bytes.
        for (unsigned char ch : p)
            if (ch < 0x20 || ch == 0x7F) {
                error(n, "the file name " + quote_text(p) + " holds a control character");
                return false;
            }
        fs::path rel(p);
        for (const auto& part : rel)
            if (part.string().size() > 255) {
                error(n, "a part of " + quote_text(p) + " is longer than 255 bytes");
                return false;
            }
        if (p.empty() || rel.is_absolute()) {
            error(n, quote_text(p) + " must be a path relative to the edition folder");
            return false;
        }
        for (const auto& part : rel)
            if (part == "..") {
                error(n, quote_text(p) + " leaves the edition folder (\"..\" is not allowed)");
                return false;
            }
        std::error_code ec;
        fs::path base = fs::canonical(folder_, ec);
        fs::path real = fs::weakly_canonical(fs::path(folder_) / rel, ec);
        fs::path inside = real.lexically_relative(base);
        if (ec || inside.empty() || *inside.begin() == "..") {
            error(n, quote_text(p) + " leads outside the edition folder (through a link)");
            return false;
        }
        if (!fs::is_regular_file(real, ec)) {
            std::string kind = special_file_kind(real.string());
            error(n, quote_text(p) + (kind.empty() ? " is not there (looked for " + (fs::path(folder_) / rel).string() + ")"
                                               : " is " + kind + ", not a file"));
            return false;
        }
        out = rel.lexically_normal().generic_string();
        return true;
    }

    bool read(Manifest& m) {
        std::string text;
        if (std::string err = read_input_file(file_, text, max_manifest_bytes); !err.empty()) {
            diags_.error({file_, 0, 0}, "the manifest " + err);
            return false;
        }
        if (auto bad = check_toml_shape(text)) {
            diags_.error({file_, bad->line, bad->column}, "the manifest is not read: " + bad->message);
            return false;
        }
        toml::table root;
        try {
            root = toml::parse(text, file_);
        } catch (const toml::parse_error& e) {
            const auto& src = e.source();
            diags_.error({file_, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)},
                         std::string("invalid TOML: ") + std::string(e.description()));
            return false;
        }
        std::size_t errors = diags_.error_count();
        known_keys(root, {"edition", "pages", "images"}, "the manifest");
        const toml::table* ed = root["edition"].as_table();
        if (!ed) {
            error(&root, "the manifest needs an [edition] table (title, date …)");
            return false;
        }
        edition_table(*ed, m.meta);
        pages(root, m);
        images(root, m);
        return diags_.error_count() == errors;
    }

private:
    void edition_table(const toml::table& ed, Edition& meta) {
        known_keys(ed, {"title", "date", "issue", "issn", "publisher", "language", "rights", "note", "cover"}, "[edition]");
        text(ed, "title", meta.title, true);
        const toml::node* date = ed.get("date");
        if (!date) {
            error(&ed, "\"date\" is missing (the issue's date, e.g. date = 2023-01-04)");
        } else if (auto d = date->value<toml::date>()) {
            CivilDate c{d->year, d->month, d->day};
            meta.date = c.iso();
        } else if (auto s = date->value<std::string>(); s && CivilDate::parse(*s)) {
            meta.date = *s;
        } else {
            error(date, "\"date\" must be a date such as 2023-01-04");
        }
        text(ed, "issue", meta.issue);
        text(ed, "issn", meta.issn);
        text(ed, "publisher", meta.publisher);
        text(ed, "language", meta.language);
        text(ed, "rights", meta.rights);
        text(ed, "note", meta.note);
        if (const toml::node* cover = ed.get("cover")) {
            const toml::table* c = cover->as_table();
            if (!c) return error(cover, "\"cover\" must be a table: cover = { file = \"…\", alt = \"…\" }");
            known_keys(*c, {"file", "alt", "caption", "credit"}, "the cover");
            path(c->get("file"), meta.cover.href);
            meta.cover.media_type = image_media_type(meta.cover.href);
            text(*c, "alt", meta.cover.alt);
            text(*c, "caption", meta.cover.caption.text);
            text(*c, "credit", meta.cover.caption.credit);
            if (meta.cover.alt.empty()) diags_.warning(at(cover), "the cover has no alt text");
        }
    }

    void pages(const toml::table& root, Manifest& m) {
        const toml::node* n = root.get("pages");
        const toml::array* arr = n ? n->as_array() : nullptr;
        if (!arr || arr->empty()) return error(n ? n : &root, "the manifest lists no pages ([[pages]] with number and files)");
        std::set<int> numbers;
        for (const auto& item : *arr) {
            const toml::table* t = item.as_table();
            if (!t) {
                error(&item, "each [[pages]] entry must be a table");
                continue;
            }
            known_keys(*t, {"number", "label", "section", "files", "file"}, "[[pages]]");
            PageEntry p;
            p.where = at(t);
            const toml::node* num = t->get("number");
            auto v = num ? num->value<int64_t>() : std::nullopt;
            if (!v || *v < 1 || *v > 9999) error(num ? num : t, "a page needs a \"number\" from 1 to 9999");
            else if (!numbers.insert(static_cast<int>(*v)).second) error(num, "page " + std::to_string(*v) + " is listed twice");
            else p.number = static_cast<int>(*v);
            text(*t, "label", p.label);
            text(*t, "section", p.section);
            if (const toml::node* one = t->get("file")) {
                std::string f;
                if (path(one, f)) p.files.push_back(f);
            }
            if (const toml::node* many = t->get("files")) {
                const toml::array* fa = many->as_array();
                if (!fa) error(many, "\"files\" must be a list of paths");
                else
                    for (const auto& f : *fa) {
                        std::string rel;
                        if (path(&f, rel)) p.files.push_back(rel);
                    }
            }
            if (p.files.empty() && !t->get("file") && !t->get("files")) error(t, "a page needs \"files\" (its text)");
            m.pages.push_back(std::move(p));
        }
    }

    void images(const toml::table& root, Manifest& m) {
        const toml::node* n = root.get("images");
        if (!n) return;
        const toml::array* arr = n->as_array();
        if (!arr) return error(n, "\"images\" must be an array of tables ([[images]])");
        for (const auto& item : *arr) {
            const toml::table* t = item.as_table();
            if (!t) {
                error(&item, "each [[images]] entry must be a table");
                continue;
            }
            known_keys(*t, {"article", "file", "caption", "credit", "alt", "after"}, "[[images]]");
            ImageEntry img;
            img.where = at(t);
            text(*t, "article", img.article, true);
            if (const toml::node* f = t->get("file")) path(f, img.file);
            else error(t, "an image needs a \"file\"");
            if (!img.file.empty() && image_media_type(img.file).empty())
                error(t->get("file"), quote_text(img.file) + " is not a picture galley knows (PNG, JPEG, GIF, SVG, WebP)");
            text(*t, "caption", img.caption);
            text(*t, "credit", img.credit);
            text(*t, "alt", img.alt);
            if (img.alt.empty()) diags_.warning(at(t), "the picture " + img.file + " has no alt text");
            if (const toml::node* a = t->get("after")) {
                auto v = a->value<int64_t>();
                if (!v || *v < 0 || *v > 1000) error(a, "\"after\" must be a number of paragraphs (0 puts the picture first)");
                else img.after = static_cast<int>(*v);
            }
            m.images.push_back(std::move(img));
        }
    }

    std::string folder_, file_;
    Diagnostics& diags_;
};

}  // namespace

std::string image_media_type(const std::string& file) {
    std::string ext = fs::path(file).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".png") return "image/png";
    if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
    if (ext == ".gif") return "image/gif";
    if (ext == ".svg") return "image/svg+xml";
    if (ext == ".webp") return "image/webp";
    return {};
}

bool read_manifest(const std::string& folder, Manifest& out, Diagnostics& diags) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec)) {
        diags.error({folder, 0, 0}, "not an edition folder (no such directory)");
        return false;
    }
    Reader r(folder, diags);
    if (!fs::is_regular_file(r.file(), ec)) {
        std::string kind = special_file_kind(r.file());
        diags.error({r.file(), 0, 0}, kind.empty() ? "the edition folder has no edition.toml" : "edition.toml is " + kind + ", not a file");
        return false;
    }
    // The manifest is held to the rule its pages are: a link may not lead out of the folder.
    fs::path base = fs::canonical(folder, ec), real = fs::canonical(r.file(), ec);
    fs::path inside = real.lexically_relative(base);
    if (ec || inside.empty() || *inside.begin() == "..") {
        diags.error({r.file(), 0, 0}, "edition.toml leads outside the edition folder (through a link)");
        return false;
    }
    return r.read(out);
}

}  // namespace galley::edition
