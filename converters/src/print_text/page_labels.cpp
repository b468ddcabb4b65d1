#include "page_labels.hpp"

#include <array>

namespace galley::print_text {
namespace {

// Section names of Chinese papers. A label is one of these, or several joined by · / ／ 、.
constexpr std::array<std::u32string_view, 96> cjk_sections{
    U"要闻",     U"新闻",     U"国内",     U"国际",     U"国内新闻", U"国际新闻", U"时政",     U"政治",
    U"经济",     U"财经",     U"金融",     U"产经",     U"产业",     U"社会",     U"文化",     U"文体",
    U"体育",     U"科技",     U"科学",     U"教育",     U"卫生",     U"健康",     U"法治",     U"法制",
    U"评论",     U"言论",     U"理论",     U"副刊",     U"文艺",     U"综合",     U"地方",     U"本地",
    U"城市",     U"都市",     U"民生",     U"视点",     U"专题",     U"专版",     U"特刊",     U"特别报道",
    U"生态",     U"环境",     U"绿色",     U"旅游",     U"农村",     U"新农村",   U"三农",     U"乡村",
    U"乡村振兴", U"读者来信", U"广告",     U"公告",     U"周刊",     U"人文",     U"历史",     U"军事",
    U"国防",     U"港澳台",   U"台港澳",   U"海外",     U"华人",     U"娱乐",     U"影视",     U"读书",
    U"生活",     U"消费",     U"汽车",     U"房产",     U"数码",     U"互联网",   U"短讯",     U"简讯",
    U"快讯",     U"图片新闻", U"图片",     U"摄影",     U"视觉",     U"党建",     U"纪检",     U"监督",
    U"观察",     U"区域",     U"县域",     U"市场",     U"商业",     U"农业",     U"工业",     U"能源",
    U"交通",     U"民族",     U"宗教",     U"统战",     U"青年",     U"新青年",   U"假日生活", U"域外",
};

// Section names of English-language papers, compared without regard to case.
constexpr std::array<std::u32string_view, 58> latin_sections{
    U"news",        U"world",         U"world news",    U"international", U"nation",       U"national",
    U"national news", U"local",       U"local news",    U"metro",         U"region",       U"regional",
    U"business",    U"economy",       U"markets",       U"money",         U"finance",      U"politics",
    U"opinion",     U"editorial",     U"editorials",    U"comment",       U"sports",       U"sport",
    U"science",     U"technology",    U"tech",          U"health",        U"arts",         U"culture",
    U"entertainment", U"lifestyle",   U"life",          U"travel",        U"food",         U"features",
    U"obituaries",  U"weather",       U"classified",    U"classifieds",   U"education",    U"environment",
    U"autos",       U"real estate",   U"books",         U"front page",    U"asia",         U"europe",
    U"americas",    U"africa",        U"middle east",   U"u.s.",          U"us news",      U"u.s. news",
    U"briefs",      U"in brief",      U"news in brief", U"world briefs",
};

constexpr std::array<std::u32string_view, 14> paper_words{U"日报", U"晚报", U"早报", U"时报", U"商报", U"周报",
                                                          U"快报", U"导报", U"都市报", U"青年报", U"法治报",
                                                          U"晨报", U"新闻报", U"农民报"};

bool is_cjk_section(U32View s) {
    for (auto name : cjk_sections)
        if (s == name) return true;
    // "国际新闻", "城乡新闻": up to four characters before 新闻.
    if (s.size() >= 3 && s.size() <= 6 && text::ends_with(s, U"新闻")) {
        for (char32_t c : s)
            if (!text::is_han(c)) return false;
        return true;
    }
    return false;
}

char32_t lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c - U'A' + U'a' : c; }

bool is_latin_section(U32View s) {
    if (s.size() > 20) return false;
    U32 l;
    bool space = false;
    for (char32_t c : s) {
        if (text::is_space(c)) {
            space = true;
            continue;
        }
        if (space && !l.empty()) l.push_back(U' ');
        space = false;
        l.push_back(lower(c));
    }
    for (auto name : latin_sections)
        if (l == name) return true;
    return false;
}

}  // namespace

std::optional<U32> match_section_label(U32View raw) {
    U32View line = text::trim(raw);
    if (line.empty() || line.size() > 24) return std::nullopt;
    // "第3版：综合新闻", "第3版 要闻": the page label is the running head's business; the name is the section.
    Cursor c(line);
    int n = 0;
    if (c.lit(U"第") && (c.number(n, 3) || c.cjk_number(n)) && (c.lit(U"版") || c.lit(U"面"))) {
        c.one_of(U"：: ");
        c.skip_spaces();
        line = c.rest();
    }
    if (text::mostly_cjk(line)) {
        // One name, or several joined: 要闻·综合, 经济/科技.
        std::size_t b = 0;
        bool any = false;
        while (b <= line.size()) {
            std::size_t e = line.find_first_of(U"·・/／、 ", b);
            if (e == U32View::npos) e = line.size();
            U32View part = line.substr(b, e - b);
            if (!part.empty()) {
                if (!is_cjk_section(part)) return std::nullopt;
                any = true;
            }
            b = e + 1;
        }
        if (!any) return std::nullopt;
        return U32(line);
    }
    if (is_latin_section(line)) return U32(line);
    return std::nullopt;
}

bool is_masthead(U32View raw) {
    U32View line = text::trim(raw);
    if (line.size() < 3 || line.size() > 10) return false;
    for (char32_t c : line)
        if (!text::is_han(c)) return false;
    for (auto w : paper_words)
        if (text::ends_with(line, w) && line.size() > w.size()) return true;
    return false;
}

std::optional<U32> match_slug_line(U32View raw) {
    U32View line = text::trim(raw);
    Cursor c(line);
    // One or two single lower-case letters (priority, category), each followed by a space.
    int codes = 0;
    while (codes < 3 && c.peek() >= U'a' && c.peek() <= U'z' && c.peek(1) == U' ') {
        c.i += 2;
        ++codes;
    }
    if (codes == 0 || !c.lit(U"BC-")) return std::nullopt;
    std::size_t slug_begin = c.i - 3;
    while (!c.eof() && !text::is_space(c.peek())) ++c.i;
    U32 slug(line.substr(slug_begin, c.i - slug_begin));
    if (c.skip_spaces() == 0) return std::nullopt;
    // MM-DD and a word count.
    int month = 0, day = 0, words = 0;
    if (!c.number(month, 2) || !c.lit(U"-") || !c.number(day, 2) || month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    if (c.skip_spaces() > 0 && !c.number(words, 5)) return std::nullopt;
    c.skip_spaces();
    if (!c.eof()) return std::nullopt;
    return slug;
}

std::optional<U32> match_sign_off(U32View raw) {
    U32View line = text::trim(raw);
    // "REUTER..." trails dots; one full stop after a word in mixed case ends a sentence ("…for / Reuters.").
    std::size_t dots = 0;
    while (!line.empty() && line.back() == U'.') {
        line.remove_suffix(1);
        ++dots;
    }
    struct SignOff {
        std::u32string_view printed, agency;
        bool capitals;
    };
    static constexpr std::array<SignOff, 6> known{{{U"REUTER", U"Reuters", true},
                                                   {U"REUTERS", U"Reuters", true},
                                                   {U"Reuter", U"Reuters", false},
                                                   {U"AFP", U"AFP", true},
                                                   {U"XINHUA", U"Xinhua", true},
                                                   {U"UPI", U"UPI", true}}};
    for (const auto& k : known)
        if (line == k.printed && (k.capitals || dots != 1)) return U32(k.agency);
    return std::nullopt;
}

}  // namespace galley::print_text
