// The canonical JSON form: round trips and messages, and a differential check against the DOM writer and
// reader that the streaming ones replaced (formats/testing/dom_model_json.hpp): the same bytes out, and for any
// text in the same verdict, the same model and the same messages at the same places.
#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../formats/testing/dom_model_json.hpp"
#include "galley/converter.hpp"
#include "galley/model_json.hpp"
#include "run.hpp"
#include "story.hpp"

using namespace galley;

namespace {
Edition sample() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.language = "zh";
    Page p;
    p.number = 1;
    p.metadata.push_back({"editor", "责任编辑", "胡丽", "责任编辑：胡丽", {"p.txt", 40, 1}});
    e.pages.push_back(p);
    Article a;
    a.id = "p1-a1";
    a.language = "zh";
    a.headline = "标题 <&> \"quoted\"";
    a.source = "本报讯";
    a.bylines.push_back({"融媒记者", "徐敏", "writer"});
    a.dateline = {"1月3日", "2023-01-03", ""};
    a.body.push_back({BlockType::paragraph, "1月3日，市委书记……", {}, {"p.txt", 1, 2}});
    Block img;
    img.type = BlockType::image;
    img.image.caption = {"图为医务人员。", "记者 徐敏 摄", {{"记者", "徐敏", "photographer"}}};
    a.body.push_back(img);
    a.continuations.push_back({"to", "第二版", "（下转第二版）"});
    a.dropped.push_back({"■", "decorative mark", {"p.txt", 3, 1}});
    a.origin = {"p.txt", 1, 2};
    e.articles.push_back(a);
    return e;
}
}  // namespace

TEST(ModelJson, RoundTrip) {
    Edition e = sample();
    std::string json = to_canonical_json(e);
    Edition back;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(json, "e.json", back, d)) << (d.items().empty() ? "" : format_diagnostic(d.items()[0]));
    // Block origins carry only a line in JSON; the file comes from the article.
    e.articles[0].body[0].origin.column = 0;
    e.articles[0].body[1].origin = {"p.txt", 0, 0};
    EXPECT_EQ(back, e);
    EXPECT_EQ(to_canonical_json(back), json);
}
TEST(ModelJson, ACaptionsBylinesAreWrittenLikeAnArticles) {
    std::string json = to_canonical_json(sample());
    EXPECT_NE(json.find("\"credit\": \"记者 徐敏 摄\",\n"
                        "              \"bylines\": [\n"
                        "                {\n"
                        "                  \"role\": \"记者\",\n"
                        "                  \"name\": \"徐敏\",\n"
                        "                  \"kind\": \"photographer\"\n"),
              std::string::npos)
        << json;
    // Every key is always written: a credit that names no one has an empty list.
    Edition e;
    e.cover.caption.credit = "新华社发";
    EXPECT_NE(to_canonical_json(e).find("\"credit\": \"新华社发\",\n        \"bylines\": []\n"), std::string::npos)
        << to_canonical_json(e);
}
TEST(ModelJson, ACaptionWrittenBeforeItHadBylinesStillReads) {
    const std::string old = R"({"format": "galley-edition", "version": 1, "articles": [{"id": "a", "body": [
        {"type": "image", "image": {"href": "", "media_type": "", "alt": "",
                                    "caption": {"text": "图为会场。", "credit": "记者 徐敏 摄"}}, "line": 3}]}]})";
    Edition e;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(old, "old.json", e, d));
    EXPECT_TRUE(d.items().empty());
    ASSERT_EQ(e.articles.at(0).body.size(), 1u);
    EXPECT_EQ(e.articles[0].body[0].image.caption.credit, "记者 徐敏 摄");
    EXPECT_TRUE(e.articles[0].body[0].image.caption.bylines.empty());  // the reader's work is not redone here
}
TEST(ModelJson, RealUtf8AndAFinalNewline) {
    std::string json = to_canonical_json(sample());
    EXPECT_NE(json.find("永康日报"), std::string::npos);
    EXPECT_EQ(json.find("\\u"), std::string::npos);
    EXPECT_EQ(json.back(), '\n');
    EXPECT_NE(json.find("\"headline_derived\": false"), std::string::npos);
}
TEST(ModelJson, SyntaxErrorNamesLineAndColumn) {
    Edition e;
    Diagnostics d;
    EXPECT_FALSE(from_canonical_json("{\n  \"format\": \"galley-edition\",\n  \"version\": 1,,\n}", "bad.json", e, d));
    ASSERT_EQ(d.items().size(), 1u);
    EXPECT_EQ(d.items()[0].where.line, 3);
    EXPECT_EQ(d.items()[0].where.column, 16);  // the second comma
}
TEST(ModelJson, TypeErrorNamesThePlace) {
    Edition e;
    Diagnostics d;
    std::string text = "{\"format\": \"galley-edition\", \"version\": 1,\n \"articles\": [\n  {\"id\": \"a\",\n   \"headline\": 42}]}";
    EXPECT_FALSE(from_canonical_json(text, "t.json", e, d));
    ASSERT_FALSE(d.items().empty());
    const auto& item = d.items()[0];
    EXPECT_EQ(item.where.line, 4);
    EXPECT_EQ(item.where.column, 16);
    EXPECT_NE(item.message.find("/articles/0/headline"), std::string::npos);
}
TEST(ModelJson, WrongFormatOrVersion) {
    Edition e;
    Diagnostics d;
    EXPECT_FALSE(from_canonical_json("{\"format\": \"other\"}", "x.json", e, d));
    Diagnostics d2;
    EXPECT_FALSE(from_canonical_json("{\"format\": \"galley-edition\", \"version\": 9}", "x.json", e, d2));
    EXPECT_NE(d2.items()[0].message.find("unsupported version 9"), std::string::npos);
}
TEST(ModelJson, UnknownKeysAreWarnings) {
    Edition e;
    Diagnostics d;
    EXPECT_TRUE(from_canonical_json("{\"format\": \"galley-edition\", \"version\": 1, \"extra\": 1}", "x.json", e, d));
    EXPECT_EQ(d.warning_count(), 1u);
}
TEST(ModelJson, BadBlockType) {
    Edition e;
    Diagnostics d;
    EXPECT_FALSE(from_canonical_json(
        "{\"format\": \"galley-edition\", \"version\": 1, \"articles\": [{\"body\": [{\"type\": \"table\"}]}]}", "x.json", e, d));
}

