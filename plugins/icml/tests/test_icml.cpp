// The ICML exporter. Every ICML file a test makes is validated against InDesign's own IDML 15.0 schemas with
// jing (each <Story> wrapped as check-icml-story.sh does, and the root style groups against Styles.rng), and
// read back with pugixml for what schemas cannot see: unique Self ids, declared styles, group order, the
// paragraph breaks, and every paragraph's text equal to the model's.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "galley/converter.hpp"
#include "galley/edition_folder.hpp"
#include "galley/icml/exporter.hpp"
#include "galley/plugin_testing.hpp"
#include "images.hpp"
#include "story.hpp"
#include "styles.hpp"

using namespace galley;
using galley::icml::Exporter;
using Options = std::vector<std::pair<std::string, std::string>>;
namespace fs = std::filesystem;

namespace {

const std::string source_dir = GALLEY_SOURCE_DIR;
const std::string schema_dir = source_dir + "/../shared/schemas/idml";
const std::string check_script = schema_dir + "/check-icml-story.sh";
const std::string jing = "/usr/bin/jing";

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write_file(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// A fresh directory under /tmp, removed with everything in it at the end of the scope.
struct TempDir {
    std::string path;
    TempDir() {
        char name[] = "/tmp/galley-icml-XXXXXX";
        path = mkdtemp(name) ? name : "";
    }
    ~TempDir() {
        std::error_code ec;
        if (!path.empty()) fs::remove_all(path, ec);
    }
};

// ---- running the exporter ----------------------------------------------------------------------------------

struct Result {
    galley_status status = GALLEY_FAILED;
    plugin::testing::MemoryHost mem;

    const std::string* entry(const std::string& name) const { return mem.entry(name); }
    std::vector<std::string> stories() const {
        std::vector<std::string> names;
        for (const auto& e : mem.entries)
            if (e.first.size() > 5 && e.first.substr(e.first.size() - 5) == ".icml") names.push_back(e.first);
        return names;
    }
    std::string messages(galley_severity severity) const {
        std::string s;
        for (const auto& r : mem.reports)
            if (r.severity == severity) s += "[" + r.article_id + "] " + r.message + "\n";
        return s;
    }
};

std::unique_ptr<Result> run(const Edition& edition, const Options& options = {},
                            const std::map<std::string, std::string>& resources = {}) {
    auto r = std::make_unique<Result>();
    r->mem.resources = resources;
    r->status = plugin::testing::run<Exporter>(r->mem, edition, options);
    return r;
}

// ---- validation: InDesign's schemas through jing -----------------------------------------------------------

// What check-icml-story.sh does for one file, for many files at once: each <Story> wrapped in
// <idPkg:Story DOMVersion="15.0">; here also the root style groups wrapped in <idPkg:Styles>. One jing run
// (about a second of JVM start) checks them all against a grammar that accepts either InDesign file.
std::string jing_check(const std::vector<std::pair<std::string, std::string>>& files) {
    if (access(jing.c_str(), X_OK) != 0)
        return jing + " is missing: apt-get install --no-install-recommends jing (the ICML tests validate every "
                      "story against InDesign's schema with it)";
    if (access(check_script.c_str(), R_OK) != 0) return check_script + " is missing: ../shared must be beside the tree";
    TempDir dir;
    std::string grammar = dir.path + "/either.rng";
    write_file(grammar, "<?xml version=\"1.0\"?>\n<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\"><start>"
                        "<choice><externalRef href=\"" + schema_dir + "/Stories/Story.rng\"/>"
                        "<externalRef href=\"" + schema_dir + "/Resources/Styles.rng\"/></choice></start></grammar>\n");
    std::string args;
    std::map<std::string, std::string> origin;
    int n = 0;
    for (const auto& [name, bytes] : files) {
        pugi::xml_document doc;
        if (!doc.load_buffer(bytes.data(), bytes.size())) return name + " is not well-formed XML";
        pugi::xml_node document = doc.child("Document");
        int stories = 0;
        for (pugi::xml_node story : document.children("Story")) {
            pugi::xml_document w;
            pugi::xml_node pkg = w.append_child("idPkg:Story");
            pkg.append_attribute("xmlns:idPkg") = "http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging";
            pkg.append_attribute("DOMVersion") = "15.0";
            pkg.append_copy(story);
            std::string path = dir.path + "/story" + std::to_string(++n) + ".xml";
            w.save_file(path.c_str());
            origin[path] = name + " (Story)";
            args += " '" + path + "'";
            ++stories;
        }
        if (stories != 1) return name + " holds " + std::to_string(stories) + " Story elements, not 1";
        pugi::xml_document w;
        pugi::xml_node pkg = w.append_child("idPkg:Styles");
        pkg.append_attribute("xmlns:idPkg") = "http://ns.adobe.com/AdobeInDesign/idml/1.0/packaging";
        pkg.append_attribute("DOMVersion") = "15.0";
        for (pugi::xml_node group : document.children())
            if (std::string(group.name()).rfind("Root", 0) == 0) pkg.append_copy(group);
        std::string path = dir.path + "/styles" + std::to_string(++n) + ".xml";
        w.save_file(path.c_str());
        origin[path] = name + " (style groups)";
        args += " '" + path + "'";
    }
    std::string log = dir.path + "/jing.log";
    int status = std::system((jing + " '" + grammar + "'" + args + " >'" + log + "' 2>&1").c_str());
    if (status == 0) return "";
    std::string out = read_file(log);
    for (const auto& [path, name] : origin)
        for (std::size_t at; (at = out.find(path)) != std::string::npos;) out.replace(at, path.size(), name);
    return "jing rejects (status " + std::to_string(status) + "):\n" + out;
}

// The project's own check, exactly as shipped, on one file (it runs jing once per story).
int run_check_script(const std::string& bytes) {
    TempDir dir;
    std::string path = dir.path + "/story.icml";
    write_file(path, bytes);
    return std::system(("'" + check_script + "' '" + path + "' >'" + dir.path + "/log' 2>&1").c_str());
}

// ---- reading an ICML back ----------------------------------------------------------------------------------

struct Para {
    std::string style;  // AppliedParagraphStyle
    std::string text;   // its Content elements joined
    int rectangles = 0;
    bool operator==(const Para&) const = default;
};
std::ostream& operator<<(std::ostream& o, const Para& p) {
    return o << "{" << p.style << ": \"" << p.text << "\"" << (p.rectangles ? " +picture" : "") << "}";
}

// Everything the schemas cannot say; returns the problems found (empty when none).
std::vector<std::string> structural_problems(const std::string& bytes) {
    std::vector<std::string> problems;
    pugi::xml_document doc;
    auto parsed = doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_full);
    if (!parsed) return {std::string("not well-formed: ") + parsed.description()};

    // The prolog InDesign's File > Place looks for.
    std::vector<std::string> prolog;
    for (pugi::xml_node n : doc.children()) {
        if (n.type() == pugi::node_pi) prolog.push_back(std::string(n.name()) + " " + n.value());
        if (n.type() == pugi::node_element) prolog.push_back(n.name());
    }
    std::vector<std::string> want_prolog{
        "aid style=\"50\" type=\"snippet\" readerVersion=\"6.0\" featureSet=\"513\" product=\"8.0(370)\"",
        "aid SnippetType=\"InCopyInterchange\"", "Document"};
    if (prolog != want_prolog) problems.push_back("the prolog is not the two aid PIs then Document");
    if (bytes.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", 0) != 0)
        problems.push_back("no UTF-8 XML declaration first");
    pugi::xml_node document = doc.child("Document");
    if (std::string(document.attribute("DOMVersion").value()).empty()) problems.push_back("Document has no DOMVersion");

    // The groups in the schema's order, then the one story.
    std::vector<std::string> order;
    for (pugi::xml_node n : document.children()) order.push_back(n.name());
    std::vector<std::string> want{"RootCharacterStyleGroup", "RootParagraphStyleGroup", "RootCellStyleGroup",
                                  "RootTableStyleGroup", "Story"};
    if (order != want) problems.push_back("Document's children are not character, paragraph, cell, table groups, Story");

    // Self ids unique across the file.
    std::set<std::string> selves;
    for (pugi::xpath_node x : doc.select_nodes("//@Self"))
        if (!selves.insert(x.attribute().value()).second)
            problems.push_back(std::string("duplicate Self id ") + x.attribute().value());

    // Every applied or referenced style declared in the root groups.
    std::set<std::string> para_styles, char_styles;
    for (pugi::xpath_node x : document.select_nodes("RootParagraphStyleGroup//ParagraphStyle"))
        para_styles.insert(x.node().attribute("Self").value());
    for (pugi::xpath_node x : document.select_nodes("RootCharacterStyleGroup//CharacterStyle"))
        char_styles.insert(x.node().attribute("Self").value());
    for (pugi::xpath_node x : doc.select_nodes("//@AppliedParagraphStyle | //ParagraphStyle/@NextStyle | "
                                              "//ParagraphStyle/Properties/BasedOn"))
        if (std::string v = x.attribute() ? x.attribute().value() : x.node().text().get(); !para_styles.count(v))
            problems.push_back("paragraph style " + v + " is applied but not declared");
    for (pugi::xpath_node x : doc.select_nodes("//@AppliedCharacterStyle | //CharacterStyle/Properties/BasedOn"))
        if (std::string v = x.attribute() ? x.attribute().value() : x.node().text().get(); !char_styles.count(v))
            problems.push_back("character style " + v + " is applied but not declared");
    // Style names are their Self ids' ends, as InDesign pairs them ("News:Headline" / "News%3aHeadline").
    for (pugi::xpath_node x : document.select_nodes("RootParagraphStyleGroup//ParagraphStyle")) {
        std::string self = x.node().attribute("Self").value(), name = x.node().attribute("Name").value();
        std::string encoded;
        for (char c : name) encoded += c == ':' ? std::string("%3a") : std::string(1, c);
        if (self != "ParagraphStyle/" + encoded) problems.push_back("style " + name + " has the Self id " + self);
    }

    // Paragraph breaks: the last range of every paragraph but the story's last ends with one <Br/>; no other.
    pugi::xml_node story = document.child("Story");
    std::vector<pugi::xml_node> ranges;
    for (pugi::xml_node r : story.children("ParagraphStyleRange")) ranges.push_back(r);
    std::size_t breaks = doc.select_nodes("//Br").size();
    if (breaks != (ranges.empty() ? 0 : ranges.size() - 1))
        problems.push_back(std::to_string(breaks) + " <Br/> for " + std::to_string(ranges.size()) + " paragraphs");
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        pugi::xml_node last = ranges[i].last_child();
        bool ends_with_break = std::string(last.name()) == "CharacterStyleRange" &&
                               std::string(last.last_child().name()) == "Br";
        if (ends_with_break != (i + 1 < ranges.size()))
            problems.push_back("paragraph " + std::to_string(i + 1) +
                               (ends_with_break ? " (the last) ends with a break" : " does not end with a break"));
    }
    for (pugi::xml_node n : story.children())
        if (std::string(n.name()) != "ParagraphStyleRange" && std::string(n.name()) != "StoryPreference")
            problems.push_back(std::string("Story holds a ") + n.name());

    // Pictures link to relative file: URIs with their geometry consistent.
    for (pugi::xpath_node x : doc.select_nodes("//Link/@LinkResourceURI")) {
        std::string uri = x.attribute().value();
        if (uri.rfind("file:", 0) != 0 || uri.size() < 6 || uri[5] == '/')
            problems.push_back("link " + uri + " is not a relative file: URI");
    }
    return problems;
}

std::vector<Para> paragraphs(const std::string& bytes) {
    pugi::xml_document doc;
    doc.load_buffer(bytes.data(), bytes.size());
    std::vector<Para> out;
    for (pugi::xml_node r : doc.child("Document").child("Story").children("ParagraphStyleRange")) {
        Para p;
        p.style = r.attribute("AppliedParagraphStyle").value();
        for (pugi::xpath_node c : r.select_nodes(".//Content")) p.text += c.node().text().get();
        p.rectangles = static_cast<int>(r.select_nodes(".//Rectangle").size());
        out.push_back(p);
    }
    return out;
}

// Every story of a result: schema-valid (one jing run for all), structurally sound.
void expect_valid(const Result& r, const std::string& what) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const std::string& name : r.stories()) files.emplace_back(name, *r.entry(name));
    ASSERT_FALSE(files.empty()) << what << ": no stories written\n" << r.messages(GALLEY_ERROR);
    auto start = std::chrono::steady_clock::now();
    std::string verdict = jing_check(files);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("jing: %zu files of %s in %.2f s\n", files.size(), what.c_str(), seconds);
    if (!verdict.empty()) {
        fs::create_directories(GALLEY_FAILED_ICML);
        for (const auto& [name, bytes] : files) write_file(std::string(GALLEY_FAILED_ICML) + "/" + name, bytes);
    }
    EXPECT_EQ(verdict, "") << what << " (the files are kept in " << GALLEY_FAILED_ICML << ")";
    for (const auto& [name, bytes] : files) {
        std::vector<std::string> problems = structural_problems(bytes);
        EXPECT_TRUE(problems.empty()) << what << ": " << name << ":\n" << [&] {
            std::string s;
            for (const auto& p : problems) s += "  " + p + "\n";
            return s;
        }();
    }
}

