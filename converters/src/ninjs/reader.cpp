// Reads ninjs into the model, inverting plugins/ninjs: see plugins/ninjs/README.md, "Reading ninjs".
#include "reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "body.hpp"
#include "galley/feed_text.hpp"
#include "galley/item_guid.hpp"
#include "galley/presentation.hpp"
#include "galley/quote.hpp"
#include "json_input.hpp"
#include "merge.hpp"
#include "sniff.hpp"

namespace galley {
namespace {

using ninjs_in::Json;
using ninjs_in::JsonPath;

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

JsonPath operator+(JsonPath p, detail::JsonPathStep step) {
    p.push_back(std::move(step));
    return p;
}

bool is_byline_kind(std::string_view k) {
    return std::find(byline_kinds.begin(), byline_kinds.end(), k) != byline_kinds.end();
}

// "2023-01-03T00:00:00+08:00" → "2023-01-03"; "" when it does not start with a date.
std::string date_part(const std::string& s) {
    if (s.size() < 10) return "";
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return "";
    if (s[4] != '-' || s[7] != '-') return "";
    return s.substr(0, 10);
}

// One ninjs object being read: its members looked up by lowercased name (2.x and 3.x names alike), the ones
// read remembered so that the others can be reported.
class Object {
public:
    Object(const Json& j, JsonPath path) : j_(j), path_(std::move(path)) {}

    const Json* get(std::string_view name, std::string* key = nullptr) {
        for (auto it = j_.begin(); it != j_.end(); ++it) {
            if (lower(it.key()) != name) continue;
            used_.insert(it.key());
            if (key) *key = it.key();
            return &it.value();
        }
        return nullptr;
    }
    void use(const std::string& key) { used_.insert(key); }
    JsonPath path(const std::string& key) const { return path_ + key; }
    const JsonPath& path() const { return path_; }
    const Json& json() const { return j_; }
    std::vector<std::string> unused() const {
        std::vector<std::string> out;
        for (auto it = j_.begin(); it != j_.end(); ++it)
            if (!used_.count(it.key())) out.push_back(it.key());
        return out;
    }

private:
    const Json& j_;
    JsonPath path_;
    std::set<std::string> used_;
};

class ItemReader {
public:
    ItemReader(std::string_view text, const std::string& file, Diagnostics& diags)
        : text_(text), file_(file), diags_(diags) {}

    bool failed() const { return failed_; }

    // Adds the item at `path` to `in`. False on an error (reported).
    bool read(const Json& doc, const JsonPath& path, Edition& in, std::set<std::string>& ids) {
        if (!doc.is_object()) return error(path, "a ninjs document must be a JSON object");
        Object o(doc, path);
        std::string uri = string(o, "uri");
        if (uri.empty()) uri = string(o, "guid");  // Superdesk
        if (failed_) return false;
        if (uri.empty()) return error(path, "a ninjs document without \"uri\" (ninjs' one required property)");
        std::string type = lower(string(o, "type"));
        if (failed_) return false;
        if (!type.empty() && type != "text") {
            diags_.warning(at(path), "skipped the ninjs " + quote_text(type) + " item " + quote_text(uri) +
                                         ": galley's model holds text articles");
            return true;
        }
        Article a;
        a.origin = at(path);
        a.id = article_id(uri, ids);
        lost_.clear();
        for (const char* name : {"standard", "$standard", "version", "mimetype", "profile"}) o.get(name);

        a.language = string(o, "language");
        headlines(o, a);
        if (string(o, "ednote") == present::derived_headline_note) a.headline_derived = !a.headline.empty();
        else if (o.get("ednote")) lost_.push_back("ednote");
        a.credit = string(o, "by");
        if (a.credit.empty()) a.credit = string(o, "byline");
        a.dateline.place = string(o, "located");
        a.dateline.date = date_part(string(o, "contentcreated"));
        people(o, "people", a.bylines);
        people(o, "person", a.bylines);
        people(o, "authors", a.bylines);  // Superdesk
        ninjs_in::Body body = this->body(o);
        a.body = std::move(body.blocks);
        a.dateline.text = body.dateline;
        for (const Continuation& c : body.continuations)
            if (c.direction == "from") a.continuations.push_back(c);
        for (const Continuation& c : body.continuations)
            if (c.direction == "to") a.continuations.push_back(c);
        subjects(o, a);
        if (const Json* k = array(o, "keywords"))  // Superdesk
            for (const Json& w : *k)
                if (w.is_string() && !w.get<std::string>().empty()) a.keywords.push_back(w.get<std::string>());
        a.rights = string(o, "copyrightnotice");
        std::string holder = string(o, "copyrightholder");
        if (in.publisher.empty()) in.publisher = holder;
        std::string created = date_part(string(o, "firstcreated"));
        std::string version_created = date_part(string(o, "versioncreated"));
        if (in.date.empty()) in.date = !created.empty() ? created : version_created;
        if (in.language.empty()) in.language = a.language;
        associations(o, a);
        if (failed_) return false;
        for (const std::string& k : o.unused()) lost_.push_back(k);
        if (!lost_.empty()) {
            std::string list;
            for (const std::string& l : lost_) list += (list.empty() ? "" : ", ") + l;
            diags_.warning(a.origin, "ninjs " + quote_text(uri) + ": galley's model has no place for " + list);
        }
        in.articles.push_back(std::move(a));
        return true;
    }

private:
    SourceSpan at(const JsonPath& p) const { return ninjs_in::locate(text_, file_, p); }

