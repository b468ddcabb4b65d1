// Any bytes into the canonical JSON reader: no crash; what it accepts writes back to bytes that read back
// to the same model and the same bytes.
#include <cstdlib>

#include "galley/model_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace galley;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Edition ed;
    Diagnostics diags;
    if (!from_canonical_json(text, "fuzz.json", ed, diags)) return 0;
    std::string once = to_canonical_json(ed);
    Edition again;
    Diagnostics diags2;
    if (!from_canonical_json(once, "again.json", again, diags2)) std::abort();
    if (to_canonical_json(again) != once) std::abort();
    return 0;
}
