// Page furniture: the lines a printed page carries besides its stories (running heads with the date and page,
// editors' names, page numbers, jump lines). They leave the body and become page metadata.
#pragma once

#include <optional>
#include <vector>

#include "cursor.hpp"
#include "dates.hpp"
#include "galley/model.hpp"

namespace galley::print_text {

struct Furniture {
    enum class Kind { running_head, staff, page_number, continuation, section, masthead, slug };
    Kind kind = Kind::running_head;
    std::vector<PageField> fields;  // key, label, value; text and origin are filled by the caller
    std::optional<IsoDate> date;    // the issue date printed in a running head
    int page_number = 0;
    U32 page_label;
    U32 section;
    std::optional<Continuation> continuation;
};

// Matches a whole line (trimmed) as page furniture: a running head, staff line, page number, jump line,
// section label, masthead or wire slug line.
std::optional<Furniture> match_furniture(U32View line);

// A jump line at the start or end of a paragraph: "（下转第二版）", "(Continued on page 5)".
// Returns the continuation and the span [begin, end) it takes in `text`.
struct JumpMatch {
    Continuation continuation;
    std::size_t begin = 0, end = 0;
};
std::optional<JumpMatch> find_jump(U32View text, bool at_end);

// A cross-reference line: a note pointing to another page, "（《纲要》全文见第六版，教育部负责人答记者问见
// 第七版）", "(See page A3)". It belongs to the story before it, and is neither heading nor text.
bool is_cross_reference(U32View line);

}  // namespace galley::print_text
