// Bylines: who is credited and in what role, from the forms newspapers print.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "cursor.hpp"
#include "galley/model.hpp"

namespace galley::print_text {

// The inside of a Chinese byline bracket or a byline line: "融媒记者 徐敏", "记者 汪丽娜 通讯员 王硕",
// "记者 王  浩 摄", "徐敏 王浩", "文/张三 图/李四". Empty optional when the text is not a byline.
std::optional<std::vector<Byline>> parse_cjk_credit(U32View content);

// English credits: "Jane Doe and John Smith" (after "By"), or Reuters' end note
// "Reporting by Jane Doe in London; Editing by John Smith".
std::optional<std::vector<Byline>> parse_latin_credit(U32View content);

// The role word at s[at] ("融媒记者", "通讯员" …), or 0 when there is none; `whole_token` allows the short
// roles (文, 图) that are only roles when they stand alone.
std::size_t match_role_word(U32View s, std::size_t at, bool whole_token);

// Normalized meaning of a printed role (one of galley::byline_kinds).
std::string role_kind(U32View role, bool photo);

// The same for an English role: "Reporting", "Additional reporting", "Editing", "Photo", "Graphic".
std::string latin_role_kind(U32View role);

// Whether a byline of this kind made a picture rather than text (a photographer or an illustrator).
bool makes_pictures(std::string_view kind);

// "Jane Doe", "Jane Doe in London" → "Jane Doe"; empty when the words are not a name.
U32 latin_name(U32View part);

// A news agency as bylines and credits name it: "Reuters", "AP", "Xinhua".
bool is_news_agency(U32View name);

// Collapses runs of white space into one space and trims: the credit as printed, tidied.
U32 tidy_spaces(U32View s);

}  // namespace galley::print_text