// ---- what the model says a story holds ---------------------------------------------------------------------

std::string style(const char* name) { return std::string("ParagraphStyle/") + name; }

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// The paragraphs of an article whose text needs no cleaning: its head as a reader must see it, written out by
// each test (what galley/presentation.hpp composes is checked against these literals, never recomputed here),
// then the body as the README's mapping table lays it out: the first paragraph BodyFirst, the rest Body,
// subheadings Subhead, a supplied picture as Figure with its Caption and Credit.
std::vector<Para> expected(const Article& a, std::vector<Para> head) {
    std::vector<Para> out = std::move(head);
    auto add = [&](const char* s, const std::string& text) {
        if (!is_blank(text)) out.push_back({style(s), text, 0});
    };
    bool first = true;
    for (const Block& b : a.body) {
        if (b.type == BlockType::paragraph && !is_blank(b.text)) {
            add(first ? "BodyFirst" : "Body", b.text);
            first = false;
        } else if (b.type == BlockType::subheading) {
            add("Subhead", b.text);
        } else if (b.type == BlockType::image && !b.image.href.empty()) {
            out.push_back({style("Figure"), "", 1});
            add("Caption", b.image.caption.text);
            add("Credit", b.image.caption.credit);
        }
    }
    for (const Continuation& c : a.continuations)
        if (c.direction == "to") add("Continuation", c.text);
    return out;
}

