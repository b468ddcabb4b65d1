// Joins the printed lines of a paragraph into running text.
//   CJK + CJK            no space (the line end was only the column edge)
//   Latin word + word    one space
//   hyph-\nenation       joined without the hyphen only when the joined word is a word
#pragma once

#include <string>
#include <unordered_set>
#include <vector>

#include "cursor.hpp"

namespace galley::print_text {

// The words galley trusts when undoing hyphenation: the document's own unhyphenated words, plus a word
// list when one is given (one word per line, like /usr/share/dict/words).
class Lexicon {
public:
    void add_words_from(U32View text);
    bool load_word_list(const std::string& path);
    bool is_word(U32View word) const;  // case-insensitive, with plural and -ed/-ing/-ly forms
    bool contains_hyphenated(U32View word) const;  // the document prints this very form with its hyphen

private:
    std::unordered_set<std::u32string> words_;
    std::unordered_set<std::u32string> hyphenated_;
};

struct ReflowPiece {
    U32View text;
    int line = 0;
    int column = 1;
};

// Where each source line starts in the joined text: for messages and `dropped` entries.
struct LineAnchor {
    std::size_t offset = 0;
    int line = 0;
    int column = 1;
};

struct Reflowed {
    U32 text;
    std::vector<LineAnchor> anchors;
    // Maps an offset in `text` back to the source line and column.
    void locate(std::size_t offset, int& line, int& column) const;
};

Reflowed reflow(const std::vector<ReflowPiece>& pieces, const Lexicon& lexicon);

// Whether two pieces of text meet with a space in running text.
bool needs_space(char32_t before, char32_t after);

}  // namespace galley::print_text