    bool error(const JsonPath& p, const std::string& message) {
        if (!failed_) diags_.error(at(p), message + " (at " + detail::json_pointer(p) + ")");
        failed_ = true;
        return false;
    }

    std::string string(Object& o, std::string_view name) {
        std::string key;
        const Json* v = o.get(name, &key);
        if (!v || v->is_null()) return "";
        if (!v->is_string()) {
            error(o.path(key), "ninjs " + quote_text(key) + " must be a string");
            return "";
        }
        return v->get<std::string>();
    }

    // An array in 2.x and 3.x; nullptr when absent.
    const Json* array(Object& o, std::string_view name) {
        std::string key;
        const Json* v = o.get(name, &key);
        if (!v || v->is_null()) return nullptr;
        if (!v->is_array()) {
            error(o.path(key), "ninjs " + quote_text(key) + " must be an array");
            return nullptr;
        }
        return v;
    }

    // An array (2.x, 3.x) or an object keyed by name (1.x), as (name, value, path) entries.
    struct Entry {
        std::string name;
        const Json* value;
        JsonPath path;
    };
    std::vector<Entry> entries(Object& o, std::string_view name) {
        std::vector<Entry> out;
        std::string key;
        const Json* v = o.get(name, &key);
        if (!v || v->is_null()) return out;
        if (v->is_array()) {
            for (std::size_t i = 0; i < v->size(); ++i) out.push_back({"", &(*v)[i], o.path(key) + i});
        } else if (v->is_object()) {
            for (auto it = v->begin(); it != v->end(); ++it) out.push_back({it.key(), &it.value(), o.path(key) + it.key()});
        } else {
            error(o.path(key), "ninjs " + quote_text(key) + " must be an array or an object");
        }
        return out;
    }