Para headline(const char* text) { return {style("Headline"), text, 0}; }
Para byline(const char* text) { return {style("Byline"), text, 0}; }

// What a reader sees above the text of the seed's and the sample's articles. The lead of each opens with its
// date (1月3日，…), so no Dateline paragraph says it again; 本报 is printed once.
const std::map<std::string, std::vector<Para>> printed_heads{
    {"p1-a1", {headline("章旭升在慰问一线医务工作者时指出"), byline("本报讯\u3000融媒记者 徐敏")}},
    {"p1-a2",
     {{style("DerivedHeadline"), "市委十五届三次全体（扩大）会议、市政府十八届二次全体会议暨市委经济工作会议召开", 0},
      byline("本报讯\u3000融媒记者 徐敏")}},
    {"p2-a1", {headline("23个重点项目集中开工 总投资达86.5亿元"), byline("本报讯\u3000记者 汪丽娜 通讯员 王硕")}},
    {"p2-a2", {headline("社区食堂飘出“幸福味道”"), byline("本报记者 王浩 通讯员 李明")}},
    {"p2-a3", {headline("中东部地区将迎大范围降温降雪"), byline("据新华社电")}},
};

// ---- editions ----------------------------------------------------------------------------------------------

Edition seed_edition() {
    std::string path = source_dir + "/seeds/000_0472c9a91ac7b432.txt";
    InputDocument input{path, read_file(path)};
    EXPECT_FALSE(input.bytes.empty()) << path;
    ConvertOptions o;
    o.issue_date = "2023-01-04";
    Edition edition;
    Diagnostics diags;
    const Converter* c = find_converter("print-text");
    EXPECT_NE(c, nullptr);
    if (c) {
        EXPECT_TRUE(c->read(input, o, edition, diags));
    }
    return edition;
}

const std::string sample_dir = source_dir + "/samples/yongkang-2023-01-04";

Edition sample_edition() {
    Edition edition;
    Diagnostics diags;
    EXPECT_TRUE(read_edition_folder(sample_dir, {}, edition, diags));
    return edition;
}

// The pictures an edition refers to, read from its folder as galley's host does.
std::map<std::string, std::string> resources_of(const Edition& e, const std::string& folder) {
    std::map<std::string, std::string> out;
    for (const Article& a : e.articles)
        for (const Block& b : a.body)
            if (b.type == BlockType::image && !b.image.href.empty())
                out[b.image.href] = read_file(folder + "/" + b.image.href);
    return out;
}

