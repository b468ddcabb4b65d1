// Well-formed UTF-8 (Unicode table 3-7): what nlohmann::json's parser accepts inside strings, and what its
// serializer copies through unchanged. Shared by the canonical JSON reader and writer so that they agree.
#pragma once

#include <cstddef>

namespace galley::detail {

struct Utf8Sequence {
    std::size_t length = 1;  // bytes of the character; for a bad sequence, the bytes one U+FFFD stands for
    bool valid = false;
};

// The sequence that starts at p[0], a byte of 0x80 or more; `available` (at least 1) bytes can be read.
// A bad sequence is its longest start that could still have become a character (at least its first byte),
// which is exactly what nlohmann's serializer replaces by one U+FFFD before it looks at the next byte.
inline Utf8Sequence utf8_sequence(const unsigned char* p, std::size_t available) {
    const unsigned char lead = p[0];
    // The common case first (most CJK text): three bytes, a lead that puts no limit on the second.
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && available >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        return {3, true};
    std::size_t length = 0;
    unsigned char second_min = 0x80, second_max = 0xBF;  // overlong forms and surrogates are barred here
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead == 0xE0) {
        length = 3;
        second_min = 0xA0;
    } else if (lead == 0xED) {
        length = 3;
        second_max = 0x9F;
    } else if (lead >= 0xE1 && lead <= 0xEF) {
        length = 3;
    } else if (lead == 0xF0) {
        length = 4;
        second_min = 0x90;
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        length = 4;
    } else if (lead == 0xF4) {
        length = 4;
        second_max = 0x8F;
    } else {
        return {1, false};  // 0x80–0xC1 and 0xF5–0xFF never start a character
    }
    for (std::size_t k = 1; k < length; ++k) {
        if (k >= available) return {k, false};
        const unsigned char b = p[k];
        const bool fits = k == 1 ? (b >= second_min && b <= second_max) : (b >= 0x80 && b <= 0xBF);
        if (!fits) return {k, false};
    }
    return {length, true};
}

}  // namespace galley::detail
