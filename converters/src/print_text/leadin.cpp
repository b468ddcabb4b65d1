#include "leadin.hpp"

#include <array>

#include "credits.hpp"

using namespace std::string_view_literals;

namespace galley::print_text {
namespace {

// Agencies and papers whose wire formula ("…电") is common in Chinese papers. Others are matched by shape.
constexpr std::array<std::u32string_view, 18> agencies{
    U"新华社", U"中新社", U"中国新闻社", U"人民日报", U"光明日报", U"经济日报", U"中国日报", U"人民网",
    U"新华网", U"中新网", U"央视新闻", U"央视网", U"央广网", U"中央广电总台", U"浙江日报", U"金华日报",
    U"潮新闻", U"浙江在线"};

// Names printed in capitals ("By LISA MASCARO and JILL COLVIN") are title-cased in the model; the credit
// keeps them as printed.
void title_case_capitals(std::vector<Byline>& bylines) {
    for (auto& b : bylines) {
        U32 n = text::to_u32(b.name);
        bool upper = true;
        for (char32_t ch : n) upper = upper && !text::is_lower(ch);
        if (!upper) continue;
        bool first = true;
        for (auto& ch : n) {
            if (!first && ch < 0x80) ch = static_cast<char32_t>(std::tolower(static_cast<int>(ch)));
            first = !text::is_latin_word_char(ch);
        }
        b.name = text::to_utf8(n);
    }
}

// Reads a bracketed credit at c: "（融媒记者 徐敏）". The bracket may also be half-width.
bool read_bracket(Cursor& c, U32& inside) {
    std::size_t save = c.i;
    char32_t open = c.peek();
    if (open != U'（' && open != U'(') return false;
    ++c.i;
    std::size_t b = c.i;
    while (!c.eof() && c.peek() != U'）' && c.peek() != U')' && c.i - b < 80) {
        if (c.peek() == U'（' || c.peek() == U'(' || text::is_terminal_punct(c.peek())) break;
        ++c.i;
    }
    if (c.peek() != U'）' && c.peek() != U')') {
        c.i = save;
        return false;
    }
    inside = U32(c.s.substr(b, c.i - b));
    ++c.i;
    return true;
}

// Shape of an agency name not in the table: 2–6 Han characters ending in 社, 网 or 报.
std::size_t match_agency(U32View s) {
    for (auto a : agencies)
        if (text::starts_with(s, a)) return a.size();
    for (std::size_t n = 2; n <= 6 && n <= s.size(); ++n) {
        if (!text::is_han(s[n - 1])) break;
        if (s[n - 1] == U'社' || s[n - 1] == U'网' || (s[n - 1] == U'报' && n >= 3)) return n;
    }
    return 0;
}

// place? date "电|讯" at c; fills place and date and returns true on a match.
bool read_place_date(Cursor& c, Leadin& out, bool need_date) {
    std::size_t start = c.i;
    for (std::size_t k = 0; k <= 8 && c.i + k < c.s.size(); ++k) {
        if (k > 0 && !text::is_han(c.s[c.i + k - 1])) break;
        if (auto d = match_cjk_date(c.s, c.i + k); d && !d->relative && (d->month > 0 || d->day > 0)) {
            std::size_t after = c.i + k + d->length;
            if (after < c.s.size() && (c.s[after] == U'电' || c.s[after] == U'讯')) {
                out.place = U32(c.s.substr(c.i, k));
                d->time_length = 0;
                out.date = d;
                out.dateline_text = U32(c.s.substr(start, k + d->length));
                c.i = after + 1;
                return true;
            }
        }
    }
    if (need_date) return false;
    if (c.peek() == U'电') {  // "据新华社电", "本报电": no place, no date
        ++c.i;
        return true;
    }
    // "新华社北京电": a place without a date.
    for (std::size_t k = 2; k <= 6 && c.i + k < c.s.size(); ++k) {
        if (!text::is_han(c.s[c.i + k - 1])) break;
        if (c.s[c.i + k] == U'电') {
            out.place = U32(c.s.substr(c.i, k));
            out.dateline_text = out.place;
            c.i += k + 1;
            return true;
        }
    }
    return false;
}

void read_credit(Cursor& c, Leadin& out) {
    c.skip_spaces();
    U32 inside;
    std::size_t save = c.i;
    if (!read_bracket(c, inside)) return;
    auto bylines = parse_cjk_credit(inside);
    if (!bylines) {
        c.i = save;  // a bracket that is not a byline stays in the text
        return;
    }
    out.credit = tidy_spaces(inside);
    out.bylines = std::move(*bylines);
}

std::optional<Leadin> match_cjk(U32View s, std::size_t start, const U32& decoration) {
    Cursor c(s, start);
    Leadin out;
    out.decoration = decoration;
    if (c.lit(U"本报讯")) {
        out.source = U"本报讯";
        read_credit(c, out);
    } else if (text::starts_with(c.rest(), U"本报记者") || text::starts_with(c.rest(), U"本报通讯员")) {
        // A byline line: the whole line is credits ("本报记者 王浩 通讯员 李明"). 本报 is part of the role
        // here, not a source formula, so the source stays empty: source and credit never repeat each other.
        U32View line = c.rest();
        auto bylines = parse_cjk_credit(line);
        if (!bylines) return std::nullopt;
        out.kind = Leadin::Kind::byline_line;
        out.credit = tidy_spaces(line);
        out.bylines = std::move(*bylines);
        c.i = s.size();
    } else {
        std::size_t formula = c.i;
        bool according = c.lit(U"据");
        if (c.lit(U"本报")) {
            // 本报北京1月3日电, 本报北京电, 本报电 (a brief's formula, often under a column label).
            if (!read_place_date(c, out, false)) return std::nullopt;
        } else {
            std::size_t n = match_agency(c.rest());
            if (n == 0) return std::nullopt;
            c.i += n;
            if (!read_place_date(c, out, !according)) return std::nullopt;
        }
        out.source = U32(s.substr(formula, c.i - formula));
        read_credit(c, out);
    }
    c.skip_spaces();
    out.length = c.i;
    return out;
}

bool is_place_char(char32_t c) {
    return text::is_upper(c) || c == U' ' || c == U'.' || c == U'/' || c == U'-' || c == U'\'' || c == U'’';
}

// A wire dash after the dateline: " - ", " -- ", " — ", " – ". A lone hyphen counts only after an agency
// or a date ("LONDON (Reuters) -", "LONDON, March 2 -"): "NATO - the alliance" is a sentence, "NEW YORK —"
// a staff dateline. Wire copy sometimes drops the space after it ("(Reuters) -The"): then the story must
// go on with a capital letter, a digit or a quotation mark.
bool read_dash(Cursor& c, bool after_agency_or_date) {
    std::size_t save = c.i;
    c.skip_spaces();
    bool hyphen = false;
    if (c.lit(U"--") || c.one_of(U"—–") || (hyphen = c.one_of(U"-"))) {
        bool allowed = !hyphen || after_agency_or_date;
        if (allowed && (c.skip_spaces() > 0 || c.eof())) return true;
        char32_t next = c.peek();
        if (allowed && after_agency_or_date &&
            (text::is_upper(next) || text::is_digit(next) || next == U'"' || next == U'“' || next == U'\''))
            return true;
    }
    c.i = save;
    return false;
}

// Splits a trailing ", AGENCY" off a byline's names; returns the agency (empty when none).
U32View take_agency(U32View& names) {
    std::size_t comma = names.rfind(U',');
    if (comma == U32View::npos) return {};
    U32View tail = text::trim(names.substr(comma + 1));
    if (!is_news_agency(tail)) return {};
    names = text::trim(names.substr(0, comma));
    return tail;
}

std::optional<Leadin> match_latin(U32View s, std::size_t start, const U32& decoration) {
    Cursor c(s, start);
    Leadin out;
    out.latin = true;
    out.decoration = decoration;

    // "By Jane Doe" on a line of its own; "By Kathleen Hays, Reuters" names the agency too.
    if (c.lit(U"By ") || c.lit(U"BY ") || c.lit(U"by ")) {
        U32View names = text::trim(c.rest());
        if (names.size() > 160) return std::nullopt;
        U32View agency = take_agency(names);
        if (agency == U"REUTERS") agency = U"Reuters";
        out.source = U32(agency);
        U32 title_case;  // "BY JANE DOE" reads as names once title-cased
        bool caps = true;
        for (char32_t ch : names) caps = caps && !text::is_lower(ch);
        std::optional<std::vector<Byline>> bylines;
        if (!caps) bylines = parse_latin_credit(names);
        if (!bylines && caps) {
            bool first = true;
            for (char32_t ch : names) {
                title_case.push_back(!first && ch < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(ch))) : ch);
                first = !text::is_latin_word_char(ch);
            }
            // The credit keeps the printed capitals; the names in the model are title-cased.
            bylines = parse_latin_credit(title_case);
        }
        if (!bylines) return std::nullopt;
        title_case_capitals(*bylines);
        out.kind = Leadin::Kind::byline_line;
        out.credit = tidy_spaces(s.substr(start));
        out.bylines = std::move(*bylines);
        out.length = s.size();
        return out;
    }