// A real PNG (8-bit RGB, one colour) built with zlib; with `ppm` > 0 a pHYs chunk (pixels per metre).
std::string png(int width, int height, unsigned ppm = 0) {
    auto be32 = [](std::uint32_t v) {
        return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                           static_cast<char>(v)};
    };
    auto chunk = [&](const std::string& type, const std::string& data) {
        std::string body = type + data;
        auto crc = static_cast<std::uint32_t>(
            crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
        return be32(static_cast<std::uint32_t>(data.size())) + body + be32(crc);
    };
    std::string ihdr = be32(static_cast<std::uint32_t>(width)) + be32(static_cast<std::uint32_t>(height)) +
                       std::string{8, 2, 0, 0, 0};
    std::string raw;
    for (int y = 0; y < height; ++y) raw += std::string(1, '\0') + std::string(static_cast<std::size_t>(width) * 3, '\x80');
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string idat(size, '\0');
    compress2(reinterpret_cast<Bytef*>(idat.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
              static_cast<uLong>(raw.size()), 9);
    idat.resize(size);
    std::string phys = ppm ? chunk("pHYs", be32(ppm) + be32(ppm) + std::string(1, '\1')) : "";
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + phys + chunk("IDAT", idat) + chunk("IEND", "");
}

// The header of a baseline JPEG: SOI, APP0 JFIF at `dpi`, SOF0 with the size (enough for the size reader).
std::string jpeg_header(int width, int height, int dpi) {
    std::string s = "\xFF\xD8";
    s += std::string("\xFF\xE0\x00\x10JFIF\x00\x01\x02\x01", 12);
    s += {static_cast<char>(dpi >> 8), static_cast<char>(dpi), static_cast<char>(dpi >> 8), static_cast<char>(dpi), 0, 0};
    s += std::string("\xFF\xC0\x00\x11\x08", 5);
    s += {static_cast<char>(height >> 8), static_cast<char>(height), static_cast<char>(width >> 8),
          static_cast<char>(width), 3};
    s += std::string(9, '\x01');
    return s + "\xFF\xD9";
}

Block paragraph(std::string text) {
    Block b;
    b.text = std::move(text);
    return b;
}
Block subheading(std::string text) {
    Block b;
    b.type = BlockType::subheading;
    b.text = std::move(text);
    return b;
}
Block image(std::string href, std::string caption, std::string credit, std::string alt = "") {
    Block b;
    b.type = BlockType::image;
    b.image.href = std::move(href);
    b.image.alt = std::move(alt);
    b.image.caption = {std::move(caption), std::move(credit)};
    return b;
}

// Pictures (one shown twice, two files with the same name in different folders, one printed without its
// picture), several bylines without a printed credit, no dateline, continuations, an English article and an
// article on no page.
Edition rich_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.language = "zh";

    Article a;
    a.id = "p1-a1";
    a.language = "zh";
    a.column = "新春走基层";
    a.kicker = "迎难而上 全力以赴";
    a.headline = "市领导看望慰问一线医务人员";
    a.subheadline = "确保有序转段平稳渡峰";
    a.source = "本报讯";
    a.credit = "记者 张三 通讯员 李四";
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    a.body = {paragraph("1月3日，市委书记章旭升赴我市部分医疗卫生单位调研。"),
              subheading("守护人民健康"),
              paragraph("他强调，要全力以赴“保健康、防重症”。"),
              image("photos/p1 a1.png", "章旭升向医务人员送上鲜花", "记者 徐敏 摄", "一位官员向护士献花"),
              image("", "市疾控中心工作人员在监测疫情", "记者 徐敏 摄"),
              image("other/p1 a1.png", "另一张同名照片", ""),
              paragraph("全市上下要咬定目标，（一）、《二》：“三”！")};
    a.page = 1;
    a.continuations = {{"to", "第2版", "（下转第2版）"}};
    e.articles.push_back(a);

    Article b;
    b.id = "p2-a1";
    b.language = "zh";
    b.headline = "市委经济工作会议召开";
    b.bylines = {{"记者", "张三", "writer"}, {"通讯员", "李四", "correspondent"}, {"实习生", "王五", "intern"}};
    b.body = {paragraph("会议强调，2023年是开局之年。"),
              image("photos/p1 a1.png", "同一张照片", "记者 徐敏 摄", "又一次出现的献花照片")};
    b.page = 2;
    b.continuations = {{"from", "第1版", "（上接第1版）"}};
    e.articles.push_back(b);

    Article c;
    c.id = "p2-a2";
    c.language = "en";
    c.headline = "Markets rally as port reopens";
    c.source = "Reuters";
    c.credit = "Jane Doe";
    c.dateline = {"LONDON, Jan 3", "2023-01-03", "LONDON"};
    c.body = {paragraph("Shares rose 3.5 percent on Tuesday as the port reopened."),
              paragraph("\"It's a relief,\" said one trader."),
              image("photos/port.jpg", "Cranes at the reopened port", "Photo: Reuters", "Two cranes")};
    c.page = 2;
    e.articles.push_back(c);

    Article d;
    d.id = "x-1";
    d.headline = "读者来信";
    d.headline_derived = true;
    d.body = {paragraph("读者来信，欢迎来稿。")};
    e.articles.push_back(d);
    return e;
}

std::map<std::string, std::string> rich_resources() {
    return {{"photos/p1 a1.png", png(300, 200, 11811)},  // 300 ppi
            {"other/p1 a1.png", png(64, 48)},
            {"photos/port.jpg", jpeg_header(720, 480, 144)}};
}

// An edition of one English article.
Edition latin_edition() {
    Edition e;
    e.date = "2023-01-04";
    e.language = "en";
    Article a;
    a.id = "a3";
    a.language = "en";
    a.kicker = "Business";
    a.headline = "Markets rally as port reopens";
    a.subheadline = "Shipping resumes after a week";
    a.credit = "Jane Doe; Additional reporting by John Roe";
    a.dateline = {"LONDON, Jan 3", "2023-01-03", "LONDON"};
    a.body = {paragraph("Shares rose 3.5 percent on Tuesday — the biggest gain in a month."),
              subheading("Relief for exporters"), paragraph("Exporters welcomed the news.")};
    a.page = 3;
    e.articles.push_back(a);
    return e;
}

Article article(const std::string& id, const std::string& headline, std::vector<Block> body) {
    Article a;
    a.id = id;
    a.language = "zh";
    a.headline = headline;
    a.body = std::move(body);
    a.page = 1;
    return a;
}

}  // namespace

// ---- the validator itself ----------------------------------------------------------------------------------

TEST(IcmlValidation, JingIsInstalledAndRejectsABrokenStory) {
    ASSERT_EQ(access(jing.c_str(), X_OK), 0) << jing << " is missing: apt-get install --no-install-recommends jing";
    auto r = run(latin_edition());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    std::string good = *r->entry("a3.icml");
    EXPECT_EQ(jing_check({{"a3.icml", good}}), "");
    EXPECT_EQ(run_check_script(good), 0);
    // A story element InDesign does not know, and a style group out of order: both must be caught.
    std::string bad_story = good;
    bad_story.replace(bad_story.find("<StoryPreference"), 16, "<Paragraph/><StoryPreference");
    EXPECT_NE(jing_check({{"bad.icml", bad_story}}), "");
    EXPECT_NE(run_check_script(bad_story), 0);
    pugi::xml_document doc;
    doc.load_string(good.c_str());
    pugi::xml_node document = doc.child("Document");
    document.insert_move_after(document.child("RootCellStyleGroup"), document.child("RootTableStyleGroup"));
    std::ostringstream s;
    doc.save(s);
    EXPECT_NE(jing_check({{"order.icml", s.str()}}), "");
    EXPECT_FALSE(structural_problems(s.str()).empty());
}

TEST(IcmlValidation, TheStructuralChecksSeeWhatSchemasCannot) {
    auto r = run(rich_edition(), {}, rich_resources());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    std::string good = *r->entry("p1-a1.icml");
    ASSERT_TRUE(structural_problems(good).empty());
    auto broken = [&](const std::string& from, const std::string& to) {
        std::string s = good;
        std::size_t at = s.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        if (at != std::string::npos) s.replace(at, from.size(), to);
        return structural_problems(s);
    };
    EXPECT_FALSE(broken("_fig1_image\"", "_fig1_frame\"").empty());                 // duplicate Self
    EXPECT_FALSE(broken("AppliedParagraphStyle=\"ParagraphStyle/Kicker\"",          // undeclared style
                        "AppliedParagraphStyle=\"ParagraphStyle/Deck\"").empty());
    std::string tail = good.substr(0, good.rfind("</CharacterStyleRange>"));        // a break after the last one
    EXPECT_FALSE(structural_problems(tail + "<Br/>" + good.substr(tail.size())).empty());
}

