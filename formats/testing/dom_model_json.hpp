// The canonical JSON writer and reader as they were before the streaming ones (galley/detail/model_json_*.hpp)
// replaced them: nlohmann::ordered_json built whole and dumped, nlohmann::json parsed whole and walked. Kept,
// unchanged but for its namespace, as the oracle that the differential test (tests/test_model_json.cpp), the
// fuzz target and the benchmark hold the new code to: same bytes out, same verdicts and messages in. (As it
// always did, it lets nlohmann's out_of_range escape for a number beyond a double, such as 1e400.)
// Test-only: not installed, not used by galley itself.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "galley/detail/canonical_format.hpp"
#include "galley/detail/json_locate.hpp"
#include "galley/diagnostics.hpp"
#include "galley/model.hpp"
#include "galley/quote.hpp"

namespace galley::dom_oracle {

using ojson = nlohmann::ordered_json;
using detail::JsonPath;

// ---- writing -------------------------------------------------------------------------------------------

inline ojson origin_json(const SourceSpan& s) {
    ojson o;
    o["file"] = s.file;
    o["line"] = s.line;
    o["column"] = s.column;
    return o;
}

inline ojson dropped_json(const std::vector<Dropped>& list) {
    ojson arr = ojson::array();
    for (const auto& d : list) {
        ojson o;
        o["text"] = d.text;
        o["reason"] = d.reason;
        o["origin"] = origin_json(d.origin);
        arr.push_back(std::move(o));
    }
    return arr;
}

inline ojson bylines_json(const std::vector<Byline>& list) {
    ojson bylines = ojson::array();
    for (const auto& b : list) bylines.push_back({{"role", b.role}, {"name", b.name}, {"kind", b.kind}});
    return bylines;
}

inline ojson image_json(const Image& image) {
    ojson img;
    img["href"] = image.href;
    img["media_type"] = image.media_type;
    img["alt"] = image.alt;
    img["caption"] = {{"text", image.caption.text},
                      {"credit", image.caption.credit},
                      {"bylines", bylines_json(image.caption.bylines)}};
    return img;
}

inline ojson block_json(const Block& b) {
    ojson o;
    o["type"] = to_string(b.type);
    if (b.type == BlockType::image) {
        o["image"] = image_json(b.image);
    } else {
        o["text"] = b.text;
    }
    o["line"] = b.origin.line;
    return o;
}

inline ojson article_json(const Article& a) {
    ojson o;
    o["id"] = a.id;
    o["language"] = a.language;
    o["column"] = a.column;
    o["kicker"] = a.kicker;
    o["headline"] = a.headline;
    o["subheadline"] = a.subheadline;
    o["headline_derived"] = a.headline_derived;
    o["source"] = a.source;
    o["credit"] = a.credit;
    o["bylines"] = bylines_json(a.bylines);
    o["dateline"] = {{"text", a.dateline.text}, {"date", a.dateline.date}, {"place", a.dateline.place}};
    ojson body = ojson::array();
    for (const auto& b : a.body) body.push_back(block_json(b));
    o["body"] = std::move(body);
    o["page"] = a.page;
    o["section"] = a.section;
    ojson cont = ojson::array();
    for (const auto& c : a.continuations)
        cont.push_back({{"direction", c.direction}, {"page", c.page}, {"text", c.text}});
    o["continuations"] = std::move(cont);
    o["keywords"] = a.keywords;
    ojson subjects = ojson::array();
    for (const auto& s : a.subjects) subjects.push_back({{"scheme", s.scheme}, {"code", s.code}, {"name", s.name}});
    o["subjects"] = std::move(subjects);
    o["rights"] = a.rights;
    o["dropped"] = dropped_json(a.dropped);
    o["origin"] = origin_json(a.origin);
    return o;
}

inline ojson page_json(const Page& p) {
    ojson o;
    o["number"] = p.number;
    o["label"] = p.label;
    o["section"] = p.section;
    o["files"] = p.files;
    ojson meta = ojson::array();
    for (const auto& f : p.metadata) {
        ojson m;
        m["key"] = f.key;
        m["label"] = f.label;
        m["value"] = f.value;
        m["text"] = f.text;
        m["origin"] = origin_json(f.origin);
        meta.push_back(std::move(m));
    }
    o["metadata"] = std::move(meta);
    return o;
}

// ---- reading -------------------------------------------------------------------------------------------

// Walks a parsed document, checking types and reporting each problem at its place in the text.
class Reader {
public:
    Reader(std::string_view text, const std::string& file, Diagnostics& diags)
        : text_(text), file_(file), diags_(diags) {}

