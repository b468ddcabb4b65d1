// Finding the url(…) and @import references of CSS text (style sheets, style elements and attributes).
#include "css.hpp"

#include <vector>

#include "text.hpp"
#include "urls.hpp"

namespace galley::epub_check {
namespace {

// The URLs a style sheet refers to (url(…) and @import "…"), with their 0-based line: a linear scan
// that skips comments and strings, not a CSS parser. CSS escapes inside URLs are left as written.
struct CssUrl {
    long line = 0;
    std::string url;
};

std::vector<CssUrl> css_urls(std::string_view css) {
    std::vector<CssUrl> out;
    long line = 0;
    std::size_t i = 0, n = css.size();
    auto at_word = [&](std::string_view word) {
        if (n - i < word.size()) return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if (lower(css[i + k]) != word[k]) return false;
        return true;
    };
    auto read_string = [&]() {  // at a quote; leaves i past the closing quote
        char quote = css[i++];
        std::string value;
        while (i < n && css[i] != quote && css[i] != '\n') {
            if (css[i] == '\\' && i + 1 < n) line += css[++i] == '\n';
            value += css[i++];
        }
        if (i < n && css[i] == quote) ++i;
        return value;
    };
    auto skip_spaces = [&]() {
        while (i < n && is_space(css[i])) line += css[i++] == '\n';
    };
    auto read_url = [&]() {  // just past "url("
        skip_spaces();
        long at = line;
        std::string value;
        if (i < n && (css[i] == '"' || css[i] == '\'')) value = read_string();
        else
            while (i < n && css[i] != ')' && !is_space(css[i])) value += css[i++];
        out.push_back({at, value});
    };
    while (i < n) {
        char c = css[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (c == '/' && i + 1 < n && css[i + 1] == '*') {
            std::size_t end = css.find("*/", i + 2);
            end = end == std::string_view::npos ? n : end + 2;
            for (; i < end; ++i) line += css[i] == '\n';
        } else if (c == '"' || c == '\'') {
            read_string();
        } else if (at_word("url(") && (i == 0 || !(is_alnum(css[i - 1]) || css[i - 1] == '-' || css[i - 1] == '_'))) {
            i += 4;
            read_url();
        } else if (at_word("@import")) {
            i += 7;
            skip_spaces();
            if (i < n && (css[i] == '"' || css[i] == '\'')) {
                long at = line;
                out.push_back({at, read_string()});
            }
        } else {
            ++i;
        }
    }
    return out;
}

}  // namespace

void collect_css(Book& book, const std::string& member, std::string_view css, long first_line) {
    for (CssUrl& u : css_urls(css)) {
        Ref ref = resolve(folder_of(member), u.url);
        if (ref.kind == Ref::Kind::external || ref.kind == Ref::Kind::same_document) continue;
        book.links.push_back({member, first_line + u.line, "CSS url", u.url, std::move(ref), false, false, true});
    }
}

}  // namespace galley::epub_check
