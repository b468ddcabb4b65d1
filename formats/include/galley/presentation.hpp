// What a reader is shown of an article's head — headline, byline, dateline — and whether a picture block is
// shown at all. Every exporter composes these here, as pandoc's writers share Writers/Shared.hs, so the same
// article reads the same in the e-book, the page proof, the InDesign story and the feed. The model keeps what
// was printed; these functions only decide how it is shown. Header-only: plugins built outside the tree use it.
#pragma once

#include <string>
#include <string_view>

#include "galley/language.hpp"
#include "galley/model.hpp"
#include "galley/quote.hpp"
#include "galley/utf8.hpp"

namespace galley::present {

namespace detail {

inline std::string_view trim(std::string_view s) {
    constexpr std::string_view space = " \t\r\n";
    std::size_t b = s.find_first_not_of(space);
    if (b == std::string_view::npos) return {};
    return s.substr(b, s.find_last_not_of(space) - b + 1);
}

// More ideographs and kana than Latin letters: the text is set by CJK rules whatever its tag says.
inline bool mostly_wide(std::string_view s) {
    std::size_t wide = 0, latin = 0;
    for (std::size_t i = 0; i < s.size();) {
        bool malformed = false;
        char32_t c = utf8::decode(s, i, malformed);
        if (lang::is_wide(c)) ++wide;
        else if ((c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z')) ++latin;
    }
    return wide > latin;
}

inline const Block* lead(const Article& a) {
    for (const Block& b : a.body)
        if (b.type == BlockType::paragraph && !trim(b.text).empty()) return &b;
    return nullptr;
}

}  // namespace detail

// True when the article is set by CJK conventions (ideographic space between byline parts, no word spaces):
// its own language tag says Chinese, Japanese or Korean; with no tag or "und", the edition's tag; with neither,
// what its headline and lead are written in.
inline bool is_cjk(const Article& a, std::string_view edition_language = {}) {
    std::string_view tag = a.language;
    if (tag.empty() || tag == "und") tag = edition_language;
    if (!tag.empty() && tag != "und") return lang::is_cjk(tag);
    const Block* first = detail::lead(a);
    return detail::mostly_wide(a.headline + (first ? first->text : std::string()));
}

// The headline to show. A headline galley derived from the lead (headline_derived) is shown in the headline's
// place but set apart, never styled as if the page had printed it. An article with no headline shows none:
// exporters do not invent one in the reading text (the print-text reader is the one place that derives them).
struct Headline {
    std::string text;
    bool derived = false;
    bool empty() const { return text.empty(); }
};

// What a feed's editorial note says of a derived headline (NewsML-G2 edNote, ninjs ednote): the words that set
// it apart where a feed has no styling.
inline constexpr const char* derived_headline_note = "The page printed no headline; galley made this one from the lead.";

inline Headline headline(const Article& a) {
    Headline h{std::string(detail::trim(a.headline)), false};
    h.derived = a.headline_derived && !h.text.empty();
    return h;
}

// A name for the article where one is needed though none was printed (a table of contents, a feed item's
// title): the headline, else the lead's first `max` characters, else "".
inline std::string label(const Article& a, std::size_t max = 24) {
    if (auto h = headline(a); !h.empty()) return h.text;
    const Block* first = detail::lead(a);
    return first ? utf8::shorten(detail::trim(first->text), max) : std::string();
}

// The byline as printed: the source formula and the credit, each once.
//   source "本报讯", credit "融媒记者 徐敏"           → 本报讯　融媒记者 徐敏
//   source "本报",   credit "本报记者 王浩 通讯员 李明" → 本报记者 王浩 通讯员 李明   (the credit names the source)
//   source "AP",     credit "By Jane Doe"             → By Jane Doe — AP
// Chinese, Japanese and Korean papers print the source first, with an ideographic space; English ones the
// writer first, then the agency. With no credit, the bylines are joined ("记者 张三　通讯员 李四").
struct Byline {
    std::string source;  // "" when not shown (none, or the credit already names it)
    std::string credit;
    bool cjk = false;
    bool empty() const { return source.empty() && credit.empty(); }
    bool source_first() const { return cjk; }
    std::string_view separator() const { return cjk ? "\u3000" : " \u2014 "; }
    std::string text() const {
        if (source.empty() || credit.empty()) return source + credit;
        return cjk ? source + std::string(separator()) + credit : credit + std::string(separator()) + source;
    }
};

inline Byline byline(const Article& a, bool cjk) {
    Byline out;
    out.cjk = cjk;
    out.credit = std::string(detail::trim(a.credit));
    if (out.credit.empty()) {
        for (const galley::Byline& b : a.bylines) {
            std::string role(detail::trim(b.role)), name(detail::trim(b.name));
            std::string one = role.empty() ? name : name.empty() ? role : role + " " + name;
            if (one.empty()) continue;
            if (!out.credit.empty()) out.credit += cjk ? "\u3000" : ", ";
            out.credit += one;
        }
    }
    std::string source(detail::trim(a.source));
    // A source the credit already names ("本报" in "本报记者 王浩", "Reuters" in "By Jane Doe, Reuters") is
    // not printed twice.
    if (!source.empty() && out.credit.find(source) == std::string::npos) out.source = std::move(source);
    return out;
}

// The dateline as a reader should see it: its text as printed (the place when only that is known), shown once.
// When the lead opens with it ("1月3日，市委书记…"), the date is part of the first sentence and the lead shows
// it; when the source formula holds it ("新华社北京1月3日电"), the byline shows it. Then `text` is empty and
// `shown_elsewhere` is set. `date` is the ISO date for markup (<time datetime>), "" if unknown.
struct Dateline {
    std::string text;
    std::string date;
    bool shown_elsewhere = false;
    bool empty() const { return text.empty(); }
};

inline Dateline dateline(const Article& a) {
    Dateline out;
    std::string_view printed = detail::trim(a.dateline.text);
    if (printed.empty()) printed = detail::trim(a.dateline.place);
    if (printed.empty()) return out;
    const Block* first = detail::lead(a);
    bool in_lead = first && detail::trim(first->text).substr(0, printed.size()) == printed;
    if (in_lead || a.source.find(printed) != std::string::npos) {
        out.shown_elsewhere = true;
        return out;
    }
    out.text = std::string(printed);
    out.date = a.dateline.date;
    return out;
}

// Whether a picture block is shown in reading outputs. A caption whose picture was not supplied stays in the
// model (and in the canonical JSON) but is left out of what readers see — an empty frame or a stray caption
// line under no picture helps no one — and the exporter warns with missing_picture_warning().
inline bool shows_image(const Block& block, bool picture_supplied) {
    return block.type == BlockType::image && picture_supplied;
}

// `article` names the file: a block carries only its line.
inline std::string missing_picture_warning(const Article& article, const Block& block) {
    std::string where = block.origin.file.empty() ? article.origin.file : block.origin.file;
    if (block.origin.line > 0) where += (where.empty() ? "line " : ":") + std::to_string(block.origin.line);
    std::string_view caption = detail::trim(block.image.caption.text);
    if (caption.empty()) caption = detail::trim(block.image.caption.credit);
    std::string what = block.image.href.empty() ? "no picture was supplied"
                                                : "its picture " + quote_text(block.image.href) + " was not supplied";
    return "caption" + (where.empty() ? std::string() : " at " + where) + " " + quote_text(caption, 48) + ": " +
           what + "; left out of the reading text";
}

}  // namespace galley::present
