#include "credits.hpp"

#include <array>

namespace galley::print_text {
namespace {

using namespace std::string_view_literals;

// Role words that end a printed role ("融媒记者" ends in 记者). Longest first.
constexpr std::array<std::u32string_view, 19> base_roles{
    U"特约撰稿人", U"撰稿人", U"通讯员", U"实习生", U"评论员", U"主持人", U"见习生", U"摄影师", U"记者", U"编辑",
    U"编译",       U"摄影",   U"摄像",   U"撰稿",   U"撰文",   U"翻译",   U"制图",   U"绘图",   U"插图"};

// What may stand before a base role inside an unspaced run ("记者汪丽娜通讯员王硕").
constexpr std::array<std::u32string_view, 15> role_prefixes{
    U"融媒体", U"全媒体", U"融媒", U"本报", U"本台", U"见习", U"特约", U"首席", U"实习", U"摄影", U"特派",
    U"驻站", U"新华社", U"中新社", U"本刊"};

bool is_separator(char32_t c) {
    return text::is_space(c) || c == U'、' || c == U'，' || c == U',' || c == U'/' || c == U'／' || c == U'|' ||
           c == U'｜' || c == U'：' || c == U':';
}

bool is_name_char(char32_t c) { return text::is_han(c) || c == U'·' || c == U'•' || c == U'．'; }

struct Token {
    U32 text;
    bool role = false;
};

// Common Chinese surnames. A bracket of names with no role word ("（徐敏 王浩）") is only read as a byline
// when every name starts with a surname; otherwise "（扩大）" would be a person.
constexpr std::u32string_view surnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    U"姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
    U"汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    U"季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    U"窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    U"麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖"
    U"练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那"
    U"宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由虎";
constexpr std::array<std::u32string_view, 16> compound_surnames{
    U"欧阳", U"司马", U"上官", U"诸葛", U"东方", U"皇甫", U"尉迟", U"公孙",
    U"慕容", U"长孙", U"宇文", U"司徒", U"夏侯", U"轩辕", U"令狐", U"端木"};

bool starts_with_surname(U32View name) {
    if (name.empty()) return false;
    for (auto c : compound_surnames)
        if (text::starts_with(name, c)) return true;
    return surnames.find(name[0]) != std::u32string_view::npos;
}

}  // namespace

std::size_t match_role_word(U32View s, std::size_t at, bool whole_token) {
    U32View rest = s.substr(std::min(at, s.size()));
    if (whole_token) {
        // Single-character roles, and any short run ending in a base role ("县融媒体中心记者").
        if (rest == U"文" || rest == U"图" || rest == U"摄" || rest == U"文/图") return rest.size();
        for (auto base : base_roles)
            if (rest.size() <= base.size() + 6 && text::ends_with(rest, base)) {
                bool all_han = true;
                for (char32_t c : rest) all_han = all_han && text::is_han(c);
                if (all_han) return rest.size();
            }
    }
    std::size_t p = 0;
    for (auto prefix : role_prefixes)
        if (text::starts_with(rest, prefix)) {
            p = prefix.size();
            break;
        }
    for (std::size_t skip : {p, std::size_t{0}}) {
        for (auto base : base_roles)
            if (text::starts_with(rest.substr(skip), base)) return skip + base.size();
        if (skip == 0) break;
    }
    return 0;
}

std::string role_kind(U32View role, bool photo) {
    if (photo) return "photographer";
    auto has = [&](std::u32string_view w) { return role.find(w) != U32View::npos; };
    if (has(U"通讯员")) return "correspondent";
    if (has(U"实习") || has(U"见习")) return "intern";
    if (has(U"编辑") || has(U"编译") || has(U"翻译")) return "editor";
    if (has(U"制图") || has(U"绘") || has(U"插图")) return "illustrator";
    if (has(U"摄") || role == U"图") return "photographer";
    if (role.empty() || has(U"记者") || has(U"撰") || role == U"文" || has(U"评论员")) return "writer";
    return "contributor";
}

U32 tidy_spaces(U32View s) {
    U32 out;
    bool space = false;
    for (char32_t c : text::trim(s)) {
        if (text::is_space(c)) {
            space = true;
            continue;
        }
        if (space) out.push_back(U' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::optional<std::vector<Byline>> parse_cjk_credit(U32View content) {
    U32View s = text::trim(content);
    if (s.empty() || s.size() > 80) return std::nullopt;
    for (char32_t c : s)
        if (text::is_terminal_punct(c) || c == U'，' || c == U'“' || c == U'”') return std::nullopt;

    // A contributor's credit says what they did: "本报通讯员巴依斯古楞参与采写".
    static constexpr std::array<std::u32string_view, 7> contributed{U"参与采写", U"参与采访", U"参与报道",
                                                                   U"对本文亦有贡献", U"亦有贡献", U"协助采访",
                                                                   U"参与调研"};
    bool contributor = false;
    for (auto c : contributed)
        if (text::ends_with(s, c) && s.size() > c.size()) {
            contributor = true;
            s = text::trim(s.substr(0, s.size() - c.size()));
            break;
        }
    // A photo credit ends in 摄 ("记者 徐敏 摄"); 摄影 as a role word is handled by the role table.
    bool photo = false;
    if (text::ends_with(s, U"摄") && !text::ends_with(s, U"摄影")) {
        photo = true;
        s = text::trim(s.substr(0, s.size() - 1));
    }

    // Split into tokens at separators, then split unspaced runs at role words.
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_separator(s[i])) ++i;
        std::size_t b = i;
        while (i < s.size() && !is_separator(s[i])) ++i;
        if (b == i) continue;
        U32View tok = s.substr(b, i - b);
        if (tok == U"文" || tok == U"图") {  // "文/张三": the slash separated the role from the name
            tokens.push_back({U32(tok), true});
            continue;
        }
        if (std::size_t n = match_role_word(tok, 0, true); n == tok.size()) {
            tokens.push_back({U32(tok), true});
            continue;
        }
        std::size_t k = 0;
        U32 name;
        while (k < tok.size()) {
            std::size_t n = match_role_word(tok, k, false);
            if (n > 0 && (k == 0 || name.size() >= 2)) {
                if (!name.empty()) tokens.push_back({std::move(name), false});
                name.clear();
                tokens.push_back({U32(tok.substr(k, n)), true});
                k += n;
            } else {
                name.push_back(tok[k++]);
            }
        }
        if (!name.empty()) tokens.push_back({std::move(name), false});
    }

    // Padded names: "王  浩" prints a two-character name with a gap to line up with three-character ones.
    std::vector<Token> merged;
    for (auto& t : tokens) {
        if (!t.role && t.text.size() == 1 && !merged.empty() && !merged.back().role &&
            merged.back().text.size() == 1) {
            merged.back().text += t.text;
            continue;
        }
        merged.push_back(std::move(t));
    }

    std::vector<Byline> out;
    U32 role;
    bool any_role = false;
    for (const auto& t : merged) {
        if (t.role) {
            role = t.text;
            any_role = true;
            continue;
        }
        std::size_t han = 0;
        bool name_like = true;
        for (char32_t c : t.text) {
            name_like = name_like && (is_name_char(c) || text::is_latin_word_char(c));
            han += text::is_han(c);
        }
        // Chinese names have two to four characters (more with the separator dot of transliterated names).
        bool has_dot = t.text.find(U'·') != U32::npos;
        // Chinese names have two to four characters; a name after a role word may be longer (transliterated
        // Mongolian or Tibetan names: 巴依斯古楞).
        std::size_t longest = any_role ? 6 : 4;
        if (!name_like || han < 2 || (han > longest && !has_dot) || han > 12) return std::nullopt;
        out.push_back({text::to_utf8(role), text::to_utf8(t.text), role_kind(role, false)});
    }
    if (out.empty()) return std::nullopt;
    if (contributor)
        for (auto& b : out) b.kind = "contributor";
    if (photo) {
        // "记者 张三 摄" credits the names after the last role as photographers.
        for (auto& b : out)
            if (b.role == out.back().role) b.kind = "photographer";
    }
    if (!any_role) {
        if (out.size() > 4) return std::nullopt;
        for (const auto& b : out)
            if (!starts_with_surname(text::to_u32(b.name)) && b.name.find("·") == std::string::npos) return std::nullopt;
    }
    return out;
}

bool makes_pictures(std::string_view kind) { return kind == "photographer" || kind == "illustrator"; }

namespace {

// News agencies, as bylines and picture credits name them ("By Kathleen Hays, Reuters", "Jane Doe/Reuters").
constexpr std::array<std::u32string_view, 16> news_agencies{
    U"Reuters", U"REUTERS", U"AP", U"Associated Press", U"The Associated Press", U"AFP", U"Agence France-Presse",
    U"Bloomberg", U"Xinhua", U"UPI", U"Kyodo", U"Yonhap", U"dpa", U"DPA", U"PTI", U"Dow Jones"};

bool is_name_word(U32View w) {
    if (w.empty() || w.size() > 20) return false;
    static constexpr std::array<std::u32string_view, 9> particles{U"de", U"van", U"von", U"der", U"da",
                                                                  U"bin", U"al", U"la", U"le"};
    for (auto p : particles)
        if (w == p) return true;
    if (!text::is_upper(w[0])) return false;
    for (char32_t c : w)
        if (!(text::is_latin_word_char(c) || c == U'.' || c == U'-' || c == U'\'' || c == U'’')) return false;
    return true;
}

}  // namespace

bool is_news_agency(U32View name) {
    for (auto a : news_agencies)
        if (name == a) return true;
    return false;
}

U32 latin_name(U32View part) {
    U32 t = tidy_spaces(part);
    if (std::size_t in = t.find(U" in "); in != U32::npos) t.resize(in);
    if (t.empty()) return {};
    std::size_t words = 0, b = 0;
    while (b < t.size()) {
        std::size_t e = t.find(U' ', b);
        if (e == U32::npos) e = t.size();
        if (!is_name_word(U32View(t).substr(b, e - b))) return {};
        ++words;
        b = e + 1;
    }
    return words >= 1 && words <= 5 ? t : U32();
}

namespace {

// Splits "A, B and C" into names; false when any part is not a name.
bool split_names(U32View list, std::vector<U32>& names) {
    U32 s = tidy_spaces(list);
    std::vector<U32> parts(1);
    for (std::size_t i = 0; i < s.size();) {
        std::size_t n = 0;
        for (auto sep : {U" and "sv, U" & "sv, U", "sv})
            if (U32View(s).substr(i, sep.size()) == sep) n = sep.size();
        if (n > 0) {
            parts.emplace_back();
            i += n;
        } else {
            parts.back().push_back(s[i++]);
        }
    }
    for (const auto& p : parts) {
        U32 name = latin_name(p);
        if (name.empty()) return false;
        names.push_back(std::move(name));
    }
    return !names.empty();
}

}  // namespace

std::string latin_role_kind(U32View role) {
    U32 lower;
    for (char32_t c : role) lower.push_back(c < 0x80 ? static_cast<char32_t>(std::tolower(static_cast<int>(c))) : c);
    if (lower.find(U"additional") != U32::npos) return "contributor";
    if (lower.find(U"edit") != U32::npos) return "editor";
    if (lower.find(U"graphic") != U32::npos || lower.find(U"illustrat") != U32::npos) return "illustrator";
    if (lower.find(U"photo") != U32::npos) return "photographer";
    if (lower.find(U"compil") != U32::npos) return "contributor";
    return "writer";
}

std::optional<std::vector<Byline>> parse_latin_credit(U32View content) {
    U32View s = text::trim(content);
    if (s.empty() || s.size() > 300) return std::nullopt;
    std::vector<Byline> out;
    // Reuters' end note: parts separated by semicolons, each "<Role> by <names>".
    if (s.find(U" by ") != U32View::npos) {
        std::size_t b = 0;
        while (b <= s.size()) {
            std::size_t e = s.find(U';', b);
            if (e == U32View::npos) e = s.size();
            U32View part = text::trim(s.substr(b, e - b));
            std::size_t by = part.find(U" by ");
            if (by == U32View::npos) return std::nullopt;
            U32View role = text::trim(part.substr(0, by));
            std::vector<U32> names;
            if (!split_names(part.substr(by + 4), names)) return std::nullopt;
            for (auto& n : names) out.push_back({text::to_utf8(role), text::to_utf8(n), latin_role_kind(role)});
            b = e + 1;
        }
        return out;
    }
    std::vector<U32> names;
    if (!split_names(s, names)) return std::nullopt;
    for (auto& n : names) out.push_back({"", text::to_utf8(n), "writer"});
    return out;
}

}  // namespace galley::print_text
