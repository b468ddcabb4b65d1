#include "sfnt.hpp"

#include <algorithm>
#include <cstdint>

namespace galley::xslfo {
namespace {

struct Reader {
    std::string_view b;
    bool ok = true;
    std::uint32_t u32(std::size_t at) {
        if (at + 4 > b.size()) return ok = false, 0;
        return std::uint32_t(static_cast<unsigned char>(b[at])) << 24 | std::uint32_t(static_cast<unsigned char>(b[at + 1])) << 16 |
               std::uint32_t(static_cast<unsigned char>(b[at + 2])) << 8 | std::uint32_t(static_cast<unsigned char>(b[at + 3]));
    }
    std::uint16_t u16(std::size_t at) {
        if (at + 2 > b.size()) return ok = false, 0;
        return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) << 8 | static_cast<unsigned char>(b[at + 1]));
    }
};

void put32(std::string& s, std::size_t at, std::uint32_t v) {
    s[at] = static_cast<char>(v >> 24);
    s[at + 1] = static_cast<char>(v >> 16);
    s[at + 2] = static_cast<char>(v >> 8);
    s[at + 3] = static_cast<char>(v);
}

struct TableRecord {
    std::uint32_t tag, checksum, offset, length;
};

constexpr std::uint32_t tag(const char (&t)[5]) {
    return std::uint32_t(static_cast<unsigned char>(t[0])) << 24 | std::uint32_t(static_cast<unsigned char>(t[1])) << 16 |
           std::uint32_t(static_cast<unsigned char>(t[2])) << 8 | std::uint32_t(static_cast<unsigned char>(t[3]));
}

bool is_sfnt_version(std::uint32_t v) { return v == 0x00010000 || v == tag("OTTO") || v == tag("true"); }

// Where each face's table directory starts.
bool face_offsets(std::string_view file, std::vector<std::uint32_t>& offsets, std::string& error) {
    Reader r{file};
    std::uint32_t first = r.u32(0);
    if (!r.ok) return error = "the file is too short to be a font", false;
    if (is_sfnt_version(first)) {
        offsets = {0};
        return true;
    }
    if (first != tag("ttcf")) return error = "not an OpenType font or collection", false;
    std::uint32_t count = r.u32(8);
    if (!r.ok || count == 0 || count > 1000) return error = "a collection header with no faces", false;
    for (std::uint32_t i = 0; i < count; ++i) offsets.push_back(r.u32(12 + 4 * static_cast<std::size_t>(i)));
    if (!r.ok) return error = "the collection header is cut short", false;
    return true;
}

bool table_directory(std::string_view file, std::uint32_t at, std::vector<TableRecord>& tables, std::string& error) {
    Reader r{file};
    std::uint32_t version = r.u32(at);
    std::uint16_t count = r.u16(at + 4);
    if (!r.ok || !is_sfnt_version(version)) return error = "a face without an sfnt table directory", false;
    for (std::size_t i = 0; i < count; ++i) {
        std::size_t rec = at + 12 + 16 * i;
        TableRecord t{r.u32(rec), r.u32(rec + 4), r.u32(rec + 8), r.u32(rec + 12)};
        if (!r.ok || std::uint64_t(t.offset) + t.length > file.size())
            return error = "a table lies outside the file", false;
        tables.push_back(t);
    }
    return true;
}

