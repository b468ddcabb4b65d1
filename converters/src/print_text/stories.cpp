// A story's text: lead-ins applied, captions and credits, closing notes and datelines, subheads.
#include <algorithm>

#include "../text/source_text.hpp"
#include "captions.hpp"
#include "credits.hpp"
#include "furniture.hpp"
#include "heading_roles.hpp"
#include "headings.hpp"
#include "page_labels.hpp"
#include "page_reader.hpp"
#include "picture_credits.hpp"

namespace galley::print_text {

using text::to_utf8;

namespace {

// A caption set right after a paragraph whose last line was full runs on from it in the extracted text:
// "……激动地说。1月1日，实验中学队队员（右）突破上篮。 记者 楼宇航 摄". The credit shows it; the caption
// starts at the last line start that follows a finished sentence.
// The same holds for a caption over a credit printed on a line of its own ("本报记者  林  晓摄"): the caption
// is the end of the block above the credit, from its last line that starts a sentence.
void split_trailing_captions(std::vector<TextBlock>& blocks, std::size_t from) {
    for (std::size_t i = from; i < blocks.size(); ++i) {
        TextBlock& b = blocks[i];
        const U32& t = b.text.text;
        if (b.tail || b.head || b.text.anchors.size() < 2) continue;
        bool credit_closes = photo_credit_start(t) && ends_sentence(text::trim(U32View(t).substr(0, *photo_credit_start(t))));
        bool credit_follows = i + 1 < blocks.size() && !blocks[i + 1].tail && match_photo_credit_line(blocks[i + 1].text.text) &&
                              ends_sentence(t);
        if (!credit_closes && !credit_follows) continue;
        for (std::size_t k = b.text.anchors.size() - 1; k >= 1; --k) {
            std::size_t at = b.text.anchors[k].offset;
            if (!ends_sentence(text::trim(U32View(t).substr(0, at)))) continue;
            if (match_caption(U32View(t).substr(0, at))) break;  // the whole block is captions
            TextBlock cap;
            cap.first = b.first + k;
            cap.last = b.last;
            cap.text.text = t.substr(at);
            for (std::size_t j = k; j < b.text.anchors.size(); ++j) {
                LineAnchor a = b.text.anchors[j];
                a.offset -= at;
                cap.text.anchors.push_back(a);
            }
            b.text.text.resize(at);
            b.text.anchors.resize(k);
            b.last = cap.first - 1;
            blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(cap));
            break;
        }
    }
}

// Applies one lead-in to the start of a block's text; returns what is left of the text.
U32 apply_leadin(const Leadin& lead, U32View text, Article& a, const std::optional<IsoDate>& issue,
                 std::vector<Dropped>& dropped, const SourceSpan& where) {
    if (!lead.decoration.empty()) dropped.push_back({to_utf8(lead.decoration), "decorative mark", where});
    if (!lead.source.empty() && a.source.empty()) a.source = to_utf8(lead.source);
    if (!lead.credit.empty()) {
        if (!a.credit.empty()) a.credit += "; ";
        a.credit += to_utf8(lead.credit);
        a.bylines.insert(a.bylines.end(), lead.bylines.begin(), lead.bylines.end());
    }
    if (!lead.dateline_text.empty() || lead.date) {
        a.dateline.text = to_utf8(lead.dateline_text);
        a.dateline.place = to_utf8(lead.place);
        if (lead.date) a.dateline.date = resolve_date(*lead.date, issue);
    }
    return U32(text.substr(std::min(lead.length, text.size())));
}

}  // namespace

// A dateline printed at the story's end ("（新华社北京1月19日电）"): the story's source and dateline, unless
// its lead-in gave them.
void PageReader::apply_trailing_dateline(const Leadin& formula, Article& a, const SourceSpan& where) {
    if (a.source.empty())
        a.source = to_utf8(formula.source);
    else
        a.dropped.push_back({to_utf8(formula.source), "a dateline at the story's end; the lead-in named the source", where});
    if (a.dateline.empty()) {
        a.dateline.text = to_utf8(formula.dateline_text);
        a.dateline.place = to_utf8(formula.place);
        if (formula.date) a.dateline.date = resolve_date(*formula.date, issue_date_);
    }
}

