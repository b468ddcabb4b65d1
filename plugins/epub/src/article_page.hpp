// One XHTML content document per article: headings, byline, dateline, body and figures.
#pragma once

#include <string>

#include "book.hpp"

namespace galley::epub {

std::string article_page(const Render& r, const ArticleDoc& doc);

}  // namespace galley::epub
