// Ground-truth stories for the tests (tests/corpus/stories/*.story) and what galley should read from them.
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"

namespace galley::testing {

struct StoryElement {
    enum class Kind { paragraph, subhead, caption } kind = Kind::paragraph;
    std::string text;
    std::string credit;  // captions only
};

struct Story {
    std::string file;
    std::string lang = "zh";
    std::string kicker, headline, subheadline;
    std::string leadin, leadin2;  // leadin2: a wire dateline after a "By" line
    std::string source;
    std::vector<Byline> bylines;
    Dateline dateline;
    std::string endcredit;
    std::vector<StoryElement> body;

    bool cjk() const { return lang == "zh"; }
    bool leadin_is_byline_line() const;  // 本报记者 … / By …: printed on a line of its own
};

// Reads a .story file; throws std::runtime_error naming file and line on a malformed one.
Story read_story(const std::string& path);
std::vector<Story> read_corpus(const std::string& dir);

std::string source_dir();  // the galley source tree (for seeds/ and tests/corpus/)
std::string shared_dir();  // ../shared beside the source tree

}  // namespace galley::testing
