#include "nitf.hpp"

#include "../feed_bylines.hpp"
#include "../print_text/furniture.hpp"
#include "../print_text/picture_credits.hpp"
#include "../text/unicode.hpp"
#include "../xml_nodes.hpp"

namespace galley::nitf_reader {
namespace {

using namespace xml_nodes;

// The people marked in a byline or producer: <person> names, each with the <byttl> just before it as its role
// and its class as the kind (galley writes the model's kind there). Empty when nothing is marked.
std::vector<Byline> marked_people(xmlNode* parent) {
    std::vector<Byline> out;
    std::string role;
    for (xmlNode* n : elements(parent)) {
        if (name(n) == "byttl") {
            role = squeeze(text_of(n));
        } else if (name(n) == "person") {
            std::string kind = attr(n, "class");
            bool known = false;
            for (std::string_view k : byline_kinds) known = known || k == kind;
            out.push_back({role, squeeze(text_of(n)), known ? kind : "writer"});
            role.clear();
        }
    }
    return out;
}

void read_byline(xmlNode* n, Article& a, Context& ctx) {
    std::string line = squeeze(spaced_text(n));
    if (line.empty()) return;
    std::string credit = credit_without_source(line, ctx.meta_source);
    a.credit = a.credit.empty() ? credit : a.credit + " " + credit;  // several bylines read as one line
    std::vector<Byline> people = marked_people(n);
    if (people.empty()) {
        // Names in plain text, a title (<byttl>) after them: "By BERNARD CONDON<byttl>AP Business Writer</byttl>".
        people = people_in(credit_without_source(squeeze(spaced_text(n, {"byttl"})), ctx.meta_source));
        std::string title = squeeze(text_of(child(n, "byttl")));
        for (Byline& b : people)
            if (b.role.empty()) b.role = title;
    }
    a.bylines.insert(a.bylines.end(), people.begin(), people.end());
}

void read_dateline(xmlNode* n, Article& a) {
    a.dateline.text = squeeze(spaced_text(n));
    for (xmlNode* c : elements(n)) {
        if (name(c) == "location") {
            xmlNode* city = child(c, "city");
            a.dateline.place = squeeze(text_of(city ? city : c));
        } else if (name(c) == "story.date") {
            if (std::string d = norm_date(attr(c, "norm")); !d.empty()) a.dateline.date = d;
        }
    }
}

// A jump line galley wrote (class continued-from/-to) or one an agency printed: read as the page reader reads it.
bool read_jump(const std::string& line, const std::string& css, Article& a) {
    text::U32 s = text::to_u32(line);
    auto jump = print_text::find_jump(s, css != "continued-from");
    bool whole = jump && jump->begin == 0 && jump->end == s.size();
    if (!whole && css.rfind("continued-", 0) != 0) return false;
    Continuation c = whole ? jump->continuation : Continuation{};
    if (!whole) c.direction = css == "continued-from" ? "from" : "to";
    c.text = line;
    a.continuations.push_back(c);
    return true;
}

void paragraph(Article& a, BlockType type, std::string text, const SourceSpan& origin) {
    if (text.empty()) return;
    Block b;
    b.type = type;
    b.text = std::move(text);
    b.origin = origin;
    a.body.push_back(std::move(b));
}

void read_media(xmlNode* media, Article& a, Context& ctx) {
    std::string type = attr(media, "media-type");
    std::string kind;
    for (char ch : type) kind += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    if (kind != "image" && kind != "photo" && kind != "picture" && kind != "graphic") {
        ctx.unheld.insert("media " + type);
        return;
    }
    Block b;
    b.type = BlockType::image;
    b.origin = where(ctx.path, media);
    // The first reference is the picture; further ones are other renditions of it.
    if (xmlNode* ref = child(media, "media-reference")) {
        b.image.href = attr(ref, "source");
        b.image.media_type = attr(ref, "mime-type");
        b.image.alt = attr(ref, "alternate-text");
        if (b.image.caption.credit.empty()) b.image.caption.credit = attr(ref, "source-credit");
    }
    if (children(media, "media-reference").size() > 1) ctx.unheld.insert("media-reference (renditions after the first)");
    std::vector<std::string> captions;
    for (xmlNode* c : children(media, "media-caption"))
        if (std::string t = squeeze(text_of(c)); !t.empty()) captions.push_back(t);
    for (std::size_t i = 0; i < captions.size(); ++i) b.image.caption.text += (i ? " " : "") + captions[i];
    if (xmlNode* producer = child(media, "media-producer")) {
        b.image.caption.credit = squeeze(text_of(producer));
        b.image.caption.bylines = marked_people(producer);
        if (b.image.caption.bylines.empty()) b.image.caption.bylines = print_text::picture_credit_bylines(b.image.caption.credit);
    }
    a.body.push_back(std::move(b));
}

// body.content and the blocks nested in it (block, bq): paragraphs, subheads, pictures, lists, jump lines.
void read_content(xmlNode* content, Article& a, Context& ctx) {
    for (xmlNode* n : elements(content)) {
        std::string_view what = name(n);
        SourceSpan at = where(ctx.path, n);
        if (what == "p") {
            std::string line = squeeze(text_of(n));
            if (!read_jump(line, attr(n, "class"), a)) paragraph(a, BlockType::paragraph, line, at);
        } else if (what == "hl2" || what == "hl1") {
            paragraph(a, BlockType::subheading, squeeze(text_of(n)), at);
        } else if (what == "media") {
            read_media(n, a, ctx);
        } else if (what == "block" || what == "bq") {
            read_content(n, a, ctx);
        } else if (what == "ol" || what == "ul" || what == "dl") {
            for (xmlNode* item : elements(n)) paragraph(a, BlockType::paragraph, squeeze(text_of(item)), where(ctx.path, item));
        } else if (what == "pre") {
            std::string block = text_of(n);
            for (std::size_t at_line = 0; at_line <= block.size();) {
                std::size_t end = block.find('\n', at_line);
                if (end == std::string::npos) end = block.size();
                paragraph(a, BlockType::paragraph, squeeze(block.substr(at_line, end - at_line)), at);
                at_line = end + 1;
            }
        } else if (std::string t = squeeze(text_of(n)); !t.empty()) {
            // A table, a note, a footnote: its text stays out of the reading flow, with the reason.
            a.dropped.push_back({t, "NITF <" + std::string(what) + "> has no place in the article model", at});
        }
    }
}

}  // namespace

void read_body(xmlNode* body, Article& a, Context& ctx) {
    for (xmlNode* part : elements(body)) {
        std::string_view what = name(part);
        if (what == "body.head") {
            for (xmlNode* n : elements(part)) {
                std::string_view field = name(n);
                if (field == "hedline") {
                    xmlNode* hl1 = child(n, "hl1");
                    if (hl1 && a.headline.empty()) {
                        a.headline = squeeze(text_of(hl1));
                        a.headline_derived = attr(hl1, "class") == "derived";
                    }
                    for (xmlNode* hl2 : children(n, "hl2")) {
                        std::string line = squeeze(text_of(hl2));
                        std::string css = attr(hl2, "class");
                        if (css == "kicker" && a.kicker.empty()) a.kicker = line;
                        else if (css == "column" && a.column.empty()) a.column = line;
                        else if (a.subheadline.empty()) a.subheadline = line;
                        else a.subheadline += " " + line;
                    }
                } else if (field == "rights") {
                    a.rights = squeeze(text_of(n));
                } else if (field == "byline") {
                    read_byline(n, a, ctx);
                } else if (field == "distributor") {
                    if (a.source.empty()) a.source = ctx.meta_source = squeeze(text_of(n));
                } else if (field == "dateline") {
                    read_dateline(n, a);
                } else if (std::string t = squeeze(text_of(n)); !t.empty()) {
                    // An abstract, a note, a series line: not part of the model's article.
                    a.dropped.push_back({t, "NITF <" + std::string(field) + "> has no place in the article model",
                                         where(ctx.path, n)});
                }
            }
        } else if (what == "body.content") {
            read_content(part, a, ctx);
        } else if (std::string t = squeeze(text_of(part)); !t.empty()) {
            a.dropped.push_back({t, "NITF <" + std::string(what) + "> (tagline, bibliography) has no place in the "
                                    "article model", where(ctx.path, part)});
        }
    }
}

}  // namespace galley::nitf_reader
