// The forms texts are compared in: without white space (paragraphs, Chinese headings), with white space
// runs made one space (English headings), case-folded (Latin names printed in capitals).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace galley::scoring {

std::string squeeze(std::string_view s);  // every white space character removed (ASCII, U+3000, Z*)
std::string spaced(std::string_view s);   // white space runs → one space, trimmed
std::string folded(std::string_view s);   // squeezed, ASCII letters lower-cased
std::string first_characters(std::string_view s, std::size_t n);  // the first n characters, whole

// Overlapping runs of four characters of a squeezed text, counted: what article matching compares.
using Shingles = std::unordered_map<std::u32string, int>;
Shingles shingles(std::string_view squeezed);
int shared(const Shingles& a, const Shingles& b);
int total(const Shingles& a);

}  // namespace galley::scoring
