#include "text_forms.hpp"

#include <utf8proc.h>

#include <algorithm>

namespace galley::scoring {
namespace {

bool white(utf8proc_int32_t c) {
    if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return true;
    auto cat = utf8proc_category(c);
    return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

// Calls f(codepoint, bytes) for each character; malformed bytes pass through one at a time as U+FFFD.
template <class F>
void each(std::string_view s, F f) {
    std::size_t i = 0;
    while (i < s.size()) {
        utf8proc_int32_t c = 0;
        auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                  static_cast<utf8proc_ssize_t>(s.size() - i), &c);
        if (n <= 0) {
            f(0xFFFD, s.substr(i, 1));
            ++i;
            continue;
        }
        f(c, s.substr(i, static_cast<std::size_t>(n)));
        i += static_cast<std::size_t>(n);
    }
}

}  // namespace

std::string squeeze(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    each(s, [&](utf8proc_int32_t c, std::string_view bytes) {
        if (!white(c)) out.append(bytes);
    });
    return out;
}

std::string spaced(std::string_view s) {
    std::string out;
    bool gap = false;
    each(s, [&](utf8proc_int32_t c, std::string_view bytes) {
        if (white(c)) {
            gap = !out.empty();
            return;
        }
        if (gap) out.push_back(' ');
        gap = false;
        out.append(bytes);
    });
    return out;
}

std::string folded(std::string_view s) {
    std::string out = squeeze(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string first_characters(std::string_view s, std::size_t n) {
    std::string out;
    std::size_t count = 0;
    each(s, [&](utf8proc_int32_t, std::string_view bytes) {
        if (count++ < n) out.append(bytes);
    });
    return out;
}

Shingles shingles(std::string_view squeezed) {
    std::u32string t;
    each(squeezed, [&](utf8proc_int32_t c, std::string_view) { t.push_back(static_cast<char32_t>(c)); });
    Shingles out;
    constexpr std::size_t n = 4;
    if (t.size() < n) {
        if (!t.empty()) ++out[t];
        return out;
    }
    for (std::size_t i = 0; i + n <= t.size(); ++i) ++out[t.substr(i, n)];
    return out;
}

int shared(const Shingles& a, const Shingles& b) {
    const Shingles& small = a.size() <= b.size() ? a : b;
    const Shingles& large = a.size() <= b.size() ? b : a;
    int n = 0;
    for (const auto& [k, v] : small)
        if (auto it = large.find(k); it != large.end()) n += std::min(v, it->second);
    return n;
}

int total(const Shingles& a) {
    int n = 0;
    for (const auto& [k, v] : a) n += v;
    return n;
}

}  // namespace galley::scoring