// ---- the seed page -----------------------------------------------------------------------------------------

TEST(IcmlSeed, EveryArticleIsAValidStoryWithItsTextUnchanged) {
    Edition e = seed_edition();
    ASSERT_FALSE(e.articles.empty());
    auto start = std::chrono::steady_clock::now();
    auto r = run(e);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("export of the seed: %.2f ms, %zu articles\n", seconds * 1000, e.articles.size());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    EXPECT_EQ(r->messages(GALLEY_WARNING), "");
    ASSERT_EQ(r->stories().size(), e.articles.size());
    expect_valid(*r, "the seed");
    for (const Article& a : e.articles) {
        const std::string* bytes = r->entry(a.id + ".icml");
        ASSERT_NE(bytes, nullptr) << a.id;
        EXPECT_EQ(paragraphs(*bytes), expected(a, printed_heads.at(a.id))) << a.id;
        // Chinese text: the styles carry InDesign's simplified-Chinese line-breaking and spacing sets.
        EXPECT_NE(bytes->find("<KinsokuSet type=\"enumeration\">SimplifiedChineseKinsoku</KinsokuSet>"), std::string::npos);
        EXPECT_NE(bytes->find("<Mojikumi type=\"enumeration\">SimpChineseDefault</Mojikumi>"), std::string::npos);
    }
    // The official script on the first story, as the issue asks (the batch above checks them all).
    EXPECT_EQ(run_check_script(*r->entry(e.articles.front().id + ".icml")), 0);
}

TEST(IcmlSeed, StoryPageHoldsThePageInOneStory) {
    Edition e = seed_edition();
    auto r = run(e, {{"story", "page"}});
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    std::set<int> pages;
    for (const Article& a : e.articles) pages.insert(a.page);
    ASSERT_EQ(r->stories().size(), pages.size());
    expect_valid(*r, "the seed by page");
    for (int page : pages) {
        const std::string* bytes = r->entry("page-" + std::to_string(page) + ".icml");
        ASSERT_NE(bytes, nullptr) << page;
        std::vector<Para> want;
        for (const Article& a : e.articles)
            if (a.page == page)
                for (const Para& p : expected(a, printed_heads.at(a.id))) want.push_back(p);
        EXPECT_EQ(paragraphs(*bytes), want);
        EXPECT_EQ(run_check_script(*bytes), 0);
    }
}

// ---- the sample edition ------------------------------------------------------------------------------------

TEST(IcmlSample, StoriesAndPicturesBesideThem) {
    Edition e = sample_edition();
    ASSERT_GE(e.articles.size(), 2u);
    auto resources = resources_of(e, sample_dir);
    ASSERT_EQ(resources.size(), 2u);
    auto r = run(e, {}, resources);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    EXPECT_EQ(r->stories().size(), e.articles.size());
    expect_valid(*r, "the sample edition");
    int figures = 0;
    for (const Article& a : e.articles) {
        const std::string& bytes = *r->entry(a.id + ".icml");
        EXPECT_EQ(paragraphs(bytes), expected(a, printed_heads.at(a.id))) << a.id;
        pugi::xml_document doc;
        doc.load_string(bytes.c_str());
        for (const Block& b : a.body) {
            if (b.type != BlockType::image || b.image.href.empty()) continue;  // the page printed only a caption
            ++figures;
            std::string file = "images/" + fs::path(b.image.href).filename().string();
            ASSERT_NE(r->entry(file), nullptr) << file;
            EXPECT_EQ(*r->entry(file), resources.at(b.image.href));
            EXPECT_EQ(std::string(doc.select_node("//Link/@LinkResourceURI").attribute().value()), "file:" + file);
            // Sized from the PNG: its pixels at 72 ppi (the drawings record no resolution).
            icml::PictureInfo info = icml::read_picture_info(resources.at(b.image.href));
            pugi::xml_node bounds = doc.select_node("//Image/Properties/GraphicBounds").node();
            EXPECT_EQ(bounds.attribute("Right").as_double(), static_cast<double>(info.width));
            EXPECT_EQ(bounds.attribute("Bottom").as_double(), static_cast<double>(info.height));
            EXPECT_EQ(std::string(doc.select_node("//Rectangle/ObjectExportOption/@CustomAltText").attribute().value()),
                      b.image.alt);
        }
    }
    EXPECT_EQ(figures, 2);
    EXPECT_EQ(r->mem.entries.size(), e.articles.size() + 2);
}

TEST(IcmlSample, ByPageWithTheSamePictures) {
    Edition e = sample_edition();
    auto resources = resources_of(e, sample_dir);
    auto r = run(e, {{"story", "page"}}, resources);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    ASSERT_NE(r->entry("page-1.icml"), nullptr);
    ASSERT_NE(r->entry("page-2.icml"), nullptr);
    EXPECT_EQ(r->stories().size(), 2u);
    EXPECT_NE(r->entry("images/clinic.png"), nullptr);
    EXPECT_NE(r->entry("images/chart.png"), nullptr);
    expect_valid(*r, "the sample edition by page");
}

// ---- hand-made editions ------------------------------------------------------------------------------------

