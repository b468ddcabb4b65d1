#include "furniture.hpp"

#include <array>

#include "credits.hpp"
#include "page_labels.hpp"

namespace galley::print_text {
namespace {

struct StaffLabel {
    std::u32string_view label;
    const char* key;
};
// Staff credits printed at the foot or head of a page. Longest first, so 责任编辑 wins over 编辑.
constexpr std::array<StaffLabel, 21> staff_labels{{
    {U"值班总编", "duty-editor"}, {U"值班主任", "duty-editor"}, {U"值班编辑", "duty-editor"},
    {U"版式设计", "designer"},     {U"责任编辑", "editor"},      {U"责任校对", "proofreader"},
    {U"本版编辑", "editor"},       {U"美术编辑", "designer"},    {U"图片编辑", "picture-editor"},
    {U"责编", "editor"},           {U"编辑", "editor"},          {U"美编", "designer"},
    {U"版式", "designer"},         {U"组版", "designer"},        {U"排版", "designer"},
    {U"校对", "proofreader"},      {U"审校", "proofreader"},     {U"签发", "approved-by"},
    {U"主编", "chief-editor"},     {U"终审", "approved-by"},     {U"制图", "designer"},
}};

bool is_colon(char32_t c) { return c == U'：' || c == U':'; }

// 第1版 / 第二版 / A1 / A1版 / 3版 at the cursor, consuming it; label gets the printed form.
bool read_page_label(Cursor& c, int& number, bool need_suffix) {
    std::size_t save = c.i;
    bool di = c.lit(U"第");
    bool letter = false;
    if (!di && c.peek() >= U'A' && c.peek() <= U'Z') {
        ++c.i;
        letter = true;
    }
    int n = 0;
    if (!(c.number(n, 3) || c.cjk_number(n))) {
        c.i = save;
        return false;
    }
    bool ban = c.lit(U"版") || c.lit(U"面");
    if (!ban && (di || (need_suffix && !letter))) {
        c.i = save;
        return false;
    }
    number = n;
    return true;
}

enum class Tok { date, weekday, lunar, page, issue, staff, registration, other };

// 第1234期, 总第5678期
bool issue_number(U32View t) {
    Cursor c(t);
    c.lit(U"总");
    int n = 0;
    return c.lit(U"第") && c.number(n, 6) && c.lit(U"期") && c.eof();
}

struct Token {
    U32View text;
    Tok kind = Tok::other;
};

bool is_weekday(U32View t) {
    if (t.size() == 3 && (text::starts_with(t, U"星期") || text::starts_with(t, U"礼拜")))
        return std::u32string_view(U"一二三四五六日天").find(t[2]) != std::u32string_view::npos;
    if (t.size() == 2 && t[0] == U'周') return std::u32string_view(U"一二三四五六日天").find(t[1]) != std::u32string_view::npos;
    return false;
}

bool is_lunar(U32View t) {
    if (text::starts_with(t, U"农历")) return true;
    constexpr std::u32string_view stems = U"甲乙丙丁戊己庚辛壬癸", branches = U"子丑寅卯辰巳午未申酉戌亥";
    return t.size() >= 3 && stems.find(t[0]) != std::u32string_view::npos &&
           branches.find(t[1]) != std::u32string_view::npos && t[2] == U'年';
}

const StaffLabel* staff_label_at(U32View t) {
    for (const auto& s : staff_labels)
        if (text::starts_with(t, s.label) && t.size() > s.label.size() && is_colon(t[s.label.size()])) return &s;
    return nullptr;
}

std::optional<Furniture> match_cjk_running_head(U32View line) {
    // Tokens at white space; a full date may be printed with spaces inside ("2023年 1月4日"), so dates are
    // read first from the joined text.
    std::vector<Token> toks;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && text::is_space(line[i])) ++i;
        std::size_t b = i;
        while (i < line.size() && !text::is_space(line[i])) ++i;
        if (b < i) toks.push_back({line.substr(b, i - b)});
    }
    Furniture f;
    int strong = 0, other = 0;
    for (std::size_t k = 0; k < toks.size(); ++k) {
        Token& t = toks[k];
        Cursor c(t.text);
        int n = 0;
        if (auto d = match_cjk_date(t.text); d && d->year > 0 && d->month > 0) {
            std::size_t after = d->length;
            IsoDate iso{d->year, d->month, d->day};
            if (!iso.valid()) return std::nullopt;
            f.date = iso;
            t.kind = Tok::date;
            if (after < t.text.size()) {  // "2023年1月4日星期三"
                if (!is_weekday(t.text.substr(after))) return std::nullopt;
            }
            ++strong;
        } else if (is_weekday(t.text)) {
            t.kind = Tok::weekday;
            ++strong;
        } else if (is_lunar(t.text)) {
            t.kind = Tok::lunar;
        } else if (read_page_label(c, n, true) && c.eof()) {
            t.kind = Tok::page;
            f.page_number = n;
            f.page_label = U32(t.text);
            ++strong;
        } else if (issue_number(t.text)) {
            t.kind = Tok::issue;
            f.fields.push_back({"issue", "", text::to_utf8(t.text), "", {}});
            ++strong;
        } else if (text::starts_with(t.text, U"CN") || text::starts_with(t.text, U"国内统一连续出版物号") ||
                   text::starts_with(t.text, U"邮发代号")) {
            t.kind = Tok::registration;
            f.fields.push_back({"registration", "", text::to_utf8(t.text), "", {}});
            ++strong;
        } else if (const StaffLabel* s = staff_label_at(t.text)) {
            t.kind = Tok::staff;
            U32 value(t.text.substr(s->label.size() + 1));
            // "责任编辑：" followed by the names as separate tokens.
            while (k + 1 < toks.size() && !staff_label_at(toks[k + 1].text) && toks[k + 1].text.size() <= 4) {
                bool name = true;
                for (char32_t ch : toks[k + 1].text) name = name && (text::is_han(ch) || ch == U'·');
                if (!name) break;
                if (!value.empty()) value.push_back(U' ');
                value += toks[++k].text;
            }
            f.fields.push_back({s->key, text::to_utf8(s->label), text::to_utf8(text::trim(value)), "", {}});
            ++strong;
        } else {
            for (char32_t ch : t.text)
                if (text::is_terminal_punct(ch) || text::is_pause_punct(ch) || text::is_opening_punct(ch))
                    return std::nullopt;
            if (t.text.size() > 10) return std::nullopt;
            ++other;
            // A word after the page label names the section ("第1版 要闻"); others are the paper's name.
            if (k > 0 && toks[k - 1].kind == Tok::page && f.section.empty()) {
                f.section = U32(t.text);
                f.fields.push_back({"section", "", text::to_utf8(t.text), "", {}});
            } else {
                f.fields.push_back({"running-head", "", text::to_utf8(t.text), "", {}});
            }
        }
    }
    if (strong == 0 || other > 2) return std::nullopt;
    bool only_staff = true;
    for (const auto& t : toks) only_staff = only_staff && t.kind == Tok::staff;
    f.kind = only_staff ? Furniture::Kind::staff : Furniture::Kind::running_head;
    if (f.date) f.fields.insert(f.fields.begin(), {"date", "", f.date->str(), "", {}});
    if (f.page_number > 0) f.fields.push_back({"page", "", text::to_utf8(f.page_label), "", {}});
    return f;
}

