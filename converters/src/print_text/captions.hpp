// Picture captions and the credits printed at the end of a story.
#pragma once

#include <optional>
#include <vector>

#include "cursor.hpp"
#include "galley/model.hpp"
#include "leadin.hpp"

namespace galley::print_text {

struct CaptionMatch {
    U32 text;    // the caption without its credit
    U32 credit;  // "记者 徐敏 摄", "REUTERS/Jane Doe"
};

// A caption: a photo credit at its end ("… 记者 徐敏 摄", "（新华社发）", "(REUTERS/Jane Doe)") or a
// caption lead at its start ("图为…", "▲", "上图：", "Photo:").
std::optional<CaptionMatch> match_caption(U32View block);

// Where a photo credit closing `text` starts ("… 记者 徐敏 摄", "…（新华社发）"), if it ends with one.
std::optional<std::size_t> photo_credit_start(U32View text);

// A photo credit printed alone on the line under its caption: "曾恒贵摄（新华社发）", "记者 徐敏 摄",
// "（新华社发）", "(REUTERS/Jane Doe)". Returns the credit as printed.
std::optional<U32> match_photo_credit_line(U32View line);

// True when `text` opens with a caption lead: 图为, 上图, ▲ …
bool starts_caption(U32View text);

struct CreditMatch {
    U32 credit;  // as printed, tidied, without brackets
    std::vector<Byline> bylines;
    std::size_t begin = 0;  // where the credit (with its bracket) starts in the text
};

// A credit standing at the end of a story, as a line of its own or closing the last paragraph:
// "（记者 汪丽娜 通讯员 王硕）", "（编辑：张三）", "(Reporting by Jane Doe; Editing by John Smith)".
// With `whole`, the text must be only the credit.
std::optional<CreditMatch> match_end_credit(U32View text, bool whole);

// A closing note crediting contributors, as wire copy prints it: "Associated Press writers Hannah Fingerhut
// and Jonathan Lemire in Washington contributed to this report." Returns their names as contributors.
std::optional<CreditMatch> match_contributed_note(U32View paragraph);

// A dateline printed at a story's end, in brackets: "（新华社北京1月19日电）". `begin` is where the bracket
// opens in `text` (0 when the whole text is the dateline).
struct TrailingDateline {
    Leadin formula;
    std::size_t begin = 0;
};
std::optional<TrailingDateline> match_trailing_dateline(U32View text);

// A note on the author at a story's end: "（作者为中国社会科学院研究员）", "（作者系…）", "（作者单位：…）".
// `begin` is where the bracket opens in `text`.
std::optional<std::size_t> author_note_start(U32View text);

// The signature closing an editor's note: "——编者", "—— 本报编辑部".
bool is_editor_signature(U32View line);

// An end-of-story mark: （完） (END) -30- ###
bool is_end_mark(U32View block);

}  // namespace galley::print_text
