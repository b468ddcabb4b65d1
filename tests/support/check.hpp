// Helpers the tests share: run the print-text converter in-process, check the lossless invariant, and
// compare what galley read with a ground-truth story.
#pragma once

#include <initializer_list>
#include <string>

#include "galley/converter.hpp"
#include "story.hpp"

namespace galley::testing {

struct Normalized {
    bool ok = false;
    Edition edition;
    Diagnostics diags;
};

Normalized normalize_text(const std::string& text, ConvertOptions options = {}, const std::string& name = "page.txt");

// Every letter and digit of `input` must be somewhere in the model: body, headings, credits, metadata,
// captions or `dropped`. Returns "" when it holds, else a description of what is missing.
std::string missing_letters(const std::string& input, const Edition& edition);

// Compares an article with its ground truth; returns a list of differences ("" when equal).
std::string compare_story(const Article& got, const Story& want, bool expect_headline);

std::string dump(const Edition& edition);  // short summary for failure messages

// Printed lines as the seed's extraction gives them: each followed by a blank line.
std::string page(std::initializer_list<const char*> lines);

}  // namespace galley::testing