// ---- differential: the streaming writer and reader against the DOM ones they replaced ----------------------

namespace {

using Rng = std::mt19937_64;  // fixed seeds: every run checks the same cases
using ojson = nlohmann::ordered_json;

std::size_t pick(Rng& rng, std::size_t n) { return static_cast<std::size_t>(rng() % n); }
bool chance(Rng& rng, int percent) { return static_cast<int>(rng() % 100) < percent; }

// The seed page read by the print-text converter: real newsroom copy.
Edition seed_edition() {
    const std::string path = galley::testing::source_dir() + "/seeds/000_0472c9a91ac7b432.txt";
    Edition ed;
    Diagnostics diags;
    ConvertOptions options;
    options.issue_date = "2023-01-04";
    EXPECT_TRUE(find_converter("print-text")->read({path, galley::testing::read_file(path)}, options, ed, diags));
    EXPECT_EQ(ed.articles.size(), 2u);
    return ed;
}

// `n` articles made of the seed's, as bench/model_exchange.cpp makes them.
Edition seed_edition_of(std::size_t n) {
    const Edition seed = seed_edition();
    Edition ed = seed;
    ed.articles.clear();
    for (std::size_t i = 0; i < n && !seed.articles.empty(); ++i) {
        Article a = seed.articles[i % seed.articles.size()];
        a.id = "p" + std::to_string(i / 10 + 1) + "-a" + std::to_string(i % 10 + 1);
        ed.articles.push_back(std::move(a));
    }
    return ed;
}

// Text that is UTF-8 but awkward: what JSON must escape, astral characters, characters easy to get wrong.
const std::vector<std::string>& utf8_pieces() {
    static const std::vector<std::string> pieces = [] {
        std::vector<std::string> p = {
            "", "a", "Headline", " ", "永康日报", "第1版", "责任编辑：胡丽", "«»", "é", "\u00A0", "\xE4\xB8\xAD",
            "😀", "𠀀", "\xF4\x8F\xBF\xBF",                          // astral, up to U+10FFFF
            "\"", "\\", "/", "\\u0041", "\\\"", "\"\"", "'",           // quotes and backslashes as text
            "\u2028", "\u2029", "\uFEFF", "\uFFFD", "\x7F",
        };
        for (int c = 0; c < 0x20; ++c) p.emplace_back(1, static_cast<char>(c));  // every control character
        return p;
    }();
    return pieces;
}

// Bytes that are not UTF-8: each bad sequence must become one U+FFFD, just where nlohmann's writer puts it.
const std::vector<std::string>& broken_pieces() {
    static const std::vector<std::string> pieces = {
        "\x80", "\xBF", "\xC0", "\xC1", "\xC2", "\xC0\x80", "\xC3",     // stray, overlong, lone leads
        "\xE0\x80\x80", "\xE0\xA0", "\xED\xA0\x80", "\xED\xBF\xBF",    // overlong, truncated, surrogates
        "\xEF\xBF", "\xF0\x80\x80\x80", "\xF0\x9F\x98", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8",
        "\xFE", "\xFF", "\xE4\xB8", "\xE4" "a", "\xF0\x9F" "\xE4\xB8\xAD",
    };
    return pieces;
}

const std::vector<std::string>& awkward_pieces() {
    static const std::vector<std::string> pieces = [] {
        std::vector<std::string> p = utf8_pieces();
        p.insert(p.end(), broken_pieces().begin(), broken_pieces().end());
        return p;
    }();
    return pieces;
}

// Makes editions with every field set at random from the pieces above.
class AwkwardEditions {
public:
    struct Options {
        bool readable = true;    // one the reader gives back exactly once written: numbers in range, blocks
                                 // with only what the format keeps of them (see as_kept)
        bool utf8_only = false;  // no broken_pieces()
    };

    AwkwardEditions(std::uint64_t seed, Options options) : rng_(seed), options_(options) {}

    std::string string() {
        const auto& pieces = options_.utf8_only ? utf8_pieces() : awkward_pieces();
        if (chance(rng_, 15)) return "";
        std::string s;
        for (std::size_t n = 1 + pick(rng_, 6); n > 0; --n) s += pieces[pick(rng_, pieces.size())];
        return s;
    }

