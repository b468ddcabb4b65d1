// Any bytes into the print-text converter: it must never crash or hang, and when it accepts the input,
// every letter and digit must be somewhere in the model (nothing silently dropped).
#include <cstdlib>
#include <map>

#include "galley/converter.hpp"
#include "text/unicode.hpp"

namespace {

void count(std::map<char32_t, long>& m, const std::string& s, long delta) {
    for (char32_t c : galley::text::to_u32(s))
        if (galley::text::is_letter_or_digit(c)) m[c] += delta;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace galley;
    InputDocument in{"fuzz.txt", std::string(reinterpret_cast<const char*>(data), size)};
    ConvertOptions opt;
    opt.issue_date = "2023-01-04";
    Edition ed;
    Diagnostics diags;
    if (!find_converter("print-text")->read(in, opt, ed, diags)) return 0;

    // Decoding drops a BOM and control characters only; letters and digits must all survive.
    std::map<char32_t, long> m;
    count(m, in.bytes, 1);
    for (const auto& p : ed.pages)
        for (const auto& f : p.metadata) count(m, f.text, -1);
    for (const auto& d : ed.dropped) count(m, d.text, -1);
    for (const auto& a : ed.articles) {
        for (const std::string* s : {&a.column, &a.kicker, &a.subheadline, &a.source, &a.credit, &a.dateline.text}) count(m, *s, -1);
        if (!a.headline_derived) count(m, a.headline, -1);
        for (const auto& b : a.body) {
            count(m, b.text, -1);
            count(m, b.image.caption.text, -1);
            count(m, b.image.caption.credit, -1);
        }
        for (const auto& c : a.continuations) count(m, c.text, -1);
        for (const auto& d : a.dropped) count(m, d.text, -1);
    }
    for (const auto& [c, n] : m)
        if (n > 0) std::abort();  // a letter or digit was lost
    return 0;
}
