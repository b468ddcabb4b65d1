// Every exporter shows a reader the same byline, dateline and headline (as GDAL tests every driver's metadata
// in one place). One edition holds the golden cases; each installed exporter writes it through the real
// galley binary, a small reader per format takes back the lines of text each article shows, and every case
// is checked the same way for every format. The PDF is FOP's setting of the XSL-FO document checked here.
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cstring>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "epubcheck.hpp"
#include "galley/model_json.hpp"
#include "run.hpp"
#include "story.hpp"

using namespace galley;
using namespace galley::testing;

namespace {

// What one golden case must show, whatever the format.
struct Golden {
    const char* id;
    const char* headline;  // "" when none may be shown
    bool derived;          // the headline is galley's and must be set apart
    const char* byline;    // the one byline line
    const char* dateline;  // the dateline line; "" when the lead opens with it (then `once` is seen once)
    const char* once;      // text a reader must see exactly once (a date, a source word), "" for none
    const char* never;     // text no line may hold (a caption without its picture), "" for none
};

const Golden cases[] = {
    {"p1-a1", "市委召开常委会议", false, "本报记者 王浩 通讯员 李明", "", "1月3日", ""},
    {"p1-a2", "全市重点项目集中开工", false, "本报记者 王浩 通讯员 李明", "", "本报", ""},
    {"p1-a3", "国新办举行发布会", false, "新华社北京1月3日电\u3000记者 张三", "", "北京1月3日", ""},
    {"p1-a4", "Senate acquits Trump", false, "By Jane Doe \u2014 AP", "WASHINGTON", "WASHINGTON", ""},
    {"p1-a5", "城区供暖管网改造完工", true, "融媒记者 徐敏", "", "", ""},
    {"p1-a6", "", false, "", "", "", ""},
    {"p1-a7", "重点项目集中开工", false, "本报讯\u3000融媒记者 徐敏", "", "", "开工仪式现场"},
};

Article article(const char* id, const char* language, const char* lead) {
    Article a;
    a.id = id;
    a.language = language;
    a.page = 1;
    a.origin = {"page.txt", 9, 1};
    Block p;
    p.text = lead;
    p.origin = {"page.txt", 10, 1};
    a.body.push_back(p);
    return a;
}

// The edition behind `cases`, in the same order.
Edition golden_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.language = "zh-CN";
    e.pages.push_back({1, "第1版", "要闻", {}, {}});

    // A byline line: 本报 belongs to the role, the lead opens with the date.
    Article a = article("p1-a1", "zh-CN", "1月3日，市委召开常委会议，研究部署近期重点工作。");
    a.headline = "市委召开常委会议";
    a.credit = "本报记者 王浩 通讯员 李明";
    a.bylines = {{"本报记者", "王浩", "writer"}, {"通讯员", "李明", "correspondent"}};
    a.dateline = {"1月3日", "2023-01-03", ""};
    e.articles.push_back(a);

    // The same from a system that also sets source = 本报: still printed once.
    a = article("p1-a2", "zh-CN", "记者从市发改局获悉，全市重点项目昨日集中开工。");
    a.headline = "全市重点项目集中开工";
    a.source = "本报";
    a.credit = "本报记者 王浩 通讯员 李明";
    e.articles.push_back(a);

    // A wire formula with a place: the formula shows place and date, so no dateline line repeats them.
    a = article("p1-a3", "zh-CN", "国务院新闻办公室3日举行新闻发布会。");
    a.headline = "国新办举行发布会";
    a.source = "新华社北京1月3日电";
    a.credit = "记者 张三";
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    e.articles.push_back(a);

    // An English "By" line and an agency; the lead does not open with the dateline.
    a = article("p1-a4", "en", "The Senate acquitted former President Donald Trump on Saturday.");
    a.headline = "Senate acquits Trump";
    a.source = "AP";
    a.credit = "By Jane Doe";
    a.bylines = {{"", "Jane Doe", "writer"}};
    a.dateline = {"WASHINGTON", "", "WASHINGTON"};
    e.articles.push_back(a);

