#include "headings.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "dates.hpp"

namespace galley::print_text {
namespace {

// Character pairs of CJK text and lower-cased words of Latin text: the units headline and story share.
std::unordered_set<std::u32string> units(U32View s) {
    std::unordered_set<std::u32string> out;
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (text::is_cjk_char(s[i]) && text::is_cjk_char(s[i + 1])) out.insert(U32(s.substr(i, 2)));
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !text::is_latin_word_char(s[i])) ++i;
        std::size_t b = i;
        while (i < s.size() && text::is_latin_word_char(s[i])) ++i;
        if (i - b >= 3) {  // skip short function words
            U32 w(s.substr(b, i - b));
            for (auto& c : w)
                if (c < 0x80) c = static_cast<char32_t>(std::tolower(static_cast<int>(c)));
            out.insert(U"w:" + w);
        }
    }
    return out;
}

}  // namespace

double heading_affinity(U32View heading, U32View story) {
    auto h = units(heading);
    if (h.empty()) return 0;
    auto s = units(story);
    std::size_t shared = 0;
    for (const auto& u : h) shared += s.count(u);
    return static_cast<double>(shared) / static_cast<double>(h.size());
}

U32 derive_headline(U32View lead, bool cjk) {
    U32View s = text::trim(lead);
    // The first sentence.
    std::size_t end = s.size();
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool stop = cjk ? (s[i] == U'。' || s[i] == U'！' || s[i] == U'？')
                        : ((s[i] == U'.' || s[i] == U'!' || s[i] == U'?') &&
                           (i + 1 == s.size() || text::is_space(s[i + 1])) && i > 3 &&
                           !(text::is_upper(s[i - 1]) && (i < 2 || !text::is_letter_or_digit(s[i - 2]))));
        if (stop) {
            end = i;
            break;
        }
    }
    s = s.substr(0, end);
    if (cjk) {
        // Without the opening date phrase ("1月3日下午，").
        if (auto d = match_cjk_date(s)) {
            std::size_t k = d->length + d->time_length;
            if (k < s.size() && (s[k] == U'，' || s[k] == U',')) s = s.substr(k + 1);
        }
        const std::size_t limit = 48;
        if (s.size() <= limit) return U32(s);
        std::size_t cut = s.find_last_of(U"，、；", limit);
        if (cut != U32View::npos && cut >= limit * 6 / 10) return U32(s.substr(0, cut));
        return U32(s.substr(0, limit - 1)) + U'…';
    }
    // Latin: up to 16 words.
    std::size_t words = 0, i = 0, last_cut = 0;
    while (i < s.size()) {
        while (i < s.size() && text::is_space(s[i])) ++i;
        while (i < s.size() && !text::is_space(s[i])) ++i;
        if (++words == 16) {
            last_cut = i;
            break;
        }
    }
    if (last_cut == 0 || last_cut >= s.size()) return U32(s);
    U32 out(s.substr(0, last_cut));
    while (!out.empty() && (out.back() == U',' || out.back() == U';' || out.back() == U':')) out.pop_back();
    return out + U'…';
}

}  // namespace galley::print_text
