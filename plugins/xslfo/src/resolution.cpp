#include "resolution.hpp"

#include <cmath>
#include <cstdio>

namespace galley::xslfo {
namespace {

unsigned byte(std::string_view b, std::size_t at) { return static_cast<unsigned char>(b[at]); }
int be16(std::string_view b, std::size_t at) { return static_cast<int>(byte(b, at) << 8 | byte(b, at + 1)); }

std::optional<PixelSize> jpeg_size(std::string_view b) {
    for (std::size_t at = 2; at + 9 < b.size();) {
        if (byte(b, at) != 0xFF) return std::nullopt;
        unsigned marker = byte(b, at + 1);
        if (marker == 0xFF) {  // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD9)) {  // no length follows
            at += 2;
            continue;
        }
        // SOF0…SOF15 carry the frame's size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
            return PixelSize{be16(b, at + 7), be16(b, at + 5)};
        at += 2 + static_cast<std::size_t>(be16(b, at + 2));
    }
    return std::nullopt;
}

}  // namespace

std::optional<PixelSize> pixel_size(std::string_view b, std::string_view media_type) {
    if (media_type == "image/png" && b.size() >= 24)  // signature, IHDR length and type, then width and height
        return PixelSize{static_cast<int>(byte(b, 16) << 24 | byte(b, 17) << 16 | byte(b, 18) << 8 | byte(b, 19)),
                         static_cast<int>(byte(b, 20) << 24 | byte(b, 21) << 16 | byte(b, 22) << 8 | byte(b, 23))};
    if (media_type == "image/gif" && b.size() >= 10)  // little-endian logical screen size
        return PixelSize{static_cast<int>(byte(b, 6) | byte(b, 7) << 8), static_cast<int>(byte(b, 8) | byte(b, 9) << 8)};
    if (media_type == "image/jpeg") return jpeg_size(b);
    return std::nullopt;
}

void warn_low_resolution(const Pictures& pictures, double placed_mm, plugin::Output& out) {
    if (placed_mm <= 0) return;
    for (const auto& [key, picture] : pictures) {
        auto size = pixel_size(picture.bytes, picture.media_type);
        if (!size || size->width <= 0) continue;
        double ppi = size->width / (placed_mm / 25.4);
        if (ppi >= print_ppi) continue;
        char buf[256];
        std::snprintf(buf, sizeof buf,
                      "%d × %d px placed %.1f mm wide is %.0f ppi, under the %.0f ppi print needs (%d px or wider)",
                      size->width, size->height, placed_mm, std::floor(ppi), print_ppi,
                      static_cast<int>(std::ceil(print_ppi * placed_mm / 25.4)));
        out.warning(key.first->id, "the picture " + key.first->body[key.second].image.href + ": " + buf);
    }
}

}  // namespace galley::xslfo