    // A headline galley derived from the lead.
    a = article("p1-a5", "zh-CN", "城区供暖管网改造工程日前完工，惠及居民两万余户。");
    a.headline = "城区供暖管网改造完工";
    a.headline_derived = true;
    a.credit = "融媒记者 徐敏";
    e.articles.push_back(a);

    // No headline at all: none is invented in the reading text.
    a = article("p1-a6", "zh-CN", "寒潮来袭，市气象台发布低温预警，提醒市民注意防寒保暖。");
    e.articles.push_back(a);

    // A caption whose picture was not supplied.
    a = article("p1-a7", "zh-CN", "昨日，我市举行重点项目集中开工仪式。");
    a.headline = "重点项目集中开工";
    a.source = "本报讯";
    a.credit = "融媒记者 徐敏";
    Block figure;
    figure.type = BlockType::image;
    figure.image.caption = {"1月3日，重点项目集中开工仪式现场。", "记者 汪丽娜 摄"};
    figure.origin = {"page.txt", 41, 1};
    a.body.push_back(figure);
    e.articles.push_back(a);
    return e;
}

// What a reader sees of one article: its lines of text in order, and whether its headline is set apart.
struct Seen {
    std::vector<std::string> lines;
    bool derived_marked = false;
};
using SeenEdition = std::map<std::string, Seen>;

bool has_class(pugi::xml_node n, const char* name) {
    std::string classes = std::string(" ") + n.attribute("class").value() + " ";
    return classes.find(std::string(" ") + name + " ") != std::string::npos;
}

// Text of `n` and its inline descendants, stopping at nested blocks named in `blocks`.
void collect(pugi::xml_node n, std::string& out, const std::vector<std::string>& blocks) {
    for (pugi::xml_node c : n.children()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
        else if (c.type() == pugi::node_element) {
            std::string name = c.name();
            bool block = false;
            for (const auto& b : blocks) block = block || name == b;
            if (!block) collect(c, out, blocks);
        }
    }
}

