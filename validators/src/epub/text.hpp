// Small text helpers for the EPUB check (ASCII only: the syntaxes checked here are ASCII).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace galley::epub_check {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s);
std::string lowered(std::string_view s);
std::vector<std::string> tokens(std::string_view s);  // split at whitespace
std::vector<std::string_view> split(std::string_view s, char sep);
bool valid_utf8(std::string_view s);
bool has_token(const std::vector<std::string>& list, std::string_view token);

}  // namespace galley::epub_check
