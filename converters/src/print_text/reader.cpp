#include "reader.hpp"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <optional>

#include "../text/source_text.hpp"
#include "galley/quote.hpp"
#include "captions.hpp"
#include "credits.hpp"
#include "furniture.hpp"
#include "heading_roles.hpp"
#include "headings.hpp"
#include "page_labels.hpp"
#include "page_reader.hpp"

namespace galley::print_text {

using text::to_utf8;

namespace {

// Where the printed pages of a file start. A file may hold several pages: a page's head band (its date,
// page number, masthead or section lines) printed after text of the page before starts one. Staff lines at
// the foot of a page stay with it. A form feed does not: a PDF's page break may fall inside a paragraph
// that runs on, and is read where paragraphs break.
std::vector<std::size_t> page_starts(const std::vector<PrintLine>& lines) {
    std::vector<std::size_t> starts{0};
    bool text_before = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        auto f = match_furniture(lines[k].text);
        bool head = f && (f->kind == Furniture::Kind::running_head || f->kind == Furniture::Kind::page_number ||
                          f->kind == Furniture::Kind::section || f->kind == Furniture::Kind::masthead);
        if (!f) {
            text_before = true;
            continue;
        }
        if (!head || !text_before) continue;
        // A head band: this line and the furniture lines right after it, with text of its own page below.
        bool strong = false;
        std::size_t e = k;
        for (; e < lines.size(); ++e) {
            auto g = match_furniture(lines[e].text);
            if (!g || g->kind == Furniture::Kind::continuation || g->kind == Furniture::Kind::slug) break;
            strong = strong || g->date || g->page_number > 0 || g->kind == Furniture::Kind::masthead;
        }
        if (strong && e < lines.size() && e - k >= 2) {
            starts.push_back(k);
            text_before = false;
        }
        k = e > k ? e - 1 : k;
    }
    return starts;
}


}  // namespace

void PageReader::take_furniture(std::vector<PrintLine>& lines) {
    content_.reserve(lines.size());
    for (auto& l : lines) {
        if (auto agency = match_sign_off(l.text)) {
            sign_offs_.push_back({content_.size(), l.text, *agency, span(l.number, l.column)});
            continue;
        }
        if (is_cross_reference(l.text)) {
            cross_refs_.push_back({content_.size(), l.text, {}, span(l.number, l.column)});
            continue;
        }
        auto f = match_furniture(l.text);
        // Furniture that would leave no trace in the metadata is not taken out of the text.
        if (!f || (f->kind != Furniture::Kind::continuation && f->fields.empty())) {
            content_.push_back(std::move(l));
            continue;
        }
        std::string text = to_utf8(l.text);
        if (f->kind == Furniture::Kind::continuation) {
            jumps_.push_back({content_.size(), *f->continuation});
            continue;
        }
        for (auto& field : f->fields) {
            field.text = text;
            field.origin = span(l.number, l.column);
            page_.metadata.push_back(field);
        }
        if (f->date && !printed_date_) printed_date_ = f->date;
        if (f->page_number > 0 && page_.number == 0) {
            page_.number = f->page_number;
            page_.label = to_utf8(f->page_label);
        }
        if (!f->section.empty() && page_.section.empty()) page_.section = to_utf8(f->section);
    }
}

