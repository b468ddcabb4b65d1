// Reading a page's truth (NAME.expected.json). Only the keys the scorer uses are read; the rest of the
// file (layout notes, line roles, sources) is left alone. A key of the wrong type is an error naming it.
#include <nlohmann/json.hpp>

#include "galley/scoring.hpp"

namespace galley::scoring {
namespace {

using nlohmann::json;

// Line and column (1-based, in bytes) of a byte offset, for messages.
SourceSpan where(std::string_view text, std::size_t offset, const std::string& path) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {path, line, column};
}

class Reader {
public:
    Reader(const std::string& path, Diagnostics& diags) : path_(path), diags_(diags) {}

    // A string or null (→ empty) at `key`; anything else is an error.
    std::string text(const json& obj, const char* key, const std::string& at) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return {};
        if (!it->is_string()) {
            fail(at + "/" + key, "a string or null");
            return {};
        }
        return it->get<std::string>();
    }

    const json* list(const json& obj, const char* key, const std::string& at) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return nullptr;
        if (!it->is_array()) {
            fail(at + "/" + key, "an array");
            return nullptr;
        }
        return &*it;
    }

    void fail(const std::string& pointer, const char* expected) {
        diags_.error({path_, 0, 0}, "the truth's " + pointer + " must be " + expected);
        ok_ = false;
    }

    bool ok() const { return ok_; }

private:
    const std::string& path_;
    Diagnostics& diags_;
    bool ok_ = true;
};

TruthArticle read_article(const json& a, const std::string& at, Reader& r) {
    TruthArticle out;
    if (!a.is_object()) {
        r.fail(at, "an object");
        return out;
    }
    out.id = r.text(a, "id", at);
    out.headline = r.text(a, "headline", at);
    out.kicker = r.text(a, "kicker", at);
    out.subtitle = r.text(a, "subtitle", at);
    out.column = r.text(a, "column", at);
    out.lead_prefix = r.text(a, "lead_prefix", at);
    out.credited_elsewhere = r.text(a, "trailing_credit", at);
    if (const json* ps = r.list(a, "paragraphs", at))
        for (std::size_t i = 0; i < ps->size(); ++i) {
            const json& p = (*ps)[i];
            if (!p.is_object()) {
                r.fail(at + "/paragraphs/" + std::to_string(i), "an object");
                continue;
            }
            out.paragraphs.push_back(r.text(p, "text", at + "/paragraphs/" + std::to_string(i)));
        }
    if (const json* bs = r.list(a, "bylines", at))
        for (std::size_t i = 0; i < bs->size(); ++i) {
            std::string bat = at + "/bylines/" + std::to_string(i);
            const json& b = (*bs)[i];
            if (!b.is_object()) {
                r.fail(bat, "an object");
                continue;
            }
            TruthByline by;
            by.role = r.text(b, "role", bat);
            if (const json* ns = r.list(b, "names", bat))
                for (std::size_t k = 0; k < ns->size(); ++k) {
                    if (!(*ns)[k].is_string()) {
                        r.fail(bat + "/names/" + std::to_string(k), "a string");
                        continue;
                    }
                    by.names.push_back((*ns)[k].get<std::string>());
                }
            out.bylines.push_back(std::move(by));
        }
    if (auto d = a.find("dateline"); d != a.end() && !d->is_null()) {
        if (!d->is_object()) {
            r.fail(at + "/dateline", "an object or null");
        } else {
            out.dateline.present = true;
            out.dateline.place = r.text(*d, "place", at + "/dateline");
            out.dateline.date = r.text(*d, "date", at + "/dateline");
        }
    }
    if (const json* cs = r.list(a, "captions", at))
        for (std::size_t i = 0; i < cs->size(); ++i) {
            std::string cat = at + "/captions/" + std::to_string(i);
            const json& c = (*cs)[i];
            if (!c.is_object()) {
                r.fail(cat, "an object");
                continue;
            }
            TruthCaption cap;
            cap.text = r.text(c, "text", cat);
            if (auto cr = c.find("credit"); cr != c.end() && cr->is_object()) cap.credit = r.text(*cr, "printed", cat + "/credit");
            out.captions.push_back(std::move(cap));
        }
    if (const json* ss = r.list(a, "subheads", at))
        for (std::size_t i = 0; i < ss->size(); ++i) {
            const json& s = (*ss)[i];
            if (s.is_object()) out.subheads.push_back(r.text(s, "text", at + "/subheads/" + std::to_string(i)));
            else r.fail(at + "/subheads/" + std::to_string(i), "an object");
        }
    return out;
}

}  // namespace

bool read_truth(std::string_view text, const std::string& path, PageTruth& out, Diagnostics& diags) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        diags.error(where(text, e.byte > 0 ? e.byte - 1 : 0, path), "not JSON: " + std::string(e.what()));
        return false;
    }
    Reader r(path, diags);
    if (!doc.is_object()) {
        r.fail("", "an object");
        return false;
    }
    out.language = r.text(doc, "language", "");
    if (const json* fs = r.list(doc, "page_furniture", ""))
        for (std::size_t i = 0; i < fs->size(); ++i) {
            if ((*fs)[i].is_string()) out.furniture.push_back((*fs)[i].get<std::string>());
            else r.fail("/page_furniture/" + std::to_string(i), "a string");
        }
    if (auto n = doc.find("article_count"); n != doc.end() && n->is_number_integer()) out.article_count = n->get<int>();
    else r.fail("/article_count", "an integer");
    if (const json* as = r.list(doc, "articles", ""))
        for (std::size_t i = 0; i < as->size(); ++i) out.articles.push_back(read_article((*as)[i], "/articles/" + std::to_string(i), r));
    return r.ok();
}

}  // namespace galley::scoring