constexpr std::array<std::u32string_view, 7> weekdays_en{U"Monday", U"Tuesday", U"Wednesday", U"Thursday",
                                                         U"Friday", U"Saturday", U"Sunday"};

// "A3", "Page 3", "Page A3": a Latin page label filling `part`; the page number, or 0.
int latin_page_label(U32View part) {
    Cursor c(part);
    bool page_word = c.lit(U"Page ") || c.lit(U"PAGE ");
    bool letter = c.peek() >= U'A' && c.peek() <= U'Z';
    if (letter) ++c.i;
    int n = 0;
    if (!(page_word || letter) || !c.number(n, 3) || !c.eof()) return 0;
    return n;
}

// "Wednesday, January 4, 2023 | The Daily Herald | A3": parts split at | or •.
std::optional<Furniture> match_latin_running_head(U32View line) {
    Furniture f;
    int strong = 0, other = 0;
    std::size_t b = 0;
    while (b <= line.size()) {
        std::size_t e = b;
        while (e < line.size() && line[e] != U'|' && line[e] != U'•' && line[e] != U'·') ++e;
        U32View part = text::trim(line.substr(b, e - b));
        b = e + 1;
        if (part.empty()) continue;
        Cursor c(part);
        for (auto w : weekdays_en) {
            // "Monday" or "MONDAY": a running head may be set in capitals.
            bool ok = c.i + w.size() <= part.size();
            for (std::size_t k = 0; ok && k < w.size(); ++k) ok = (part[c.i + k] | 0x20) == (w[k] | 0x20);
            if (ok) {
                c.i += w.size();
                c.lit(U",");
                c.skip_spaces();
                break;
            }
        }
        if (auto d = match_latin_date(part, c.i); d && d->year > 0 && c.i + d->length == part.size()) {
            IsoDate iso{d->year, d->month, d->day};
            if (!iso.valid()) return std::nullopt;
            f.date = iso;
            ++strong;
        } else if (int n = latin_page_label(part); n > 0) {
            f.page_number = n;
            f.page_label = U32(part);
            ++strong;
        } else {
            for (char32_t ch : part)
                if (text::is_terminal_punct(ch) || ch == U',' || ch == U';') return std::nullopt;
            if (part.size() > 40) return std::nullopt;
            ++other;
            f.fields.push_back({"running-head", "", text::to_utf8(part), "", {}});
        }
    }
    if (strong == 0 || other > 2) return std::nullopt;
    if (f.date) f.fields.insert(f.fields.begin(), {"date", "", f.date->str(), "", {}});
    if (f.page_number > 0) f.fields.push_back({"page", "", text::to_utf8(f.page_label), "", {}});
    return f;
}