    void fail(const JsonPath& path, const std::string& message) {
        SourceSpan where{file_, 0, 0};
        detail::line_column(text_, detail::locate_json_value(text_, path), where.line, where.column);
        diags_.error(where, message + " (at " + printable(detail::json_pointer(path), 200) + ")");
    }

    void warn(const JsonPath& path, const std::string& message) {
        SourceSpan where{file_, 0, 0};
        detail::line_column(text_, detail::locate_json_value(text_, path), where.line, where.column);
        diags_.warning(where, message + " (at " + printable(detail::json_pointer(path), 200) + ")");
    }

    // Checks that `j` is an object with only the known keys (unknown keys are warned about, not fatal,
    // so that a newer writer's output still reads).
    bool object(const nlohmann::json& j, const JsonPath& path, std::initializer_list<const char*> keys) {
        if (!j.is_object()) {
            fail(path, "expected an object");
            return false;
        }
        for (const auto& [k, v] : j.items()) {
            bool known = false;
            for (const char* key : keys) known = known || k == key;
            if (!known) warn(with(path, k), "unknown key " + quote_text(k) + " ignored");
        }
        return true;
    }

    void string(const nlohmann::json& obj, const JsonPath& path, const char* key, std::string& out) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return;
        if (!it->is_string()) return fail(with(path, key), std::string("\"") + key + "\" must be a string");
        out = it->get<std::string>();
    }

