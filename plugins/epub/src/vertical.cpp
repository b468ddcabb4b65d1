#include "vertical.hpp"

namespace galley::epub {
namespace {

bool latin_letter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string vertical_quotes(std::string_view text) {
    // U+2018…U+201D are E2 80 98…9D in UTF-8; the corner brackets U+300C…U+300F are E3 80 8C…8F.
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool quote = i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
                     static_cast<unsigned char>(text[i + 1]) == 0x80;
        unsigned char last = quote ? static_cast<unsigned char>(text[i + 2]) : 0;
        const char* bracket = nullptr;
        if (last == 0x9C) bracket = "\u300C";
        if (last == 0x9D) bracket = "\u300D";
        if (last == 0x98) bracket = "\u300E";
        if (last == 0x99) {
            bool apostrophe = i > 0 && latin_letter(static_cast<unsigned char>(text[i - 1])) && i + 3 < text.size() &&
                              latin_letter(static_cast<unsigned char>(text[i + 3]));
            if (!apostrophe) bracket = "\u300F";
        }
        if (bracket) {
            out += bracket;
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace galley::epub
