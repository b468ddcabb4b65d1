#include "reader.hpp"

#include <cstring>

#include "../merge.hpp"
#include "../xml_nodes.hpp"
#include "galley/xml_input.hpp"
#include "newsml.hpp"

namespace galley {
namespace {

using namespace xml_nodes;

bool in_nar(const xmlNode* n) {
    return n && n->ns && n->ns->href && std::strcmp(reinterpret_cast<const char*>(n->ns->href), newsml_reader::nar_ns) == 0;
}

void read_any(xmlNode* n, newsml_reader::Context& ctx) {
    std::string_view what = name(n);
    if (what == "newsItem") {
        newsml_reader::read_news_item(n, ctx);
    } else if (what == "packageItem") {
        newsml_reader::read_package(n, ctx);
    } else if (what == "newsMessage") {
        for (xmlNode* set : children(n, "itemSet"))
            for (xmlNode* item : elements(set)) read_any(item, ctx);
    } else {
        ctx.diags.note(where(ctx.path, n), "NewsML-G2 <" + std::string(what) + "> (concept, planning or event item) has no "
                                           "place in the article model: skipped");
    }
}

class NewsmlConverter final : public Converter {
public:
    std::string_view id() const override { return "newsml-g2"; }
    std::string_view description() const override {
        return "IPTC NewsML-G2 2.x: newsItem (text), packageItem (pages), newsMessage; XHTML or NITF bodies";
    }
    int sniff(const InputDocument& input) const override {
        std::string_view root = xml::root_element_name(input.bytes);
        bool g2 = root == "newsItem" || root == "packageItem" || root == "newsMessage" || root == "conceptItem" ||
                  root == "planningItem" || root == "knowledgeItem";
        return g2 && input.bytes.find(newsml_reader::nar_ns) != std::string::npos ? 90 : 0;
    }

    bool read(const InputDocument& input, const ConvertOptions& options, Edition& edition,
              Diagnostics& diags) const override {
        xml::Doc doc = read_input(input.bytes, input.path, diags);
        if (!doc) return false;
        xmlNode* root = xmlDocGetRootElement(doc.get());
        if (!in_nar(root)) {
            diags.error(where(input.path, root), "not a NewsML-G2 document: the root is not in " + std::string(newsml_reader::nar_ns));
            return false;
        }
        Edition in;
        newsml_reader::Context ctx{input.path, diags, in, edition};
        read_any(root, ctx);
        return merge_into(edition, std::move(in), options, input.path, diags);
    }
};

}  // namespace

const Converter& newsml_converter() {
    static const NewsmlConverter converter;
    return converter;
}

}  // namespace galley
