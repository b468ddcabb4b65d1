#include "story.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace galley::testing {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out(1);
    for (char c : s) {
        if (c == sep) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

}  // namespace

bool Story::leadin_is_byline_line() const {
    return leadin.rfind("本报记者", 0) == 0 || leadin.rfind("本报通讯员", 0) == 0 || leadin.rfind("By ", 0) == 0 ||
           leadin.rfind("BY ", 0) == 0;
}

Story read_story(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    Story s;
    s.file = path;
    std::string line;
    int no = 0;
    auto fail = [&](const std::string& why) { throw std::runtime_error(path + ":" + std::to_string(no) + ": " + why); };
    while (std::getline(in, line)) {
        ++no;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        if (line[0] != '@') {
            s.body.push_back({StoryElement::Kind::paragraph, line, ""});
            continue;
        }
        auto sp = line.find(' ');
        std::string key = line.substr(1, sp == std::string::npos ? std::string::npos : sp - 1);
        std::string value = sp == std::string::npos ? "" : line.substr(sp + 1);
        if (key == "lang") s.lang = value;
        else if (key == "kicker") s.kicker = value;
        else if (key == "headline") s.headline = value;
        else if (key == "subheadline") s.subheadline = value;
        else if (key == "leadin") s.leadin = value;
        else if (key == "leadin2") s.leadin2 = value;
        else if (key == "source") s.source = value;
        else if (key == "endcredit") s.endcredit = value;
        else if (key == "byline") {
            auto f = split(value, '|');
            if (f.size() != 3) fail("@byline wants role|name|kind");
            s.bylines.push_back({f[0], f[1], f[2]});
        } else if (key == "dateline") {
            auto f = split(value, '|');
            if (f.size() != 3) fail("@dateline wants text|date|place");
            s.dateline = {f[0], f[1], f[2]};
        } else if (key == "subhead") {
            s.body.push_back({StoryElement::Kind::subhead, value, ""});
        } else if (key == "caption") {
            auto f = split(value, '|');
            if (f.size() != 2) fail("@caption wants text|credit");
            s.body.push_back({StoryElement::Kind::caption, f[0], f[1]});
        } else {
            fail("unknown key @" + key);
        }
    }
    if (s.body.empty()) fail("a story needs a body");
    return s;
}

std::vector<Story> read_corpus(const std::string& dir) {
    std::vector<std::string> paths;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        if (e.path().extension() == ".story") paths.push_back(e.path().string());
    std::sort(paths.begin(), paths.end());
    std::vector<Story> out;
    for (const auto& p : paths) out.push_back(read_story(p));
    return out;
}

std::string source_dir() { return GALLEY_SOURCE_DIR; }
std::string shared_dir() { return std::string(GALLEY_SOURCE_DIR) + "/../shared"; }

}  // namespace galley::testing