TEST(IcmlEditions, PicturesCaptionsCreditsBylinesContinuations) {
    Edition e = rich_edition();
    auto r = run(e, {}, rich_resources());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "the rich edition");
    EXPECT_EQ(paragraphs(*r->entry("p1-a1.icml")),
              expected(e.articles[0], {{style("Column"), "新春走基层", 0},
                                       {style("Kicker"), "迎难而上 全力以赴", 0},
                                       headline("市领导看望慰问一线医务人员"),
                                       {style("Subheadline"), "确保有序转段平稳渡峰", 0},
                                       byline("本报讯\u3000记者 张三 通讯员 李四"),
                                       {style("Dateline"), "北京1月3日", 0}}));
    EXPECT_EQ(paragraphs(*r->entry("p2-a1.icml")),
              expected(e.articles[1], {headline("市委经济工作会议召开"), byline("记者 张三\u3000通讯员 李四\u3000实习生 王五"),
                                       {style("Continuation"), "（上接第1版）", 0}}));
    EXPECT_EQ(paragraphs(*r->entry("p2-a2.icml")),
              expected(e.articles[2], {headline("Markets rally as port reopens"), byline("Jane Doe \u2014 Reuters"),
                                       {style("Dateline"), "LONDON, Jan 3", 0}}));
    EXPECT_EQ(paragraphs(*r->entry("x-1.icml")), expected(e.articles[3], {{style("DerivedHeadline"), "读者来信", 0}}));
    // The caption printed without its picture is left out, with a warning naming it.
    EXPECT_EQ(r->entry("p1-a1.icml")->find("市疾控中心工作人员在监测疫情"), std::string::npos);
    EXPECT_NE(r->messages(GALLEY_WARNING).find("[p1-a1] caption \"市疾控中心工作人员在监测疫情\": no picture was supplied"),
              std::string::npos)
        << r->messages(GALLEY_WARNING);

    // Several bylines and no printed credit: one Byline paragraph, names apart by U+3000.
    std::vector<Para> b = paragraphs(*r->entry("p2-a1.icml"));
    EXPECT_EQ(b[1], (Para{style("Byline"), "记者 张三\u3000通讯员 李四\u3000实习生 王五", 0}));
    EXPECT_EQ(b[2], (Para{style("Continuation"), "（上接第1版）", 0}));
    // No dateline printed: no Dateline paragraph.
    for (const Para& p : b) EXPECT_NE(p.style, style("Dateline"));
    // The source in its character style, first in a Chinese byline, last in an English one.
    std::string zh = *r->entry("p1-a1.icml");
    pugi::xml_document zh_doc;
    zh_doc.load_string(zh.c_str());
    EXPECT_EQ(std::string(zh_doc.select_node("//ParagraphStyleRange[@AppliedParagraphStyle='ParagraphStyle/Byline']/"
                                             "CharacterStyleRange[1][@AppliedCharacterStyle='CharacterStyle/Source']/"
                                             "Content").node().text().get()),
              "本报讯");
    std::vector<Para> en = paragraphs(*r->entry("p2-a2.icml"));
    EXPECT_EQ(en[1], (Para{style("Byline"), "Jane Doe \u2014 Reuters", 0}));

    // One file per distinct picture; same-named files from two folders kept apart; shown twice, linked twice.
    EXPECT_EQ(*r->entry("images/p1 a1.png"), rich_resources().at("photos/p1 a1.png"));
    EXPECT_EQ(*r->entry("images/p1 a1-2.png"), rich_resources().at("other/p1 a1.png"));
    EXPECT_EQ(*r->entry("images/port.jpg"), rich_resources().at("photos/port.jpg"));
    EXPECT_EQ(r->mem.entries.size(), 4u + 3u);
    pugi::xml_document doc;
    doc.load_string(zh.c_str());
    auto links = doc.select_nodes("//Link/@LinkResourceURI");
    ASSERT_EQ(links.size(), 2u);
    EXPECT_EQ(std::string(links[0].attribute().value()), "file:images/p1%20a1.png");
    EXPECT_EQ(std::string(links[1].attribute().value()), "file:images/p1%20a1-2.png");
    // 300 × 200 pixels at 300 ppi: 72 × 48 points; the frame and the picture's bounds agree.
    pugi::xml_node rect = doc.select_node("//Rectangle").node();
    EXPECT_EQ(std::string(rect.attribute("ItemTransform").value()), "1 0 0 1 36 -24");
    EXPECT_EQ(std::string(rect.child("Image").attribute("ItemTransform").value()), "1 0 0 1 -36 -24");
    EXPECT_EQ(rect.select_node("Image/Properties/GraphicBounds/@Right").attribute().as_double(), 72.0);
    EXPECT_EQ(rect.select_node("Image/Properties/GraphicBounds/@Bottom").attribute().as_double(), 48.0);
    EXPECT_EQ(std::string(rect.select_node("Properties/PathGeometry/GeometryPathType/PathPointArray/"
                                           "PathPointType[3]/@Anchor").attribute().value()),
              "36 24");
    // The JPEG: 720 × 480 at 144 dpi (JFIF) is 360 × 240 points.
    pugi::xml_document port;
    port.load_string(r->entry("p2-a2.icml")->c_str());
    EXPECT_EQ(port.select_node("//GraphicBounds/@Right").attribute().as_double(), 360.0);
    EXPECT_EQ(port.select_node("//GraphicBounds/@Bottom").attribute().as_double(), 240.0);
    // English text: no Chinese line-breaking sets.
    EXPECT_EQ(r->entry("p2-a2.icml")->find("KinsokuSet"), std::string::npos);
    // The derived headline is placed, with a note saying so.
    EXPECT_NE(r->messages(GALLEY_NOTE).find("[x-1] the headline was made by galley"), std::string::npos);
    // Full-width punctuation unchanged.
    EXPECT_NE(zh.find("全市上下要咬定目标，（一）、《二》：“三”！"), std::string::npos);
}

TEST(IcmlEditions, PicturesScaledToAGivenWidth) {
    auto r = run(rich_edition(), {{"image-width", "144"}}, rich_resources());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "the rich edition at 144 pt");
    pugi::xml_document doc;
    doc.load_string(r->entry("p1-a1.icml")->c_str());
    pugi::xml_node rect = doc.select_node("//Rectangle").node();
    // 72 × 48 points scaled by 2: the frame is 144 × 96, the picture keeps its bounds and is scaled.
    EXPECT_EQ(std::string(rect.attribute("ItemTransform").value()), "1 0 0 1 72 -48");
    EXPECT_EQ(std::string(rect.child("Image").attribute("ItemTransform").value()), "2 0 0 2 -72 -48");
    EXPECT_EQ(rect.select_node("Image/Properties/GraphicBounds/@Right").attribute().as_double(), 72.0);
}

