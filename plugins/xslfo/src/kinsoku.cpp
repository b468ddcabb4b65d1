#include "kinsoku.hpp"

#include "galley/utf8.hpp"

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

std::string join_punctuation(std::string_view text) {
    std::u32string in = utf8::to_u32(text), out;
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
    return utf8::to_utf8(out);
}

}  // namespace galley::xslfo
