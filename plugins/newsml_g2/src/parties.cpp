#include "parties.hpp"

#include <array>

#include "galley/utf8.hpp"

namespace galley::newsml_g2 {

Party text_party(std::string_view kind) {
    // Writers and correspondents made the text; the others helped. IPTC has no "photographer" role: on a
    // text item a photographer supplied its images (imgSupplier); on the picture item itself they are the
    // author. An intern writes under a senior's name, so helps as an author. "contributor" in the model is
    // additional reporting, compiling or hosting: content given to the story (contentSource).
    if (kind == "writer") return {true, "cpprole:author"};
    if (kind == "correspondent") return {true, "cpprole:correspondent"};
    if (kind == "editor") return {false, "cpprole:editor"};
    if (kind == "photographer") return {false, "cpprole:imgSupplier"};
    if (kind == "intern") return {false, "cpprole:author"};
    return {false, "cpprole:contentSource"};
}

namespace {

using U32 = std::u32string;
using U32View = std::u32string_view;

bool is_han(char32_t c) {
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x20000 && c <= 0x3134F);
}

bool starts_with(U32View s, U32View p) { return s.substr(0, p.size()) == p; }
bool ends_with(U32View s, U32View p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

U32View trim(U32View s) {
    auto space = [](char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == 0x3000 || c == 0xA0; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

U32View unbracket(U32View s) {
    s = trim(s);
    for (auto [open, close] : {std::pair{U'（', U'）'}, {U'(', U')'}, {U'【', U'】'}, {U'[', U']'}})
        if (s.size() >= 2 && s.front() == open && s.back() == close) return trim(s.substr(1, s.size() - 2));
    return s;
}

std::vector<U32> split(U32View s, U32View separators) {
    std::vector<U32> out(1);
    for (char32_t c : s) {
        if (separators.find(c) != U32View::npos) {
            if (!out.back().empty()) out.emplace_back();
        } else {
            out.back().push_back(c);
        }
    }
    if (out.back().empty()) out.pop_back();
    return out;
}

// ---- Chinese: "记者 徐敏 摄", "（本报记者 张三 李四 摄）", "摄影：王浩", "记者徐敏摄" ----

constexpr std::array<U32View, 10> cjk_roles{U"摄影记者", U"摄影师", U"通讯员", U"实习生", U"记者",
                                            U"摄影", U"编辑", U"摄像", U"图片", U"特约"};
// A three-character "name" ending in these is an organisation ("新华社", "市委办").
constexpr std::array<U32View, 16> org_suffixes{U"社", U"报", U"台", U"网", U"中心", U"局", U"部", U"站",
                                               U"委", U"办", U"院", U"馆", U"团", U"队", U"所", U"公司"};

bool is_cjk_role(U32View t) {
    if (t == U"图" || t == U"摄" || t == U"文") return true;
    for (auto r : cjk_roles)
        if (ends_with(t, r)) return true;
    return false;
}

bool is_cjk_name(U32View t) {
    std::size_t han = 0;
    bool dot = false;
    for (char32_t c : t) {
        if (c == U'·' || c == U'•') {
            dot = true;
        } else if (is_han(c)) {
            ++han;
        } else {
            return false;
        }
    }
    for (auto s : org_suffixes)
        if (ends_with(t, s)) return false;
    return han >= 2 && (han <= 4 || (dot && han <= 12));
}

std::vector<std::string> cjk_photographers(U32View s) {
    s = unbracket(s);
    // "… 摄" / "… 摄影": taken by; "新华社发": released by (an agency, so no person).
    if (ends_with(s, U"摄影")) {
        s.remove_suffix(2);
    } else if (ends_with(s, U"摄") || ends_with(s, U"发")) {
        s.remove_suffix(1);
    }
    for (U32View lead : {U32View(U"摄影："), U32View(U"图片："), U32View(U"图："), U32View(U"图/")})
        if (starts_with(s, lead)) s.remove_prefix(lead.size());
    std::vector<std::string> names;
    for (U32View token : split(trim(s), U" \t　、，,/／:：")) {
        if (is_cjk_role(token)) continue;
        // "记者徐敏": a role printed against the name.
        for (auto r : cjk_roles)
            if (std::size_t at = token.rfind(r); at != U32View::npos && is_cjk_name(token.substr(at + r.size()))) {
                token = token.substr(at + r.size());
                break;
            }
        if (!is_cjk_name(token)) return {};
        names.push_back(utf8::to_utf8(token));
    }
    return names;
}

// ---- Latin: "Photo: Jane Doe/Reuters", "(REUTERS/Jane Doe)", "Photos by Jane Doe and John Roe" ----------

constexpr std::array<U32View, 14> org_words{U"Images", U"Photo",  U"Photos",  U"Pictures", U"Press",
                                            U"News",   U"Agency", U"Service", U"Reuters",  U"Getty",
                                            U"Xinhua", U"Pool",   U"Handout", U"Staff"};

bool is_upper(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); }
bool is_lower(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); }

// "Jane", "O'Neil", "J.", "Anne-Marie"; all capitals ("REUTERS", "AP") is an agency, not a person.
bool is_name_word(U32View w) {
    if (w.empty() || !is_upper(w.front())) return false;
    if (w.size() == 2 && w[1] == U'.') return true;
    bool lower = false;
    for (char32_t c : w.substr(1)) {
        if (is_lower(c)) {
            lower = true;
        } else if (!(is_upper(c) || c == U'\'' || c == 0x2019 || c == U'-' || c == U'.')) {
            return false;
        }
    }
    for (auto o : org_words)
        if (w == o) return false;
    return lower;
}

std::vector<std::string> latin_photographers(U32View s) {
    s = unbracket(s);
    U32 lowered;
    for (char32_t c : s) lowered.push_back(c >= U'A' && c <= U'Z' ? c + 32 : c);
    for (U32View lead : {U32View(U"photos by "), U32View(U"photo by "), U32View(U"photograph by "),
                         U32View(U"photos: "), U32View(U"photo: "), U32View(U"photograph: "), U32View(U"picture: "),
                         U32View(U"pictures: "), U32View(U"image: "), U32View(U"credit: ")})
        if (starts_with(lowered, lead)) {
            s.remove_prefix(lead.size());
            break;
        }
    std::vector<std::string> names;
    U32 parts(s);
    for (std::size_t at; (at = parts.find(U" and ")) != U32::npos;) parts.replace(at, 5, U",");
    for (const U32& part : split(parts, U"/;,&")) {
        auto words = split(trim(part), U" ");
        bool person = words.size() >= 2 && words.size() <= 4;
        for (const auto& w : words) person = person && is_name_word(w);
        if (person) names.push_back(utf8::to_utf8(trim(part)));
    }
    return names;
}

}  // namespace

std::vector<std::string> photographers(std::string_view credit) {
    U32 s = utf8::to_u32(credit);
    for (char32_t c : s)
        if (is_han(c)) return cjk_photographers(s);
    return latin_photographers(s);
}

}  // namespace galley::newsml_g2
