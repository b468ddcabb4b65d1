// What each line of a story's heading is: column label (栏目), kicker (引题), headline (主题) or subtitle
// (副题). The extraction kept the lines but lost their type sizes, so the lines are read the way a
// sub-editor reads a proof: by their punctuation, their length and how they stand to one another.
#pragma once

#include <vector>

#include "cursor.hpp"

namespace galley::print_text {

struct HeadingLine {
    U32 text;
    double width = 0;   // printed width in half-em units (layout.hpp)
    bool cjk = false;
};

struct HeadingParts {
    U32 column, kicker, headline, subheadline;
    double score = 0;  // how well the lines fit the roles given them (higher is better); for comparing readings
};

// The measures a heading is read against: a Latin heading wraps at the column like running text.
struct HeadingMeasure {
    double cjk = 0;    // the CJK column, in half-em units
    double latin = 0;  // the Latin column, in characters
};

// Splits a story's heading lines (in the order they are read) into its parts. Chinese lines:
//  - a line ending in a pause mark (，、；：) runs on into the next: one element over two lines;
//  - an element opening with a dash (——记…) is the subtitle, one ending with a dash (…施行——) the kicker;
//  - a place alone (江苏省宿迁市) is a kicker, the place line of a brief;
//  - two lines are one headline broken in two when, together, they are no longer than a headline runs
//    (about 21 characters) and are balanced, when the first was broken at the column's width, or when the
//    second is a book title the break keeps whole (《…》); lines with two spaced phrases are whole;
//  - of two separate elements, a shorter first, one set apart by spaced phrases, or one before a headline
//    that plays on words in quotation marks is the kicker; otherwise the second is the subtitle;
//  - with three or more, a short label or a slogan with a comma above them (乡村新事, 走企业，看高质量发展)
//    is the column label.
// Latin lines are joined where a line was wrapped (the next line's first word did not fit); a short first
// element is a kicker and one opening with a dash the subtitle.
HeadingParts split_heading_lines(const std::vector<HeadingLine>& lines, const HeadingMeasure& measure);

// A place alone on its line: 江苏省宿迁市, 浙江省仙居县, 呼伦贝尔市.
bool is_place_line(U32View line);

}  // namespace galley::print_text