TEST(IcmlEditions, LatinText) {
    Edition e = latin_edition();
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "the Latin edition");
    std::vector<Para> got = paragraphs(*r->entry("a3.icml"));
    EXPECT_EQ(got, expected(e.articles[0], {{style("Kicker"), "Business", 0},
                                           headline("Markets rally as port reopens"),
                                           {style("Subheadline"), "Shipping resumes after a week", 0},
                                           byline("Jane Doe; Additional reporting by John Roe"),
                                           {style("Dateline"), "LONDON, Jan 3", 0}}));
    EXPECT_EQ(got[0].style, style("Kicker"));
    EXPECT_EQ(got[3], (Para{style("Byline"), "Jane Doe; Additional reporting by John Roe", 0}));
    EXPECT_EQ(got[4], (Para{style("Dateline"), "LONDON, Jan 3", 0}));
    EXPECT_EQ(got[5].style, style("BodyFirst"));
    EXPECT_EQ(got[6].style, style("Subhead"));
    EXPECT_EQ(got[7].style, style("Body"));
    EXPECT_EQ(r->entry("a3.icml")->find("Kinsoku"), std::string::npos);
}

TEST(IcmlEditions, MarkupCharactersAreEscapedAndForbiddenOnesReplaced) {
    Edition e;
    e.date = "2023-01-04";
    e.articles.push_back(article("p1-a1", "A < B & C ]]> D \"quoted\" 'single'",
                                 {paragraph("x<y && y>z ]]> <Br/> &amp; <![CDATA[ kept ]]>"),
                                 paragraph(std::string("bell\x07 nul") + '\0' + " esc\x1b ffff\xEF\xBF\xBF end"),
                                 paragraph("line one\nline two\r\nline three"),
                                 paragraph("tab\there　全角空格，保留。")}));
    e.articles[0].body.push_back(image("a&b <c>.png", "cap < & >", "credit ]]>", "alt \"x\" & <y>"));
    auto r = run(e, {}, {{"a&b <c>.png", png(4, 3)}});
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "the markup edition");
    const std::string& bytes = *r->entry("p1-a1.icml");
    std::vector<Para> got = paragraphs(bytes);
    ASSERT_EQ(got.size(), 8u);
    EXPECT_EQ(got[0].text, "A < B & C ]]> D \"quoted\" 'single'");
    EXPECT_EQ(got[1].text, "x<y && y>z ]]> <Br/> &amp; <![CDATA[ kept ]]>");
    EXPECT_EQ(got[2].text, "bell\uFFFD nul\uFFFD esc\uFFFD ffff\uFFFD end");
    EXPECT_EQ(got[3].text, "line one\u2028line two\u2028line three");  // forced line breaks
    EXPECT_EQ(got[4].text, "tab\there　全角空格，保留。");
    EXPECT_EQ(got[5].rectangles, 1);
    EXPECT_EQ(got[6].text, "cap < & >");
    EXPECT_EQ(got[7].text, "credit ]]>");
    EXPECT_EQ(bytes.find("]]>"), std::string::npos);
    EXPECT_EQ(bytes.find("<Br/> &amp;"), std::string::npos);
    EXPECT_NE(bytes.find("file:images/a%26b%20_c_.png"), std::string::npos);
    ASSERT_NE(r->entry("images/a&b _c_.png"), nullptr);
    std::string warnings = r->messages(GALLEY_WARNING);
    EXPECT_NE(warnings.find("[p1-a1] paragraph: replaced U+0007, which XML 1.0 does not allow"), std::string::npos);
    EXPECT_NE(warnings.find("U+0000"), std::string::npos);
    EXPECT_NE(warnings.find("U+FFFF"), std::string::npos);
}

TEST(IcmlEditions, AnEmptyArticleIsAnEmptyValidStory) {
    Edition e;
    e.date = "2023-01-04";
    e.language = "zh";
    e.articles.push_back(article("p1-a1", "", {}));
    e.articles.push_back(article("p1-a2", "", {paragraph("  "), image("", "", "")}));
    e.articles.push_back(article("p1-a3", "只有标题", {}));
    auto r = run(e);
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "the empty articles");
    EXPECT_TRUE(paragraphs(*r->entry("p1-a1.icml")).empty());
    EXPECT_TRUE(paragraphs(*r->entry("p1-a2.icml")).empty());
    EXPECT_EQ(paragraphs(*r->entry("p1-a3.icml")), (std::vector<Para>{{style("Headline"), "只有标题", 0}}));
    EXPECT_NE(r->messages(GALLEY_WARNING).find("[p1-a1] the article has no text"), std::string::npos);
    EXPECT_NE(r->messages(GALLEY_WARNING).find("[p1-a2] the article has no text"), std::string::npos);
    auto page = run(e, {{"story", "page"}});
    ASSERT_EQ(page->status, GALLEY_OK);
    expect_valid(*page, "the empty articles by page");
    EXPECT_EQ(paragraphs(*page->entry("page-1.icml")).size(), 1u);
}

// ---- options -----------------------------------------------------------------------------------------------

TEST(IcmlOptions, StylePrefixPutsTheStylesInAGroup) {
    Edition e = rich_edition();
    auto r = run(e, {{"style-prefix", "News:"}}, rich_resources());
    ASSERT_EQ(r->status, GALLEY_OK) << r->messages(GALLEY_ERROR);
    expect_valid(*r, "the rich edition with style-prefix News:");
    pugi::xml_document doc;
    doc.load_string(r->entry("p1-a1.icml")->c_str());
    pugi::xml_node group = doc.select_node("/Document/RootParagraphStyleGroup/ParagraphStyleGroup").node();
    EXPECT_EQ(std::string(group.attribute("Self").value()), "ParagraphStyleGroup/News");
    EXPECT_EQ(std::string(group.attribute("Name").value()), "News");
    pugi::xml_node headline = group.find_child_by_attribute("ParagraphStyle", "Name", "News:Headline");
    EXPECT_EQ(std::string(headline.attribute("Self").value()), "ParagraphStyle/News%3aHeadline");
    std::vector<Para> got = paragraphs(*r->entry("p1-a1.icml"));
    EXPECT_EQ(got[2].style, "ParagraphStyle/News%3aHeadline");  // after the column label and the kicker
    EXPECT_EQ(std::string(doc.select_node("//CharacterStyle[@Name='News:Source']/@Self").attribute().value()),
              "CharacterStyle/News%3aSource");

    auto nested = run(latin_edition(), {{"style-prefix", "Paper:Print:NP "}});
    ASSERT_EQ(nested->status, GALLEY_OK) << nested->messages(GALLEY_ERROR);
    expect_valid(*nested, "the Latin edition with nested groups");
    EXPECT_NE(nested->entry("a3.icml")->find("AppliedParagraphStyle=\"ParagraphStyle/Paper%3aPrint%3aNP Headline\""),
              std::string::npos);

    auto bad = run(latin_edition(), {{"style-prefix", "News::"}});
    EXPECT_EQ(bad->status, GALLEY_FAILED);
    EXPECT_NE(bad->messages(GALLEY_ERROR).find("empty style group name"), std::string::npos);
}

