// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same edition always gets the same dc:identifier, and no
// random number is ever drawn.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace galley::epub {

using Uuid = std::array<std::uint8_t, 16>;

// "6ba7b811-9dad-11d1-80b4-00c04fd430c8" → bytes; nullopt when not in that form.
std::optional<Uuid> parse_uuid(std::string_view text);
std::string format_uuid(const Uuid& uuid);  // lower-case, 8-4-4-4-12

// UUID version 5 of `name` (UTF-8 bytes) in `name_space`.
Uuid uuid_v5(const Uuid& name_space, std::string_view name);

// RFC 4122's URL namespace, and galley's namespace for editions: uuid_v5(url, "urn:galley:epub:edition"),
// written out so that the identifiers never change even if this derivation were edited by mistake (a test
// checks that the two agree).
inline constexpr std::string_view url_namespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";
inline constexpr std::string_view edition_namespace = "cf551ff7-66f1-5c63-87d2-276da77b7349";

}  // namespace galley::epub
