#include "cff_names.hpp"

#include <cstdint>

namespace galley::xslfo {
namespace {

// An INDEX (count, offSize, count + 1 offsets, data) at `at`: where its data starts and ends. False when it
// runs past the table.
bool index_data(const std::string& t, std::size_t at, std::size_t& data, std::size_t& end) {
    if (at + 2 > t.size()) return false;
    std::size_t count = static_cast<unsigned char>(t[at]) << 8 | static_cast<unsigned char>(t[at + 1]);
    if (count == 0) return data = end = at + 2, true;
    if (at + 3 > t.size()) return false;
    std::size_t size = static_cast<unsigned char>(t[at + 2]);
    if (size < 1 || size > 4) return false;
    std::size_t offsets = at + 3;
    if (offsets + (count + 1) * size > t.size()) return false;
    std::uint32_t last = 0;
    for (std::size_t k = 0; k < size; ++k) last = last << 8 | static_cast<unsigned char>(t[offsets + count * size + k]);
    data = offsets + (count + 1) * size - 1;  // offsets count from the byte before the data
    end = data + last;  // one past the last object: where the next structure starts
    return last >= 1 && end <= t.size();
}

int replace_in(std::string& t, std::size_t from_at, std::size_t to_at, const std::string& from, const std::string& to) {
    int n = 0;
    for (std::size_t at = t.find(from, from_at); at != std::string::npos && at + from.size() <= to_at;
         at = t.find(from, at + from.size())) {
        t.replace(at, from.size(), to);
        ++n;
    }
    return n;
}

}  // namespace

int rename_cff(std::string& cff, const std::string& from, const std::string& to) {
    if (from.empty() || from.size() != to.size() || cff.size() < 4 || cff[0] != 1) return -1;
    std::size_t names = static_cast<unsigned char>(cff[2]), name_data, name_end, top_data, top_end, str_data, str_end;
    if (!index_data(cff, names, name_data, name_end)) return -1;
    if (!index_data(cff, name_end, top_data, top_end)) return -1;  // Top DICT INDEX, left as it is
    if (!index_data(cff, top_end, str_data, str_end)) return -1;
    return replace_in(cff, name_data + 1, name_end, from, to) + replace_in(cff, str_data + 1, str_end, from, to);
}

}  // namespace galley::xslfo
