// Reading the ZIP container from memory with libzip, member by member, with a cap on member size.
#include "archive.hpp"

#include <utility>

namespace galley::epub_check {
namespace {

// Members larger than this are not read: a ZIP bomb would otherwise take all the memory.
constexpr std::size_t max_member_size = std::size_t{256} << 20;

}  // namespace

bool Archive::open(const std::string& bytes, std::string& why) {
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
    if (src) za_ = zip_open_from_source(src, ZIP_RDONLY, &err);
    if (!za_) {
        why = zip_error_strerror(&err);
        if (src) zip_source_free(src);
    }
    zip_error_fini(&err);
    return za_ != nullptr;
}

std::vector<Member> Archive::members() const {
    std::vector<Member> out;
    zip_int64_t n = zip_get_num_entries(za_, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        const char* name = zip_get_name(za_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
        if (!name) continue;
        Member m{name, static_cast<zip_uint64_t>(i), false};
        m.directory = !m.name.empty() && m.name.back() == '/';
        out.push_back(std::move(m));
    }
    return out;
}

bool Archive::read(zip_uint64_t index, std::string& out, std::string& why) const {
    out.clear();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za_, index, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && st.size > max_member_size) {
        why = "it is larger than " + std::to_string(max_member_size >> 20) + " MiB";
        return false;
    }
    zip_file_t* f = zip_fopen_index(za_, index, 0);
    if (!f) {
        why = zip_strerror(za_);
        return false;
    }
    char buf[1 << 16];
    for (;;) {
        zip_int64_t got = zip_fread(f, buf, sizeof buf);
        if (got < 0) {
            why = zip_file_strerror(f);
            zip_fclose(f);
            return false;
        }
        if (got == 0) break;
        if (out.size() + static_cast<std::size_t>(got) > max_member_size) {
            why = "it is larger than " + std::to_string(max_member_size >> 20) + " MiB";
            zip_fclose(f);
            return false;
        }
        out.append(buf, static_cast<std::size_t>(got));
    }
    zip_fclose(f);
    return true;
}


std::uint16_t le16(const std::string& b, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8);
}

}  // namespace galley::epub_check