    void boolean(const nlohmann::json& obj, const JsonPath& path, const char* key, bool& out) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return;
        if (!it->is_boolean()) return fail(with(path, key), std::string("\"") + key + "\" must be true or false");
        out = it->get<bool>();
    }

    void integer(const nlohmann::json& obj, const JsonPath& path, const char* key, int& out) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return;
        if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 1000000)
            return fail(with(path, key), std::string("\"") + key + "\" must be a whole number from 0 to 1000000");
        out = it->get<int>();
    }

    // Calls `each(element, element_path)` for every element of the array at `key`.
    template <class F>
    void array(const nlohmann::json& obj, const JsonPath& path, const char* key, F each) {
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return;
        JsonPath p = with(path, key);
        if (!it->is_array()) return fail(p, std::string("\"") + key + "\" must be an array");
        for (std::size_t i = 0; i < it->size(); ++i) {
            JsonPath ep = p;
            ep.emplace_back(i);
            each((*it)[i], ep);
        }
    }

    void strings(const nlohmann::json& obj, const JsonPath& path, const char* key, std::vector<std::string>& out) {
        array(obj, path, key, [&](const nlohmann::json& e, const JsonPath& ep) {
            if (!e.is_string()) return fail(ep, "expected a string");
            out.push_back(e.get<std::string>());
        });
    }

    void origin(const nlohmann::json& obj, const JsonPath& path, SourceSpan& out) {
        auto it = obj.find("origin");
        if (it == obj.end() || it->is_null()) return;
        JsonPath p = with(path, "origin");
        if (!object(*it, p, {"file", "line", "column"})) return;
        string(*it, p, "file", out.file);
        integer(*it, p, "line", out.line);
        integer(*it, p, "column", out.column);
    }

    void dropped(const nlohmann::json& obj, const JsonPath& path, std::vector<Dropped>& out) {
        array(obj, path, "dropped", [&](const nlohmann::json& e, const JsonPath& ep) {
            if (!object(e, ep, {"text", "reason", "origin"})) return;
            Dropped d;
            string(e, ep, "text", d.text);
            string(e, ep, "reason", d.reason);
            origin(e, ep, d.origin);
            out.push_back(std::move(d));
        });
    }

    void bylines(const nlohmann::json& obj, const JsonPath& path, std::vector<Byline>& out) {
        array(obj, path, "bylines", [&](const nlohmann::json& b, const JsonPath& bp) {
            if (!object(b, bp, {"role", "name", "kind"})) return;
            Byline by;
            string(b, bp, "role", by.role);
            string(b, bp, "name", by.name);
            string(b, bp, "kind", by.kind);
            out.push_back(std::move(by));
        });
    }

    void image(const nlohmann::json& img, const JsonPath& ip, Image& out) {
        if (!object(img, ip, {"href", "media_type", "alt", "caption"})) return;
        string(img, ip, "href", out.href);
        string(img, ip, "media_type", out.media_type);
        string(img, ip, "alt", out.alt);
        auto cap = img.find("caption");
        if (cap != img.end() && !cap->is_null()) {
            JsonPath cp = with(ip, "caption");
            if (!object(*cap, cp, {"text", "credit", "bylines"})) return;
            string(*cap, cp, "text", out.caption.text);
            string(*cap, cp, "credit", out.caption.credit);
            bylines(*cap, cp, out.caption.bylines);
        }
    }

    void block(const nlohmann::json& e, const JsonPath& ep, const SourceSpan& article_origin, Block& b) {
        if (!object(e, ep, {"type", "text", "image", "line"})) return;
        std::string type = "paragraph";
        string(e, ep, "type", type);
        if (!block_type_from_string(type, b.type))
            fail(with(ep, "type"), "unknown block type " + quote_text(type) + " (paragraph, subheading or image)");
        string(e, ep, "text", b.text);
        b.origin.file = article_origin.file;
        integer(e, ep, "line", b.origin.line);
        auto img = e.find("image");
        if (img != e.end() && !img->is_null()) {
            image(*img, with(ep, "image"), b.image);
        } else if (b.type == BlockType::image) {
            fail(ep, "an image block needs an \"image\" object");
        }
    }

    void article(const nlohmann::json& e, const JsonPath& ep, Article& a) {
        if (!object(e, ep,
                    {"id", "language", "column", "kicker", "headline", "subheadline", "headline_derived", "source", "credit",
                     "bylines", "dateline", "body", "page", "section", "continuations", "keywords", "subjects",
                     "rights", "dropped", "origin"}))
            return;
        string(e, ep, "id", a.id);
        string(e, ep, "language", a.language);
        string(e, ep, "column", a.column);
        string(e, ep, "kicker", a.kicker);
        string(e, ep, "headline", a.headline);
        string(e, ep, "subheadline", a.subheadline);
        boolean(e, ep, "headline_derived", a.headline_derived);
        string(e, ep, "source", a.source);
        string(e, ep, "credit", a.credit);
        bylines(e, ep, a.bylines);
        auto dl = e.find("dateline");
        if (dl != e.end() && !dl->is_null()) {
            JsonPath dp = with(ep, "dateline");
            if (object(*dl, dp, {"text", "date", "place"})) {
                string(*dl, dp, "text", a.dateline.text);
                string(*dl, dp, "date", a.dateline.date);
                string(*dl, dp, "place", a.dateline.place);
            }
        }
        origin(e, ep, a.origin);
        array(e, ep, "body", [&](const nlohmann::json& b, const JsonPath& bp) {
            Block block_out;
            block(b, bp, a.origin, block_out);
            a.body.push_back(std::move(block_out));
        });
        integer(e, ep, "page", a.page);
        string(e, ep, "section", a.section);
        array(e, ep, "continuations", [&](const nlohmann::json& c, const JsonPath& cp) {
            if (!object(c, cp, {"direction", "page", "text"})) return;
            Continuation cont;
            string(c, cp, "direction", cont.direction);
            string(c, cp, "page", cont.page);
            string(c, cp, "text", cont.text);
            if (cont.direction != "to" && cont.direction != "from")
                fail(with(cp, "direction"), "\"direction\" must be \"to\" or \"from\"");
            a.continuations.push_back(std::move(cont));
        });
        strings(e, ep, "keywords", a.keywords);
        array(e, ep, "subjects", [&](const nlohmann::json& s, const JsonPath& sp) {
            if (!object(s, sp, {"scheme", "code", "name"})) return;
            Subject subj;
            string(s, sp, "scheme", subj.scheme);
            string(s, sp, "code", subj.code);
            string(s, sp, "name", subj.name);
            a.subjects.push_back(std::move(subj));
        });
        string(e, ep, "rights", a.rights);
        dropped(e, ep, a.dropped);
    }

    void page(const nlohmann::json& e, const JsonPath& ep, Page& p) {
        if (!object(e, ep, {"number", "label", "section", "files", "metadata"})) return;
        integer(e, ep, "number", p.number);
        string(e, ep, "label", p.label);
        string(e, ep, "section", p.section);
        strings(e, ep, "files", p.files);
        array(e, ep, "metadata", [&](const nlohmann::json& m, const JsonPath& mp) {
            if (!object(m, mp, {"key", "label", "value", "text", "origin"})) return;
            PageField f;
            string(m, mp, "key", f.key);
            string(m, mp, "label", f.label);
            string(m, mp, "value", f.value);
            string(m, mp, "text", f.text);
            origin(m, mp, f.origin);
            p.metadata.push_back(std::move(f));
        });
    }

    void edition(const nlohmann::json& root, Edition& ed) {
        JsonPath top;
        if (!root.is_object()) return fail(top, "not a galley edition: the document is not a JSON object");
        if (!object(root, top, {"format", "version", "edition", "pages", "articles", "dropped"})) return;
        // A format or version of the wrong type has its own message and no second one.
        std::string format;
        std::size_t errors = diags_.error_count();
        string(root, top, "format", format);
        if (diags_.error_count() != errors) return;
        if (format != canonical_format_name)
            return fail(with(top, "format"), "not a galley edition: \"format\" must be \"galley-edition\"");
        int version = 0;
        errors = diags_.error_count();
        integer(root, top, "version", version);
        if (diags_.error_count() != errors) return;
        if (version != canonical_format_version)
            return fail(with(top, "version"),
                        "unsupported version " + std::to_string(version) + " (this galley reads version " +
                            std::to_string(canonical_format_version) + ")");
        auto meta = root.find("edition");
        if (meta != root.end() && !meta->is_null()) {
            JsonPath mp = with(top, "edition");
            if (object(*meta, mp, {"title", "date", "issue", "issn", "publisher", "language", "rights", "note", "cover"})) {
                string(*meta, mp, "title", ed.title);
                string(*meta, mp, "date", ed.date);
                string(*meta, mp, "issue", ed.issue);
                string(*meta, mp, "issn", ed.issn);
                string(*meta, mp, "publisher", ed.publisher);
                string(*meta, mp, "language", ed.language);
                string(*meta, mp, "rights", ed.rights);
                string(*meta, mp, "note", ed.note);
                auto cover = meta->find("cover");
                if (cover != meta->end() && !cover->is_null()) image(*cover, with(mp, "cover"), ed.cover);
            }
        }
        array(root, top, "pages", [&](const nlohmann::json& e, const JsonPath& ep) {
            Page p;
            page(e, ep, p);
            ed.pages.push_back(std::move(p));
        });
        array(root, top, "articles", [&](const nlohmann::json& e, const JsonPath& ep) {
            Article a;
            article(e, ep, a);
            ed.articles.push_back(std::move(a));
        });
        dropped(root, top, ed.dropped);
    }

