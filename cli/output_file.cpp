#include "output_file.hpp"

#include "galley/input_file.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
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

namespace {

std::string write_all(int fd, std::string_view bytes, const std::string& path) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return "cannot write " + path + ": " + std::strerror(errno);
        done += static_cast<std::size_t>(n);
    }
    return {};
}

// The descriptor a path names when it is one of this process's own streams: /dev/stdout, /dev/stderr,
// /dev/fd/N, /proc/self/fd/N. -1 otherwise.
int stream_descriptor(const std::string& path) {
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    for (const char* prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        std::string_view p(path), pre(prefix);
        if (p.substr(0, pre.size()) != pre || p.size() == pre.size() || p.size() > pre.size() + 4) continue;
        int fd = 0;
        for (char c : p.substr(pre.size())) {
            if (c < '0' || c > '9') return -1;
            fd = fd * 10 + (c - '0');
        }
        return fd;
    }
    return -1;
}

}  // namespace

std::string write_stdout(std::string_view bytes) {
    std::cout.flush();
    return write_all(1, bytes, "standard output");
}

std::string write_file_atomically(const std::string& path, std::string_view bytes) {
    // What is not a regular file is written into, never replaced: a stream, a device, a FIFO.
    if (int fd = stream_descriptor(path); fd >= 0) return write_all(fd, bytes, path);
    std::string target = path;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return "cannot write " + path + ": it is a folder";
        if (!S_ISREG(st.st_mode)) {
            // O_NONBLOCK: a FIFO nobody reads is an error now, not a wait forever.
            int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd < 0)
                return "cannot write " + path + ": " +
                       (errno == ENXIO ? std::string("nothing reads from this FIFO") : std::string(std::strerror(errno)));
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            std::string err = write_all(fd, bytes, path);
            ::close(fd);
            return err;
        }
        // A link to a regular file: the file it leads to is replaced, the link stays.
        std::error_code ec;
        if (std::filesystem::is_symlink(path, ec)) {
            auto resolved = std::filesystem::canonical(path, ec);
            if (!ec) target = resolved.string();
        }
    }
    std::string err;
    std::string tmp = write_temporary(target, bytes, err);
    if (tmp.empty()) return err;
    if (std::rename(tmp.c_str(), target.c_str()) != 0) {
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

std::string replace_folder_atomically(const std::string& dir,
                                      const std::vector<std::pair<std::string, std::string>>& entries) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::path target = fs::path(dir).lexically_normal();
    if (target.filename().empty()) target = target.parent_path();
    if (fs::is_symlink(target, ec)) target = fs::canonical(target, ec);  // the folder a link leads to is replaced
    fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    fs::create_directories(parent, ec);
    // What a build killed halfway left beside the folder (galley's by its name) goes first.
    const std::string stem = "." + target.filename().string() + ".galley-";
    for (auto it = fs::directory_iterator(parent, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->path().filename().string().rfind(stem, 0) == 0) {
            std::error_code ignored;
            fs::remove_all(it->path(), ignored);
        }
    ec.clear();
    std::string pattern = (parent / (stem + "XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) return "cannot write " + dir + ": " + std::strerror(errno);
    const std::string staging = pattern;
    auto give_up = [&](std::string why) {
        fs::remove_all(staging, ec);
        return why;
    };
    if (std::string err = write_entries_atomically(staging, entries); !err.empty()) return give_up(err);
    const mode_t mask = ::umask(0);  // mkdtemp made the folder private; it gets the mode a new folder would
    ::umask(mask);
    ::chmod(staging.c_str(), 0777 & ~mask);
    if (!fs::exists(target, ec)) {
        if (std::rename(staging.c_str(), target.c_str()) != 0) return give_up("cannot write " + dir + ": " + std::strerror(errno));
        return {};
    }
    // One atomic swap: a reader sees the old folder or the new one, never a mixture.
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0) {
        fs::remove_all(staging, ec);  // now the earlier build's folder
        return {};
    }
    if (errno != EINVAL && errno != ENOSYS) return give_up("cannot replace " + dir + ": " + std::strerror(errno));
    // A file system without the swap: the old folder steps aside, the new one takes its name.
    std::string aside = pattern + ".old";
    if (std::rename(target.c_str(), aside.c_str()) != 0) return give_up("cannot replace " + dir + ": " + std::strerror(errno));
    if (std::rename(staging.c_str(), target.c_str()) != 0) {
        const int why = errno;
        std::rename(aside.c_str(), target.c_str());
        return give_up("cannot replace " + dir + ": " + std::strerror(why));
    }
    fs::remove_all(aside, ec);
    return {};
}

std::string read_whole_file(const std::string& path, std::string& out) { return read_input_file(path, out); }

}  // namespace galley::cli
