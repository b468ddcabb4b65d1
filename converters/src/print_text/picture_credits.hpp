// The people a picture's credit names, for Caption::bylines. Exporters read them from the model instead of
// parsing the credit again (issue 11).
#pragma once

#include <string_view>
#include <vector>

#include "cursor.hpp"
#include "galley/model.hpp"

namespace galley::print_text {

// "记者 徐敏 摄" → 记者 徐敏 photographer; "（本报记者 张三 李四 摄）" → both; "曾恒贵摄（新华社发）" → 曾恒贵;
// "张三 绘" → illustrator; "Photo: Jane Doe/Reuters" → Photo Jane Doe photographer; "(REUTERS/Jane Doe)".
// Empty when the credit names an agency or no one ("新华社发", "Photo: Reuters", "Getty Images"), or does not
// read as a credit.
std::vector<Byline> picture_credit_bylines(U32View credit);

// The same for a credit in UTF-8 (the model's, or an edition manifest's).
std::vector<Byline> picture_credit_bylines(std::string_view credit);

}  // namespace galley::print_text
