// Any bytes into the structured readers (NITF, NewsML-G2, ninjs), each tried on every input: no crash, no hang,
// and whatever one accepts is a model the canonical JSON writes and reads back to the same bytes.
#include <cstdlib>
#include <string>

#include "galley/converter.hpp"
#include "galley/model_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string bytes(reinterpret_cast<const char*>(data), size);
    for (const char* id : {"nitf", "newsml-g2", "ninjs"}) {
        const galley::Converter* c = galley::find_converter(id);
        if (!c) std::abort();
        galley::Edition edition;
        galley::Diagnostics diags;
        if (!c->read({"fuzz", bytes}, {}, edition, diags)) continue;
        std::string json = galley::to_canonical_json(edition);
        galley::Edition again;
        galley::Diagnostics again_diags;
        if (!galley::from_canonical_json(json, "fuzz.json", again, again_diags)) std::abort();
        if (galley::to_canonical_json(again) != json) std::abort();
    }
    return 0;
}