    // The first eight are what the reader accepts (0 to 1000000).
    int integer() {
        static const int values[] = {0, 1, 2, 9, 10, 42, 999999, 1000000, -1, 1000001, INT_MAX, INT_MIN};
        return values[pick(rng_, options_.readable ? 8 : std::size(values))];
    }

    SourceSpan origin() { return {string(), integer(), integer()}; }

    Image image() {
        Image i{string(), string(), string(), {string(), string()}};
        for (std::size_t b = pick(rng_, 3); b > 0; --b) i.caption.bylines.push_back({string(), string(), string()});
        return i;
    }

    std::vector<Dropped> dropped() {
        std::vector<Dropped> list(pick(rng_, 3));
        for (auto& d : list) d = {string(), string(), origin()};
        return list;
    }

    Article article() {
        Article a;
        for (std::string* s : {&a.id, &a.language, &a.kicker, &a.headline, &a.subheadline, &a.source, &a.credit,
                               &a.section, &a.rights})
            *s = string();
        a.headline_derived = chance(rng_, 50);
        for (std::size_t b = pick(rng_, 4); b > 0; --b) a.bylines.push_back({string(), string(), string()});
        a.dateline = {string(), string(), string()};
        a.origin = origin();
        for (std::size_t b = pick(rng_, 9); b > 0; --b) {
            Block& block = a.body.emplace_back();
            block.type = static_cast<BlockType>(pick(rng_, 3));
            if (block.type == BlockType::image || !options_.readable) block.image = image();
            if (block.type != BlockType::image || !options_.readable) block.text = string();
            block.origin = options_.readable ? SourceSpan{a.origin.file, integer(), 0} : origin();
        }
        a.page = integer();
        for (std::size_t c = pick(rng_, 3); c > 0; --c)
            a.continuations.push_back({chance(rng_, 50) ? "to" : "from", string(), string()});
        if (!options_.readable && chance(rng_, 20)) a.continuations.push_back({string(), "", ""});
        for (std::size_t k = pick(rng_, 4); k > 0; --k) a.keywords.push_back(string());
        for (std::size_t k = pick(rng_, 3); k > 0; --k) a.subjects.push_back({string(), string(), string()});
        a.dropped = dropped();
        return a;
    }