private:
    static JsonPath with(JsonPath path, std::string key) {
        path.emplace_back(std::move(key));
        return path;
    }

    std::string_view text_;
    const std::string& file_;
    Diagnostics& diags_;
};

inline std::string to_canonical_json(const Edition& ed) {
    ojson root;
    root["format"] = canonical_format_name;
    root["version"] = canonical_format_version;
    ojson meta;
    meta["title"] = ed.title;
    meta["date"] = ed.date;
    meta["issue"] = ed.issue;
    meta["issn"] = ed.issn;
    meta["publisher"] = ed.publisher;
    meta["language"] = ed.language;
    meta["rights"] = ed.rights;
    meta["note"] = ed.note;
    meta["cover"] = image_json(ed.cover);
    root["edition"] = std::move(meta);
    ojson pages = ojson::array();
    for (const auto& p : ed.pages) pages.push_back(page_json(p));
    root["pages"] = std::move(pages);
    ojson articles = ojson::array();
    for (const auto& a : ed.articles) articles.push_back(article_json(a));
    root["articles"] = std::move(articles);
    root["dropped"] = dropped_json(ed.dropped);
    // The model holds valid UTF-8 only; `replace` keeps a stray bad byte from turning into an exception.
    return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

inline bool from_canonical_json(std::string_view text, const std::string& file, Edition& out, Diagnostics& diags) {
    std::size_t errors_before = diags.error_count();
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& e) {
        SourceSpan where{file, 0, 0};
        std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
        detail::line_column(text, at, where.line, where.column);
        std::string what = e.what();
        // nlohmann's message repeats the position; keep the part after "parse error ... : ".
        auto cut = what.find(": ", what.find("parse error"));
        diags.error(where, "invalid JSON: " + (cut == std::string::npos ? what : what.substr(cut + 2)));
        return false;
    }
    Reader reader(text, file, diags);
    reader.edition(root, out);
    return diags.error_count() == errors_before;
}

}  // namespace galley::dom_oracle
