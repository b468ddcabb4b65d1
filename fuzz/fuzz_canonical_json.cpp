// Any bytes into the canonical JSON reader: no crash; what it accepts writes back to bytes that read back to the
// same model and the same bytes. And differentially, against the DOM reader and writer it replaced
// (formats/testing/dom_model_json.hpp): the same verdict, the same messages (places too, for syntax errors;
// the DOM reader misplaced some others, see tests/test_model_json.cpp), the same model, the same bytes.
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "../formats/testing/dom_model_json.hpp"
#include "galley/model_json.hpp"

namespace {

std::vector<std::string> messages(const galley::Diagnostics& diags, bool with_place) {
    std::vector<std::string> out;
    for (galley::Diagnostic d : diags.items()) {
        if (!with_place) d.where = {};
        out.push_back(galley::format_diagnostic(d));
    }
    return out;
}

void check_against_dom_reader(std::string_view text, bool ok, const galley::Edition& ed, const galley::Diagnostics& diags) {
    galley::Edition before;
    galley::Diagnostics before_diags;
    bool before_ok = false;
    try {
        before_ok = galley::dom_oracle::from_canonical_json(text, "fuzz.json", before, before_diags);
    } catch (const std::exception&) {
        // The DOM reader let nlohmann's number overflow escape; the new one reports it as invalid JSON.
        if (ok || diags.items().size() != 1 || diags.items()[0].message.find("invalid JSON: number overflow") != 0)
            std::abort();
        return;
    }
    if (ok != before_ok) std::abort();
    const bool syntax_error = !ok && diags.items().size() == 1 && diags.items()[0].message.find("invalid JSON") == 0;
    if (messages(diags, syntax_error) != messages(before_diags, syntax_error)) std::abort();
    if (ok && !(ed == before)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace galley;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Edition ed;
    Diagnostics diags;
    const bool ok = from_canonical_json(text, "fuzz.json", ed, diags);
    check_against_dom_reader(text, ok, ed, diags);
    if (!ok) return 0;
    std::string once = to_canonical_json(ed);
    if (once != dom_oracle::to_canonical_json(ed)) std::abort();
    Edition again;
    Diagnostics diags2;
    if (!from_canonical_json(once, "again.json", again, diags2)) std::abort();
    if (to_canonical_json(again) != once) std::abort();
    return 0;
}