// Matches a jump formula starting exactly at c; on success c is after it.
std::optional<Continuation> read_jump(Cursor& c) {
    std::size_t start = c.i;
    bool bracket = c.one_of(U"（(");
    c.skip_spaces();
    Continuation out;
    if (c.lit(U"下转") || c.lit(U"转")) out.direction = "to";
    else if (c.lit(U"上接") || c.lit(U"接")) out.direction = "from";
    if (!out.direction.empty()) {
        c.skip_spaces();
        std::size_t pb = c.i;
        int n = 0;
        if (!read_page_label(c, n, true)) {
            c.i = start;
            return std::nullopt;
        }
        out.page = text::to_utf8(c.s.substr(pb, c.i - pb));
    } else {
        // English: "Continued on page 5", "(Continued from Page A1)"
        if (!(c.lit(U"Continued ") || c.lit(U"CONTINUED ") || c.lit(U"continued "))) {
            c.i = start;
            return std::nullopt;
        }
        if (c.lit(U"on ") || c.lit(U"ON ")) out.direction = "to";
        else if (c.lit(U"from ") || c.lit(U"FROM ")) out.direction = "from";
        else {
            c.i = start;
            return std::nullopt;
        }
        if (!(c.lit(U"page ") || c.lit(U"Page ") || c.lit(U"PAGE "))) {
            c.i = start;
            return std::nullopt;
        }
        std::size_t pb = c.i;
        if (c.peek() >= U'A' && c.peek() <= U'Z') ++c.i;
        int n = 0;
        if (!c.number(n, 3)) {
            c.i = start;
            return std::nullopt;
        }
        out.page = text::to_utf8(c.s.substr(pb, c.i - pb));
    }
    c.skip_spaces();
    if (bracket && !c.one_of(U"）)")) {
        c.i = start;
        return std::nullopt;
    }
    c.one_of(U".");
    out.text = text::to_utf8(c.s.substr(start, c.i - start));
    return out;
}

}  // namespace

