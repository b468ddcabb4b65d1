// Bylines as structured feeds carry them (NITF, NewsML-G2, ninjs): one printed line, the source galley printed
// with it, and the people it names, read by the print-text reader's rules when nothing marks them.
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"

namespace galley {

// A byline with no markup, as agencies send it ("By Jane Doe", "记者 张三 通讯员 李四"): the people it names.
std::vector<Byline> people_in(const std::string& credit);

// galley prints the source with the credit (galley/presentation.hpp): "本报讯　记者 张三", "By Jane Doe — AP".
// With the source known, the credit is what is left.
std::string credit_without_source(const std::string& byline, const std::string& source);

}  // namespace galley
