// META-INF/container.xml: where the reading system finds the package document.
#pragma once

#include <string>

namespace galley::epub {

inline constexpr const char* package_path = "OEBPS/package.opf";

std::string container_xml();

}  // namespace galley::epub
