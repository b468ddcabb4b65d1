#include "uuid.hpp"

#include <openssl/evp.h>

#include <stdexcept>

namespace galley::epub {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

std::optional<Uuid> parse_uuid(std::string_view text) {
    if (text.size() != 36) return std::nullopt;
    Uuid out{};
    std::size_t byte = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-') return std::nullopt;
            ++i;
            continue;
        }
        int hi = hex_value(text[i]), lo = hex_value(text[i + 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out[byte++] = static_cast<std::uint8_t>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

std::string format_uuid(const Uuid& uuid) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < uuid.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
        out.push_back(digits[uuid[i] >> 4]);
        out.push_back(digits[uuid[i] & 0x0F]);
    }
    return out;
}

Uuid uuid_v5(const Uuid& name_space, std::string_view name) {
    // RFC 4122 §4.3: SHA-1 of the namespace's bytes followed by the name's, then the version and variant bits.
    std::string input(name_space.begin(), name_space.end());
    input.append(name);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.data(), input.size(), digest, &length, EVP_sha1(), nullptr) != 1 || length < 16)
        throw std::runtime_error("libcrypto could not compute SHA-1");
    Uuid out{};
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = digest[i];
    out[6] = static_cast<std::uint8_t>((out[6] & 0x0F) | 0x50);
    out[8] = static_cast<std::uint8_t>((out[8] & 0x3F) | 0x80);
    return out;
}

}  // namespace galley::epub