    Edition edition(std::size_t max_articles) {
        Edition ed;
        for (std::string* s : {&ed.title, &ed.date, &ed.issue, &ed.issn, &ed.publisher, &ed.language, &ed.rights, &ed.note})
            *s = string();
        if (chance(rng_, 50)) ed.cover = image();
        for (std::size_t n = pick(rng_, 4); n > 0; --n) {
            Page& p = ed.pages.emplace_back();
            p.number = integer();
            p.label = string();
            p.section = string();
            for (std::size_t f = pick(rng_, 3); f > 0; --f) p.files.push_back(string());
            for (std::size_t m = pick(rng_, 4); m > 0; --m)
                p.metadata.push_back({string(), string(), string(), string(), origin()});
        }
        for (std::size_t n = pick(rng_, max_articles + 1); n > 0; --n) ed.articles.push_back(article());
        ed.dropped = dropped();
        return ed;
    }

private:
    Rng rng_;
    Options options_;
};

Edition awkward_edition(std::uint64_t seed, std::size_t max_articles, AwkwardEditions::Options options = {}) {
    return AwkwardEditions(seed, options).edition(max_articles);
}

bool valid_utf8(std::string_view text) {
    // nlohmann's strict serializer throws on the first byte that is not UTF-8.
    try {
        (void)nlohmann::json(std::string(text)).dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

// Whether every string of the model is UTF-8 (the writer then writes each unchanged): the DOM writer's parts of
// the edition, dumped with nlohmann's strict handler, which throws at a byte that is not.
bool all_strings_valid_utf8(const Edition& ed) {
    std::vector<dom_oracle::ojson> parts = {dom_oracle::image_json(ed.cover), dom_oracle::dropped_json(ed.dropped)};
    for (const std::string* s : {&ed.title, &ed.date, &ed.issue, &ed.issn, &ed.publisher, &ed.language, &ed.rights, &ed.note})
        parts.emplace_back(*s);
    for (const Page& p : ed.pages) parts.push_back(dom_oracle::page_json(p));
    for (const Article& a : ed.articles) parts.push_back(dom_oracle::article_json(a));
    try {
        for (const auto& part : parts) (void)part.dump();
        return true;
    } catch (const nlohmann::json::type_error&) {
        return false;
    }
}

// Where two texts first differ, with some context, for failure messages.
std::string first_difference(std::string_view a, std::string_view b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    const std::size_t from = i < 80 ? 0 : i - 80;
    return "at byte " + std::to_string(i) + ":\n  new: " + nlohmann::json(std::string(a.substr(from, 160))).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace) +
           "\n  old: " + nlohmann::json(std::string(b.substr(from, 160))).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
}

::testing::AssertionResult same_bytes(const Edition& ed) {
    const std::string now = to_canonical_json(ed);
    const std::string before = dom_oracle::to_canonical_json(ed);
    if (now == before) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "the writers differ " << first_difference(now, before);
}

// A reader's verdict on a text: whether it read it, what it said, and the model.
struct Verdict {
    bool ok = false;
    std::string exception;                // what the DOM reader let escape (nlohmann's out_of_range)
    std::vector<std::string> messages;    // as galley prints them: file:line:column: severity: message
    std::vector<std::string> unplaced;    // the same without file, line and column
    Edition edition;
};

template <class Read>
Verdict verdict_of(Read read) {
    Verdict v;
    Diagnostics diags;
    try {
        v.ok = read(v.edition, diags);
    } catch (const std::exception& e) {
        v.exception = e.what();
    }
    for (const Diagnostic& d : diags.items()) {
        v.messages.push_back(format_diagnostic(d));
        Diagnostic unplaced = d;
        unplaced.where = {};
        v.unplaced.push_back(format_diagnostic(unplaced));
    }
    return v;
}

Verdict read_now(std::string_view text) {
    return verdict_of([&](Edition& ed, Diagnostics& d) { return from_canonical_json(text, "e.json", ed, d); });
}
Verdict read_before(std::string_view text) {
    return verdict_of([&](Edition& ed, Diagnostics& d) { return dom_oracle::from_canonical_json(text, "e.json", ed, d); });
}

// Whether the DOM reader put its messages where the value they are about is. It found that place again by
// scanning the text for the keys, so it missed with a byte order mark before the document, a key written with
// escapes, or a key given twice in one object (it took the first, while the value read was the last); the
// streaming reader notes the place as it reads. Only texts that parse are asked about.
bool dom_reader_placed_right(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") return false;
    std::vector<std::set<std::string>> objects;  // keys seen in each open object; arrays have none
    std::vector<bool> is_object;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\0') break;  // nlohmann reads no further
        if (c == '{' || c == '[') {
            is_object.push_back(c == '{');
            if (c == '{') objects.emplace_back();
        } else if (c == '}' || c == ']') {
            if (is_object.back()) objects.pop_back();
            is_object.pop_back();
        } else if (c == '"') {
            const std::size_t begin = ++i;
            bool escaped = false;
            for (; text[i] != '"'; ++i) {
                if (text[i] == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            std::size_t after = i + 1;
            while (after < text.size() && std::string_view(" \t\r\n").find(text[after]) != std::string_view::npos) ++after;
            if (after < text.size() && text[after] == ':') {
                if (escaped || !objects.back().insert(std::string(text.substr(begin, i - begin))).second) return false;
            }
        }
    }
    return true;
}

// The streaming reader gives the DOM reader's verdict on `text`: it reads it or not, with the same messages
// in the same order, at the same places where the DOM reader placed them right, and into the same model.
::testing::AssertionResult same_verdict(std::string_view text) {
    const Verdict now = read_now(text);
    const Verdict before = read_before(text);
    auto failure = [&]() {
        std::string shown(text.substr(0, 600));
        return ::testing::AssertionFailure()
               << "for " << nlohmann::json(shown).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace)
               << (text.size() > 600 ? "…" : "") << "\n";
    };
    if (!before.exception.empty()) {
        // The DOM reader let nlohmann's number overflow escape as an exception; now it is a syntax error.
        const std::string what = before.exception.substr(before.exception.find("] ") + 2);
        if (now.ok || now.messages.size() != 1 || now.messages[0].find("invalid JSON: " + what) == std::string::npos)
            return failure() << "the DOM reader threw " << before.exception << ", the new one said "
                             << ::testing::PrintToString(now.messages);
        return ::testing::AssertionSuccess();
    }
    if (now.ok != before.ok)
        return failure() << "new reader " << (now.ok ? "accepts" : "refuses") << ", the DOM reader "
                         << (before.ok ? "accepts" : "refuses") << "; new: " << ::testing::PrintToString(now.messages)
                         << " DOM: " << ::testing::PrintToString(before.messages);
    // A syntax error is placed by nlohmann's own count either way.
    const bool syntax_error = !before.ok && before.messages.size() == 1 &&
                              before.messages[0].find("invalid JSON") != std::string::npos;
    const bool compare_places = syntax_error || dom_reader_placed_right(text);
    if (compare_places ? now.messages != before.messages : now.unplaced != before.unplaced)
        return failure() << "messages differ\n  new: " << ::testing::PrintToString(now.messages)
                         << "\n  DOM: " << ::testing::PrintToString(before.messages);
    if (now.ok && !(now.edition == before.edition))
        return failure() << "the models differ; as canonical JSON "
                         << first_difference(to_canonical_json(now.edition), to_canonical_json(before.edition));
    return ::testing::AssertionSuccess();
}

// What the format keeps of a model: a block's origin is its line in the article's file.
Edition as_kept(Edition ed) {
    for (Article& a : ed.articles)
        for (Block& b : a.body) b.origin = {a.origin.file, b.origin.line, 0};
    return ed;
}

}  // namespace

TEST(ModelJsonDifferential, SeedWritesTheSameBytes) {
    const Edition seed = seed_edition();
    ASSERT_TRUE(same_bytes(seed));
    const std::string json = to_canonical_json(seed);
    EXPECT_NE(json.find("\"source\": \"本报讯\""), std::string::npos);  // the seed really went through
    EXPECT_TRUE(same_verdict(json));
    Edition back;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(json, "seed.json", back, d));
    EXPECT_TRUE(d.items().empty());
    EXPECT_EQ(back, as_kept(seed));
}

