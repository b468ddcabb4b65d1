// The XSL-FO document and the pieces around FOP that need no Java: structure (pugixml), well-formedness
// (xmllint), the text it carries, kinsoku joiners, options, determinism, pictures, and how the pdf exporter
// treats a missing, failing or complaining fop.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <pugixml.hpp>

#include "fop_config.hpp"
#include "fop_run.hpp"
#include "galley/xslfo/exporter.hpp"
#include "kinsoku.hpp"
#include "pictures.hpp"
#include "support.hpp"

using namespace galley;
using namespace xslfo_test;
using galley::plugin::testing::MemoryHost;
using galley::xslfo::FoExporter;
using galley::xslfo::PdfExporter;
using Options = std::vector<std::pair<std::string, std::string>>;

namespace {

const std::string wj = "\u2060";

std::string export_fo(const Edition& edition, MemoryHost& host, const Options& options = {}) {
    EXPECT_EQ(galley::plugin::testing::run<FoExporter>(host, edition, options), GALLEY_OK);
    for (const auto& r : host.reports) EXPECT_NE(r.severity, GALLEY_ERROR) << r.message;
    const std::string* fo = host.entry("");
    return fo ? *fo : std::string();
}

std::string without_joiners(std::string s) {
    for (std::size_t at = s.find(wj); at != std::string::npos; at = s.find(wj, at)) s.erase(at, wj.size());
    return s;
}

// All text under a node, in document order.
std::string all_text(pugi::xml_node node) {
    std::string out;
    for (pugi::xml_node n = node.first_child(); n; n = n.next_sibling())
        out += n.type() == pugi::node_pcdata ? std::string(n.value()) : all_text(n);
    return out;
}

void expect_well_formed(const std::string& fo) {
    std::string dir = temp_dir(), path = dir + "/page.fo";
    ASSERT_TRUE(write_file(path, fo));
    int status = -1;
    std::string output = tool({"xmllint", "--noout", path}, &status);
    EXPECT_EQ(status, 0) << output;
    std::remove(path.c_str());
    rmdir(dir.c_str());
}

// The paragraphs appear in the flows' text in order (white space and joiners ignored).
void expect_paragraphs_in_order(const std::string& text, const Edition& edition) {
    std::string flat = squeeze(without_joiners(text));
    std::size_t from = 0;
    for (const std::string& p : paragraphs(edition)) {
        std::size_t at = flat.find(squeeze(p), from);
        ASSERT_NE(at, std::string::npos) << "missing or out of order: " << p;
        from = at + squeeze(p).size();
    }
}

// An English edition of 2023-01-04: page A1 with article a1 on it, a headline and one paragraph.
Edition latin_edition(const std::string& headline, const std::string& paragraph) {
    Edition edition;
    edition.date = "2023-01-04";
    edition.language = "en";
    edition.pages.push_back({1, "A1", "News", {}, {}});
    Article a;
    a.id = "a1";
    a.language = "en";
    a.headline = headline;
    a.page = 1;
    Block p;
    p.text = paragraph;
    a.body.push_back(p);
    edition.articles.push_back(a);
    return edition;
}

}  // namespace

TEST(XslFoKinsoku, JoinsClosingPunctuationToWhatComesBefore) {
    using galley::xslfo::join_punctuation;
    EXPECT_EQ(join_punctuation("工作，看望"), "工作" + wj + "，看望");
    EXPECT_EQ(join_punctuation("人员。"), "人员" + wj + "。");
    EXPECT_EQ(join_punctuation("“保健康、防重症”，确保"),
              "“" + wj + "保健康" + wj + "、防重症" + wj + "”" + wj + "，确保");
    EXPECT_EQ(join_punctuation("（扩大）会议"), "（" + wj + "扩大" + wj + "）会议");
    EXPECT_EQ(join_punctuation("纸寿千年——古籍"), "纸寿千年—" + wj + "—古籍");
    EXPECT_EQ(join_punctuation("等等……"), "等等…" + wj + "…");
    // Never next to white space, never doubled, nothing else touched.
    EXPECT_EQ(join_punctuation("a , b"), "a , b");
    EXPECT_EQ(join_punctuation("“ 引"), "“ 引");
    EXPECT_EQ(join_punctuation(join_punctuation("甲，乙")), join_punctuation("甲，乙"));
    EXPECT_EQ(join_punctuation("Hello world"), "Hello world");
    EXPECT_EQ(join_punctuation(""), "");
    EXPECT_EQ(without_joiners(join_punctuation("市委、市政府“三件大事”（完）")), "市委、市政府“三件大事”（完）");
}