TEST(IcmlOptions, BadOptionsAndInputsWriteNothing) {
    auto story = run(latin_edition(), {{"story", "spread"}});
    EXPECT_EQ(story->status, GALLEY_FAILED);
    EXPECT_NE(story->messages(GALLEY_ERROR).find("option story"), std::string::npos);
    EXPECT_TRUE(story->mem.entries.empty());

    auto width = run(latin_edition(), {{"image-width", "-5"}});
    EXPECT_EQ(width->status, GALLEY_FAILED);
    EXPECT_TRUE(width->mem.entries.empty());

    Edition ids = latin_edition();
    ids.articles.push_back(ids.articles[0]);
    auto dup = run(ids);
    EXPECT_EQ(dup->status, GALLEY_FAILED);
    EXPECT_NE(dup->messages(GALLEY_ERROR).find("a3.icml"), std::string::npos);
    EXPECT_TRUE(dup->mem.entries.empty());
    // By page the same ids are fine: Self ids stay unique within the file.
    auto by_page = run(ids, {{"story", "page"}});
    ASSERT_EQ(by_page->status, GALLEY_OK) << by_page->messages(GALLEY_ERROR);
    expect_valid(*by_page, "a page with a repeated article id");

    Edition unsafe = latin_edition();
    unsafe.articles[0].id = "../a3";
    EXPECT_EQ(run(unsafe)->status, GALLEY_FAILED);

    auto missing = run(rich_edition(), {}, {});
    EXPECT_EQ(missing->status, GALLEY_FAILED);
    EXPECT_NE(missing->messages(GALLEY_ERROR).find("[p1-a1] cannot read the picture photos/p1 a1.png"),
              std::string::npos);
    EXPECT_TRUE(missing->mem.entries.empty());

    Edition none;
    none.date = "2023-01-04";
    EXPECT_EQ(run(none)->status, GALLEY_FAILED);
}

// ---- determinism and the module ----------------------------------------------------------------------------

TEST(IcmlDeterminism, SameInputSameBytesThroughTheModuleToo) {
    Edition e = rich_edition();
    auto a = run(e, {}, rich_resources());
    auto b = run(e, {}, rich_resources());
    ASSERT_EQ(a->status, GALLEY_OK);
    EXPECT_EQ(a->mem.entries, b->mem.entries);

    void* lib = dlopen(GALLEY_ICML_MODULE, RTLD_NOW | RTLD_LOCAL);
    ASSERT_NE(lib, nullptr) << dlerror();
    auto entry = reinterpret_cast<galley_exporter_entry_fn>(dlsym(lib, GALLEY_EXPORTER_ENTRY_SYMBOL));
    ASSERT_NE(entry, nullptr);
    const galley_exporter* d = entry();
    EXPECT_STREQ(d->id, "icml");
    EXPECT_STREQ(d->file_extension, "icml");
    plugin::testing::MemoryHost mem;
    mem.resources = rich_resources();
    std::string json = to_canonical_json(e);
    std::vector<galley_option_value> values;
    for (std::size_t i = 0; i < d->option_count; ++i)
        values.push_back({d->options[i].name, d->options[i].default_value});
    galley_host h = mem.host();
    EXPECT_EQ(d->export_edition(&h, json.data(), json.size(), values.data(), values.size()), GALLEY_OK);
    EXPECT_EQ(mem.entries, a->mem.entries);
    dlclose(lib);
}

// ---- small pieces ------------------------------------------------------------------------------------------

TEST(IcmlPieces, PictureHeaders) {
    icml::PictureInfo p = icml::read_picture_info(png(640, 480));
    EXPECT_EQ(p.format, "png");
    EXPECT_EQ(p.width, 640);
    EXPECT_EQ(p.height, 480);
    EXPECT_EQ(p.ppi_x, 0);
    p = icml::read_picture_info(png(10, 20, 11811));
    EXPECT_NEAR(p.ppi_x, 300, 0.01);
    p = icml::read_picture_info(jpeg_header(1024, 768, 300));
    EXPECT_EQ(p.format, "jpeg");
    EXPECT_EQ(p.width, 1024);
    EXPECT_EQ(p.height, 768);
    EXPECT_EQ(p.ppi_y, 300);
    p = icml::read_picture_info(std::string("GIF89a\x20\x03\x58\x02", 10));
    EXPECT_EQ(p.format, "gif");
    EXPECT_EQ(p.width, 800);
    EXPECT_EQ(p.height, 600);
    EXPECT_EQ(icml::read_picture_info("not a picture").format, "");
    EXPECT_EQ(icml::read_picture_info(std::string("\xFF\xD8\xFF\xE0\xFF", 5)).width, 0);  // truncated
}

TEST(IcmlPieces, UrisPointsIdsAndStyleNames) {
    EXPECT_EQ(icml::file_uri("images/照片 1.png"), "file:images/%E7%85%A7%E7%89%87%201.png");
    EXPECT_EQ(icml::points(160), "160");
    EXPECT_EQ(icml::points(-72.5), "-72.5");
    EXPECT_EQ(icml::points(1.0 / 3), "0.333");
    EXPECT_EQ(icml::points(-0.0001), "0");
    EXPECT_EQ(icml::id_part("p1-a1"), "p1-a1");
    EXPECT_EQ(icml::id_part("a_b/c"), "a_5fb_2fc");
    EXPECT_NE(icml::id_part("a_5f"), icml::id_part("a__5f"));
    icml::StyleSheet s;
    std::string error;
    ASSERT_TRUE(icml::StyleSheet::parse("", s, error));
    EXPECT_EQ(s.self(icml::ParaStyle::body_first), "ParagraphStyle/BodyFirst");
    ASSERT_TRUE(icml::StyleSheet::parse("A%:B ", s, error));
    EXPECT_EQ(s.self(icml::ParaStyle::headline), "ParagraphStyle/A%25%3aB Headline");
    EXPECT_EQ(s.name(icml::ParaStyle::headline), "A%:B Headline");
    EXPECT_FALSE(icml::StyleSheet::parse(":x", s, error));
    EXPECT_FALSE(icml::StyleSheet::parse(std::string("a\nb"), s, error));
}
