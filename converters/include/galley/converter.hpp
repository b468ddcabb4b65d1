// Converters read one kind of input into the shared model. The CLI picks one per input file.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley {

struct ConvertOptions {
    std::string issue_date;  // YYYY-MM-DD; empty: from the page's running head, if it prints one
    std::string language;    // BCP 47 tag for every article; empty: detected per article
    int page = 0;            // print page number for a page of text; 0: from the page, else its position
    std::string section;     // section of that page (要闻 …); empty: from the page, if printed
    std::string word_list;   // a word list for undoing hyphenation (one word per line); empty: none
    bool explain = false;    // add a note for every decision about a line (paragraph breaks, headings)
};

struct InputDocument {
    std::string path;   // as the user named it; used in messages
    std::string bytes;  // the whole file
};

class Converter {
public:
    virtual ~Converter() = default;
    virtual std::string_view id() const = 0;  // "print-text", "json"
    virtual std::string_view description() const = 0;
    // How sure this converter is that it reads `input`: 0 not at all … 100 certain.
    virtual int sniff(const InputDocument& input) const = 0;
    // Adds what `input` holds to `edition`. Returns false when the input cannot be read; the reason is in
    // `diags` with file, line and column, and `edition` is left as it was.
    virtual bool read(const InputDocument& input, const ConvertOptions& options, Edition& edition,
                      Diagnostics& diags) const = 0;
};

// Every converter built into galley, in the order `galley formats` lists them.
const std::vector<const Converter*>& converters();
const Converter* find_converter(std::string_view id);
// The converter that reads `input` best, or nullptr.
const Converter* pick_converter(const InputDocument& input);

}  // namespace galley