    // {role, contenttype, value} entries of headlines/bodies/descriptions (2.x, 3.x), with the flat 1.x form
    // (`<one>` and `<one>_<role>` strings) added.
    struct Text {
        std::string role;
        std::string contenttype;
        std::string value;
        std::string property;  // for reports
    };
    std::vector<Text> texts(Object& o, std::string_view many, std::string_view one) {
        std::vector<Text> out;
        if (const Json* list = array(o, many)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const Json& e = (*list)[i];
                if (!e.is_object()) {
                    error(o.path(std::string(many)) + i, "ninjs " + std::string(many) + " entries must be objects");
                    return out;
                }
                Object entry(e, o.path(std::string(many)) + i);
                Text t;
                t.role = lower(string(entry, "role"));
                t.contenttype = lower(string(entry, "contenttype"));
                t.value = string(entry, "value");
                t.property = std::string(many) + "[" + (t.role.empty() ? std::to_string(i) : t.role) + "]";
                if (failed_) return out;
                out.push_back(std::move(t));
            }
        }
        const std::string prefix = std::string(one) + "_";
        for (auto it = o.json().begin(); it != o.json().end(); ++it) {
            std::string k = lower(it.key());
            if (k != one && k.rfind(prefix, 0) != 0) continue;
            if (!it.value().is_string()) {
                if (k == one || it.value().is_null()) continue;  // left to the unused report
                error(o.path(it.key()), "ninjs " + quote_text(it.key()) + " must be a string");
                return out;
            }
            o.use(it.key());
            Text t;
            t.role = k == one ? "main" : k.substr(prefix.size());
            t.value = it.value().get<std::string>();
            t.property = it.key();
            out.push_back(std::move(t));
        }
        return out;
    }

    void headlines(Object& o, Article& a) {
        std::vector<Text> all = texts(o, "headlines", "headline");
        const Text* main = nullptr;
        for (const Text& t : all)
            if (t.role == "main" && !main) main = &t;
        for (const Text& t : all) {
            if (&t == main) a.headline = t.value;
            else if (t.role == "kicker" && a.kicker.empty()) a.kicker = t.value;
            else if ((t.role == "subhead" || t.role == "subheadline") && a.subheadline.empty()) a.subheadline = t.value;
            else if (t.role == "column" && a.column.empty()) a.column = t.value;
            else if (!main && a.headline.empty()) a.headline = t.value;  // no "main": the first
            else lost_.push_back(t.property);
        }
    }

    static bool html_type(const Text& t) {
        if (t.contenttype == "text/html" || t.contenttype == "application/xhtml+xml") return true;
        if (!t.contenttype.empty()) return false;
        for (std::string_view r : {"html", "xhtml", "richtext", "html5", "richhtml5"})
            if (t.role == r) return true;
        // 1.6's body_main and other untyped bodies: HTML when they hold a tag.
        for (std::size_t i = t.value.find('<'); i != std::string::npos; i = t.value.find('<', i + 1))
            if (i + 1 < t.value.size() && std::isalpha(static_cast<unsigned char>(t.value[i + 1]))) return true;
        return false;
    }
    static bool plain_type(const Text& t) {
        return t.contenttype == "text/plain" || (t.contenttype.empty() && (t.role == "text" || t.role == "main" || t.role.empty()));
    }

    ninjs_in::Body body(Object& o) {
        std::vector<Text> all = texts(o, "bodies", "body");
        auto main_role = [](const std::string& r) {
            for (std::string_view m : {"main", "text", "richtext", "html", "xhtml", "html5", "richhtml5", ""})
                if (r == m) return true;
            return false;
        };
        const Text* chosen = nullptr;
        for (const Text& t : all)
            if (!chosen && main_role(t.role) && html_type(t)) chosen = &t;
        for (const Text& t : all)
            if (!chosen && html_type(t)) chosen = &t;
        for (const Text& t : all)
            if (!chosen && plain_type(t)) chosen = &t;
        for (const Text& t : all)
            if (&t != chosen) lost_.push_back(t.property);
        if (!chosen) return {};
        return html_type(*chosen) ? ninjs_in::read_html_body(chosen->value) : ninjs_in::read_text_body(chosen->value);
    }

    void people(Object& o, std::string_view name, std::vector<Byline>& out) {
        for (const Entry& e : entries(o, name)) {
            if (!e.value->is_object()) {
                error(e.path, "ninjs " + std::string(name) + " entries must be objects");
                return;
            }
            Object p(*e.value, e.path);
            std::string person = string(p, "name");
            std::string rel = lower(string(p, "rel"));
            if (rel.empty()) rel = lower(string(p, "role"));  // Superdesk's authors
            if (failed_) return;
            if (person.empty()) continue;
            if (!rel.empty() && !is_byline_kind(rel)) {
                // People the content is about, not who made it.
                lost_.push_back(std::string(name) + "[" + person + "]");
                continue;
            }
            out.push_back(Byline{"", person, rel});
        }
    }