TEST(ModelJsonDifferential, ThousandSeedArticlesWriteAndReadTheSame) {
    const Edition ed = seed_edition_of(1000);
    ASSERT_EQ(ed.articles.size(), 1000u);
    ASSERT_TRUE(same_bytes(ed));
    const std::string json = to_canonical_json(ed);
    EXPECT_GT(json.size(), 5'000'000u);
    EXPECT_TRUE(same_verdict(json));
    Edition back;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(json, "big.json", back, d));
    EXPECT_EQ(back, as_kept(ed));
}

// Every awkward piece alone in every kind of string the writer writes, so that a difference names its piece.
TEST(ModelJsonDifferential, EachAwkwardStringWritesTheSameBytes) {
    for (const std::string& piece : awkward_pieces()) {
        for (const std::string& text : {piece, piece + piece, "a" + piece, piece + "a", piece + "\"" + piece}) {
            Edition ed;
            ed.title = text;
            ed.cover.caption.credit = text;
            Article& a = ed.articles.emplace_back();
            a.headline = text;
            a.keywords = {text, text};
            a.body.push_back({BlockType::paragraph, text, {}, {}});
            a.dropped.push_back({text, text, {text, 1, 1}});
            EXPECT_TRUE(same_bytes(ed)) << "piece " << ::testing::PrintToString(text);
        }
    }
}

TEST(ModelJsonDifferential, AwkwardEditionsWriteTheSameBytes) {
    std::size_t articles = 0, bytes_replaced = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        const Edition ed = awkward_edition(seed, 6, {.readable = false});
        articles += ed.articles.size();
        bytes_replaced += !all_strings_valid_utf8(ed);
        ASSERT_TRUE(same_bytes(ed)) << "seed " << seed;
        const std::string json = to_canonical_json(ed);
        ASSERT_TRUE(valid_utf8(json)) << "seed " << seed;
        // What the writer writes reads the same both ways, and writes back to the same bytes.
        ASSERT_TRUE(same_verdict(json)) << "seed " << seed;
        Edition back;
        Diagnostics d;
        from_canonical_json(json, "e.json", back, d);
        if (!d.has_errors()) {
            ASSERT_EQ(to_canonical_json(back), json) << "seed " << seed;
        }
    }
    EXPECT_GT(articles, 800u);      // the generator really made articles
    EXPECT_GT(bytes_replaced, 300u);  // and strings that are not UTF-8
}

TEST(ModelJsonDifferential, ReadableAwkwardEditionsRoundTrip) {
    std::size_t exact = 0;
    for (std::uint64_t seed = 1000; seed < 1300; ++seed) {
        const Edition ed = awkward_edition(seed, 6, {.utf8_only = seed % 2 == 0});
        const std::string json = to_canonical_json(ed);
        ASSERT_TRUE(same_verdict(json)) << "seed " << seed;
        Edition back;
        Diagnostics d;
        ASSERT_TRUE(from_canonical_json(json, "e.json", back, d)) << "seed " << seed;
        EXPECT_TRUE(d.items().empty()) << "seed " << seed;
        if (all_strings_valid_utf8(ed)) {  // else its bad bytes read back as U+FFFD
            ASSERT_EQ(back, as_kept(ed)) << "seed " << seed;
            ++exact;
        }
        ASSERT_EQ(to_canonical_json(back), json) << "seed " << seed;
    }
    EXPECT_EQ(exact, 150u);  // every UTF-8-only edition came back whole
}

TEST(ModelJsonDifferential, ManyArticlesAndImages) {
    AwkwardEditions awkward(7, {});
    Edition ed = awkward.edition(0);
    for (int i = 0; i < 2000; ++i) {
        Article& a = ed.articles.emplace_back();
        a.id = "p" + std::to_string(i / 10 + 1) + "-a" + std::to_string(i % 10 + 1);
        a.headline = awkward.string();
        for (int b = 0; b < 4; ++b) {
            Block& img = a.body.emplace_back();
            img.type = BlockType::image;
            img.image = awkward.image();
            img.origin.line = b + 1;
        }
    }
    ASSERT_TRUE(same_bytes(ed));
    EXPECT_TRUE(same_verdict(to_canonical_json(ed)));
}

// ---- reading texts galley's writer would not write ----