std::string trimmed(std::string s) {
    std::size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return "";
    return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Adds every block in document order (outermost text-bearing ones) as a line.
void lines_of(pugi::xml_node n, const std::vector<std::string>& blocks, std::vector<std::string>& out) {
    for (pugi::xml_node c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        std::string name = c.name();
        bool block = false;
        for (const auto& b : blocks) block = block || name == b;
        if (block) {
            std::string text;
            collect(c, text, blocks);
            if (!trimmed(text).empty()) out.push_back(trimmed(text));
        }
        lines_of(c, blocks, out);
    }
}

// `ws`: keep every white-space text node, as a reading system does in mixed content ("记者 <person>…").
pugi::xml_document parse(const std::string& bytes, const std::string& what, bool ws = false) {
    pugi::xml_document doc;
    unsigned flags = pugi::parse_default | (ws ? pugi::parse_ws_pcdata : pugi::parse_ws_pcdata_single);
    EXPECT_TRUE(doc.load_buffer(bytes.data(), bytes.size(), flags)) << what;
    return doc;
}

// One document per article: `load` gives its bytes, `read` what a reader sees of it.
template <class Load, class Read>
SeenEdition per_article(Load load, Read read, bool ws = false) {
    SeenEdition seen;
    for (const Golden& g : cases) {
        pugi::xml_document doc = parse(load(g.id), g.id, ws);
        seen[g.id] = read(doc);
    }
    return seen;
}

SeenEdition read_epub(const std::string& out) {
    return per_article([&](const std::string& id) { return zip_entry(out, "OEBPS/text/" + id + ".xhtml"); },
                       [](const pugi::xml_document& doc) {
                           Seen s;
                           lines_of(doc.select_node("//*[local-name()='article']").node(),
                                    {"h1", "h2", "h3", "p", "figcaption", "div", "li"}, s.lines);
                           for (const pugi::xpath_node& h : doc.select_nodes("//*[local-name()='h2']"))
                               s.derived_marked = s.derived_marked || has_class(h.node(), "derived");
                           return s;
                       });
}

SeenEdition read_icml(const std::string& out) {
    return per_article([&](const std::string& id) { return read_file(out + "/" + id + ".icml"); },
                       [](const pugi::xml_document& doc) {
                           Seen s;
                           for (const pugi::xpath_node& p : doc.select_nodes("//ParagraphStyleRange")) {
                               std::string text;
                               for (const pugi::xpath_node& c : p.node().select_nodes(".//Content"))
                                   text += c.node().text().get();
                               std::string style = p.node().attribute("AppliedParagraphStyle").value();
                               if (!trimmed(text).empty()) s.lines.push_back(trimmed(text));
                               s.derived_marked = s.derived_marked || style.find("DerivedHeadline") != std::string::npos;
                           }
                           return s;
                       });
}

SeenEdition read_newsml(const std::string& out) {
    return per_article(
        [&](const std::string& id) { return read_file(out + "/" + id + ".xml"); },
        [](const pugi::xml_document& doc) {
            Seen s;
            for (const char* path : {"//*[local-name()='contentMeta']/*[local-name()='headline']",
                                     "//*[local-name()='contentMeta']/*[local-name()='by']",
                                     "//*[local-name()='contentMeta']/*[local-name()='dateline']"})
                for (const pugi::xpath_node& n : doc.select_nodes(path)) s.lines.push_back(trimmed(n.node().text().get()));
            lines_of(doc.select_node("//*[local-name()='body']").node(), {"h1", "h2", "h3", "p", "div"}, s.lines);
            // The feed's way to set a headline apart: an editorial note says galley made it.
            for (const pugi::xpath_node& n : doc.select_nodes("//*[local-name()='edNote']"))
                s.derived_marked =
                    s.derived_marked || std::string(n.node().text().get()).find("headline") != std::string::npos;
            return s;
        });
}

SeenEdition read_nitf(const std::string& out) {
    return per_article(
        [&](const std::string& id) { return read_file(out + "/" + id + ".xml"); },
        [](const pugi::xml_document& doc) {
            Seen s;
            lines_of(doc.select_node("//*[local-name()='body']").node(),
                     {"hl1", "hl2", "byline", "dateline", "p", "media-caption", "media-producer"}, s.lines);
            // NITF's way to set a headline apart: a class on hl1.
            s.derived_marked = !doc.select_node("//*[local-name()='hl1'][@class='derived']").node().empty();
            return s;
        },
        true);
}

// ninjs: the main headline, `by`, and the lines of the HTML body (XHTML-compatible, so read as XML).
SeenEdition read_ninjs(const std::string& out) {
    SeenEdition seen;
    for (const Golden& g : cases) {
        nlohmann::json doc = nlohmann::json::parse(read_file(out + "/" + g.id + ".json"));
        Seen& s = seen[g.id];
        for (const auto& h : doc.value("headlines", nlohmann::json::array()))
            if (h.value("role", "") == "main") s.lines.push_back(trimmed(h.value("value", "")));
        if (doc.contains("by")) s.lines.push_back(trimmed(doc["by"].get<std::string>()));
        std::string html = doc.contains("bodies") ? doc["bodies"][0].value("value", "") : "";
        pugi::xml_document body = parse("<div>" + html + "</div>", g.id, true);
        lines_of(body.document_element(), {"h2", "p", "figcaption"}, s.lines);
        // The feed's way to set a headline apart: the editorial note says galley made it.
        s.derived_marked = doc.value("ednote", "").find("headline") != std::string::npos;
    }
    return seen;
}

SeenEdition read_fo(const std::string& out) {
    SeenEdition seen;
    auto doc = parse(read_file(out), "fo");
    // Each article starts at the block whose id names it; its blocks run to the next article's.
    std::string current;
    for (const pugi::xpath_node& n : doc.select_nodes("//*[local-name()='flow']//*[local-name()='block']")) {
        pugi::xml_node b = n.node();
        std::string id = b.attribute("id").value();
        if (id.rfind("article-", 0) == 0) current = id.substr(8);
        if (current.empty()) continue;
        std::string text;
        collect(b, text, {"fo:block", "fo:table", "fo:list-block"});
        if (trimmed(text).empty()) continue;
        Seen& s = seen[current];
        s.lines.push_back(trimmed(text));
        for (const Golden& g : cases)
            if (g.id == current && *g.headline && trimmed(text) == g.headline &&
                std::strcmp(b.attribute("font-weight").as_string("normal"), "bold") != 0)
                s.derived_marked = true;
    }
    return seen;
}

struct Format {
    const char* exporter;
    const char* output;  // file or folder name under the temp dir
    SeenEdition (*read)(const std::string&);
};

std::ostream& operator<<(std::ostream& os, const Format& f) { return os << f.exporter; }

std::string listing(const Seen& s) {
    std::string out;
    for (const auto& l : s.lines) out += "  | " + l + "\n";
    return out;
}

std::size_t occurrences(const Seen& s, const std::string& needle) {
    std::size_t n = 0;
    for (const auto& l : s.lines)
        for (std::size_t at = l.find(needle); at != std::string::npos; at = l.find(needle, at + needle.size())) ++n;
    return n;
}

std::size_t lines_equal(const Seen& s, const std::string& text) {
    std::size_t n = 0;
    for (const auto& l : s.lines) n += l == text;
    return n;
}

class ExportersAgree : public ::testing::TestWithParam<Format> {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir();
        dir_->write("golden.json", to_canonical_json(golden_edition()));
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static TempDir* dir_;
};
TempDir* ExportersAgree::dir_ = nullptr;

TEST_P(ExportersAgree, EveryGoldenCaseReadsTheSame) {
    const Format& f = GetParam();
    RunResult r = run_galley({"export", dir_->file("golden.json"), "-t", f.exporter, "-o", dir_->file(f.output)});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    // The caption left out is named with its line, as every exporter warns.
    EXPECT_NE(r.err.find("caption at page.txt:41"), std::string::npos) << r.err;
    SeenEdition seen = f.read(dir_->file(f.output));
    for (const Golden& g : cases) {
        SCOPED_TRACE(std::string(f.exporter) + " " + g.id);
        ASSERT_TRUE(seen.count(g.id)) << "no article " << g.id;
        const Seen& s = seen[g.id];
        std::string shown = listing(s);
        if (*g.headline) {
            EXPECT_EQ(lines_equal(s, g.headline), 1u) << "headline\n" << shown;
        }
        EXPECT_EQ(s.derived_marked, g.derived) << "derived headline set apart\n" << shown;
        if (*g.byline) {
            EXPECT_EQ(lines_equal(s, g.byline), 1u) << "byline\n" << shown;
        }
        if (*g.dateline) {
            EXPECT_EQ(lines_equal(s, g.dateline), 1u) << "dateline\n" << shown;
        }
        if (*g.once) {
            EXPECT_EQ(occurrences(s, g.once), 1u) << "seen once: " << g.once << "\n" << shown;
        }
        if (*g.never) {
            EXPECT_EQ(occurrences(s, g.never), 0u) << "never seen: " << g.never << "\n" << shown;
        }
    }
    // No article shows a headline the page did not print and galley did not derive.
    const Seen& none = seen["p1-a6"];
    EXPECT_EQ(none.lines.size(), 1u) << listing(none);
}

INSTANTIATE_TEST_SUITE_P(Exporters, ExportersAgree,
                         ::testing::Values(Format{"epub", "golden.epub", read_epub},
                                           Format{"icml", "icml", read_icml},
                                           Format{"newsml-g2", "newsml", read_newsml},
                                           Format{"nitf", "nitf", read_nitf},
                                           Format{"ninjs", "ninjs", read_ninjs},
                                           Format{"xsl-fo", "golden.fo", read_fo}),
                         [](const ::testing::TestParamInfo<Format>& param_info) {
                             std::string name = param_info.param.exporter;
                             for (char& c : name)
                                 if (c == '-') c = '_';
                             return name;
                         });

}  // namespace