    void subjects(Object& o, Article& a) {
        std::vector<Entry> all = entries(o, "subjects");
        for (Entry& e : entries(o, "subject")) all.push_back(std::move(e));  // 1.x
        for (const Entry& e : all) {
            if (!e.value->is_object()) {
                error(e.path, "ninjs subjects must be objects");
                return;
            }
            Object s(*e.value, e.path);
            std::string name = string(s, "name"), uri = string(s, "uri"), literal = string(s, "literal");
            std::string rel = lower(string(s, "rel")), code = string(s, "code"), scheme = string(s, "scheme");
            if (failed_) return;
            static constexpr std::string_view medtop = "http://cv.iptc.org/newscodes/mediatopic/";
            if (rel == "keyword") {
                if (!name.empty()) a.keywords.push_back(name);
            } else if (uri.rfind(medtop, 0) == 0) {
                a.subjects.push_back({"medtop", uri.substr(medtop.size()), name});
            } else if (!literal.empty()) {
                std::size_t colon = literal.find(':');
                if (colon == std::string::npos) a.subjects.push_back({"", literal, name});
                else a.subjects.push_back({literal.substr(0, colon), literal.substr(colon + 1), name});
            } else if (!code.empty()) {  // 1.x {code, scheme, name}
                if (scheme == "medtop" || scheme.find("mediatopic") != std::string::npos) scheme = "medtop";
                a.subjects.push_back({scheme, code, name});
            } else if (!uri.empty()) {
                a.subjects.push_back({"", uri, name});
            } else if (!name.empty()) {
                a.keywords.push_back(name);
            }
        }
    }

    // A picture association as an image block; false when it is not a picture.
    bool picture(const Entry& e, Block& b) {
        Object p(*e.value, e.path);
        std::string type = lower(string(p, "type"));
        std::vector<Entry> renditions = entries(p, "renditions");
        if (failed_) return false;
        if (type != "picture" && type != "graphic") return false;
        b.type = BlockType::image;
        const Json* best = nullptr;
        long best_width = -1;
        int rank = 3;
        for (const Entry& r : renditions) {
            if (!r.value->is_object()) continue;
            std::string name = r.name;
            if (const Json* n = r.value->contains("name") ? &(*r.value)["name"] : nullptr; n && n->is_string())
                name = n->get<std::string>();
            name = lower(name);
            int this_rank = name == "original" ? 0 : name == "highres" ? 1 : 2;
            long width = -1;
            for (auto it = r.value->begin(); it != r.value->end(); ++it)
                if (lower(it.key()) == "width" && it.value().is_number()) width = it.value().get<long>();
            if (!best || this_rank < rank || (this_rank == rank && rank == 2 && width > best_width)) {
                best = r.value;
                rank = this_rank;
                best_width = width;
            }
        }
        if (best) {
            for (auto it = best->begin(); it != best->end(); ++it) {
                std::string k = lower(it.key());
                if (!it.value().is_string()) continue;
                if (k == "href") b.image.href = it.value().get<std::string>();
                else if (k == "contenttype" || k == "mimetype") b.image.media_type = it.value().get<std::string>();
            }
        }
        if (renditions.size() > 1) lost_.push_back("renditions of " + (e.name.empty() ? "a picture" : e.name) + " beyond the first");
        for (const Text& t : texts(p, "descriptions", "description")) {
            if (t.role == "alt" && b.image.alt.empty()) b.image.alt = t.value;
            else if ((t.role == "caption" || t.role == "text" || t.role == "main") && b.image.caption.text.empty())
                b.image.caption.text = t.value;
            else if (t.role == "creditline" && b.image.caption.credit.empty()) b.image.caption.credit = t.value;
        }
        std::string by = string(p, "by");
        if (by.empty()) by = string(p, "byline");
        if (by.empty()) by = string(p, "copyrightholder");
        if (!by.empty()) b.image.caption.credit = by;
        if (b.image.alt.empty()) b.image.alt = string(p, "body_text");  // Superdesk's alt text
        people(p, "people", b.image.caption.bylines);
        people(p, "person", b.image.caption.bylines);
        return !failed_;
    }

