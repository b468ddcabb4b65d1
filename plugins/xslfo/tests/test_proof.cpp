// What a make-up editor and a proof reader expect of the proof's FO, no FOP needed: the front page's nameplate,
// a picture credit kept whole after its caption, the roles and FOP settings a tagged PDF needs, and a warning for
// a picture with too few pixels for the size it is printed at.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "fop_config.hpp"
#include "page_fill.hpp"
#include "galley/xslfo/exporter.hpp"
#include "resolution.hpp"
#include "settings.hpp"
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

// A PNG's first bytes as far as its size: signature, IHDR length and type, width, height.
std::string png_header(unsigned width, unsigned height) {
    std::string b("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    for (unsigned v : {width, height})
        for (int shift = 24; shift >= 0; shift -= 8) b += static_cast<char>((v >> shift) & 0xFF);
    return b + std::string("\x08\x02\0\0\0", 5);
}

double font_size_pt(pugi::xml_node n) { return std::atof(n.attribute("font-size").value()); }

}  // namespace

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

TEST(XslFoProof, PixelSizesFromTheFilesOwnHeaders) {
    using galley::xslfo::pixel_size;
    auto png = pixel_size(png_header(300, 200), "image/png");
    ASSERT_TRUE(png);
    EXPECT_EQ(png->width, 300);
    EXPECT_EQ(png->height, 200);
    auto gif = pixel_size(std::string("GIF89a\x2c\x01\xc8\x00", 10), "image/gif");
    ASSERT_TRUE(gif);
    EXPECT_EQ(gif->width, 300);
    EXPECT_EQ(gif->height, 200);
    // JPEG: SOI, an APP0 segment to skip, then SOF0 with height 200 and width 300.
    std::string jpeg("\xFF\xD8\xFF\xE0\x00\x04\x00\x00\xFF\xC0\x00\x11\x08\x00\xC8\x01\x2C\x03", 18);
    auto jpg = pixel_size(jpeg, "image/jpeg");
    ASSERT_TRUE(jpg);
    EXPECT_EQ(jpg->width, 300);
    EXPECT_EQ(jpg->height, 200);
    EXPECT_FALSE(pixel_size(jpeg.substr(0, 10), "image/jpeg"));
    EXPECT_FALSE(pixel_size("<svg/>", "image/svg+xml"));
}

TEST(XslFoProof, PictureBelowPrintResolutionIsWarnedAbout) {
    // A3, three columns: a column is 83.7 mm, so 300 px print at 91 ppi and 700 px at 212 ppi.
    for (auto [width, warned] : {std::pair{300u, true}, std::pair{700u, false}}) {
        MemoryHost host;
        Edition edition = sample_edition();
        host.resources["images/clinic.png"] = png_header(width, width / 2);
        host.resources["images/chart.png"] = png_header(2000, 1000);
        export_fo(edition, host);
        std::vector<std::string> low;
        for (const auto& r : host.reports)
            if (r.message.find("ppi") != std::string::npos) {
                EXPECT_EQ(r.severity, GALLEY_WARNING);
                EXPECT_EQ(r.article_id, "p1-a1") << r.message;
                low.push_back(r.message);
            }
        ASSERT_EQ(low.size(), warned ? 1u : 0u) << width;
        if (warned) {
            EXPECT_NE(low[0].find("images/clinic.png"), std::string::npos) << low[0];
            EXPECT_NE(low[0].find(" 91 ppi"), std::string::npos) << low[0];
            EXPECT_NE(low[0].find("83.7 mm"), std::string::npos) << low[0];
        }
    }
}

TEST(XslFoProof, PageFillFromTheAreaTree) {
    // Two sheets as FOP's area tree gives them (millipoints): one filled to 98%, one to 56%.
    std::string tree = R"(<?xml version="1.0"?><areaTree><pageSequence><pageViewport nr="1"><page><regionViewport>
      <regionBody bpd="1000000"><mainReference><span bpd="40000"/><span columnCount="3" bpd="940000"/></mainReference>
      </regionBody></regionViewport></page></pageViewport><pageViewport nr="2"><page><regionViewport>
      <regionBody bpd="1000000"><mainReference><span bpd="40000"/><span columnCount="3" bpd="520000"/><span bpd="0"/>
      </mainReference></regionBody></regionViewport></page></pageViewport><pageViewport nr="3"><page><regionViewport>
      <regionBody bpd="1000000"><mainReference><span bpd="40000"/><span columnCount="3" bpd="880000"/></mainReference>
      </regionBody></regionViewport></page></pageViewport></pageSequence></areaTree>)";
    auto fill = galley::xslfo::page_fill(tree);
    ASSERT_EQ(fill.size(), 3u);
    EXPECT_NEAR(fill[0].empty_share(), 0.02, 1e-9);
    EXPECT_NEAR(fill[1].empty_pt, 440, 1e-9);
    EXPECT_FALSE(fill[0].is_short(15.5));
    EXPECT_TRUE(fill[1].is_short(15.5));
    // 8 % short: the leading opens up by 95 % of what the columns lack; 44 % short is too much for that.
    EXPECT_TRUE(fill[2].is_short(15.5));
    EXPECT_NEAR(fill[2].columns_pt, 880, 1e-9);
    EXPECT_NEAR(galley::xslfo::leading_stretch(fill[2]), 1 + 0.95 * 80 / 880, 1e-9);
    EXPECT_EQ(galley::xslfo::leading_stretch(fill[1]), 0);
    EXPECT_EQ(galley::xslfo::short_page_note(fill[1], 15.5, true), "本版短版：下方约空 28 行（版面 44%），待补稿或调整版式");
    EXPECT_NE(galley::xslfo::short_page_note(fill[1], 15.5, false).find("about 28 lines (44% of the page)"), std::string::npos);
    EXPECT_TRUE(galley::xslfo::page_fill("not xml").empty());
}

TEST(XslFoProof, PicturesHeadTheirArticlesColumns) {
    // A picture set where the text reaches it may not fit the rest of a column, which then stops early above it:
    // the proof sets it under the head, before the byline and the text.
    MemoryHost host;
    Edition edition = sample_edition(&host);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(export_fo(edition, host).c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    for (const char* id : {"article-p1-a1", "article-p2-a1"}) {
        pugi::xml_node head = doc.select_node((std::string("//fo:block[@id='") + id + "']").c_str()).node();
        ASSERT_TRUE(head) << id;
        EXPECT_STREQ(head.attribute("span").value(), "all");
        pugi::xml_node next = head.next_sibling("fo:block");
        EXPECT_TRUE(next.select_node(".//fo:external-graphic")) << id << ": the picture comes right under the head";
    }
}
