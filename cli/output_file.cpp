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

namespace {

// Writes `bytes` to a new temporary file beside `path`; returns its name, or "" with `err` set.
std::string write_temporary(const std::string& path, std::string_view bytes, std::string& err) {
    namespace fs = std::filesystem;
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = mkstemp(name.data());
    if (fd < 0) {
        err = "cannot write " + path + ": " + std::strerror(errno);
        return {};
    }
    std::string why;
    std::size_t done = 0;
    while (done < bytes.size() && why.empty()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) why = std::strerror(errno);
        else done += static_cast<std::size_t>(n);
    }
    if (why.empty() && ::fchmod(fd, 0644) != 0) why = std::strerror(errno);
    if (why.empty() && ::fsync(fd) != 0) why = std::strerror(errno);
    if (::close(fd) != 0 && why.empty()) why = std::strerror(errno);
    if (!why.empty()) {
        ::unlink(name.data());
        err = "cannot write " + path + ": " + why;
        return {};
    }
    return std::string(name.data());
}

}  // namespace

std::string write_file_atomically(const std::string& path, std::string_view bytes) {
    std::string err;
    std::string tmp = write_temporary(path, bytes, err);
    if (tmp.empty()) return err;
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        err = "cannot write " + path + ": " + std::strerror(errno);
        ::unlink(tmp.c_str());
        return err;
    }
    return {};
}

std::string write_entries_atomically(const std::string& dir,
                                     const std::vector<std::pair<std::string, std::string>>& entries) {
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, std::string>> staged;  // temporary name → final name
    std::string err;
    for (const auto& [name, bytes] : entries) {
        fs::path target = fs::path(dir) / name;
        std::error_code ec;
        fs::create_directories(target.parent_path(), ec);
        if (ec) {
            err = "cannot create " + target.parent_path().string() + ": " + ec.message();
            break;
        }
        std::string tmp = write_temporary(target.string(), bytes, err);
        if (tmp.empty()) break;
        staged.emplace_back(tmp, target.string());
    }
    if (err.empty()) {
        for (const auto& [tmp, final_name] : staged)
            if (std::rename(tmp.c_str(), final_name.c_str()) != 0 && err.empty())
                err = "cannot write " + final_name + ": " + std::strerror(errno);
        if (err.empty()) return {};
    }
    for (const auto& [tmp, final_name] : staged) ::unlink(tmp.c_str());
    return err;
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
