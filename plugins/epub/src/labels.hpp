// The words galley itself puts into the book (navigation headings, landmark names, page names), in Chinese
// for a Chinese edition and in English otherwise.
#pragma once

#include <string>

namespace galley::epub {

struct Labels {
    const char* contents;      // heading of the table of contents
    const char* landmarks;     // heading of the landmarks nav
    const char* page_list;     // heading of the page-list nav
    const char* cover;         // landmark and title of the cover page
    const char* bodymatter;    // landmark to the first page
    const char* other;         // group of articles printed on no known page
    const char* empty_page;    // an index page with no article on it
    const char* untitled;      // an article with no headline and no text
    const char* cover_alt;     // alt text of a given cover picture: "<title> cover"
    const char* lead_stories;  // "Lead stories" on the drawn cover's alt text
    const char* page_number;   // "版次" / "Page"
    const char* section;       // "版名" / "Section"

    std::string page_name(int number) const;  // 第3版 / Page 3
    std::string summary(bool images, bool all_alt, bool vertical) const;  // schema:accessibilitySummary
};

const Labels& labels_for(bool chinese);

}  // namespace galley::epub
