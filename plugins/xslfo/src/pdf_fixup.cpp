#include "pdf_fixup.hpp"

#include <openssl/evp.h>

namespace galley::xslfo {
namespace {

bool hex_run(const std::string& s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace

bool make_reproducible(std::string& pdf, const std::string& timestamp, std::string& problem) {
    // The clock's dates in the XMP metadata, of the same length as ours (FOP writes CCYY-MM-DDThh:mm:ssZ).
    for (std::string element : {"xmp:MetadataDate", "dc:date"}) {
        const std::string open = "<" + element + ">", close = "</" + element + ">";
        for (std::size_t at = pdf.find(open); at != std::string::npos; at = pdf.find(open, at + 1)) {
            std::size_t value = at + open.size(), end = pdf.find(close, value);
            if (end == std::string::npos) break;
            if (end - value == timestamp.size())
                pdf.replace(value, timestamp.size(), timestamp);
            else
                return problem = element + " is not in the form FOP 2.8 writes", false;
        }
    }
    // /ID [<32 hex> <32 hex>]
    const std::string key = "/ID [<";
    std::size_t id = pdf.rfind(key);
    if (id == std::string::npos) return problem = "the PDF has no /ID", false;
    std::size_t first = id + key.size(), second = first + 32 + 3;
    if (!hex_run(pdf, first, 32) || pdf.compare(first + 32, 3, "> <") != 0 || !hex_run(pdf, second, 32))
        return problem = "the PDF's /ID is not in the form FOP 2.8 writes", false;
    pdf.replace(first, 32, std::string(32, '0'));
    pdf.replace(second, 32, std::string(32, '0'));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(pdf.data(), pdf.size(), digest, &length, EVP_md5(), nullptr);
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string text;
    for (unsigned int i = 0; i < length && i < 16; ++i) {
        text += hex[digest[i] >> 4];
        text += hex[digest[i] & 15];
    }
    if (text.size() != 32) return problem = "MD5 failed", false;
    pdf.replace(first, 32, text);
    pdf.replace(second, 32, text);
    return true;
}

}  // namespace galley::xslfo
