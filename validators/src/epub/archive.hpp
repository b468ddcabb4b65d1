// The ZIP container, read from memory with libzip.
#pragma once

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace galley::epub_check {

struct Member {
    std::string name;
    zip_uint64_t index = 0;
    bool directory = false;
};

class Archive {
public:
    Archive() = default;
    Archive(const Archive&) = delete;
    Archive& operator=(const Archive&) = delete;
    ~Archive() {
        if (za_) zip_discard(za_);
    }
    // Fails with libzip's reason in `why`. `bytes` must outlive the Archive.
    bool open(const std::string& bytes, std::string& why);
    std::vector<Member> members() const;
    // Reads one member whole; false, with the reason, when it cannot (encrypted, corrupt, too large).
    bool read(zip_uint64_t index, std::string& out, std::string& why) const;

private:
    zip_t* za_ = nullptr;
};

// The little-endian 16-bit field at offset `at` of a ZIP header.
std::uint16_t le16(const std::string& b, std::size_t at);

}  // namespace galley::epub_check
