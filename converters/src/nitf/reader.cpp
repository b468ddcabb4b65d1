#include "reader.hpp"

#include "../item_ids.hpp"
#include "../merge.hpp"
#include "../xml_nodes.hpp"
#include "galley/language.hpp"
#include "galley/presentation.hpp"
#include "galley/xml_input.hpp"
#include "nitf.hpp"

namespace galley {
namespace {

using namespace xml_nodes;

// With no hl1, head/title is the headline, unless it is only the lead's opening words, which galley's NITF
// puts there for an article that printed none (present::label).
void headline_from_title(Article& a, const std::string& title) {
    if (!a.headline.empty() || title.empty()) return;
    for (const Block& b : a.body)
        if (b.type == BlockType::paragraph) {
            if (present::label(a, 40) == title || b.text == title) return;
            break;
        }
    a.headline = title;
}

class NitfConverter final : public Converter {
public:
    std::string_view id() const override { return "nitf"; }
    std::string_view description() const override {
        return "IPTC NITF 3.x, one article per document, with or without the NITF namespace";
    }
    int sniff(const InputDocument& input) const override { return xml::root_element_name(input.bytes) == "nitf" ? 90 : 0; }

    bool read(const InputDocument& input, const ConvertOptions& options, Edition& edition,
              Diagnostics& diags) const override {
        xml::Doc doc = read_input(input.bytes, input.path, diags);
        if (!doc) return false;
        xmlNode* root = xmlDocGetRootElement(doc.get());
        if (!is(root, "nitf")) {
            diags.error(where(input.path, root), "not a NITF document: the root element is <" + std::string(name(root)) + ">");
            return false;
        }
        nitf_reader::Context ctx{input.path, diags, {}, {}, {}, false};
        Edition in;
        Article a;
        a.origin = where(input.path, root);
        a.language = attr(root, "baselang");
        if (!lang::is_language_tag(a.language)) a.language.clear();
        for (xmlNode* part : elements(root)) {
            if (name(part) == "head") nitf_reader::read_head(part, a, in, ctx);
            else if (name(part) == "body") nitf_reader::read_body(part, a, ctx);
            else ctx.unheld.insert(std::string(name(part)));
        }
        headline_from_title(a, ctx.title);
        // galley's doc-id ends in its article id; another's becomes a stable id of its own.
        if (a.id.empty()) {  // no doc-id: the file's name, without folder and extension
            std::string_view stem = input.path;
            stem = stem.substr(stem.find_last_of('/') + 1);
            a.id = std::string(stem.substr(0, stem.rfind('.')));
        }
        a.id = article_id_from_guid(a.id, "nitf");
        in.language = a.language;
        if (a.page > 0) in.pages.push_back({a.page, "", a.section, {input.path}, {}});
        if (!ctx.unheld.empty()) {
            std::string list;
            for (const std::string& u : ctx.unheld) list += (list.empty() ? "" : ", ") + u;
            diags.note(a.origin, "article " + a.id + ": the model has no place for " + list + "; not read");
        }
        in.articles.push_back(std::move(a));
        return merge_into(edition, std::move(in), options, input.path, diags);
    }
};

}  // namespace

const Converter& nitf_converter() {
    static const NitfConverter converter;
    return converter;
}

}  // namespace galley