namespace {

// Values to put where the model expects something else.
const std::vector<ojson>& junk_values() {
    static const std::vector<ojson> values = [] {
        std::vector<ojson> v;
        for (const char* text :
             {"null", "true", "false", "0", "1", "-1", "7", "1000000", "1000001", "1.5", "1e2", "-0.0",
              "18446744073709551615", "18446744073709551616", "1e308", "\"x\"", "\"\"", "\"paragraph\"",
              "\"subheading\"", "\"image\"", "\"to\"", "\"from\"", "\"galley-edition\"", "[]", "{}", "[\"a\", 1]",
              "[null]", "{\"text\": \"t\"}", "{\"href\": 1, \"caption\": null}", "[[[[1]]]]", "{\"type\": \"image\"}",
              "{\"direction\": \"up\"}", "\"中文\\u0000\\ud83d\\ude00\""})
            v.push_back(ojson::parse(text));
        return v;
    }();
    return values;
}

const ojson& junk(Rng& rng) { return junk_values()[pick(rng, junk_values().size())]; }

std::string unknown_key(Rng& rng) {
    static const char* names[] = {"summary", "x", "", "a/b~c", "中文", "Headline", "id ", "text\t"};
    return names[pick(rng, std::size(names))];
}

void pointers_of(const ojson& v, const ojson::json_pointer& at, std::vector<ojson::json_pointer>& out) {
    out.push_back(at);
    if (v.is_object())
        for (const auto& [k, e] : v.items()) pointers_of(e, at / k, out);
    if (v.is_array())
        for (std::size_t i = 0; i < v.size(); ++i) pointers_of(v[i], at / i, out);
}

// One change at a random place: another value, null, a member gone, an unknown member, keys shuffled.
void mutate(ojson& doc, Rng& rng) {
    std::vector<ojson::json_pointer> all;
    pointers_of(doc, ojson::json_pointer(), all);
    const ojson::json_pointer at = all[pick(rng, all.size())];
    ojson& v = doc[at];
    switch (pick(rng, 6)) {
        case 0: v = junk(rng); break;
        case 1: v = nullptr; break;
        case 2:
            if (!at.empty()) {
                ojson& parent = doc[at.parent_pointer()];
                if (parent.is_object()) parent.erase(at.back());
                else parent.erase(std::stoul(at.back()));
            }
            break;
        case 3:
            if (v.is_object()) v[unknown_key(rng)] = junk(rng);
            else if (v.is_array()) v.push_back(junk(rng));
            break;
        case 4:
            if (v.is_object()) {
                std::vector<std::pair<std::string, ojson>> shuffled;
                for (auto& [k, e] : v.items()) shuffled.emplace_back(k, e);
                std::shuffle(shuffled.begin(), shuffled.end(), rng);
                v = ojson::object();
                for (auto& [k, e] : shuffled) v[k] = e;
            }
            break;
        default:
            if (v.is_string()) v = v.get<std::string>() + utf8_pieces()[pick(rng, utf8_pieces().size())];
            break;
    }
}

// How a hand or another tool might lay the same document out.
struct Layout {
    bool escape_non_ascii = false;  // \u escapes, astral characters as surrogate pairs
    int spaces = 0;                 // 0: none; else random blanks, tabs, CR LF between tokens
    int repeat_percent = 0;         // how often a member is given twice, once with some other value
};

void blank(std::string& out, Rng& rng, const Layout& layout) {
    static const char* blanks[] = {"", " ", "\n", "\t", "\r\n", "  ", "\n    "};
    if (layout.spaces > 0 && chance(rng, layout.spaces)) out += blanks[pick(rng, std::size(blanks))];
}

void emit(const ojson& v, std::string& out, Rng& rng, const Layout& layout) {
    auto scalar = [&](const ojson& s) { out += s.dump(-1, ' ', layout.escape_non_ascii); };
    if (v.is_object() || v.is_array()) {
        out += v.is_object() ? '{' : '[';
        bool first = true;
        auto separator = [&] {
            if (!first) out += ',';
            first = false;
            blank(out, rng, layout);
        };
        if (v.is_object()) {
            for (const auto& [k, e] : v.items()) {
                const bool twice = chance(rng, layout.repeat_percent);
                const bool other_first = chance(rng, 50);
                for (int n = 0; n < (twice ? 2 : 1); ++n) {
                    separator();
                    scalar(ojson(k));
                    blank(out, rng, layout);
                    out += ':';
                    blank(out, rng, layout);
                    if (twice && (n == 0) == other_first) emit(junk(rng), out, rng, layout);
                    else emit(e, out, rng, layout);
                }
            }
        } else {
            for (const auto& e : v) {
                separator();
                emit(e, out, rng, layout);
            }
        }
        blank(out, rng, layout);
        out += v.is_object() ? '}' : ']';
    } else {
        scalar(v);
    }
    blank(out, rng, layout);
}

std::string laid_out(const ojson& doc, Rng& rng, const Layout& layout) {
    std::string out;
    blank(out, rng, layout);
    emit(doc, out, rng, layout);
    return out;
}

}  // namespace

TEST(ModelJsonDifferential, OtherLayoutsReadTheSame) {
    Rng rng(11);
    for (std::uint64_t seed = 2000; seed < 2100; ++seed) {
        const Edition ed = awkward_edition(seed, 4);
        const ojson doc = ojson::parse(to_canonical_json(ed));
        for (const Layout& layout : {Layout{false, 0, 0}, Layout{true, 0, 0}, Layout{false, 60, 0}, Layout{true, 30, 0}}) {
            const std::string text = laid_out(doc, rng, layout);
            ASSERT_TRUE(same_verdict(text)) << "seed " << seed;
            Edition back;
            Diagnostics d;
            ASSERT_TRUE(from_canonical_json(text, "e.json", back, d)) << "seed " << seed;
            EXPECT_EQ(to_canonical_json(back), to_canonical_json(ed)) << "seed " << seed;
        }
    }
}

