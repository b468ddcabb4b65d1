#include "fonts.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "cff_names.hpp"
#include "sfnt.hpp"

namespace galley::xslfo {
namespace {

struct NotoFace {
    const char* collection;  // in fonts-noto-cjk
    const char* full_name;   // name ID 4 of the face to take
    const char* file;        // in the cache
    const char* family;
    bool bold;
};

constexpr NotoFace noto_faces[] = {
    {"NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC", "NotoSerifCJKsc-Regular.otf", "Noto Serif CJK SC", false},
    {"NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC Bold", "NotoSerifCJKsc-Bold.otf", "Noto Serif CJK SC", true},
    {"NotoSansCJK-Regular.ttc", "Noto Sans CJK SC", "NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC", false},
    {"NotoSansCJK-Bold.ttc", "Noto Sans CJK SC Bold", "NotoSansCJKsc-Bold.otf", "Noto Sans CJK SC", true},
};

// Bumped when the extraction changes, so that older cached files are made again (2: the CFF names say SC).
constexpr const char* extraction_version = "galley-sfnt 2";

// The collection's shared CFF table names the JP face; the face taken out is the SC one, and says so.
bool name_face_sc(const std::string& tag, std::string& data, std::string& error) {
    if (tag != "CFF ") return true;
    if (rename_cff(data, "CJKjp", "CJKsc") < 0 || rename_cff(data, "CJK JP", "CJK SC") < 0)
        return error = "the CFF table's name and string indexes cannot be read", false;
    return true;
}

bool exists(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_whole(const std::string& path, std::string& bytes) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    bytes = s.str();
    return static_cast<bool>(in) || in.eof();
}

bool make_dirs(const std::string& path) {
    for (std::size_t at = 1; at <= path.size(); ++at) {
        if (at < path.size() && path[at] != '/') continue;
        std::string part = path.substr(0, at);
        if (mkdir(part.c_str(), 0755) != 0 && errno != EEXIST) return false;
    }
    return true;
}

// Written whole or not at all: a temporary file beside the target, then renamed over it.
bool write_atomically(const std::string& path, const std::string& bytes) {
    std::string temp = path + ".tmp" + std::to_string(getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out.flush()) {
            std::remove(temp.c_str());
            return false;
        }
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        std::remove(temp.c_str());
        return false;
    }
    return true;
}

// What the cached face was made from: the extraction, the collection's path, size and modification time, and the
// size of the face file. The face is reused only while all of it still holds.
std::string stamp_for(const std::string& source, const struct stat& st, std::size_t face_size) {
    return std::string(extraction_version) + "\n" + source + "\n" + std::to_string(st.st_size) + "\n" +
           std::to_string(st.st_mtim.tv_sec) + "." + std::to_string(st.st_mtim.tv_nsec) + "\n" +
           std::to_string(face_size) + "\n";
}

bool noto_face(const FontRequest& request, const std::string& cache, const NotoFace& face, FontFace& out,
               std::string& error, std::vector<std::string>& notes) {
    std::string source = request.noto_dir + "/" + face.collection;
    struct stat src {};
    if (stat(source.c_str(), &src) != 0) return error = source + " is missing", false;
    std::string target = cache + "/" + face.file, stamp_path = target + ".source";
    out = {target, "", face.family, face.bold};
    struct stat have {};
    std::string stamp;
    if (stat(target.c_str(), &have) == 0 && read_whole(stamp_path, stamp) &&
        stamp == stamp_for(source, src, static_cast<std::size_t>(have.st_size)))
        return true;

    std::string collection;
    if (!read_whole(source, collection)) return error = "cannot read " + source, false;
    std::vector<FaceName> names;
    if (!list_faces(collection, names, error)) return error = source + ": " + error, false;
    for (const FaceName& n : names) {
        if (n.full_name != face.full_name) continue;
        std::string bytes;
        if (!extract_face(collection, n.index, bytes, error, name_face_sc)) return error = source + ": " + error, false;
        if (!make_dirs(cache)) return error = "cannot make the font cache " + cache + ": " + std::strerror(errno), false;
        if (!write_atomically(target, bytes) || !write_atomically(stamp_path, stamp_for(source, src, bytes.size())))
            return error = "cannot write " + target, false;
        notes.push_back("took " + std::string(face.full_name) + " out of " + source + " into " + target);
        return true;
    }
    return error = source + " holds no face named " + face.full_name, false;
}

}  // namespace

std::string default_font_cache() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg == '/') return std::string(xdg) + "/galley/fonts";
    const char* home = std::getenv("HOME");
    if (home && *home == '/') return std::string(home) + "/.cache/galley/fonts";
    return "/tmp/galley-fonts-" + std::to_string(getuid());
}

bool prepare_fonts(const FontRequest& request, FontSet& fonts, std::string& error, std::vector<std::string>& notes) {
    if (request.choice != "auto" && request.choice != "noto" && request.choice != "wqy")
        return error = "fonts must be noto, wqy or auto, not \"" + request.choice + "\"", false;
    bool noto_there = true;
    for (const NotoFace& f : noto_faces) noto_there = noto_there && exists(request.noto_dir + "/" + f.collection);
    bool use_noto = request.choice == "noto" || (request.choice == "auto" && (noto_there || !exists(request.wqy_file)));
    if (use_noto) {
        if (!noto_there)
            return error = "the Noto CJK fonts are not in " + request.noto_dir + ": " + fonts_install_hint, false;
        std::string cache = request.cache_dir.empty() ? default_font_cache() : request.cache_dir;
        fonts.kind = "noto";
        for (const NotoFace& f : noto_faces) {
            FontFace face;
            if (!noto_face(request, cache, f, face, error, notes)) return false;
            fonts.faces.push_back(face);
        }
        return true;
    }
    if (!exists(request.wqy_file))
        return error = "WenQuanYi Zen Hei is not at " + request.wqy_file +
                       ": apt-get install --no-install-recommends fonts-wqy-zenhei (or fonts-noto-cjk)",
               false;
    // One sans face for everything: the page keeps its Noto family names, FOP maps them all to it.
    fonts.kind = "wqy";
    for (const char* family : {"Noto Serif CJK SC", "Noto Sans CJK SC"})
        for (bool bold : {false, true}) fonts.faces.push_back({request.wqy_file, "WenQuanYi Zen Hei", family, bold});
    if (request.choice == "auto") notes.push_back("fonts-noto-cjk is not installed: the PDF is set in WenQuanYi Zen Hei");
    return true;
}

}  // namespace galley::xslfo
