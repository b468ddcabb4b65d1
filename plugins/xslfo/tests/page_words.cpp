#include "page_words.hpp"

#include <algorithm>
#include <cstdlib>

#include "support.hpp"

namespace xslfo_test {
namespace {

double number_after(const std::string& s, std::size_t from, const char* key) {
    std::size_t at = s.find(key, from);
    return at == std::string::npos ? 0 : std::atof(s.c_str() + at + std::string(key).size());
}

constexpr double mm = 72 / 25.4;

}  // namespace

std::vector<Word> page_words(const std::string& pdf_path, int page) {
    std::string p = std::to_string(page);
    std::string html = tool({"pdftotext", "-bbox", "-enc", "UTF-8", "-f", p, "-l", p, pdf_path, "-"});
    std::vector<Word> words;
    for (std::size_t at = html.find("<word "); at != std::string::npos; at = html.find("<word ", at + 1)) {
        Word w{number_after(html, at, "xMin=\""), number_after(html, at, "yMin=\""), number_after(html, at, "xMax=\""),
               number_after(html, at, "yMax=\""), ""};
        std::size_t open = html.find('>', at), close = html.find("</word>", at);
        if (open != std::string::npos && close != std::string::npos && open < close) w.text = html.substr(open + 1, close - open - 1);
        words.push_back(w);
    }
    return words;
}

BodyArea a3_three_columns(bool front_page) {
    double column = (297 - 2 * 16 - 2 * 7) / 3.0;
    return {(front_page ? 12 : 32) * mm, (420 - 24) * mm, 16 * mm, column * mm, 7 * mm};
}

std::vector<double> column_spreads(const std::vector<Word>& words, const BodyArea& body, double headline_height,
                                   double stop_y) {
    std::vector<Word> inside;
    for (const Word& w : words) {
        double middle = (w.y0 + w.y1) / 2;
        if (middle > body.top && w.y0 < body.bottom && w.y0 < stop_y) inside.push_back(w);
    }
    // Where the headlines end: each starts a stretch of columns.
    std::vector<double> cuts{body.top};
    for (const Word& w : inside)
        if (w.y1 - w.y0 > headline_height) cuts.push_back(w.y1);
    std::sort(cuts.begin(), cuts.end());
    std::vector<double> spreads;
    for (std::size_t i = 0; i < cuts.size(); ++i) {
        double from = cuts[i], to = i + 1 < cuts.size() ? cuts[i + 1] : stop_y;
        if (to - from < 1) continue;
        std::vector<double> lowest(3, -1);
        std::vector<int> count(3, 0);
        for (const Word& w : inside) {
            if (w.y1 - w.y0 > headline_height || w.y0 < from || w.y1 > to) continue;
            if (w.x1 - w.x0 > body.column + 1) continue;  // across the columns (a rule, a spanning line)
            int c = static_cast<int>(((w.x0 + w.x1) / 2 - body.left) / (body.column + body.gap));
            if (c < 0 || c >= 3) continue;
            lowest[static_cast<std::size_t>(c)] = std::max(lowest[static_cast<std::size_t>(c)], w.y1);
            ++count[static_cast<std::size_t>(c)];
        }
        // A stretch of columns has some lines in each (a one-line row across the page, as under a nameplate, is none).
        if (*std::min_element(count.begin(), count.end()) < 3) continue;
        spreads.push_back(*std::max_element(lowest.begin(), lowest.end()) - *std::min_element(lowest.begin(), lowest.end()));
    }
    return spreads;
}

}  // namespace xslfo_test