TEST(ModelJsonDifferential, ChangedDocumentsGetTheSameVerdictAndMessages) {
    Rng rng(12);
    std::size_t accepted = 0, refused = 0, warned = 0;
    for (std::uint64_t seed = 3000; seed < 3600; ++seed) {
        ojson doc = ojson::parse(to_canonical_json(awkward_edition(seed, 3)));
        for (std::size_t n = 1 + pick(rng, 4); n > 0; --n) mutate(doc, rng);
        const Layout layout{chance(rng, 20), chance(rng, 30) ? 20 : 0, 0};
        const std::string text = laid_out(doc, rng, layout);
        ASSERT_TRUE(same_verdict(text)) << "seed " << seed;
        const Verdict v = read_now(text);
        accepted += v.ok;
        refused += !v.ok;
        warned += v.ok && !v.messages.empty();
    }
    // The changes reached both sides of the verdict, and warnings too.
    EXPECT_GT(accepted, 100u);
    EXPECT_GT(refused, 100u);
    EXPECT_GT(warned, 20u);
}

TEST(ModelJsonDifferential, RepeatedKeysCountWithTheirLastValue) {
    Rng rng(13);
    std::size_t repeated = 0;
    for (std::uint64_t seed = 4000; seed < 4300; ++seed) {
        ojson doc = ojson::parse(to_canonical_json(awkward_edition(seed, 3)));
        if (chance(rng, 50)) mutate(doc, rng);
        const std::string text = laid_out(doc, rng, Layout{false, 10, 4});
        repeated += !dom_reader_placed_right(text);
        ASSERT_TRUE(same_verdict(text)) << "seed " << seed;
    }
    EXPECT_GT(repeated, 250u);
}

// Bytes changed at random in small documents: mostly broken JSON, whose message and place come from nlohmann
// either way, sometimes JSON that the model refuses or warns about.
TEST(ModelJsonDifferential, DamagedBytesGetTheSameVerdictAndMessages) {
    static const std::string_view alphabet = "{}[],:\"\\/0123456789-+.eEtrufalsn \n\t\r\x01\x80\xC3\xE4\xED\xF0\xFF";
    Rng rng(14);
    std::size_t accepted = 0;
    for (std::uint64_t seed = 5000; seed < 8000; ++seed) {
        std::string text = to_canonical_json(awkward_edition(seed % 50, 2));
        for (std::size_t n = 1 + pick(rng, 3); n > 0; --n) {
            const std::size_t at = pick(rng, text.size() + 1);
            switch (pick(rng, 5)) {
                case 0: text.erase(at, 1 + pick(rng, 3)); break;
                case 1: text.insert(at, 1, alphabet[pick(rng, alphabet.size())]); break;
                case 2:
                    if (at < text.size()) text[at] = alphabet[pick(rng, alphabet.size())];
                    break;
                case 3: text.insert(at, 1, static_cast<char>(pick(rng, 256))); break;
                default: text.resize(at); break;
            }
        }
        ASSERT_TRUE(same_verdict(text)) << "seed " << seed;
        accepted += read_now(text).ok;
    }
    EXPECT_GT(accepted, 100u);
}

TEST(ModelJsonDifferential, MalformedJsonIsRefusedAtTheSamePlace) {
    const std::string good = R"({"format": "galley-edition", "version": 1})";
    const std::vector<std::string> texts = {
        "", " \n\t ", "{", "}", "[", "]", "{\"format\": }", "{\"format\": \"galley-edition\",}", "[1,]",
        "{\"format\" \"galley-edition\"}", "{'format': 1}", "{format: 1}", "{\"a\": 1 \"b\": 2}",
        "{\"a\": \"tab\there\"}", "{\"a\": \"new\nline\"}", "{\"a\": \"\\x41\"}", "{\"a\": \"\\u12\"}",
        "{\"a\": \"\\u12G4\"}", "{\"a\": \"\\uD800\"}", "{\"a\": \"\\uD800\\u0041\"}", "{\"a\": \"\\uD800x\"}",
        "{\"a\": \"\\uDC00\"}", "{\"a\": \"\\uDBFF\\uDBFF\"}", "{\"a\": \"\xFF\"}", "{\"a\": \"\xC0\x80\"}",
        "{\"a\": \"\xED\xA0\x80\"}", "{\"a\": \"\xE4\xB8\"}", "{\"a\": \"\xF4\x90\x80\x80\"}", "{\"a\": \xE4\xB8\xAD}",
        "\xEF\xBB{}", "\xEF{}", "{\"a\": NaN}", "{\"a\": Infinity}", "{\"a\": +1}", "{\"a\": 01}", "{\"a\": 1.}",
        "{\"a\": .5}", "{\"a\": -}", "{\"a\": 1e}", "{\"a\": 1e+}", "{\"a\": -01}", "{\"a\": tru}", "{\"a\": nul}",
        "{\"a\": True}", good + " x", good + good, good + "\n// comment", "/* c */" + good, "{\"a\": \"x\0y\"}",
        std::string(100000, '['), std::string(100000, '[') + std::string(99999, ']'),
        "{\n  \"format\": \"galley-edition\",\n  \"version\": 1,\n  \"articles\": [\n    {\"headline\": \"第一版，头条\"\n  ]\n}",
        "{\"a\": \"中文中文\" \"b\"}", "{\"a\": \"\\", "{\"a\": \"", "{\"a\"", "{\"a\":", "1e400", "{\"a\": 1e309}",
        "{\"a\": -1e400}", "{\"a\": 1" + std::string(400, '0') + "}", "{\"a\": 1.7976931348623159e308}",
        std::string("{\"a\": 1}\0", 9) + "x",
    };
    for (const std::string& text : texts) {
        const Verdict now = read_now(text);
        EXPECT_TRUE(same_verdict(text));
        if (text.find('\0') == std::string::npos) {
            EXPECT_FALSE(now.ok) << ::testing::PrintToString(text);
            ASSERT_EQ(now.messages.size(), 1u) << ::testing::PrintToString(text);
            EXPECT_NE(now.messages[0].find("error: invalid JSON: "), std::string::npos) << now.messages[0];
        }
    }
}

