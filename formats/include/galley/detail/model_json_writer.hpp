// Writes the model as canonical JSON (formats/README.md): every key, always, in the order below. The keys
// and their order are the format; change them only with the README and the format version.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "galley/detail/canonical_format.hpp"
#include "galley/detail/json_writer.hpp"
#include "galley/model.hpp"

namespace galley::detail {

inline void write_origin(JsonWriter& w, const SourceSpan& s) {
    w.begin_object();
    w.string_member("file", s.file);
    w.integer_member("line", s.line);
    w.integer_member("column", s.column);
    w.end_object();
}

inline void write_dropped(JsonWriter& w, const std::vector<Dropped>& list) {
    w.begin_array();
    for (const auto& d : list) {
        w.begin_object();
        w.string_member("text", d.text);
        w.string_member("reason", d.reason);
        w.key("origin");
        write_origin(w, d.origin);
        w.end_object();
    }
    w.end_array();
}

inline void write_strings(JsonWriter& w, const std::vector<std::string>& list) {
    w.begin_array();
    for (const auto& s : list) w.string(s);
    w.end_array();
}

inline void write_bylines(JsonWriter& w, const std::vector<Byline>& list) {
    w.begin_array();
    for (const auto& b : list) {
        w.begin_object();
        w.string_member("role", b.role);
        w.string_member("name", b.name);
        w.string_member("kind", b.kind);
        w.end_object();
    }
    w.end_array();
}

inline void write_image(JsonWriter& w, const Image& image) {
    w.begin_object();
    w.string_member("href", image.href);
    w.string_member("media_type", image.media_type);
    w.string_member("alt", image.alt);
    w.key("caption");
    w.begin_object();
    w.string_member("text", image.caption.text);
    w.string_member("credit", image.caption.credit);
    w.key("bylines");
    write_bylines(w, image.caption.bylines);
    w.end_object();
    w.end_object();
}

// A block carries only its line: its file is the article's.
inline void write_block(JsonWriter& w, const Block& b) {
    w.begin_object();
    w.string_member("type", to_string(b.type));
    if (b.type == BlockType::image) {
        w.key("image");
        write_image(w, b.image);
    } else {
        w.string_member("text", b.text);
    }
    w.integer_member("line", b.origin.line);
    w.end_object();
}

inline void write_article(JsonWriter& w, const Article& a) {
    w.begin_object();
    w.string_member("id", a.id);
    w.string_member("language", a.language);
    w.string_member("column", a.column);
    w.string_member("kicker", a.kicker);
    w.string_member("headline", a.headline);
    w.string_member("subheadline", a.subheadline);
    w.boolean_member("headline_derived", a.headline_derived);
    w.string_member("source", a.source);
    w.string_member("credit", a.credit);
    w.key("bylines");
    write_bylines(w, a.bylines);
    w.key("dateline");
    w.begin_object();
    w.string_member("text", a.dateline.text);
    w.string_member("date", a.dateline.date);
    w.string_member("place", a.dateline.place);
    w.end_object();
    w.key("body");
    w.begin_array();
    for (const auto& b : a.body) write_block(w, b);
    w.end_array();
    w.integer_member("page", a.page);
    w.string_member("section", a.section);
    w.key("continuations");
    w.begin_array();
    for (const auto& c : a.continuations) {
        w.begin_object();
        w.string_member("direction", c.direction);
        w.string_member("page", c.page);
        w.string_member("text", c.text);
        w.end_object();
    }
    w.end_array();
    w.key("keywords");
    write_strings(w, a.keywords);
    w.key("subjects");
    w.begin_array();
    for (const auto& s : a.subjects) {
        w.begin_object();
        w.string_member("scheme", s.scheme);
        w.string_member("code", s.code);
        w.string_member("name", s.name);
        w.end_object();
    }
    w.end_array();
    w.string_member("rights", a.rights);
    w.key("dropped");
    write_dropped(w, a.dropped);
    w.key("origin");
    write_origin(w, a.origin);
    w.end_object();
}

inline void write_page(JsonWriter& w, const Page& p) {
    w.begin_object();
    w.integer_member("number", p.number);
    w.string_member("label", p.label);
    w.string_member("section", p.section);
    w.key("files");
    write_strings(w, p.files);
    w.key("metadata");
    w.begin_array();
    for (const auto& f : p.metadata) {
        w.begin_object();
        w.string_member("key", f.key);
        w.string_member("label", f.label);
        w.string_member("value", f.value);
        w.string_member("text", f.text);
        w.key("origin");
        write_origin(w, f.origin);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

inline void write_edition(JsonWriter& w, const Edition& ed) {
    w.begin_object();
    w.string_member("format", canonical_format_name);
    w.integer_member("version", canonical_format_version);
    w.key("edition");
    w.begin_object();
    w.string_member("title", ed.title);
    w.string_member("date", ed.date);
    w.string_member("issue", ed.issue);
    w.string_member("issn", ed.issn);
    w.string_member("publisher", ed.publisher);
    w.string_member("language", ed.language);
    w.string_member("rights", ed.rights);
    w.string_member("note", ed.note);
    w.key("cover");
    write_image(w, ed.cover);
    w.end_object();
    w.key("pages");
    w.begin_array();
    for (const auto& p : ed.pages) write_page(w, p);
    w.end_array();
    w.key("articles");
    w.begin_array();
    for (const auto& a : ed.articles) write_article(w, a);
    w.end_array();
    w.key("dropped");
    write_dropped(w, ed.dropped);
    w.end_object();
}

// ---- size estimate: a little more than what write_edition() writes, so that its string grows once ----

// What a member costs besides its value: indent (at most 14 spaces in this format), quotes, key, ": ", ",\n".
inline constexpr std::size_t json_member_bytes = 40;

inline std::size_t estimated_json_size(const std::string& s) { return json_member_bytes + s.size() + s.size() / 16; }

inline std::size_t estimated_json_size(const SourceSpan& s) { return 4 * json_member_bytes + s.file.size(); }

inline std::size_t estimated_json_size(const std::vector<Byline>& list) {
    std::size_t n = json_member_bytes;
    for (const auto& b : list)
        n += 2 * json_member_bytes + estimated_json_size(b.role) + estimated_json_size(b.name) + estimated_json_size(b.kind);
    return n;
}

inline std::size_t estimated_json_size(const Image& i) {
    return 3 * json_member_bytes + estimated_json_size(i.href) + estimated_json_size(i.media_type) +
           estimated_json_size(i.alt) + estimated_json_size(i.caption.text) + estimated_json_size(i.caption.credit) +
           estimated_json_size(i.caption.bylines);
}

inline std::size_t estimated_json_size(const std::vector<Dropped>& list) {
    std::size_t n = 2 * json_member_bytes;
    for (const auto& d : list)
        n += 2 * json_member_bytes + estimated_json_size(d.text) + estimated_json_size(d.reason) +
             estimated_json_size(d.origin);
    return n;
}

inline std::size_t estimated_json_size(const Article& a) {
    std::size_t n = 12 * json_member_bytes + estimated_json_size(a.origin) + estimated_json_size(a.dropped);
    for (const std::string* s : {&a.id, &a.language, &a.column, &a.kicker, &a.headline, &a.subheadline, &a.source, &a.credit,
                                 &a.dateline.text, &a.dateline.date, &a.dateline.place, &a.section, &a.rights})
        n += estimated_json_size(*s);
    n += estimated_json_size(a.bylines);
    for (const auto& b : a.body)
        n += 4 * json_member_bytes +
             (b.type == BlockType::image ? estimated_json_size(b.image) : estimated_json_size(b.text));
    for (const auto& c : a.continuations)
        n += 2 * json_member_bytes + estimated_json_size(c.direction) + estimated_json_size(c.page) +
             estimated_json_size(c.text);
    for (const auto& k : a.keywords) n += estimated_json_size(k);
    for (const auto& s : a.subjects)
        n += 2 * json_member_bytes + estimated_json_size(s.scheme) + estimated_json_size(s.code) +
             estimated_json_size(s.name);
    return n;
}

inline std::size_t estimated_json_size(const Page& p) {
    std::size_t n = 6 * json_member_bytes + estimated_json_size(p.label) + estimated_json_size(p.section);
    for (const auto& f : p.files) n += estimated_json_size(f);
    for (const auto& f : p.metadata)
        n += 2 * json_member_bytes + estimated_json_size(f.key) + estimated_json_size(f.label) +
             estimated_json_size(f.value) + estimated_json_size(f.text) + estimated_json_size(f.origin);
    return n;
}

inline std::size_t estimated_json_size(const Edition& ed) {
    std::size_t n = 16 * json_member_bytes + estimated_json_size(ed.cover) + estimated_json_size(ed.dropped);
    for (const std::string* s : {&ed.title, &ed.date, &ed.issue, &ed.issn, &ed.publisher, &ed.language, &ed.rights,
                                 &ed.note})
        n += estimated_json_size(*s);
    for (const auto& p : ed.pages) n += estimated_json_size(p);
    for (const auto& a : ed.articles) n += estimated_json_size(a);
    return n;
}

}  // namespace galley::detail
