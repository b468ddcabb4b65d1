#include "json_input.hpp"

#include "galley/detail/json_syntax_error.hpp"
#include "galley/detail/text_position.hpp"

namespace galley::ninjs_in {

std::size_t too_deep_at(std::string_view text, int limit) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') {
            if (++depth > limit) return i;
        } else if ((c == '}' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::string_view::npos;
}

bool parse(std::string_view text, const std::string& file, Json& out, Diagnostics& diags) {
    if (std::size_t at = too_deep_at(text, max_depth); at != std::string_view::npos) {
        const detail::TextPosition p = detail::text_position(text, at);
        diags.error(SourceSpan{file, p.line, p.column},
                    "ninjs nested more than " + std::to_string(max_depth) + " levels deep: refused");
        return false;
    }
    out = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (out.is_discarded()) {
        detail::report_json_syntax_error(text, 0, file, diags);
        return false;
    }
    return true;
}

SourceSpan locate(std::string_view text, const std::string& file, const JsonPath& path) {
    std::size_t skip = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    std::size_t at = skip + detail::locate_json_value(text.substr(skip), path);
    const detail::TextPosition p = detail::text_position(text, at);
    return SourceSpan{file, p.line, p.column};
}

}  // namespace galley::ninjs_in
