// The canonical JSON form of the model (documented in formats/README.md).
// Writing is deterministic: fixed key order, two-space indent, real UTF-8, a final newline.
// Header-only (with nlohmann-json): exporter plugins read the model with the same code as galley.
#pragma once

#include <string>
#include <string_view>

#include "galley/detail/canonical_format.hpp"
#include "galley/detail/json_syntax_error.hpp"
#include "galley/detail/json_writer.hpp"
#include "galley/detail/model_json_reader.hpp"
#include "galley/detail/model_json_writer.hpp"
#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley {

// canonical_format_name ("galley-edition") and canonical_format_version: galley/detail/canonical_format.hpp

std::string to_canonical_json(const Edition& edition);

// Reads the canonical form. Problems go to `diags` with file, line and column; returns false on any error,
// leaving `out` unspecified.
bool from_canonical_json(std::string_view text, const std::string& file, Edition& out, Diagnostics& diags);

// True when `text` looks like canonical JSON (its first non-blank character opens an object).
bool looks_like_canonical_json(std::string_view text);

// True when `text` is meant as JSON: the whole of it is one object or array, or it opens as one would
// ('{' then '"', or '[' then '{'), which no printed page does. Depth costs heap, not stack.
bool is_json_container(std::string_view text);

}  // namespace galley

// ---- implementation (header-only, so that exporter plugins built outside this tree read the model too) ----
// Both directions work on the text directly: the writer appends to one string (detail/model_json_writer.hpp),
// the reader parses in place into the model (detail/model_json_reader.hpp). No JSON document is built.

namespace galley {

inline std::string to_canonical_json(const Edition& ed) {
    std::string out;
    out.reserve(detail::estimated_json_size(ed));
    detail::JsonWriter w(out);
    detail::write_edition(w, ed);
    out += '\n';
    return out;
}

inline bool from_canonical_json(std::string_view text, const std::string& file, Edition& out, Diagnostics& diags) {
    using detail::ModelReader;
    const Edition before = out;
    ModelReader reader(text, ModelReader::Mode::fast);
    ModelReader::Outcome outcome = reader.read(out);
    if (outcome == ModelReader::Outcome::repeated_key) {
        // Rare: start over, reading only the last of each repeated key as nlohmann's DOM did.
        out = before;
        reader = ModelReader(text, ModelReader::Mode::last_key_wins);
        outcome = reader.read(out);
    }
    if (outcome != ModelReader::Outcome::read) {
        detail::report_json_syntax_error(text, reader.offset(), file, diags);
        return false;
    }
    const std::size_t errors_before = diags.error_count();
    reader.diagnostics().flush(text, file, diags);
    return diags.error_count() == errors_before;
}

inline bool looks_like_canonical_json(std::string_view text) {
    std::size_t i = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t')) ++i;
    return i < text.size() && text[i] == '{';
}

inline bool is_json_container(std::string_view text) {
    detail::JsonCursor in(text);
    if (!in.skip_bom()) return false;
    const char c = in.peek();
    if (c != '{' && c != '[') return false;
    const std::size_t open = in.offset();
    in.seek(open + 1);
    const char next = in.peek();
    if ((c == '{' && next == '"') || (c == '[' && next == '{')) return true;
    in.seek(open);
    return in.skip_value() && in.at_end();
}

}  // namespace galley
