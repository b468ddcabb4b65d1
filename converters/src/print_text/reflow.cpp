#include "reflow.hpp"

#include <array>
#include <fstream>

namespace galley::print_text {
namespace {

U32 lower(U32View w) {
    U32 out(w);
    for (auto& c : out)
        if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
    return out;
}

bool word_char(char32_t c) { return text::is_latin_word_char(c) || c == U'\'' || c == U'’'; }

}  // namespace

void Lexicon::add_words_from(U32View t) {
    std::size_t i = 0;
    while (i < t.size()) {
        while (i < t.size() && !text::is_latin_word_char(t[i])) ++i;
        std::size_t b = i;
        while (i < t.size() && (word_char(t[i]) || (t[i] == U'-' && i + 1 < t.size() && text::is_latin_word_char(t[i + 1]))))
            ++i;
        if (b == i) continue;
        U32View w = t.substr(b, i - b);
        // A hyphen at the very end of a line is not evidence; the caller feeds whole lines.
        if (w.find(U'-') != U32View::npos) {
            hyphenated_.insert(lower(w));
            std::size_t p = 0;
            while (p <= w.size()) {
                std::size_t e = w.find(U'-', p);
                if (e == U32View::npos) e = w.size();
                if (e > p) words_.insert(lower(w.substr(p, e - p)));
                p = e + 1;
            }
        } else {
            words_.insert(lower(w));
        }
    }
}

bool Lexicon::load_word_list(const std::string& path) {
    std::ifstream in(path);
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        words_.insert(lower(text::to_u32(line)));
    }
    return true;
}

bool Lexicon::is_word(U32View word) const {
    U32 w = lower(word);
    for (auto possessive : {U"'s", U"’s"})  // the government's → government
        if (w.size() > 3 && text::ends_with(w, possessive)) w.resize(w.size() - 2);
    if (words_.count(w)) return true;
    // Inflected forms of a known word: plurals, -ed, -ing, -ly, -er, -est.
    struct Suffix {
        std::u32string_view end;
        std::u32string_view restore;
    };
    static constexpr std::array<Suffix, 12> suffixes{{{U"ies", U"y"}, {U"es", U""}, {U"s", U""}, {U"ied", U"y"},
                                                      {U"ed", U""}, {U"ed", U"e"}, {U"ing", U""}, {U"ing", U"e"},
                                                      {U"ly", U""}, {U"er", U""}, {U"est", U""}, {U"ness", U""}}};
    for (const auto& s : suffixes) {
        if (w.size() > s.end.size() + 2 && text::ends_with(w, s.end)) {
            U32 stem = w.substr(0, w.size() - s.end.size()) + U32(s.restore);
            if (words_.count(stem)) return true;
        }
    }
    return false;
}

bool Lexicon::contains_hyphenated(U32View word) const { return hyphenated_.count(lower(word)) > 0; }

void Reflowed::locate(std::size_t offset, int& line, int& column) const {
    line = 0;
    column = 1;
    for (const auto& a : anchors) {
        if (a.offset > offset) break;
        line = a.line;
        column = a.column + static_cast<int>(offset - a.offset);
    }
}

namespace {

// Curly quotes serve both scripts: next to CJK text they are CJK punctuation.
bool quote_in_cjk(U32View before, U32View after) {
    auto quote = [](char32_t c) { return c == U'“' || c == U'”' || c == U'‘' || c == U'’'; };
    if (!before.empty() && quote(before.back()) && before.size() >= 2 &&
        (text::is_cjk_char(before[before.size() - 2]) || text::is_cjk_punct(before[before.size() - 2])))
        return true;
    if (!after.empty() && quote(after.front()) && after.size() >= 2 &&
        (text::is_cjk_char(after[1]) || text::is_cjk_punct(after[1])))
        return true;
    return false;
}

// Whether the text before a line end and the line after it meet with a space.
bool space_at_join(U32View before_text, U32View after_text, bool cjk_paragraph) {
    char32_t before = before_text.back(), after = after_text.front();
    auto letter = [](char32_t c) { return text::is_latin_word_char(c) && !text::is_digit(c); };
    // In CJK running text only two Latin letters meeting at a line end are a word space apart:
    // "10" + "℃", "5" + "G网络", "APP" + "，" run on.
    if (cjk_paragraph) return letter(before) && letter(after);
    if (quote_in_cjk(before_text, after_text)) return false;  // ”APP / APP“
    // A spaced dash: "(Reuters) -" / "Asian shares"
    if (text::is_dash(before) && before_text.size() >= 2 && before_text[before_text.size() - 2] == U' ') return true;
    return needs_space(before, after);
}

}  // namespace

bool needs_space(char32_t before, char32_t after) {
    // CJK text runs on without spaces, also next to Latin words and digits.
    if (text::is_cjk_char(before) || text::is_cjk_char(after) || text::is_cjk_punct(before) || text::is_cjk_punct(after))
        return before == U'”' || before == U'’' ? text::is_latin_word_char(after) : false;
    if (text::is_space(before) || text::is_space(after)) return false;
    if (text::is_opening_punct(before)) return false;  // "(" + "Reporting"
    if (text::is_closing_punct(after)) return false;   // "word" + ","
    return true;  // words, numbers and symbols ("as" + "£1.5 billion") are separated by a space
}

Reflowed reflow(const std::vector<ReflowPiece>& pieces, const Lexicon& lexicon) {
    Reflowed out;
    text::ScriptCounts scripts;
    for (const auto& piece : pieces) {
        text::ScriptCounts n = text::count_scripts(piece.text);
        scripts.cjk += n.cjk;
        scripts.latin += n.latin;
    }
    const bool cjk = scripts.cjk * 4 >= scripts.latin && scripts.cjk > 0;
    for (const auto& piece : pieces) {
        U32View t = piece.text;
        if (t.empty()) continue;
        if (!out.text.empty()) {
            char32_t before = out.text.back(), after = t.front();
            // Undo a line-end hyphen when the word it splits is a word once joined.
            if (before == U'-' && out.text.size() >= 2 && text::is_latin_word_char(out.text[out.text.size() - 2]) &&
                text::is_lower(after)) {
                std::size_t b = out.text.size() - 1;
                while (b > 0 && word_char(out.text[b - 1])) --b;
                std::size_t e = 0;
                while (e < t.size() && word_char(t[e])) ++e;
                U32 head = out.text.substr(b, out.text.size() - 1 - b);
                U32View tail = t.substr(0, e);
                U32 joined = head + U32(tail);
                U32 hyphenated = head + U'-' + U32(tail);
                bool keep = lexicon.contains_hyphenated(hyphenated) || !lexicon.is_word(joined);
                if (!keep) out.text.pop_back();
            } else if (space_at_join(out.text, t, cjk)) {
                out.text.push_back(U' ');
            }
        }
        out.anchors.push_back({out.text.size(), piece.line, piece.column});
        out.text.append(t);
    }
    return out;
}

}  // namespace galley::print_text
