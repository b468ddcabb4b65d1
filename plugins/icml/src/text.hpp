// Text on its way into a story: characters XML 1.0 forbids replaced (with a warning naming the article),
// line ends made InDesign's forced line break. Everything else, full-width punctuation and U+3000 included,
// passes unchanged.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::icml {

class Cleaner {
public:
    // Which article the following text belongs to ("" for the edition), for the warnings.
    void set_article(std::string_view id) { article_ = id; }

    // Content text: C0 controls but tab and LF/CR, U+FFFE, U+FFFF and malformed UTF-8 become U+FFFD (pugixml
    // would write "&#1;", which XML 1.0 forbids even as a reference); CR, CRLF and LF become U+2028, the
    // forced line break InDesign stores inside a paragraph (a paragraph break is a <Br/> between ranges).
    std::string text(std::string_view s, std::string_view field);

    // (article id, message), each once, in the order found.
    const std::vector<std::pair<std::string, std::string>>& problems() const { return problems_; }

private:
    std::string article_;
    std::vector<std::pair<std::string, std::string>> problems_;
};

std::u32string to_u32(std::string_view utf8);  // malformed input decodes to U+FFFD
std::string to_utf8(std::u32string_view s);

// True for a Chinese language tag ("zh", "zh-CN", "zh-Hant-TW"); `traditional` for Hant, TW, HK and MO.
bool is_chinese(std::string_view tag);
bool is_traditional_chinese(std::string_view tag);

}  // namespace galley::icml
