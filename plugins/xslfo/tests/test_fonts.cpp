// Taking the Simplified Chinese faces out of Debian's Noto CJK collections, in C++: the file is a sound sfnt
// (every table's checksum and the whole file's), it names the face asked for, and the cache is reused until its
// source changes. That FOP reads and embeds the faces is checked where the pages are rendered.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>

#include "cff_names.hpp"
#include "fonts.hpp"
#include "sfnt.hpp"
#include "support.hpp"

using namespace xslfo_test;
using namespace galley::xslfo;

namespace {

const std::string noto_dir = "/usr/share/fonts/opentype/noto";

std::uint32_t be32(const std::string& s, std::size_t at) {
    return std::uint32_t(static_cast<unsigned char>(s[at])) << 24 | std::uint32_t(static_cast<unsigned char>(s[at + 1])) << 16 |
           std::uint32_t(static_cast<unsigned char>(s[at + 2])) << 8 | std::uint32_t(static_cast<unsigned char>(s[at + 3]));
}
std::uint16_t be16(const std::string& s, std::size_t at) {
    return static_cast<std::uint16_t>(static_cast<unsigned char>(s[at]) << 8 | static_cast<unsigned char>(s[at + 1]));
}

// A table of an sfnt file by its tag, "" when there is none.
std::string table(const std::string& otf, const std::string& tag) {
    for (std::size_t i = 0, n = be16(otf, 4); i < n; ++i)
        if (otf.substr(12 + 16 * i, 4) == tag) return otf.substr(be32(otf, 12 + 16 * i + 8), be32(otf, 12 + 16 * i + 12));
    return {};
}

std::string collection(const std::string& name) {
    std::string bytes = read_file(noto_dir + "/" + name);
    if (bytes.empty()) ADD_FAILURE() << noto_dir << "/" << name << " is missing: " << fonts_install_hint;
    return bytes;
}

}  // namespace

TEST(XslFoFonts, CollectionListsItsFacesByName) {
    std::string ttc = collection("NotoSansCJK-Regular.ttc");
    ASSERT_FALSE(ttc.empty());
    std::vector<FaceName> faces;
    std::string error;
    ASSERT_TRUE(list_faces(ttc, faces, error)) << error;
    bool sc = false;
    for (const auto& f : faces)
        if (f.full_name == "Noto Sans CJK SC") {
            sc = true;
            EXPECT_EQ(f.family, "Noto Sans CJK SC");
            EXPECT_EQ(f.subfamily, "Regular");
        }
    EXPECT_TRUE(sc);
    EXPECT_GE(faces.size(), 4u);  // JP, KR, SC, TC (and HK, and the mono faces)
    std::vector<FaceName> none;
    EXPECT_FALSE(list_faces("not a font at all", none, error));
    EXPECT_FALSE(list_faces(ttc.substr(0, 20), none, error));
}

TEST(XslFoFonts, ExtractedFaceIsASoundOpenTypeFile) {
    std::string ttc = collection("NotoSansCJK-Regular.ttc");
    ASSERT_FALSE(ttc.empty());
    std::vector<FaceName> faces;
    std::string error;
    ASSERT_TRUE(list_faces(ttc, faces, error)) << error;
    std::size_t index = faces.size();
    for (const auto& f : faces)
        if (f.full_name == "Noto Sans CJK SC") index = f.index;
    ASSERT_LT(index, faces.size());
    std::string otf;
    ASSERT_TRUE(extract_face(ttc, index, otf, error)) << error;
    ASSERT_EQ(otf.substr(0, 4), "OTTO");  // CFF outlines, as FOP reads them from a plain file
    EXPECT_EQ(otf.size() % 4, 0u);
    EXPECT_EQ(sfnt_checksum(otf), 0xB1B0AFBAu) << "head.checkSumAdjustment must make the file sum to B1B0AFBA";
    std::uint16_t tables = be16(otf, 4);
    EXPECT_GE(tables, 10);
    bool cff = false, head = false;
    for (std::size_t i = 0; i < tables; ++i) {
        std::size_t rec = 12 + 16 * i;
        std::string tag = otf.substr(rec, 4);
        std::uint32_t checksum = be32(otf, rec + 4), offset = be32(otf, rec + 8), length = be32(otf, rec + 12);
        ASSERT_LE(std::uint64_t(offset) + length, otf.size()) << tag;
        EXPECT_EQ(offset % 4, 0u) << tag;
        std::string data = otf.substr(offset, length);
        if (tag == "head") {
            head = true;
            data.replace(8, 4, std::string(4, '\0'));  // the table's checksum counts checkSumAdjustment as 0
        }
        cff = cff || tag == "CFF ";
        EXPECT_EQ(sfnt_checksum(data), checksum) << tag;
    }
    EXPECT_TRUE(cff);
    EXPECT_TRUE(head);
    std::vector<FaceName> again;
    ASSERT_TRUE(list_faces(otf, again, error)) << error;
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].full_name, "Noto Sans CJK SC");
    EXPECT_FALSE(extract_face(ttc, 999, otf, error));
}

