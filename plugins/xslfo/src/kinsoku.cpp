#include "kinsoku.hpp"

namespace galley::xslfo {

namespace {
bool space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == U'\u3000' || c == U'\u00A0'; }
}  // namespace

bool is_closing_punctuation(char32_t c) {
    switch (c) {
        case U'，': case U'。': case U'、': case U'；': case U'：': case U'？': case U'！': case U'”': case U'’':
        case U'）': case U'》': case U'」': case U'』': case U'】': case U'〕': case U'〗': case U'〙': case U'〛':
        case U'〉': case U'］': case U'｝': case U'．': case U'％': case U'·': case U'・': case U'ー': case U'々':
        case U'〆': case U'ぁ': case U'ぃ': case U'ぅ': case U'ぇ': case U'ぉ': case U'っ': case U'ゃ': case U'ゅ':
        case U'ょ': case U'ァ': case U'ィ': case U'ゥ': case U'ェ': case U'ォ': case U'ッ': case U'ャ': case U'ュ':
        case U'ョ': case U'‰': case U'℃': case U'｡': case U'､':
        case ',': case '.': case ';': case ':': case '?': case '!': case ')': case ']': case '}': case '%':
            return true;
        default:
            return false;
    }
}

bool is_opening_punctuation(char32_t c) {
    switch (c) {
        case U'“': case U'‘': case U'（': case U'《': case U'「': case U'『': case U'【': case U'〔': case U'〖':
        case U'〘': case U'〚': case U'〈': case U'［': case U'｛': case '(': case '[': case '{':
            return true;
        default:
            return false;
    }
}

bool is_paired_punctuation(char32_t c) { return c == U'—' || c == U'…' || c == U'⸺'; }

std::u32string utf8_to_utf32(std::string_view s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out.push_back(b);
            ++i;
            continue;
        }
        std::size_t n = 0;
        char32_t c = 0;
        if ((b >> 5) == 6) n = 1, c = b & 0x1F;
        else if ((b >> 4) == 14) n = 2, c = b & 0x0F;
        else if ((b >> 3) == 30) n = 3, c = b & 0x07;
        bool ok = n > 0 && i + n < s.size();
        for (std::size_t k = 1; ok && k <= n; ++k) {
            auto t = static_cast<unsigned char>(s[i + k]);
            ok = (t & 0xC0) == 0x80;
            c = (c << 6) | (t & 0x3F);
        }
        if (!ok) {
            out.push_back(U'\uFFFD');
            ++i;
            continue;
        }
        out.push_back(c);
        i += n + 1;
    }
    return out;
}

std::string utf32_to_utf8(std::u32string_view s) {
    std::string out;
    out.reserve(s.size() * 3);
    for (char32_t c : s) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::string join_punctuation(std::string_view text) {
    std::u32string in = utf8_to_utf32(text), out;
    out.reserve(in.size() + in.size() / 4);
    for (std::size_t i = 0; i < in.size(); ++i) {
        char32_t c = in[i];
        if (i > 0 && !out.empty() && out.back() != word_joiner) {
            char32_t prev = in[i - 1];
            bool glue = (is_closing_punctuation(c) && !space(prev) && prev != word_joiner) ||
                        (is_paired_punctuation(c) && prev == c) ||
                        (is_opening_punctuation(prev) && !space(c) && c != word_joiner);
            if (glue) out.push_back(word_joiner);
        }
        out.push_back(c);
    }
    return utf32_to_utf8(out);
}

}  // namespace galley::xslfo