// An English name from the name table: Windows Unicode (UTF-16BE, US English first), else Macintosh Roman.
std::string english_name(std::string_view file, const std::vector<TableRecord>& tables, std::uint16_t id) {
    auto name = std::find_if(tables.begin(), tables.end(), [](const TableRecord& t) { return t.tag == tag("name"); });
    if (name == tables.end()) return {};
    Reader r{file.substr(name->offset, name->length)};
    std::uint16_t count = r.u16(2), strings = r.u16(4);
    std::string best;
    int best_rank = 0;
    for (std::size_t i = 0; i < count && r.ok; ++i) {
        std::size_t rec = 6 + 12 * i;
        std::uint16_t platform = r.u16(rec), encoding = r.u16(rec + 2), language = r.u16(rec + 4), name_id = r.u16(rec + 6),
                      length = r.u16(rec + 8), offset = r.u16(rec + 10);
        if (!r.ok || name_id != id) continue;
        std::size_t from = std::size_t(strings) + offset;
        if (from + length > r.b.size()) continue;
        std::string_view raw = r.b.substr(from, length);
        int rank = 0;
        std::string text;
        if (platform == 3 && (encoding == 1 || encoding == 10)) {
            rank = language == 0x409 ? 3 : 2;
            for (std::size_t k = 0; k + 1 < raw.size(); k += 2) {
                unsigned c = static_cast<unsigned char>(raw[k]) << 8 | static_cast<unsigned char>(raw[k + 1]);
                text += c < 0x80 ? static_cast<char>(c) : '?';
            }
        } else if (platform == 1 && encoding == 0 && language == 0) {
            rank = 1;
            text = std::string(raw);
        }
        if (rank > best_rank) best_rank = rank, best = text;
    }
    return best;
}

}  // namespace

std::uint32_t sfnt_checksum(std::string_view bytes) {
    std::uint32_t sum = 0;
    std::size_t i = 0;
    for (; i + 4 <= bytes.size(); i += 4)
        sum += std::uint32_t(static_cast<unsigned char>(bytes[i])) << 24 | std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 16 |
               std::uint32_t(static_cast<unsigned char>(bytes[i + 2])) << 8 | std::uint32_t(static_cast<unsigned char>(bytes[i + 3]));
    if (i < bytes.size()) {
        std::uint32_t last = 0;
        for (std::size_t k = 0; k < 4; ++k)
            last = last << 8 | (i + k < bytes.size() ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        sum += last;
    }
    return sum;
}

bool list_faces(std::string_view file, std::vector<FaceName>& faces, std::string& error) {
    std::vector<std::uint32_t> offsets;
    if (!face_offsets(file, offsets, error)) return false;
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        std::vector<TableRecord> tables;
        if (!table_directory(file, offsets[i], tables, error)) return false;
        faces.push_back({i, english_name(file, tables, 1), english_name(file, tables, 2), english_name(file, tables, 4)});
    }
    return true;
}

bool extract_face(std::string_view collection, std::size_t index, std::string& out, std::string& error,
                  const TableEdit& edit) {
    std::vector<std::uint32_t> offsets;
    if (!face_offsets(collection, offsets, error)) return false;
    if (index >= offsets.size()) return error = "the collection has no face " + std::to_string(index), false;
    std::vector<TableRecord> tables;
    if (!table_directory(collection, offsets[index], tables, error)) return false;

    // The offset table (version, numTables, searchRange, entrySelector, rangeShift) is copied as it is: the
    // number of tables does not change.
    out.assign(collection.substr(offsets[index], 12));
    std::size_t directory = out.size();
    out.append(16 * tables.size(), '\0');
    std::size_t head_at = std::string::npos;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        TableRecord t = tables[i];
        std::string data(collection.substr(t.offset, t.length));
        if (edit && !edit(std::string(collection.substr(offsets[index] + 12 + 16 * i, 4)), data, error)) return false;
        t.length = static_cast<std::uint32_t>(data.size());
        if (t.tag == tag("head")) {
            if (data.size() < 12) return error = "the head table is cut short", false;
            put32(data, 8, 0);  // checkSumAdjustment is computed over the whole file below
            head_at = out.size();
        }
        std::size_t at = out.size();
        out += data;
        out.append((4 - data.size() % 4) % 4, '\0');
        std::size_t rec = directory + 16 * i;
        put32(out, rec, t.tag);
        put32(out, rec + 4, sfnt_checksum(data));
        put32(out, rec + 8, static_cast<std::uint32_t>(at));
        put32(out, rec + 12, t.length);
    }
    if (head_at == std::string::npos) return error = "the face has no head table", false;
    put32(out, head_at + 8, 0xB1B0AFBAu - sfnt_checksum(out));
    return true;
}

}  // namespace galley::xslfo
