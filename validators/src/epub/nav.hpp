// 3. The navigation document: its toc, landmarks and page-list navs, and the epub:type tokens that name them.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "report.hpp"

namespace galley::epub_check {

// The tokens of an element's epub:type attribute.
std::vector<std::string> epub_types(const xmlNode* n);
// Checks the navs of the navigation document `member`, whose root element is `root`.
void check_nav(Reporter& report, const std::string& member, xmlNode* root);

}  // namespace galley::epub_check