    void associations(Object& o, Article& a) {
        std::vector<Entry> all = entries(o, "associations");
        for (const Entry& e : all) {
            if (!e.value->is_object()) {
                error(e.path, "ninjs associations must be objects");
                return;
            }
            Block pic;
            if (!picture(e, pic)) {
                if (failed_) return;
                lost_.push_back("associations[" + (e.name.empty() ? std::string("not a picture") : e.name) + "]");
                continue;
            }
            // In the body where its <figure> is, else after the body.
            std::size_t figure = a.body.size();
            for (std::size_t i = 0; i < a.body.size(); ++i) {
                const Block& b = a.body[i];
                if (b.type == BlockType::image && !b.image.href.empty() && !pic.image.href.empty() &&
                    (b.image.href == pic.image.href || b.image.href == iri(pic.image.href)) && !matched_.count(i)) {
                    figure = i;
                    break;
                }
            }
            if (figure == a.body.size()) {
                matched_.insert(a.body.size());
                a.body.push_back(std::move(pic));
                continue;
            }
            matched_.insert(figure);
            Image& f = a.body[figure].image;
            f.media_type = pic.image.media_type;
            if (!pic.image.alt.empty()) f.alt = pic.image.alt;
            if (!pic.image.caption.text.empty()) f.caption.text = pic.image.caption.text;
            if (!pic.image.caption.credit.empty()) f.caption.credit = pic.image.caption.credit;
            f.caption.bylines = pic.image.caption.bylines;
        }
        matched_.clear();
    }

    // The part of the uri after its last ':' or '/' when that is a safe id not used yet, else one made from the
    // whole uri (FNV-1a), the same every time.
    static std::string article_id(const std::string& uri, std::set<std::string>& ids) {
        std::size_t cut = uri.find_last_of(":/");
        std::string tail = cut == std::string::npos ? uri : uri.substr(cut + 1);
        if (is_safe_item_id(tail) && ids.insert(tail).second) return tail;
        std::uint64_t h = 1469598103934665603ull;
        for (unsigned char c : uri) h = (h ^ c) * 1099511628211ull;
        char hex[17];
        std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
        std::string id = "ninjs-" + std::string(hex, 12);
        for (int n = 2; !ids.insert(id).second; ++n) id = "ninjs-" + std::string(hex, 12) + "-" + std::to_string(n);
        return id;
    }

    std::string_view text_;
    const std::string& file_;
    Diagnostics& diags_;
    bool failed_ = false;
    std::vector<std::string> lost_;
    std::set<std::size_t> matched_;  // body blocks an association has filled
};

class NinjsConverter final : public Converter {
public:
    std::string_view id() const override { return "ninjs"; }
    std::string_view description() const override {
        return "IPTC ninjs 1.x, 2.x and 3.x (JSON; one document or an array of them): text items as articles";
    }
    int sniff(const InputDocument& input) const override { return ninjs_in::sniff_ninjs(input.bytes); }
    bool read(const InputDocument& input, const ConvertOptions& options, Edition& edition,
              Diagnostics& diags) const override {
        Json doc;
        if (!ninjs_in::parse(input.bytes, input.path, doc, diags)) return false;
        Edition in;
        ItemReader reader(input.bytes, input.path, diags);
        std::set<std::string> ids;
        if (doc.is_array()) {
            for (std::size_t i = 0; i < doc.size(); ++i)
                if (!reader.read(doc[i], JsonPath{i}, in, ids)) return false;
        } else if (!reader.read(doc, JsonPath{}, in, ids)) {
            return false;
        }
        return merge_into(edition, std::move(in), options, input.path, diags);
    }
};

}  // namespace

const Converter& ninjs_converter() {
    static const NinjsConverter converter;
    return converter;
}

}  // namespace galley
