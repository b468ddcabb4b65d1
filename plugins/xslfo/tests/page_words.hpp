// Where the words of a rendered page sit (pdftotext -bbox), and what a make-up editor looks at in them: how far
// the columns' last lines are apart under each headline, and how much of the body is left empty at the foot.
#pragma once

#include <string>
#include <vector>

namespace xslfo_test {

struct Word {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, from the top left
    std::string text;
};

std::vector<Word> page_words(const std::string& pdf_path, int page);

// The body of an A3 page with three columns as galley sets it, in points.
struct BodyArea {
    double top = 0, bottom = 0, left = 0, column = 0, gap = 0;
};
BodyArea a3_three_columns(bool front_page);

// For each stretch of columns between two headlines (words taller than `headline_height`), the distance between
// the lowest and the highest last line of its columns; stretches where a column holds fewer than three words are left out.
// Words from `stop_y` down (a note at the foot) are not looked at.
std::vector<double> column_spreads(const std::vector<Word>& words, const BodyArea& body, double headline_height,
                                   double stop_y);

}  // namespace xslfo_test