void PageReader::attach_jumps() {
    for (const auto& j : jumps_) {
        // "下转" closes the story it follows; "上接" opens the story after it.
        std::size_t line = j.continuation.direction == "to" && j.position > 0 ? j.position - 1 : j.position;
        int owner = -1;
        for (std::size_t s = 0; s < story_first_line_.size(); ++s)
            if (story_first_line_[s] <= line) owner = static_cast<int>(s);
        if (owner < 0 && !stories_.empty()) owner = 0;
        if (owner < 0) {
            page_dropped_.push_back({j.continuation.text, "jump line with no story on the page", span(0)});
            continue;
        }
        stories_[static_cast<std::size_t>(owner)].article.continuations.push_back(j.continuation);
    }
    for (const auto& so : sign_offs_) {
        // The sign-off closes the story it follows.
        std::size_t line = so.position > 0 ? so.position - 1 : 0;
        int owner = -1;
        for (std::size_t s = 0; s < story_first_line_.size(); ++s)
            if (story_first_line_[s] <= line) owner = static_cast<int>(s);
        if (owner < 0) {
            page_dropped_.push_back({to_utf8(text::trim(so.text)), "wire sign-off with no story before it", so.origin});
            continue;
        }
        Article& a = stories_[static_cast<std::size_t>(owner)].article;
        if (a.source.empty()) a.source = to_utf8(so.agency);
        a.dropped.push_back({to_utf8(text::trim(so.text)), "wire sign-off: the agency that filed the story", so.origin});
    }
    for (const auto& x : cross_refs_) {
        // A cross-reference closes the story it follows (or opens the page's first).
        std::size_t line = x.position > 0 ? x.position - 1 : 0;
        int owner = stories_.empty() ? -1 : 0;
        for (std::size_t s = 0; s < story_first_line_.size(); ++s)
            if (story_first_line_[s] <= line) owner = static_cast<int>(s);
        if (owner < 0) {
            page_dropped_.push_back({to_utf8(text::trim(x.text)), "cross-reference with no story on the page", x.origin});
            continue;
        }
        stories_[static_cast<std::size_t>(owner)].article.dropped.push_back(
            {to_utf8(text::trim(x.text)), "cross-reference to another page", x.origin});
    }
}

bool PageReader::read(std::vector<PrintLine> lines, Edition& edition, int page_in_file) {
    take_furniture(lines);
    lines = {};  // what is left of them is moved-from or furniture already read
    metrics_ = measure_page(content_);
    if (opt_.explain)
        diags_.note(span(0), "page measure: CJK " + std::to_string(metrics_.cjk_measure) + ", Latin " +
                                 std::to_string(metrics_.latin_measure) + " (indent " + std::to_string(static_cast<int>(metrics_.latin_indent)) + ")" + (metrics_.double_spaced ? ", double-spaced" : ", single-spaced"));

    if (!opt_.issue_date.empty()) {
        issue_date_ = IsoDate::parse(opt_.issue_date);
        if (!issue_date_) {
            diags_.error({in_.path, 0, 0}, "the issue date " + quote_text(opt_.issue_date) + " is not a date (YYYY-MM-DD)");
            return false;
        }
    } else if (!edition.date.empty()) {
        issue_date_ = IsoDate::parse(edition.date);
    } else {
        issue_date_ = printed_date_;
    }
    if (printed_date_ && issue_date_ && printed_date_->str() != issue_date_->str())
        diags_.warning(span(0), "the page prints the date " + printed_date_->str() + " but the issue date is " +
                                    issue_date_->str());

    find_leadins();
    build_segments();
    groups_.assign(segments_.size() + 1, {});
    for (std::size_t s = 0; s < segments_.size(); ++s) {
        split_blocks(segments_[s], s + 1 < segments_.size());
        read_segment(segments_[s]);
    }
    attach_jumps();
    groups_.resize(stories_.size() + 1);
    assign_headings();

    // The page: its number from the options, the page itself, or its place in the edition.
    int number = opt_.page > 0 ? opt_.page + page_in_file
                 : page_.number > 0 ? page_.number
                                    : static_cast<int>(edition.pages.size()) + 1;
    page_.number = number;
    if (!opt_.section.empty()) page_.section = opt_.section;
    page_.files.push_back(in_.path);
    int n = 0;
    for (const auto& a : edition.articles) n += a.page == number;
    if (stories_.empty()) diags_.warning(span(0), "no story found on this page");
    bool unresolved = false;
    std::optional<std::size_t> before;  // the article read just before this one, in the edition
    for (auto& s : stories_) {
        finish_story(s);
        Article& a = s.article;
        // A column of briefs prints its label once, over briefs that each have a place line for a kicker
        // (乡村新事 / 江苏省宿迁市 … / 浙江省仙居县 …): the briefs under it share the label.
        if (before && a.column.empty() && !edition.articles[*before].column.empty() &&
            is_place_line(text::to_u32(a.kicker)) && is_place_line(text::to_u32(edition.articles[*before].kicker)))
            a.column = edition.articles[*before].column;
        unresolved = unresolved || (!a.dateline.text.empty() && a.dateline.date.empty());
        a.page = number;
        a.section = page_.section;
        a.id = "p" + std::to_string(number) + "-a" + std::to_string(++n);
        edition.articles.push_back(std::move(a));
        before = edition.articles.size() - 1;
    }
    if (unresolved && !issue_date_)
        diags_.warning(span(0), "no issue date: datelines such as 1月3日 are left without an ISO date (pass --issue-date)");
    if (edition.title.empty())
        for (const auto& f : page_.metadata)
            if (f.key == "paper") edition.title = f.value;  // the masthead names the paper
    edition.pages.push_back(std::move(page_));
    edition.dropped.insert(edition.dropped.end(), page_dropped_.begin(), page_dropped_.end());
    if (edition.date.empty() && issue_date_) edition.date = issue_date_->str();
    if (edition.language.empty()) {
        // The edition speaks the language most of its articles do, unless --lang says. Still without one, it
        // has only articles of no known language before this page's: counting this page's is counting all.
        std::map<std::string, int> count;
        for (std::size_t i = edition.articles.size() - stories_.size(); i < edition.articles.size(); ++i)
            ++count[edition.articles[i].language];
        int best = 0;
        for (const auto& [lang, articles] : count)
            if (articles > best && lang != "und") {
                best = articles;
                edition.language = lang;
            }
        if (!opt_.language.empty()) edition.language = opt_.language;
    }
    return true;
}

