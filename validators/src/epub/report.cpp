// How the EPUB check shows a value inside a message.
#include "report.hpp"

namespace galley::epub_check {

std::string quoted(std::string_view s) {
    std::string out = "'";
    std::size_t shown = 0;
    for (char c : s) {
        if (++shown > 80) {
            out += "...";
            break;
        }
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            static constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else {
            out += c;
        }
    }
    return out + "'";
}

}  // namespace galley::epub_check
