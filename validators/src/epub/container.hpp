// 1. OCF: member names, the mimetype entry, and META-INF/container.xml, which names the package document.
#pragma once

#include <string>

#include "archive.hpp"
#include "book.hpp"
#include "report.hpp"

namespace galley::epub_check {

void check_member_names(Reporter& report, const Book& book);
void check_mimetype(Reporter& report, const std::string& bytes, const Archive& zip, const Book& book);
// Finds the package document through META-INF/container.xml; false (reported) when there is none.
bool find_package(Reporter& report, const Archive& zip, Book& book);

}  // namespace galley::epub_check
