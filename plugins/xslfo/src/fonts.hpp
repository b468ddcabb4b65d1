// The CJK fonts FOP embeds: Noto Serif/Sans CJK SC (Debian's fonts-noto-cjk), whose faces galley takes out of
// the .ttc collections into a cache because FOP cannot read those collections; or WenQuanYi Zen Hei
// (fonts-wqy-zenhei), a TrueType collection FOP reads as it is, sans only.
#pragma once

#include <string>
#include <vector>

namespace galley::xslfo {

inline constexpr const char* fonts_install_hint = "apt-get install --no-install-recommends fonts-noto-cjk";

struct FontFace {
    std::string path;      // the font file FOP embeds
    std::string sub_font;  // the face's name in a collection, "" for a single-face file
    std::string family;    // the FO family it serves: "Noto Serif CJK SC", "Noto Sans CJK SC"
    bool bold = false;
};

struct FontRequest {
    std::string choice = "auto";  // noto | wqy | auto
    std::string cache_dir;        // "" → default_font_cache()
    std::string noto_dir = "/usr/share/fonts/opentype/noto";
    std::string wqy_file = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
};

struct FontSet {
    std::string kind;  // noto | wqy
    std::vector<FontFace> faces;
};

// $XDG_CACHE_HOME/galley/fonts, else $HOME/.cache/galley/fonts, else /tmp/galley-fonts-<uid>.
std::string default_font_cache();

// Finds (and for Noto, extracts once into the cache) the four faces. `notes` say what was done (extracted,
// reused, fell back to WenQuanYi).
bool prepare_fonts(const FontRequest& request, FontSet& fonts, std::string& error, std::vector<std::string>& notes);

}  // namespace galley::xslfo
