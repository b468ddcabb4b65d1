// Lead-ins: the formula that opens a news story and says who reports it, from where and when.
//   本报讯（融媒记者 徐敏）        新华社北京1月3日电（记者 张三）      据新华社电
//   本报北京1月3日电（记者 李四）   本报记者 王浩                          By Jane Doe
//   LONDON, Jan 3 (Reuters) -     WASHINGTON (AP) —                     NEW YORK —
#pragma once

#include <optional>
#include <vector>

#include "cursor.hpp"
#include "dates.hpp"
#include "galley/model.hpp"

namespace galley::print_text {

struct Leadin {
    enum class Kind {
        formula,      // a source/dateline formula that runs on into the first paragraph
        byline_line,  // a line that is only a byline ("本报记者 王浩", "By Jane Doe"); the story follows
    };
    Kind kind = Kind::formula;
    std::size_t length = 0;  // characters the formula takes at the start of the text, with trailing space
    U32 decoration;          // marks printed before it (■), if any
    U32 source;              // as printed: 本报讯, 新华社北京1月3日电, Reuters
    U32 credit;              // the byline as printed, tidied
    std::vector<Byline> bylines;
    U32 dateline_text;  // 北京1月3日, LONDON, Jan 3
    U32 place;
    std::optional<DatePhrase> date;
    bool latin = false;
    // A byline line may run over several printed lines ("By A, B, C" / "and D"), and wire copy prints the
    // story's date on a line of its own under it ("February 11, 2021 GMT"). Set by the page reader.
    std::size_t lines = 1;
    bool date_line_follows = false;
};

// A line that is only a date and time, as wire copy prints under the byline: "February 11, 2021 GMT",
// "Feb. 11, 2021 10:32 a.m. EST", "Thursday, April 29, 2021".
bool is_date_line(U32View line);

// Matches a lead-in at the start of `text` (a paragraph, or a line with the lines after it).
std::optional<Leadin> match_leadin(U32View text);

// True when `line` is the start of a Chinese formula cut by the line's end: an agency or 本报 with a place
// and date but not yet 电 ("新华社北京1月19日", "本报讯（记者 张").
bool formula_prefix(U32View line);

}  // namespace galley::print_text
