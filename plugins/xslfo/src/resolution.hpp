// Whether a picture has the pixels print needs at the size the page places it: its pixel width (from the file's
// own header) over its placed width, in pixels per inch. Print wants about 300 ppi; under 200 a proof reader
// should hear of it before the plate is made, not after.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "galley/plugin.hpp"
#include "pictures.hpp"
#include "settings.hpp"

namespace galley::xslfo {

inline constexpr double print_ppi = 200;

struct PixelSize {
    int width = 0, height = 0;
};

// From a PNG's IHDR, a GIF's screen descriptor or a JPEG's SOF segment; nothing for SVG (it has no pixels) or a
// header that is cut short.
std::optional<PixelSize> pixel_size(std::string_view bytes, std::string_view media_type);

// Warns, naming the article and the picture, for each raster picture placed below print_ppi at `placed_mm`.
void warn_low_resolution(const Pictures& pictures, double placed_mm, plugin::Output& out);

}  // namespace galley::xslfo