void PageReader::read_segment(Segment& seg) {
    bool has_body = false;
    for (const auto& b : seg.blocks) has_body = has_body || (!b.tail && !b.head);
    if (seg.leadins.empty() && !has_body) {
        // The page top holds only heading lines: they wait for the story they belong to.
        for (auto& b : seg.blocks) groups_[stories_.size()].push_back(std::move(b));
        return;
    }
    std::vector<TextBlock> group;  // heading lines after this story's body
    Story story;
    Article& a = story.article;
    story.from_segment_with_leadin = !seg.leadins.empty();
    std::size_t first = seg.blocks.empty() ? seg.begin : seg.blocks.front().first;
    a.origin = span(content_[first].number, content_[first].column);
    story_first_line_.push_back(seg.begin);
    story.body_line = seg.begin;
    if (seg.leadins.empty())
        for (const auto& b : seg.blocks)
            if (!b.head) {
                story.body_line = b.first;
                break;
            }

    std::size_t bi = 0;
    // The lead-in(s): a byline line stands alone; a formula opens the first paragraph.
    for (const auto& lead : seg.leadins) {
        // The date line under a byline: the story's filing time, not its text.
        if (bi < seg.blocks.size() && is_date_line(seg.blocks[bi].text.text)) {
            a.dropped.push_back({to_utf8(text::trim(seg.blocks[bi].text.text)), "the story's date line (when it was filed)",
                                 span_at(seg.blocks[bi], 0)});
            ++bi;
        }
        if (bi >= seg.blocks.size()) break;
        TextBlock& b = seg.blocks[bi];
        // The block opens with the lead-in found for it; if it does not (the block was split elsewhere),
        // nothing of its text is taken.
        auto exact = match_leadin(b.text.text);
        if (!exact || exact->kind != lead.kind) break;
        U32 rest = apply_leadin(*exact, b.text.text, a, issue_date_, a.dropped, span_at(b, 0));
        std::size_t consumed = b.text.text.size() - rest.size();
        if (text::trim(rest).empty()) {
            ++bi;
            continue;
        }
        b.text.text = rest;
        for (auto& anchor : b.text.anchors) anchor.offset = anchor.offset >= consumed ? anchor.offset - consumed : 0;
        break;
    }

    split_trailing_captions(seg.blocks, bi);
    std::vector<Block>& body = a.body;
    for (; bi < seg.blocks.size(); ++bi) {
        TextBlock& b = seg.blocks[bi];
        U32View t = b.text.text;
        SourceSpan where = span_at(b, 0);
        if (is_end_mark(t)) {
            a.dropped.push_back({to_utf8(text::trim(t)), "end-of-story mark", where});
            continue;
        }
        if (only_decoration(t)) {
            a.dropped.push_back({to_utf8(t), "decorative mark", where});
            continue;
        }
        if (body.empty() && b.first == b.last && is_date_line(t)) {
            a.dropped.push_back({to_utf8(text::trim(t)), "the story's date line (when it was filed)", where});
            continue;
        }
        if (b.head) {
            for (std::size_t k = b.first; k <= b.last; ++k) story.own_headings.push_back(k);
            continue;
        }
        // A photo credit on the line under its caption. Printed under a short paragraph, it makes that
        // paragraph a caption: a photographer is credited for a picture, not for text.
        if (!body.empty() && body.back().image.caption.credit.empty())
            if (auto credit = match_photo_credit_line(t)) {
                Block& above = body.back();
                bool caption = above.type == BlockType::image ||
                               (above.type == BlockType::paragraph && text::to_u32(above.text).size() <= 150);
                if (caption) {
                    if (above.type == BlockType::paragraph) {
                        above.type = BlockType::image;
                        above.image.caption.text = std::move(above.text);
                        above.text.clear();
                    }
                    above.image.caption.credit = to_utf8(*credit);
                    above.image.caption.bylines = picture_credit_bylines(*credit);
                    continue;
                }
            }
        if (auto cap = match_caption(t)) {
            Block img;
            img.type = BlockType::image;
            img.image.caption = {to_utf8(cap->text), to_utf8(cap->credit), picture_credit_bylines(cap->credit)};
            img.origin = where;
            body.push_back(std::move(img));
            continue;
        }
        if (auto td = match_trailing_dateline(t); td && td->begin == 0) {
            apply_trailing_dateline(td->formula, a, where);
            continue;
        }
        if (!body.empty() && author_note_start(t) == std::size_t{0}) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(text::trim(t));
            continue;
        }
        if (!body.empty()) {
            if (auto credit = match_end_credit(t, true)) {
                if (!a.credit.empty()) a.credit += "; ";
                a.credit += to_utf8(credit->credit);
                a.bylines.insert(a.bylines.end(), credit->bylines.begin(), credit->bylines.end());
                continue;
            }
        }
        if (b.tail) {
            group.push_back(std::move(b));
            continue;
        }
        U32 para(t);
        if (auto jump = find_jump(para, false)) {
            a.continuations.push_back(jump->continuation);
            para.erase(jump->begin, jump->end - jump->begin);
        }
        if (auto jump = find_jump(para, true)) {
            a.continuations.push_back(jump->continuation);
            para.erase(jump->begin);
        }
        para = U32(text::trim(para));
        if (para.empty()) continue;
        Block blk;
        blk.origin = where;
        // A short line standing between paragraphs, ending no sentence, is a subhead.
        bool one_line = b.first == b.last;
        // A subhead may end with a dash that leads into its paragraphs ("抓党性教育，筑牢初心使命——").
        const PrintLine& line = content_[b.first];
        bool subhead_shape = heading_like(line, metrics_) || (ends_with_two_dashes(line.text) && line.text.find(U'。') == U32::npos);
        if (one_line && !body.empty() && subhead_shape && bi + 1 < seg.blocks.size() && !seg.blocks[bi + 1].tail) {
            U32 decoration;
            U32 sub = strip_decoration(para, decoration);
            if (!decoration.empty()) a.dropped.push_back({to_utf8(decoration), "decorative mark", where});
            // A subhead printed over two lines ("织密物流网络" / "延伸配送范围") is one subhead.
            if (body.back().type == BlockType::subheading) {
                bool cjk = text::mostly_cjk(sub);
                body.back().text += cjk ? "\u3000" : " ";
                body.back().text += to_utf8(sub);
                continue;
            }
            blk.type = BlockType::subheading;
            blk.text = to_utf8(sub);
        } else {
            blk.text = to_utf8(para);
        }
        body.push_back(std::move(blk));
    }
    // A closing note crediting contributors ("Associated Press writers … contributed to this report.").
    if (!body.empty() && body.back().type == BlockType::paragraph)
        if (auto note = match_contributed_note(text::to_u32(body.back().text))) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(note->credit);
            a.bylines.insert(a.bylines.end(), note->bylines.begin(), note->bylines.end());
            body.pop_back();
        }
    // A credit closing the last paragraph: "……工作。（记者 张三）"; a dateline or a note on the author
    // closing it likewise ("……工作。（新华社北京1月19日电）").
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        if (it->type != BlockType::paragraph) continue;
        U32 t = text::to_u32(it->text);
        if (auto td = match_trailing_dateline(t); td && td->begin > 0 && ends_sentence(text::trim(U32View(t).substr(0, td->begin)))) {
            apply_trailing_dateline(td->formula, a, it->origin);
            t = U32(text::trim(U32View(t).substr(0, td->begin)));
            it->text = to_utf8(t);
        }
        if (auto at = author_note_start(t); at && *at > 0 && ends_sentence(text::trim(U32View(t).substr(0, *at)))) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(text::trim(U32View(t).substr(*at)));
            t = U32(text::trim(U32View(t).substr(0, *at)));
            it->text = to_utf8(t);
        }
        if (auto credit = match_end_credit(t, false);
            credit && credit->begin > 0 && ends_sentence(text::trim(U32View(t).substr(0, credit->begin)))) {
            if (!a.credit.empty()) a.credit += "; ";
            a.credit += to_utf8(credit->credit);
            a.bylines.insert(a.bylines.end(), credit->bylines.begin(), credit->bylines.end());
            it->text = to_utf8(text::trim(U32View(t).substr(0, credit->begin)));
        }
        break;
    }
    stories_.push_back(std::move(story));
    // Heading lines after the body lie between this story and the next.
    for (auto& b : group) groups_[stories_.size()].push_back(std::move(b));
}

}  // namespace galley::print_text
