// What the exporter and reader tests share: model blocks built in one line, the seed page read as the CLI reads
// it, and a checker run as a child process with its output kept. Header-only: the plugins' test programs include
// it too (they add tests/shared to their include path).
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "galley/converter.hpp"
#include "galley/model.hpp"

namespace galley::test_editions {

inline Block block(BlockType type, std::string text) {
    Block b;
    b.type = type;
    b.text = std::move(text);
    return b;
}

// A picture block with its caption, credit and the people the credit names; `line` its line in the page.
inline Block picture(std::string href, std::string caption, std::string credit, std::vector<Byline> people,
                     std::string alt = "", int line = 0) {
    Block b;
    b.type = BlockType::image;
    b.image.href = std::move(href);
    b.image.media_type = b.image.href.empty() ? "" : "image/jpeg";
    b.image.alt = std::move(alt);
    b.image.caption = {std::move(caption), std::move(credit), std::move(people)};
    b.origin = {"", line, line > 0 ? 1 : 0};
    return b;
}

inline std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The seed page (seeds/000_0472c9a91ac7b432.txt under `source_dir`) through the print-text reader, issue date
// 2023-01-04. Empty when it does not read (the caller asserts on the article count).
inline Edition seed_edition(const std::string& source_dir) {
    std::string path = source_dir + "/seeds/000_0472c9a91ac7b432.txt";
    InputDocument input{path, read_bytes(path)};
    ConvertOptions options;
    options.issue_date = "2023-01-04";
    Edition edition;
    Diagnostics diags;
    const Converter* c = find_converter("print-text");
    if (!c || !c->read(input, options, edition, diags)) return {};
    return edition;
}

// A front page for the feed exporters and readers: an article with everything a feed has a place for (a
// picture whose file name needs percent-encoding, a caption whose picture was not supplied, a jump line), and
// one with a derived headline, a dateline its lead opens with and a jump line from page 1.
inline Edition feed_edition() {
    Edition e;
    e.title = "永康日报";
    e.date = "2023-01-04";
    e.issue = "第12345期";
    e.issn = "1234-5679";
    e.publisher = "永康日报社";
    e.rights = "© 2023 永康日报社 版权所有";
    e.language = "zh-CN";
    Article a;
    a.id = "p1-a1";
    a.origin = {"a.txt", 1, 1};
    a.language = "zh-CN";
    a.column = "新春走基层";
    a.kicker = "迎难而上 全力以赴";
    a.headline = "市领导看望慰问一线医务人员";
    a.subheadline = "确保有序转段平稳渡峰";
    a.source = "本报讯";
    a.credit = "记者 张三 通讯员 李四";
    a.bylines = {{"记者", "张三", "writer"}, {"通讯员", "李四", "correspondent"}};
    a.dateline = {"北京1月3日", "2023-01-03", "北京"};
    a.body = {block(BlockType::paragraph, "市委书记章旭升赴我市部分医疗卫生单位调研。"),
              block(BlockType::subheading, "守护人民健康"),
              picture("images/p1 a1.jpg", "章旭升向医务人员送上鲜花", "记者 徐敏 摄", {{"记者", "徐敏", "photographer"}},
                      "一位官员向护士献花", 41),
              picture("", "重点项目集中开工仪式现场", "记者 汪丽娜 摄", {{"记者", "汪丽娜", "photographer"}}, "", 41),
              block(BlockType::paragraph, "全市上下要咬定“目标”。")};
    a.page = 1;
    a.section = "要闻";
    a.continuations = {{"to", "第2版", "（下转第2版）"}};
    a.keywords = {"疫情防控", "医疗"};
    a.subjects = {{"medtop", "07000000", "健康"}};
    e.articles.push_back(a);

    Article b;
    b.id = "p2-a1";
    b.headline = "城区供暖管网改造完工";
    b.headline_derived = true;
    b.credit = "融媒记者 徐敏";
    b.bylines = {{"融媒记者", "徐敏", "writer"}};
    b.dateline = {"1月3日", "2023-01-03", ""};
    b.body = {block(BlockType::paragraph, "1月3日，城区供暖管网改造完工。")};
    b.page = 2;
    b.continuations = {{"from", "第1版", "（上接第1版）"}};
    e.articles.push_back(b);
    return e;
}

// Runs a shell command (a validator) and returns its exit status (-1 when it did not exit) and its output,
// standard error included.
inline std::pair<int, std::string> run_command(const std::string& command) {
    FILE* p = popen((command + " 2>&1").c_str(), "r");
    if (!p) return {-1, "popen failed: " + command};
    std::string output;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) output.append(buf, n);
    int status = pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

}  // namespace galley::test_editions