    // PLACE[, DATE] [(AGENCY)] DASH
    std::size_t b = c.i;
    while (!c.eof() && is_place_char(c.peek())) ++c.i;
    std::size_t place_end = c.i;
    while (place_end > b && c.s[place_end - 1] == U' ') --place_end;
    U32View place = s.substr(b, place_end - b);
    std::size_t letters = 0;
    for (char32_t ch : place) letters += text::is_upper(ch);
    if (letters < 2 || place.size() > 40) return std::nullopt;
    c.i = place_end;
    std::size_t dateline_end = place_end;
    if (c.lit(U",")) {
        c.skip_spaces();
        if (auto d = match_latin_date(s, c.i)) {
            out.date = d;
            c.i += d->length;
            dateline_end = c.i;
        } else {
            return std::nullopt;
        }
    }
    c.skip_spaces();
    if (c.peek() == U'(') {
        ++c.i;
        std::size_t ab = c.i;
        while (!c.eof() && c.peek() != U')' && c.i - ab < 30 &&
               (text::is_latin_word_char(c.peek()) || c.peek() == U' ' || c.peek() == U'&' || c.peek() == U'.'))
            ++c.i;
        if (c.peek() != U')' || c.i == ab || !text::is_upper(s[ab])) return std::nullopt;
        out.source = U32(s.substr(ab, c.i - ab));
        ++c.i;
    }
    if (!read_dash(c, !out.source.empty() || out.date.has_value())) return std::nullopt;
    out.place = U32(place);
    out.dateline_text = U32(s.substr(b, dateline_end - b));
    c.skip_spaces();
    out.length = c.i;
    return out;
}

