#include "page_fill.hpp"

#include <pugixml.hpp>
#include <cmath>
#include <cstdlib>

namespace galley::xslfo {
namespace {

double attr_pt(pugi::xml_node n, const char* name) { return std::atof(n.attribute(name).value()) / 1000.0; }  // mpt

}  // namespace

std::vector<PageFill> page_fill(const std::string& area_tree) {
    std::vector<PageFill> pages;
    pugi::xml_document doc;
    if (!doc.load_string(area_tree.c_str())) return pages;
    for (auto viewport : doc.select_nodes("//*[local-name()='pageViewport']")) {
        PageFill fill;
        pugi::xpath_node body = viewport.node().select_node(".//*[local-name()='regionBody']");
        if (!body) continue;
        fill.body_pt = attr_pt(body.node(), "bpd");
        double used = 0;
        for (auto span : body.node().select_nodes("./*[local-name()='mainReference']/*[local-name()='span']")) {
            used += attr_pt(span.node(), "bpd");
            if (span.node().attribute("columnCount")) fill.columns_pt += attr_pt(span.node(), "bpd");
        }
        fill.empty_pt = std::max(0.0, fill.body_pt - used);
        pages.push_back(fill);
    }
    return pages;
}

double leading_stretch(const PageFill& fill) {
    if (fill.columns_pt <= 0) return 0;
    // Pictures and spaces in the columns do not grow with the leading: aim at 95 % of the hole.
    double stretch = 1 + 0.95 * fill.empty_pt / fill.columns_pt;
    return stretch <= max_leading_stretch ? stretch : 0;
}

std::string short_page_note(const PageFill& fill, double line_pt, bool chinese) {
    int lines = line_pt > 0 ? static_cast<int>(std::floor(fill.empty_pt / line_pt)) : 0;
    int percent = static_cast<int>(std::lround(fill.empty_share() * 100));
    if (chinese)
        return "本版短版：下方约空 " + std::to_string(lines) + " 行（版面 " + std::to_string(percent) + "%），待补稿或调整版式";
    return "Short page: about " + std::to_string(lines) + " lines (" + std::to_string(percent) +
           "% of the page) left empty, to be filled";
}

}  // namespace galley::xslfo