TEST(XslFoFonts, CffNamesAreRenamedInTheirIndexesOnly) {
    // A CFF table: header (hdrSize 4), Name INDEX ("AjpB"), Top DICT INDEX (one empty-ish dict), String INDEX
    // ("xjpy"), then bytes that hold "jp" as a charstring might.
    std::string cff("\x01\x00\x04\x02", 4);
    cff += std::string("\x00\x01\x01\x01\x05", 5) + "AjpB";
    cff += std::string("\x00\x01\x01\x01\x02", 5) + "\x8b";
    cff += std::string("\x00\x01\x01\x01\x05", 5) + "xjpy";
    cff += "jp-jp";
    std::string renamed = cff;
    EXPECT_EQ(rename_cff(renamed, "jp", "sc"), 2);
    EXPECT_EQ(renamed.substr(renamed.size() - 5), "jp-jp");
    EXPECT_NE(renamed.find("AscB"), std::string::npos);
    EXPECT_NE(renamed.find("xscy"), std::string::npos);
    EXPECT_EQ(renamed.size(), cff.size());
    EXPECT_EQ(rename_cff(renamed, "jp", "scx"), -1);
    std::string cut = cff.substr(0, 8);
    EXPECT_EQ(rename_cff(cut, "jp", "sc"), -1);
}

TEST(XslFoFonts, CacheIsMadeOnceAndRemadeWhenTheSourceChanges) {
    std::string cache = temp_dir() + "/fonts";
    // A private copy of the Noto directory (hard to fake: the real collections are large), linked, not copied.
    std::string dir = temp_dir();
    for (const char* f : {"NotoSerifCJK-Regular.ttc", "NotoSerifCJK-Bold.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"})
        ASSERT_EQ(symlink((noto_dir + "/" + f).c_str(), (dir + "/" + f).c_str()), 0) << fonts_install_hint;
    FontRequest request;
    request.choice = "noto";
    request.cache_dir = cache;
    request.noto_dir = dir;
    FontSet fonts;
    std::string error;
    std::vector<std::string> notes;
    ASSERT_TRUE(prepare_fonts(request, fonts, error, notes)) << error;
    EXPECT_EQ(notes.size(), 4u);  // four faces taken out
    ASSERT_EQ(fonts.faces.size(), 4u);
    EXPECT_EQ(fonts.faces[1].family, "Noto Serif CJK SC");
    EXPECT_TRUE(fonts.faces[1].bold);
    struct stat before {};
    ASSERT_EQ(stat(fonts.faces[0].path.c_str(), &before), 0);
    // The shared CFF table names the JP face; the faces taken out carry SC names, and are still sound fonts.
    for (const FontFace& face : fonts.faces) {
        std::string otf = read_file(face.path), cff = table(otf, "CFF ");
        ASSERT_FALSE(cff.empty()) << face.path;
        EXPECT_EQ(cff.find("CJKjp"), std::string::npos) << face.path;
        EXPECT_EQ(cff.find("CJK JP"), std::string::npos) << face.path;
        EXPECT_NE(cff.find("CJKsc-"), std::string::npos) << face.path;
        EXPECT_EQ(sfnt_checksum(otf), 0xB1B0AFBAu) << face.path;
        int status = -1;
        std::string scan = tool({"fc-scan", "--format", "%{postscriptname}\n", face.path}, &status);
        EXPECT_EQ(status, 0) << scan;
        EXPECT_NE(scan.find("CJKsc-"), std::string::npos) << scan;
    }

    FontSet reused;
    notes.clear();
    ASSERT_TRUE(prepare_fonts(request, reused, error, notes)) << error;
    EXPECT_TRUE(notes.empty()) << "the cached faces are reused";

    // A source that is not the one the cache was made from (here: a different collection under the same name)
    // makes that face again, and only that one.
    std::string serif = dir + "/NotoSerifCJK-Regular.ttc";
    unlink(serif.c_str());
    ASSERT_EQ(symlink((noto_dir + "/NotoSerifCJK-Bold.ttc").c_str(), serif.c_str()), 0);
    notes.clear();
    FontSet remade;
    EXPECT_FALSE(prepare_fonts(request, remade, error, notes)) << "the bold collection has no regular SC face";
    EXPECT_NE(error.find("holds no face named Noto Serif CJK SC"), std::string::npos) << error;

    // Unknown choices and missing fonts say what to install.
    request.choice = "comic";
    EXPECT_FALSE(prepare_fonts(request, remade, error, notes));
    request.choice = "noto";
    request.noto_dir = "/nonexistent";
    EXPECT_FALSE(prepare_fonts(request, remade, error, notes));
    EXPECT_NE(error.find("fonts-noto-cjk"), std::string::npos);
    // ≈80 MB of faces: not left in /tmp.
    std::filesystem::remove_all(std::filesystem::path(cache).parent_path());
    std::filesystem::remove_all(dir);
}
