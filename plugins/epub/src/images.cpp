#include "images.hpp"

#include "galley/picture_type.hpp"
#include "galley/svg_check.hpp"

namespace galley::epub {

bool load_assets(Book& book, plugin::Output& out) {
    bool ok = true;
    for (Asset& a : book.assets) {
        if (a.href.empty()) continue;  // galley's own drawing
        // Messages name the article through its id (galley prints its source line); the cover has none.
        std::string what = a.cover ? "the cover picture " + a.href : "the picture " + a.href;
        auto bytes = out.resource(a.href);
        if (!bytes) {
            out.error(a.article_id, "cannot read " + what + " (not found next to the edition, or unreadable)");
            ok = false;
            continue;
        }
        a.media_type = sniff_picture(*bytes);
        if (a.media_type.empty()) {
            out.error(a.article_id, what + " is no PNG, JPEG, GIF or SVG file, the picture types every EPUB reader shows");
            ok = false;
            continue;
        }
        // The bytes decide: a reader trusts the manifest's media type, and a wrong one hides the picture.
        const std::string& declared = a.declared_type;
        if (!declared.empty() && declared != a.media_type && !(declared == "image/jpg" && a.media_type == "image/jpeg"))
            out.warning(a.article_id, "the picture " + a.href + " is " + a.media_type + ", not " + declared +
                                          " as the edition says; the book says " + a.media_type);
        // A reading system would fetch what an SVG refers to (and run its scripts): the book holds
        // self-contained pictures only.
        if (a.media_type == "image/svg+xml")
            if (std::string why = svg::check(*bytes); !why.empty()) {
                out.error(a.article_id, what + " " + why + "; galley passes on self-contained pictures only");
                ok = false;
                continue;
            }
        a.bytes = std::string(*bytes);
        a.file = "images/" + a.stem + "." + picture_extension(a.media_type);
    }
    return ok;
}

}  // namespace galley::epub