std::string detect_language(std::u32string_view t) {
    text::ScriptCounts n = text::count_scripts(t);
    if (n.cjk == 0 && n.latin == 0) return "und";
    if (text::mostly_cjk(t)) return "zh";
    // English if its commonest words show up.
    std::size_t hits = 0, words = 0, i = 0;
    static constexpr std::array<std::u32string_view, 10> common{U"the", U"and", U"of", U"to", U"in",
                                                                U"a", U"is", U"for", U"on", U"that"};
    while (i < t.size()) {
        while (i < t.size() && !text::is_latin_word_char(t[i])) ++i;
        std::size_t b = i;
        while (i < t.size() && text::is_latin_word_char(t[i])) ++i;
        if (b == i) continue;
        ++words;
        U32 w(t.substr(b, i - b));
        for (auto& c : w)
            if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
        for (auto c : common) hits += w == c;
    }
    return words > 0 && hits * 8 >= words ? "en" : "und";
}

bool read_page(const InputDocument& input, const ConvertOptions& options, Edition& edition, Diagnostics& diags) {
    Lexicon lexicon;
    if (!options.word_list.empty() && !lexicon.load_word_list(options.word_list)) {
        diags.error({options.word_list, 0, 0}, "cannot read the word list");
        return false;
    }
    std::vector<PrintLine> lines;
    {
        // The decoded lines are let go as soon as the printed lines are made of them.
        text::DecodedText decoded;
        if (!text::decode_text(input.bytes, input.path, decoded, diags)) return false;
        if (decoded.longest_line_bytes > (1u << 20))
            diags.warning({input.path, 0, 0}, "a line of " + std::to_string(decoded.longest_line_bytes >> 20) +
                                                  " MiB: this does not look like text extracted from a printed page");
        lines = collect_lines(decoded.lines);
    }
    for (const auto& l : lines)
        lexicon.add_words_from(l.text.size() > 1 && l.text.back() == U'-' ? U32View(l.text).substr(0, l.text.size() - 1)
                                                                          : U32View(l.text));
    std::vector<std::size_t> starts = page_starts(lines);
    for (std::size_t p = 0; p < starts.size(); ++p) {
        std::size_t end = p + 1 < starts.size() ? starts[p + 1] : lines.size();
        std::vector<PrintLine> page;
        if (starts.size() == 1) {
            page = std::move(lines);
        } else {
            page.assign(std::make_move_iterator(lines.begin() + static_cast<std::ptrdiff_t>(starts[p])),
                        std::make_move_iterator(lines.begin() + static_cast<std::ptrdiff_t>(end)));
        }
        PageReader reader(input, options, diags, lexicon);
        if (!reader.read(std::move(page), edition, static_cast<int>(p))) return false;
    }
    return true;
}

}  // namespace galley::print_text
