// The built-in converters and how an input picks one.
#include <string_view>

#include "galley/converter.hpp"
#include "galley/model_json.hpp"
#include "galley/quote.hpp"
#include "merge.hpp"
#include "ninjs/reader.hpp"
#include "newsml/reader.hpp"
#include "nitf/reader.hpp"
#include "print_text/reader.hpp"

namespace galley {
namespace {

class PrintTextConverter final : public Converter {
public:
    std::string_view id() const override { return "print-text"; }
    std::string_view description() const override {
        return "UTF-8 text extracted from a printed newspaper page (articles, bylines, datelines, paragraphs)";
    }
    int sniff(const InputDocument& input) const override {
        return looks_like_canonical_json(input.bytes) ? 10 : 50;  // the fallback for any text
    }
    bool read(const InputDocument& input, const ConvertOptions& options, Edition& edition,
              Diagnostics& diags) const override {
        // The edition is left as it was on failure. It is read into in place and what the page added is taken
        // back, not copied first: an edition of a thousand pages would be copied a thousand times.
        const std::size_t articles = edition.articles.size(), pages = edition.pages.size(), dropped = edition.dropped.size();
        const std::string title = edition.title, date = edition.date, language = edition.language;
        if (print_text::read_page(input, options, edition, diags)) return true;
        edition.articles.erase(edition.articles.begin() + static_cast<std::ptrdiff_t>(articles), edition.articles.end());
        edition.pages.erase(edition.pages.begin() + static_cast<std::ptrdiff_t>(pages), edition.pages.end());
        edition.dropped.erase(edition.dropped.begin() + static_cast<std::ptrdiff_t>(dropped), edition.dropped.end());
        edition.title = title;
        edition.date = date;
        edition.language = language;
        return false;
    }
};

class CanonicalJsonConverter final : public Converter {
public:
    std::string_view id() const override { return "json"; }
    std::string_view description() const override {
        return "galley's canonical JSON (what `galley normalize` writes; see formats/README.md)";
    }
    int sniff(const InputDocument& input) const override {
        if (looks_like_canonical_json(input.bytes) && input.bytes.find("\"galley-edition\"") != std::string::npos)
            return 100;
        // Any other JSON document is claimed too, so that it is refused as "not a galley edition" rather than
        // read as the text of a page.
        return is_json_container(input.bytes) ? 60 : 0;
    }
    bool read(const InputDocument& input, const ConvertOptions& options, Edition& edition,
              Diagnostics& diags) const override {
        Edition in;
        std::string_view bytes = input.bytes;
        if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
        if (!from_canonical_json(bytes, input.path, in, diags)) return false;
        return merge_into(edition, std::move(in), options, input.path, diags);
    }
};

}  // namespace

const std::vector<const Converter*>& converters() {
    static const PrintTextConverter print_text;
    static const CanonicalJsonConverter json;
    static const std::vector<const Converter*> all{&print_text, &json, &nitf_converter(), &newsml_converter(),
                                                   &ninjs_converter()};
    return all;
}

const Converter* find_converter(std::string_view id) {
    for (const Converter* c : converters())
        if (c->id() == id) return c;
    return nullptr;
}

const Converter* pick_converter(const InputDocument& input) {
    const Converter* best = nullptr;
    int best_score = 0;
    for (const Converter* c : converters()) {
        int s = c->sniff(input);
        if (s > best_score) {
            best = c;
            best_score = s;
        }
    }
    return best;
}

}  // namespace galley