TEST(XslFoDocument, SeedPageIsOnePageSequenceWithSpanningHeadlines) {
    MemoryHost host;
    Edition edition = seed_edition();
    ASSERT_EQ(edition.articles.size(), 2u);
    std::string fo = export_fo(edition, host);
    expect_well_formed(fo);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(fo.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    pugi::xml_node root = doc.child("fo:root");
    EXPECT_STREQ(root.attribute("xmlns:fo").value(), "http://www.w3.org/1999/XSL/Format");
    EXPECT_STREQ(root.attribute("language").value(), "zh");
    EXPECT_EQ(std::string(root.attribute("font-family").value()).rfind("Noto Serif CJK SC,", 0), 0u);
    // A3, three columns by default.
    pugi::xml_node master = root.child("fo:layout-master-set").child("fo:simple-page-master");
    EXPECT_STREQ(master.attribute("page-width").value(), "297.0mm");
    EXPECT_STREQ(master.attribute("page-height").value(), "420.0mm");
    EXPECT_STREQ(master.child("fo:region-body").attribute("column-count").value(), "3");
    // The PDF's dates come from the issue date.
    EXPECT_EQ(all_text(root.child("fo:declarations")).find("2023-01-04T00:00:00Z") != std::string::npos, true);

    auto sequences = doc.select_nodes("/fo:root/fo:page-sequence");
    ASSERT_EQ(sequences.size(), 1u);
    pugi::xml_node seq = sequences.first().node();
    EXPECT_STREQ(seq.attribute("initial-page-number").value(), "1");
    // The front page: no running head, the nameplate first in the flow, across the columns.
    EXPECT_FALSE(seq.find_child_by_attribute("fo:static-content", "flow-name", "xsl-region-before"));
    EXPECT_STREQ(seq.attribute("master-reference").value(), "front-page");
    pugi::xml_node flow = seq.child("fo:flow");
    pugi::xml_node plate = flow.child("fo:block");
    EXPECT_STREQ(plate.attribute("id").value(), "nameplate");
    EXPECT_STREQ(plate.attribute("span").value(), "all");
    std::string masthead = all_text(plate);
    EXPECT_NE(masthead.find("2023年1月4日\u3000星期三"), std::string::npos) << masthead;
    EXPECT_NE(masthead.find("第1版"), std::string::npos) << masthead;

    std::vector<std::string> spanning;
    for (pugi::xml_node b : flow.children("fo:block"))
        if (std::string_view(b.attribute("span").value()) == "all" && b != plate)
            spanning.push_back(without_joiners(all_text(b)));
    // One head per article, then the empty block that balances the last columns.
    ASSERT_EQ(spanning.size(), 3u);
    EXPECT_EQ(squeeze(spanning[0]), squeeze(edition.articles[0].headline));
    EXPECT_EQ(squeeze(spanning[1]), squeeze(edition.articles[1].headline));
    EXPECT_EQ(spanning[2], "");
    EXPECT_FALSE(flow.last_child().first_child()) << "the flow must end with an empty spanning block";
    expect_paragraphs_in_order(all_text(flow), edition);
    // The byline as every exporter prints it; the leads open with their date (1月3日，…), so no dateline line
    // says it again, and nothing inside a paragraph is dressed up as one.
    std::string flow_text = without_joiners(all_text(flow));
    EXPECT_NE(flow_text.find("本报讯\u3000融媒记者 徐敏"), std::string::npos);
    EXPECT_EQ(flow.select_nodes("fo:block/fo:inline[@font-weight='bold']").size(), 0u);
    EXPECT_EQ(flow.select_nodes("fo:block[text()='1月3日']").size(), 0u);
    // Body: justified, 2-em indent; no text is left without its joiners before closing punctuation.
    auto body = flow.select_nodes("fo:block[@text-indent='2em']");
    EXPECT_EQ(body.size(), paragraphs(edition).size());
    for (auto& b : body) {
        EXPECT_STREQ(b.node().attribute("text-align").value(), "justify");
        std::u32string t = u32(all_text(b.node()));
        for (std::size_t i = 1; i < t.size(); ++i)
            if (t[i] == U'，' || t[i] == U'。' || t[i] == U'、') {
                EXPECT_EQ(t[i - 1], U'\u2060');
            }
    }
}

TEST(XslFoDocument, HeadingBlockSetsColumnKickerHeadlineAndSubtitleInOrder) {
    MemoryHost host;
    Edition edition = seed_edition();
    Article& a = edition.articles[0];
    a.column = "乡村新事";
    a.kicker = "江苏省宿迁市";
    a.subheadline = "——花卉生产更智能";
    std::string fo = export_fo(edition, host);
    expect_well_formed(fo);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(fo.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    pugi::xml_node head = doc.select_node("//fo:flow/fo:block[@span='all'][not(@id='nameplate')]").node();
    ASSERT_TRUE(head);
    std::vector<std::string> lines;
    for (pugi::xml_node b : head.children("fo:block")) lines.push_back(squeeze(without_joiners(all_text(b))));
    EXPECT_EQ(lines, (std::vector<std::string>{"乡村新事", "江苏省宿迁市", squeeze(a.headline), "——花卉生产更智能"}));
    // The label is set apart from the heading: a reversed tag, not part of the headline's text.
    pugi::xml_node tag = head.child("fo:block").child("fo:inline");
    EXPECT_STREQ(tag.attribute("background-color").value(), "#b00000");
    EXPECT_STREQ(tag.attribute("color").value(), "white");
}

TEST(XslFoDocument, SampleEditionPagesFurnitureAndPictures) {
    MemoryHost host;
    Edition edition = sample_edition(&host);
    ASSERT_EQ(edition.pages.size(), 2u);
    std::string fo = export_fo(edition, host);
    expect_well_formed(fo);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(fo.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    auto sequences = doc.select_nodes("/fo:root/fo:page-sequence");
    ASSERT_EQ(sequences.size(), 2u);
    int number = 1;
    for (auto& s : sequences) {
        pugi::xml_node seq = s.node();
        EXPECT_EQ(std::string(seq.attribute("initial-page-number").value()), std::to_string(number));
        // The running head; on the front page the nameplate says it.
        pugi::xml_node head = seq.find_child_by_attribute("fo:static-content", "flow-name", "xsl-region-before");
        if (number == 1) head = seq.child("fo:flow").find_child_by_attribute("fo:block", "id", "nameplate");
        std::string masthead = all_text(head);
        EXPECT_NE(masthead.find("永康日报"), std::string::npos);
        EXPECT_NE(masthead.find("第8765期"), std::string::npos);
        EXPECT_NE(masthead.find(edition.pages[static_cast<std::size_t>(number - 1)].label), std::string::npos);
        EXPECT_NE(masthead.find(edition.pages[static_cast<std::size_t>(number - 1)].section), std::string::npos);
        ++number;
    }
    // The editor's line printed at the foot of page 2.
    std::string foot2 = all_text(sequences[1].node().find_child_by_attribute("fo:static-content", "flow-name", "xsl-region-after"));
    EXPECT_NE(foot2.find("责任编辑"), std::string::npos) << foot2;
    expect_paragraphs_in_order(all_text(doc.child("fo:root")), edition);

    // Pictures travel inside the file as data: URIs holding exactly the edition's bytes, with caption and credit.
    auto graphics = doc.select_nodes("//fo:external-graphic");
    ASSERT_EQ(graphics.size(), 2u);
    std::vector<std::string> expected{host.resources.at("images/clinic.png"), host.resources.at("images/chart.png")};
    for (std::size_t i = 0; i < 2; ++i) {
        pugi::xml_node g = graphics[i].node();
        EXPECT_EQ(std::string(g.attribute("src").value()),
                  "url('data:image/png;base64," + galley::xslfo::base64(expected[i]) + "')");
        EXPECT_STREQ(g.attribute("content-width").value(), "scale-to-fit");
        EXPECT_FALSE(std::string(g.attribute("fox:alt-text").value()).empty());
        pugi::xml_node figure = g.parent().parent();
        EXPECT_STREQ(figure.attribute("keep-together.within-column").value(), "always");
        std::string caption = without_joiners(all_text(figure));
        EXPECT_NE(caption.find("galley 示例 绘"), std::string::npos) << caption;
    }
}

TEST(XslFoDocument, OptionsPageSizeColumnsAndLanguage) {
    Edition edition = seed_edition();
    {
        MemoryHost host;
        std::string fo = export_fo(edition, host, {{"page-size", "a4"}, {"columns", "5"}});
        pugi::xml_document doc;
        ASSERT_TRUE(doc.load_string(fo.c_str()));
        pugi::xml_node master = doc.select_node("//fo:simple-page-master").node();
        EXPECT_STREQ(master.attribute("page-width").value(), "210.0mm");
        EXPECT_STREQ(master.child("fo:region-body").attribute("column-count").value(), "5");
    }
    {
        MemoryHost host;
        std::string fo = export_fo(edition, host, {{"page-size", "tabloid"}, {"lang", "zh-CN"}});
        pugi::xml_document doc;
        ASSERT_TRUE(doc.load_string(fo.c_str()));
        EXPECT_STREQ(doc.select_node("//fo:simple-page-master").node().attribute("page-height").value(), "431.8mm");
        EXPECT_STREQ(doc.child("fo:root").attribute("country").value(), "CN");
    }
    for (Options bad : {Options{{"page-size", "a5"}}, Options{{"columns", "0"}}, Options{{"columns", "9"}}}) {
        MemoryHost host;
        EXPECT_EQ(galley::plugin::testing::run<FoExporter>(host, edition, bad), GALLEY_FAILED);
        EXPECT_EQ(host.entry(""), nullptr) << "a refused export writes nothing";
        ASSERT_FALSE(host.reports.empty());
        EXPECT_EQ(host.reports[0].severity, GALLEY_ERROR);
    }
}

TEST(XslFoDocument, LatinArticleAndPageWithoutArticles) {
    Edition edition = latin_edition("Bridge opens (at last)", "LONDON, Jan 3 — The bridge opened on Tuesday.");
    edition.title = "The Riverside Times";
    edition.pages.push_back({2, "A2", "Opinion", {}, {{"editor", "Editor", "Jane Roe", "Editor: Jane Roe", {}}}});
    edition.articles[0].dateline.text = "LONDON, Jan 3";
    Article stray = edition.articles[0];
    stray.id = "a2";
    stray.page = 0;
    edition.articles.push_back(stray);
    MemoryHost host;
    std::string fo = export_fo(edition, host);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(fo.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
    auto sequences = doc.select_nodes("/fo:root/fo:page-sequence");
    // A1, A2 (no articles, still printed with its furniture), and the article printed on no known page.
    ASSERT_EQ(sequences.size(), 3u);
    EXPECT_FALSE(sequences[2].node().attribute("initial-page-number"));
    EXPECT_NE(all_text(sequences[1].node()).find("Editor: Jane Roe"), std::string::npos);
    EXPECT_NE(all_text(sequences[0].node()).find("Wednesday, 2023-01-04"), std::string::npos);
    EXPECT_STREQ(doc.child("fo:root").attribute("language").value(), "en");
    EXPECT_EQ(doc.select_nodes("//fo:block[@text-indent='1.2em']").size(), 2u);
    expect_well_formed(fo);
}

// Replaced as everywhere (U+FFFD, with the shared cleaner's warning), then set as 〓 (U+3013), which the CJK
// faces have and U+FFFD is not: the proof still sets.
TEST(XslFoDocument, CharactersXmlForbidsBecomeGetaMarksWithAWarning) {
    Edition edition = latin_edition("Bridge\x01 opens", "The bridge\x02 opened\x02 today");
    edition.publisher = "Riverside\x01 Press";
    MemoryHost host;
    std::string fo = export_fo(edition, host);
    EXPECT_NE(fo.find("Riverside\u3013 Press"), std::string::npos);
    EXPECT_NE(fo.find("Bridge\u3013 opens"), std::string::npos);
    EXPECT_NE(fo.find("The bridge\u3013 opened\u3013 today"), std::string::npos);
    expect_well_formed(fo);
    // One warning for each character and article (the edition's own text names none), as the other exporters
    // give it: "<field>: replaced U+0001, which XML 1.0 does not allow, with U+FFFD".
    std::vector<std::pair<std::string, std::string>> warned;
    for (const auto& r : host.reports)
        if (std::size_t at = r.message.find(": replaced "); at != std::string::npos && r.severity == GALLEY_WARNING)
            warned.emplace_back(r.article_id, r.message.substr(at + 2));
    std::vector<std::pair<std::string, std::string>> want{
        {"", "replaced U+0001, which XML 1.0 does not allow, with U+FFFD"},
        {"a1", "replaced U+0001, which XML 1.0 does not allow, with U+FFFD"},
        {"a1", "replaced U+0002, which XML 1.0 does not allow, with U+FFFD"},
    };
    EXPECT_EQ(warned, want);
}

TEST(XslFoDocument, SameBytesEveryTimeAndSourceDateEpoch) {
    Edition edition = sample_edition();
    MemoryHost a, b, c;
    sample_edition(&a);
    sample_edition(&b);
    sample_edition(&c);
    std::string first, second;
    {
        ScopedEnv tz("TZ", "Asia/Shanghai");
        ScopedEnv sde("SOURCE_DATE_EPOCH", nullptr);
        first = export_fo(edition, a);
    }
    {
        ScopedEnv tz("TZ", "America/Los_Angeles");
        ScopedEnv sde("SOURCE_DATE_EPOCH", nullptr);
        second = export_fo(edition, b);
    }
    EXPECT_FALSE(first.empty());
    EXPECT_EQ(first, second);
    ScopedEnv sde("SOURCE_DATE_EPOCH", "1700000000");
    std::string third = export_fo(edition, c);
    EXPECT_NE(third.find("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"), std::string::npos);
}

TEST(XslFoDocument, MissingPictureFailsNamingArticleAndHref) {
    MemoryHost host;  // no resources
    Edition edition = sample_edition();
    EXPECT_EQ(galley::plugin::testing::run<FoExporter>(host, edition), GALLEY_FAILED);
    EXPECT_EQ(host.entry(""), nullptr);
    bool named = false;
    for (const auto& r : host.reports)
        named = named || (r.article_id == "p1-a1" && r.message.find("images/clinic.png") != std::string::npos);
    EXPECT_TRUE(named);
}

TEST(XslFoFop, ConfigurationTurnsComplexScriptsOffAndNamesTheFaces) {
    galley::xslfo::FontSet fonts;
    fonts.kind = "noto";
    fonts.faces.push_back({"/cache dir/NotoSerifCJKsc-Regular.otf", "", "Noto Serif CJK SC", false});
    fonts.faces.push_back({"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei", "Noto Sans CJK SC", true});
    std::string config = galley::xslfo::fop_configuration(fonts);
    pugi::xml_document doc;
    ASSERT_TRUE(doc.load_string(config.c_str()));
    EXPECT_STREQ(doc.select_node("/fop/complex-scripts").node().attribute("disabled").value(), "true");
    auto fonts_nodes = doc.select_nodes("/fop/renderers/renderer[@mime='application/pdf']/fonts/font");
    ASSERT_EQ(fonts_nodes.size(), 2u);
    EXPECT_STREQ(fonts_nodes[0].node().attribute("embed-url").value(), "file:///cache%20dir/NotoSerifCJKsc-Regular.otf");
    EXPECT_STREQ(fonts_nodes[1].node().attribute("sub-font").value(), "WenQuanYi Zen Hei");
    EXPECT_STREQ(fonts_nodes[1].node().child("font-triplet").attribute("weight").value(), "bold");
}

TEST(XslFoFop, MissingGlyphsAndFontsAreErrors) {
    galley::xslfo::FopResult r;
    galley::xslfo::classify_fop_output(
        "[warning] /usr/bin/fop: JVM flavor 'sun' not understood\n"
        "[INFO] FOUserAgent - Rendered page #1.\n"
        "[WARN] FOUserAgent - Glyph \"⸺\" (0x2e3a) not available in font \"NotoSerifCJKjp-Regular\".\n"
        "[WARN] FOUserAgent - Font \"Noto Serif CJK TC,normal,400\" not found. Substituting with \"any,normal,400\".\n"
        "[WARN] FOUserAgent - The contents of fo:block line 1 exceed the available area in the inline-progression "
        "direction by 100 millipoints.\n"
        "[INFO] FOUserAgent - Rendered page #2.\n",
        r);
    EXPECT_EQ(r.pages, 2);
    ASSERT_EQ(r.errors.size(), 2u);
    EXPECT_NE(r.errors[0].find("0x2e3a"), std::string::npos);
    EXPECT_NE(r.errors[1].find("not found"), std::string::npos);
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("exceed"), std::string::npos);
}

TEST(XslFoFop, WithoutFopThePdfExportFailsWithTheInstallLine) {
    MemoryHost host;
    Edition edition = seed_edition();
    ScopedEnv fop("GALLEY_FOP", "/nonexistent/fop");
    EXPECT_EQ(galley::plugin::testing::run<PdfExporter>(host, edition), GALLEY_FAILED);
    EXPECT_EQ(host.entry(""), nullptr);
    ASSERT_FALSE(host.reports.empty());
    EXPECT_NE(host.reports[0].message.find("apt-get install --no-install-recommends fop fonts-noto-cjk"), std::string::npos)
        << host.reports[0].message;
    MemoryHost on_path;
    ScopedEnv none("GALLEY_FOP", nullptr);
    ScopedEnv path("PATH", "/nonexistent");
    EXPECT_EQ(galley::plugin::testing::run<PdfExporter>(on_path, edition), GALLEY_FAILED);
    ASSERT_FALSE(on_path.reports.empty());
    EXPECT_EQ(on_path.reports[0].message, galley::xslfo::fop_install_hint);
}

// A stand-in fop (a shell script, run without a shell by galley) that writes a PDF and complains about a glyph:
// the export fails and writes nothing. Its arguments arrive intact, spaces and all.
TEST(XslFoFop, FopWarningAboutAGlyphFailsTheExport) {
    std::string dir = temp_dir() + "/with space";
    ASSERT_EQ(mkdir(dir.c_str(), 0755), 0);
    std::string script = dir + "/fake fop";
    ASSERT_TRUE(write_file(script,
                           "#!/bin/sh\n"
                           "# fake fop: -c CONF -fo FO -pdf PDF\n"
                           "[ \"$1\" = -c ] && [ -f \"$2\" ] && [ \"$3\" = -fo ] && [ -f \"$4\" ] && [ \"$5\" = -pdf ] || exit 9\n"
                           "printf '%%PDF-1.4 fake\\n' > \"$6\"\n"
                           "echo \"[WARN] FOUserAgent - Glyph \\\"X\\\" (0x2e3a) not available in font \\\"NotoSerifCJKjp-Regular\\\".\" >&2\n"
                           "echo '[INFO] FOUserAgent - Rendered page #1.'\n"));
    chmod(script.c_str(), 0755);
    MemoryHost host;
    Edition edition = seed_edition();
    std::string cache = std::string(GALLEY_FAILED_PDFS) + "/../font-cache";
    EXPECT_EQ(galley::plugin::testing::run<PdfExporter>(host, edition, {{"fop", script}, {"font-cache", cache}}),
              GALLEY_FAILED);
    EXPECT_EQ(host.entry(""), nullptr);
    bool glyph = false;
    for (const auto& r : host.reports) glyph = glyph || (r.severity == GALLEY_ERROR && r.message.find("0x2e3a") != std::string::npos);
    EXPECT_TRUE(glyph);
    for (const auto& r : host.reports) EXPECT_EQ(r.message.find("exit status 9"), std::string::npos) << r.message;
    std::filesystem::remove_all(std::filesystem::path(dir).parent_path());
}
