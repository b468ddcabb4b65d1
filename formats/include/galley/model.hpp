// The shared article model: what every converter builds and every exporter reads.
// Plain data, no I/O; the canonical JSON form lives in model_json.hpp. Header-only: exporter plugins built
// outside this tree include it too.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace galley {

// Where a piece of the model came from in its input, for messages. line/column are 1-based; 0 means unknown.
struct SourceSpan {
    std::string file;
    int line = 0;
    int column = 0;

    bool known() const { return line > 0; }
    bool operator==(const SourceSpan&) const = default;
};

// What a credited person did: the normalized meaning of a printed role, which exporters map to their
// vocabularies. This is the one list of kinds (formats/README.md says what each means).
inline constexpr std::array<std::string_view, 7> byline_kinds{"writer", "photographer", "illustrator", "correspondent",
                                                              "intern",  "editor",       "contributor"};

// One person credited on an article or a picture. `role` is the role word as printed (融媒记者, 通讯员,
// "Reporting", "Photo"); `kind` is one of byline_kinds.
struct Byline {
    std::string role;
    std::string name;
    std::string kind;
    bool operator==(const Byline&) const = default;
};

struct Caption {
    std::string text;    // the caption as printed, without the credit
    std::string credit;  // e.g. "记者 徐敏 摄", "Photo: Reuters"
    // The people the credit names ("记者 徐敏 摄" → 徐敏, photographer); empty when it names none ("新华社发").
    // `= {}` keeps `{text, credit}` initialisation free of missing-initializer warnings.
    std::vector<Byline> bylines = {};
    bool operator==(const Caption&) const = default;
};

struct Image {
    std::string href;        // relative path or URI; empty when the page only printed the caption
    std::string media_type;  // image/jpeg …; empty when unknown
    std::string alt;         // alternative text for readers who cannot see the picture
    Caption caption;
    bool operator==(const Image&) const = default;
};

enum class BlockType { paragraph, subheading, image };

struct Block {
    BlockType type = BlockType::paragraph;
    std::string text;  // paragraph and subheading text, reflowed
    Image image;       // only for BlockType::image
    SourceSpan origin;
    bool operator==(const Block&) const = default;
};

struct Dateline {
    std::string text;   // place and date as printed: "1月3日", "北京1月3日", "LONDON, Jan 3"
    std::string date;   // ISO 8601 (YYYY-MM-DD) when it could be resolved
    std::string place;  // "北京", "LONDON"; empty when not printed
    bool empty() const { return text.empty() && date.empty() && place.empty(); }
    bool operator==(const Dateline&) const = default;
};

// A jump line: "（下转第二版）" continues the article elsewhere, "（上接第一版）" continues it from elsewhere.
struct Continuation {
    std::string direction;  // "to" | "from"
    std::string page;       // as printed: "第二版", "A3"
    std::string text;       // the whole line as printed
    bool operator==(const Continuation&) const = default;
};

// Text taken out of the reading flow, with the reason; nothing leaves the model without an entry here.
struct Dropped {
    std::string text;
    std::string reason;
    SourceSpan origin;
    bool operator==(const Dropped&) const = default;
};

struct Subject {
    std::string scheme;  // "medtop", or empty for a free keyword-like subject
    std::string code;
    std::string name;
    bool operator==(const Subject&) const = default;
};

struct Article {
    std::string id;        // stable within the edition: "a001" …
    std::string language;  // BCP 47
    std::string column;    // 栏目, the label of a recurring column or series ("乡村新事"), printed above the heading
    std::string kicker;    // 引题, the line above the headline
    std::string headline;
    std::string subheadline;
    bool headline_derived = false;  // true when galley made the headline from the lead
    std::string source;             // 本报讯, 新华社, Reuters …
    std::string credit;             // the byline as printed
    std::vector<Byline> bylines;
    Dateline dateline;
    std::vector<Block> body;
    int page = 0;  // print page number; 0 when unknown
    std::string section;
    std::vector<Continuation> continuations;
    std::vector<std::string> keywords;
    std::vector<Subject> subjects;
    std::string rights;
    std::vector<Dropped> dropped;
    SourceSpan origin;
    bool operator==(const Article&) const = default;
};

// A line of page furniture read into metadata: running heads, editors, page numbers.
struct PageField {
    std::string key;    // editor | designer | proofreader | date | page | paper | section | running-head …
    std::string label;  // as printed before the value: "责任编辑"
    std::string value;
    std::string text;   // the whole line as printed
    SourceSpan origin;
    bool operator==(const PageField&) const = default;
};

struct Page {
    int number = 0;
    std::string label;    // as printed: "第1版", "A1"
    std::string section;  // 要闻, 综合 …
    std::vector<std::string> files;
    std::vector<PageField> metadata;
    bool operator==(const Page&) const = default;
};

struct Edition {
    std::string title;     // paper name
    std::string date;      // ISO date of the issue
    std::string issue;     // issue number as printed
    std::string issn;
    std::string publisher;
    std::string language;
    std::string rights;
    std::string note;  // what the edition says of itself ("pages 2–3 are sample text")
    Image cover;       // the cover picture, if the edition has one (href relative to the edition folder)
    std::vector<Page> pages;
    std::vector<Article> articles;
    std::vector<Dropped> dropped;  // text that belongs to no article
    bool operator==(const Edition&) const = default;
};

inline const char* to_string(BlockType type) {
    switch (type) {
        case BlockType::paragraph: return "paragraph";
        case BlockType::subheading: return "subheading";
        case BlockType::image: return "image";
    }
    return "paragraph";
}

inline bool block_type_from_string(std::string_view name, BlockType& out) {
    for (BlockType t : {BlockType::paragraph, BlockType::subheading, BlockType::image}) {
        if (name == to_string(t)) {
            out = t;
            return true;
        }
    }
    return false;
}

}  // namespace galley