std::optional<Furniture> match_furniture(U32View raw) {
    U32View line = text::trim(raw);
    if (line.empty()) return std::nullopt;
    {
        Cursor c(line);
        if (auto j = read_jump(c); j && c.eof()) {
            Furniture f;
            f.kind = Furniture::Kind::continuation;
            f.continuation = j;
            return f;
        }
    }
    // A page number alone, maybe between dashes: "- 2 -", "—3—", "02".
    {
        Cursor c(line);
        while (c.one_of(U"-—–·•") || c.skip_spaces() > 0) {
        }
        int n = 0;
        std::size_t nb = c.i;
        if (c.number(n, 3)) {
            std::size_t ne = c.i;
            while (c.one_of(U"-—–·•") || c.skip_spaces() > 0) {
            }
            if (c.eof() && n > 0) {
                Furniture f;
                f.kind = Furniture::Kind::page_number;
                f.page_number = n;
                f.page_label = U32(line.substr(nb, ne - nb));
                f.fields.push_back({"page", "", text::to_utf8(f.page_label), "", {}});
                return f;
            }
        }
    }
    if (auto section = match_section_label(line)) {
        Furniture f;
        f.kind = Furniture::Kind::section;
        f.section = *section;
        f.fields.push_back({"section", "", text::to_utf8(*section), "", {}});
        // "第3版：综合新闻" names the page too.
        Cursor c(line);
        int n = 0;
        if (read_page_label(c, n, true)) {
            f.page_number = n;
            f.page_label = U32(line.substr(0, c.i));
            f.fields.push_back({"page", "", text::to_utf8(f.page_label), "", {}});
        }
        return f;
    }
    if (is_masthead(line)) {
        Furniture f;
        f.kind = Furniture::Kind::masthead;
        f.fields.push_back({"paper", "", text::to_utf8(line), "", {}});
        return f;
    }
    if (auto slug = match_slug_line(line)) {
        Furniture f;
        f.kind = Furniture::Kind::slug;
        f.fields.push_back({"slug", "", text::to_utf8(*slug), "", {}});
        return f;
    }
    if (text::mostly_cjk(line)) return match_cjk_running_head(line);
    return match_latin_running_head(line);
}

std::optional<JumpMatch> find_jump(U32View t, bool at_end) {
    if (at_end) {
        // The jump closes the paragraph: find the last opening bracket and try there.
        std::size_t e = t.size();
        while (e > 0 && text::is_space(t[e - 1])) --e;
        if (e == 0 || (t[e - 1] != U'）' && t[e - 1] != U')')) return std::nullopt;
        std::size_t open = t.find_last_of(U"（(", e - 1);
        if (open == U32View::npos) return std::nullopt;
        Cursor c(t, open);
        auto j = read_jump(c);
        if (!j || c.i != e) return std::nullopt;
        return JumpMatch{*j, open, e};
    }
    std::size_t b = 0;
    while (b < t.size() && text::is_space(t[b])) ++b;
    Cursor c(t, b);
    auto j = read_jump(c);
    if (!j) return std::nullopt;
    return JumpMatch{*j, b, c.i};
}

bool is_cross_reference(U32View raw) {
    U32View s = text::trim(raw);
    if (s.size() < 5 || s.size() > 120) return false;
    bool bracketed = (s.front() == U'（' || s.front() == U'(') && (s.back() == U'）' || s.back() == U')');
    if (bracketed) s = s.substr(1, s.size() - 2);
    // 见第六版, 详见第3版, 见A3版: "see" and a page label after it.
    for (std::size_t i = s.find(U'见'); i != U32View::npos; i = s.find(U'见', i + 1)) {
        Cursor c(s, i + 1);
        int n = 0;
        if (read_page_label(c, n, true)) return bracketed;
    }
    // "See page 5", "See related story on Page A3".
    U32 lower;
    for (char32_t ch : s) lower.push_back(ch >= U'A' && ch <= U'Z' ? ch - U'A' + U'a' : ch);
    std::size_t see = lower.find(U"see ");
    std::size_t page = lower.find(U"page ", see == U32::npos ? 0 : see);
    if (see == 0 && page != U32::npos) {
        Cursor c(s, page + 5);
        if (c.peek() >= U'A' && c.peek() <= U'Z') ++c.i;
        int n = 0;
        c.one_of(U".");
        return c.number(n, 3) && (c.eof() || (c.one_of(U".") && c.eof()));
    }
    return false;
}

}  // namespace galley::print_text
