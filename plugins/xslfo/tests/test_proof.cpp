// What a make-up editor and a proof reader expect of the proof's FO, no FOP needed: the roles and FOP settings
// a tagged PDF needs, a picture credit kept whole after its caption, and the front page's nameplate.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "fop_config.hpp"
#include "galley/xslfo/exporter.hpp"
#include "support.hpp"

using namespace galley;
using namespace xslfo_test;
using galley::plugin::testing::MemoryHost;

namespace {

std::string text_of(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling())
        out += n.type() == pugi::node_pcdata ? std::string(n.value()) : text_of(n);
    std::string wj = "\u2060";
    for (std::size_t at; (at = out.find(wj)) != std::string::npos;) out.erase(at, wj.size());
    return out;
}

std::string export_fo(const Edition& edition, MemoryHost& host) {
    EXPECT_EQ(galley::plugin::testing::run<galley::xslfo::FoExporter>(host, edition), GALLEY_OK);
    const std::string* fo = host.entry("");
    return fo ? *fo : std::string();
}

double font_size_pt(pugi::xml_node n) { return std::atof(n.attribute("font-size").value()); }

}  // namespace

TEST(XslFoProof, HeadingsHaveRolesAndFopWritesATaggedPdf) {
    MemoryHost host;
    Edition edition = sample_edition(&host);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(export_fo(edition, host).c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    std::size_t headlines = 0;
    for (const auto& a : edition.articles) headlines += a.headline.empty() ? 0 : 1;
    EXPECT_EQ(doc.select_nodes("//fo:block[@role='H1']").size(), headlines);
    EXPECT_GT(doc.select_nodes("//fo:block[@role='H2']").size(), 0u);  // 小食堂解决大难题 …
    for (auto g : doc.select_nodes("//fo:external-graphic"))
        EXPECT_FALSE(std::string(g.node().attribute("fox:alt-text").value()).empty());

    galley::xslfo::FontSet fonts;
    fonts.faces.push_back({"/f/NotoSerifCJKsc-Regular.otf", "", "Noto Serif CJK SC", false});
    pugi::xml_document tagged, plain;
    ASSERT_TRUE(tagged.load_string(galley::xslfo::fop_configuration(fonts).c_str()));
    EXPECT_STREQ(tagged.select_node("/fop/accessibility").node().text().get(), "true");
    EXPECT_STREQ(tagged.select_node("/fop/renderers/renderer/pdf-ua-mode").node().text().get(), "PDF/UA-1");
    ASSERT_TRUE(plain.load_string(galley::xslfo::fop_configuration(fonts, false).c_str()));
    EXPECT_FALSE(plain.select_node("/fop/accessibility").node());
    EXPECT_FALSE(plain.select_node("//pdf-ua-mode").node());
}

TEST(XslFoProof, CreditStaysWholeAfterItsCaption) {
    MemoryHost host;
    Edition edition = sample_edition(&host);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(export_fo(edition, host).c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    auto credits = doc.select_nodes("//fo:inline[contains(., 'galley')]");
    ASSERT_EQ(credits.size(), 2u);
    for (auto& c : credits) {
        pugi::xml_node credit = c.node(), caption = credit.parent();
        // The credit is the name alone, never broken, at the end of the caption: a leader pushes it to the right.
        EXPECT_EQ(text_of(credit), "galley 示例 绘");
        EXPECT_STREQ(credit.attribute("keep-together.within-line").value(), "always");
        EXPECT_STREQ(caption.attribute("text-indent").value(), "0");
        EXPECT_STREQ(caption.attribute("text-align-last").value(), "justify");
        pugi::xml_node leader = credit.previous_sibling();
        EXPECT_STREQ(leader.name(), "fo:leader");
        EXPECT_EQ(text_of(caption).find("示意图："), 0u) << "the caption's text comes first";
    }
}

TEST(XslFoProof, FrontPageCarriesTheNameplateWithDateIssueAndIssn) {
    MemoryHost host;
    Edition edition = sample_edition(&host);
    edition.issn = "issn 03178471";
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(export_fo(edition, host).c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    auto sequences = doc.select_nodes("/fo:root/fo:page-sequence");
    ASSERT_EQ(sequences.size(), 2u);
    pugi::xml_node plate = sequences[0].node().child("fo:flow").child("fo:block");
    ASSERT_STREQ(plate.attribute("id").value(), "nameplate");
    EXPECT_STREQ(plate.attribute("span").value(), "all");
    // The paper's name, larger than any headline on the page.
    pugi::xml_node name = plate.child("fo:block");
    EXPECT_EQ(text_of(name), "永康日报");
    double largest_headline = 0;
    for (auto h : doc.select_nodes("//fo:block[@role='H1']"))
        largest_headline = std::max(largest_headline, font_size_pt(h.node()));
    EXPECT_GT(largest_headline, 0);
    EXPECT_GT(font_size_pt(name), largest_headline);
    std::string words = text_of(plate);
    for (const char* want : {"2023年1月4日\u3000星期三", "第8765期", "ISSN 0317-8471", "永康日报社出版", "第1版\u3000要闻"})
        EXPECT_NE(words.find(want), std::string::npos) << want << " in " << words;
    // Only on the front page.
    EXPECT_EQ(doc.select_nodes("//fo:block[@id='nameplate']").size(), 1u);
    EXPECT_TRUE(sequences[1].node().find_child_by_attribute("fo:static-content", "flow-name", "xsl-region-before"));
}

TEST(XslFoProof, EnglishNameplateSpeaksEnglish) {
    Edition edition;
    edition.title = "The Riverside Times";
    edition.date = "2023-01-04";
    edition.issue = "8765";
    edition.issn = "0317-8471";
    edition.publisher = "Riverside Press";
    edition.language = "en";
    edition.pages.push_back({1, "A1", "News", {}, {}});
    MemoryHost host;
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(export_fo(edition, host).c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    std::string words = text_of(doc.select_node("//fo:block[@id='nameplate']").node());
    for (const char* want : {"The Riverside Times", "Wednesday, 2023-01-04", "No. 8765", "ISSN 0317-8471", "Published by Riverside Press", "A1"})
        EXPECT_NE(words.find(want), std::string::npos) << want << " in " << words;
    for (const char* zh : {"第", "期", "星期", "出版"}) EXPECT_EQ(words.find(zh), std::string::npos) << zh << " in " << words;
}
