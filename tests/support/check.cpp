#include "check.hpp"

#include <map>
#include <sstream>

#include "text/unicode.hpp"

namespace galley::testing {
namespace {

void count(std::map<char32_t, long>& m, const std::string& s, long delta) {
    for (char32_t c : galley::text::to_u32(s))
        if (galley::text::is_letter_or_digit(c)) m[c] += delta;
}

std::string block_text(const Block& b) { return b.type == BlockType::image ? b.image.caption.text : b.text; }

}  // namespace

Normalized normalize_text(const std::string& text, ConvertOptions options, const std::string& name) {
    Normalized n;
    const Converter* c = find_converter("print-text");
    n.ok = c->read({name, text}, options, n.edition, n.diags);
    return n;
}

std::string missing_letters(const std::string& input, const Edition& ed) {
    std::map<char32_t, long> m;
    count(m, input, 1);
    auto take = [&](const std::string& s) { count(m, s, -1); };
    for (const auto& p : ed.pages)
        for (const auto& f : p.metadata) take(f.text);
    for (const auto& d : ed.dropped) take(d.text);
    for (const auto& a : ed.articles) {
        take(a.column);
        take(a.kicker);
        if (!a.headline_derived) take(a.headline);
        take(a.subheadline);
        take(a.source);
        take(a.credit);
        take(a.dateline.text);
        for (const auto& b : a.body) {
            take(b.text);
            take(b.image.caption.text);
            take(b.image.caption.credit);
        }
        for (const auto& c : a.continuations) take(c.text);
        for (const auto& d : a.dropped) take(d.text);
    }
    std::string missing;
    for (const auto& [c, n] : m)
        if (n > 0) {
            std::u32string one(1, c);
            missing += galley::text::to_utf8(one) + "×" + std::to_string(n) + " ";
        }
    return missing;
}

std::string compare_story(const Article& got, const Story& want, bool expect_headline) {
    std::ostringstream d;
    auto eq = [&](const char* what, const std::string& g, const std::string& w) {
        if (g != w) d << "  " << what << ": got \"" << g << "\", want \"" << w << "\"\n";
    };
    if (expect_headline) {
        eq("kicker", got.kicker, want.kicker);
        eq("headline", got.headline, want.headline);
        eq("subheadline", got.subheadline, want.subheadline);
        if (got.headline_derived) d << "  headline_derived is true\n";
    } else {
        if (!got.headline_derived || got.headline.empty())
            d << "  want a derived headline, got \"" << got.headline << "\"\n";
    }
    eq("source", got.source, want.source);
    eq("dateline.text", got.dateline.text, want.dateline.text);
    eq("dateline.date", got.dateline.date, want.dateline.date);
    eq("dateline.place", got.dateline.place, want.dateline.place);
    std::ostringstream gb, wb;
    for (const auto& b : got.bylines) gb << b.role << "|" << b.name << "|" << b.kind << "; ";
    for (const auto& b : want.bylines) wb << b.role << "|" << b.name << "|" << b.kind << "; ";
    eq("bylines", gb.str(), wb.str());
    std::size_t n = std::max(got.body.size(), want.body.size());
    for (std::size_t k = 0; k < n; ++k) {
        if (k >= got.body.size()) {
            d << "  body[" << k << "] missing: " << want.body[k].text.substr(0, 60) << "\n";
            continue;
        }
        if (k >= want.body.size()) {
            d << "  body[" << k << "] extra (" << to_string(got.body[k].type) << "): " << block_text(got.body[k]).substr(0, 90) << "\n";
            continue;
        }
        const auto& g = got.body[k];
        const auto& w = want.body[k];
        const char* wt = w.kind == StoryElement::Kind::paragraph ? "paragraph"
                         : w.kind == StoryElement::Kind::subhead ? "subheading"
                                                                  : "image";
        if (std::string(to_string(g.type)) != wt) d << "  body[" << k << "] is a " << to_string(g.type) << ", want " << wt << ": " << block_text(g).substr(0, 90) << "\n";
        if (block_text(g) != w.text)
            d << "  body[" << k << "] text:\n    got  " << block_text(g) << "\n    want " << w.text << "\n";
        if (w.kind == StoryElement::Kind::caption && g.image.caption.credit != w.credit)
            d << "  body[" << k << "] credit: got \"" << g.image.caption.credit << "\", want \"" << w.credit << "\"\n";
    }
    return d.str();
}

std::string dump(const Edition& ed) {
    std::ostringstream o;
    for (const auto& a : ed.articles) {
        o << a.id << " [" << a.kicker << "] " << a.headline << (a.headline_derived ? " (derived)" : "") << " | "
          << a.source << " | " << a.credit << "\n";
        for (const auto& b : a.body) o << "    " << to_string(b.type) << ": " << block_text(b).substr(0, 60) << "\n";
    }
    for (const auto& d : ed.dropped) o << "  dropped: " << d.text << " (" << d.reason << ")\n";
    return o.str();
}

std::string page(std::initializer_list<const char*> lines) {
    std::string s;
    for (const char* l : lines) s += std::string(l) + "\n\n";
    return s;
}

}  // namespace galley::testing
