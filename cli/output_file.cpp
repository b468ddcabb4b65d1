#include "output_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

namespace galley::cli {

std::string write_file_atomically(const std::string& path, std::string_view bytes) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) return "cannot write " + path + ": " + std::strerror(errno);
    std::string err;
    std::size_t done = 0;
    while (done < bytes.size() && err.empty()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) err = std::strerror(errno);
        else done += static_cast<std::size_t>(n);
    }
    if (err.empty() && ::fchmod(fd, 0644) != 0) err = std::strerror(errno);
    if (err.empty() && ::fsync(fd) != 0) err = std::strerror(errno);
    if (::close(fd) != 0 && err.empty()) err = std::strerror(errno);
    if (err.empty() && std::rename(name.data(), path.c_str()) != 0) err = std::strerror(errno);
    if (!err.empty()) {
        ::unlink(name.data());
        return "cannot write " + path + ": " + err;
    }
    return {};
}

std::string read_whole_file(const std::string& path, std::string& out) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return std::strerror(errno);
    if (S_ISDIR(st.st_mode)) return "is a directory";
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return std::strerror(errno);
    out.clear();
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    bool failed = std::ferror(f) != 0;
    std::fclose(f);
    return failed ? "read error" : "";
}

}  // namespace galley::cli