// "本报讯（融媒记者 徐": a formula whose credit bracket the line's end cut.
bool opens_formula_bracket(U32View s) {
    std::size_t open = s.find_first_of(U"（(");
    if (open == U32View::npos || s.find_first_of(U"）)", open) != U32View::npos) return false;
    auto lead = match_leadin(U32(s.substr(0, open)) + U"（记者 张三）");
    return lead && lead->kind == Leadin::Kind::formula;
}

}  // namespace

bool formula_prefix(U32View raw) {
    U32View s = text::trim(raw);
    if (s.empty() || s.size() > 30) return false;
    // Completing it with the formula's ending makes a formula that takes the whole line.
    for (std::u32string_view ending : {U"电"sv, U"电（记者 张三）"sv}) {
        U32 whole = U32(s) + U32(ending);
        auto lead = match_leadin(whole);
        if (lead && lead->kind == Leadin::Kind::formula && lead->length >= s.size()) return true;
    }
    return opens_formula_bracket(s);
}

bool is_date_line(U32View raw) {
    U32View s = text::trim(raw);
    Cursor c(s);
    // An optional weekday ("Thursday, ").
    std::size_t b = c.i;
    while (!c.eof() && text::is_latin_word_char(c.peek())) ++c.i;
    if (c.peek() == U',' && c.i - b >= 6 && c.i - b <= 9) {
        ++c.i;
        c.skip_spaces();
    } else {
        c.i = b;
    }
    auto d = match_latin_date(s, c.i);
    if (!d || d->year == 0) return false;
    c.i += d->length;
    // Then only a time and a zone: digits, colons, a.m./p.m., upper-case zone names.
    for (char32_t ch : c.rest()) {
        bool ok = text::is_space(ch) || text::is_digit(ch) || ch == U':' || ch == U'.' || text::is_upper(ch) ||
                  ch == U'a' || ch == U'p' || ch == U'm';
        if (!ok) return false;
    }
    return true;
}

std::optional<Leadin> match_leadin(U32View s) {
    std::size_t i = 0;
    U32 decoration;
    while (i < s.size() && (text::is_decoration(s[i]) || text::is_space(s[i]))) {
        if (!text::is_space(s[i])) decoration.push_back(s[i]);
        ++i;
    }
    if (i >= s.size()) return std::nullopt;
    if (text::is_han(s[i])) return match_cjk(s, i, decoration);
    if (text::is_upper(s[i]) || text::starts_with(s.substr(i), U"by ")) return match_latin(s, i, decoration);
    return std::nullopt;
}

}  // namespace galley::print_text