TEST(ModelJsonDifferential, QuirksNlohmannAcceptsAreAcceptedToo) {
    const std::string good = R"({"format": "galley-edition", "version": 1})";
    for (const std::string& text : std::vector<std::string>{
             "\xEF\xBB\xBF" + good, good + std::string(1, '\0') + "anything", std::string(" \r\n\t") + good + "\r\n",
          R"({"format": "galley-edition", "version": 1, "x": [[[[[[[[[[{"y": [1e308, -0, 0.5E-3]}]]]]]]]]]]})"}) {
        EXPECT_TRUE(same_verdict(text));
        EXPECT_TRUE(read_now(text).ok) << ::testing::PrintToString(text);
    }
    // Deeply nested values under an unknown key are passed over without recursion.
    const std::string deep = R"({"format": "galley-edition", "version": 1, "x": )" + std::string(200000, '[') +
                             std::string(200000, ']') + "}";
    EXPECT_TRUE(same_verdict(deep));
    const Verdict v = read_now(deep);
    EXPECT_TRUE(v.ok);
    ASSERT_EQ(v.messages.size(), 1u);
    EXPECT_EQ(v.messages[0], "e.json:1:49: warning: unknown key \"x\" ignored (at /x)");
}

TEST(ModelJsonDifferential, NumbersAreReadAsTheDomReaderDid) {
    for (const char* number : {"0", "-0", "1", "1000000", "1000001", "-1", "1.0", "1e2", "1E+2", "0.5", "2147483648",
                               "4294967296", "9223372036854775807", "9223372036854775808", "18446744073709551615",
                               "18446744073709551616", "-9223372036854775809", "1e308", "1.8e308", "1e-400", "-0.0"}) {
        const std::string text =
            std::string(R"({"format": "galley-edition", "version": 1, "pages": [{"number": )") + number + "}]}";
        EXPECT_TRUE(same_verdict(text)) << number;
    }
    Edition ed;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(R"({"format": "galley-edition", "version": 1, "pages": [{"number": -0}]})", "e.json", ed, d));
    EXPECT_EQ(ed.pages.at(0).number, 0);
}

// Where the DOM reader put a message somewhere other than at the value it was about, the new reader is right.
TEST(ModelJson, MessagesPointAtTheValueRead) {
    auto only_message = [](const std::string& text) {
        Edition ed;
        Diagnostics d;
        from_canonical_json(text, "e.json", ed, d);
        EXPECT_EQ(d.items().size(), 1u) << text;
        return d.items().empty() ? std::string() : format_diagnostic(d.items()[0]);
    };
    // A repeated key counts with its last value, and that is where the message points.
    EXPECT_EQ(only_message("{\"format\": \"galley-edition\", \"version\": 1,\n"
                           " \"articles\": [{\"headline\": \"fine\", \"headline\": 42}]}"),
                   "e.json:2:48: error: \"headline\" must be a string (at /articles/0/headline)");
    // A key written with escapes is the key it spells.
    EXPECT_EQ(only_message("{\"format\": \"galley-edition\", \"version\": 1,\n \"articles\": [{\"h\\u0065adline\": 42}]}"),
                   "e.json:2:33: error: \"headline\" must be a string (at /articles/0/headline)");
    // A byte order mark is one character before the document.
    EXPECT_EQ(only_message("\xEF\xBB\xBF{\"format\": \"galley-edition\", \"version\": 1, \"extra\": true}"),
                   "e.json:1:54: warning: unknown key \"extra\" ignored (at /extra)");
}

// A newer writer's output with one more key in every article reads in one pass: the places of a thousand
// warnings are not each looked for from the start of the text.
TEST(ModelJson, ManyWarningsAreCheap) {
    std::string json = to_canonical_json(seed_edition_of(1000));
    const std::string id = "\"id\": ";
    for (std::size_t at = json.find(id); at != std::string::npos; at = json.find(id, at + 40))
        json.insert(at, "\"summary\": \"s\", ");
    Edition ed;
    Diagnostics d;
    ASSERT_TRUE(from_canonical_json(json, "e.json", ed, d));
    ASSERT_EQ(d.warning_count(), 1000u);
    EXPECT_EQ(d.items()[999].message, "unknown key \"summary\" ignored (at /articles/999/summary)");
    // The same place the DOM reader found by scanning (for the last one only: it takes seconds each).
    EXPECT_EQ(d.items()[999].where.line, static_cast<int>(std::count(json.begin(), json.begin() + json.rfind("\"summary\""), '\n')) + 1);
}
