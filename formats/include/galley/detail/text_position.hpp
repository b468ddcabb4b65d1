// Line and column of byte offsets in a text, for messages: 1-based, the column counted in code points (so
// that an editor's cursor lands on the spot in CJK text), a line ending at each '\n'.
#pragma once

#include <cstddef>
#include <string_view>

namespace galley::detail {

struct TextPosition {
    int line = 1;
    int column = 1;
};

// Counts forward from where it was last asked, so that many offsets asked in increasing order cost one pass
// over the text, not one each.
class TextPositionCounter {
public:
    explicit TextPositionCounter(std::string_view text) : text_(text) {}

    // `offset` must not be less than the last one asked (offsets past the end count as the end).
    TextPosition at(std::size_t offset) {
        for (; next_ < offset && next_ < text_.size(); ++next_) {
            const auto c = static_cast<unsigned char>(text_[next_]);
            if (c == '\n') {
                ++position_.line;
                position_.column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++position_.column;  // a byte that starts a character, not one that continues it
            }
        }
        return position_;
    }

private:
    std::string_view text_;
    std::size_t next_ = 0;  // text_[0, next_) has been counted into position_
    TextPosition position_;
};

inline TextPosition text_position(std::string_view text, std::size_t offset) {
    return TextPositionCounter(text).at(offset);
}

}  // namespace galley::detail
