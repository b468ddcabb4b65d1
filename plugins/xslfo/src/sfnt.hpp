// OpenType collections (.ttc) taken apart. FOP 2.8 cannot read the faces of Debian's Noto CJK collections (CFF
// outlines in a TTC: "'loca' table not found"), but reads one face written out as a plain OpenType file. A TTC
// is a header listing, per face, where its table directory is; the tables themselves are shared. One face as a
// file is its table directory with the offsets rebased, then its tables, each 4-byte aligned, with head's
// checkSumAdjustment made right for the new file.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace galley::xslfo {

struct FaceName {
    std::size_t index = 0;
    std::string family;     // name ID 1: "Noto Serif CJK SC"
    std::string subfamily;  // name ID 2: "Regular", "Bold"
    std::string full_name;  // name ID 4: "Noto Serif CJK SC", "Noto Serif CJK SC Bold"
};

// The faces of a collection (or the one face of a plain sfnt file), with their English names.
bool list_faces(std::string_view file, std::vector<FaceName>& faces, std::string& error);

// Changes a table's bytes on the way out (tag as four characters, "CFF "); false with `error` refuses the face.
// The table's checksum and the file's are computed after it.
using TableEdit = std::function<bool(const std::string& tag, std::string& data, std::string& error)>;

// Face `index` of a collection as a standalone sfnt file (OpenType "OTTO" or TrueType, as the face is).
bool extract_face(std::string_view collection, std::size_t index, std::string& out, std::string& error,
                  const TableEdit& edit = {});

// The sfnt checksum: the sum of the big-endian 32-bit words, the last one padded with zeros.
std::uint32_t sfnt_checksum(std::string_view bytes);

}  // namespace galley::xslfo
