// The short labels a page prints on lines of their own besides its running head: the paper's name
// (masthead), the section (要闻, 国际, BUSINESS, WORLD NEWS), a wire story's slug line and its sign-off.
// A typesetter sets them in the page's furniture, never in a story's heading, so they are matched as whole
// lines against the names papers use, not guessed from their shape.
#pragma once

#include <optional>

#include "cursor.hpp"

namespace galley::print_text {

// A section label: a section name papers print (要闻, 经济, 新农村, 短讯; BUSINESS, World News), several
// joined by · or / (要闻·综合), "X新闻" (国际新闻), or "第3版：综合新闻". Returns the section as printed.
std::optional<U32> match_section_label(U32View line);

// A masthead: a paper's name alone on its line (人民日报, 永康日报, 北京晚报, 参考消息 is not matched: only
// names ending in a paper word — 日报, 晚报, 早报, 时报, 商报, 周报, 快报, 导报 …).
bool is_masthead(U32View line);

// A wire service's slug line: "b f BC-FIAT-UNIT-ISSUES-100   03-02 0118" (priority and category codes, the
// BC- slug, month-day and word count). Returns the slug ("BC-FIAT-UNIT-ISSUES-100").
std::optional<U32> match_slug_line(U32View line);

// A wire story's sign-off: "REUTER", "Reuter", "REUTER...", "REUTERS", "AP", "AFP", "XINHUA" alone on a
// line. Returns the agency as a source names it ("Reuters").
std::optional<U32> match_sign_off(U32View line);

}  // namespace galley::print_text
