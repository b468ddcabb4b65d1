#include "galley/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace galley {
namespace {

std::string kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
    if (S_ISSOCK(mode)) return "a socket";
    if (!S_ISREG(mode)) return "not a regular file";
    return "";
}

std::string mib(std::size_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

}  // namespace

std::string special_file_kind(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return "";
    return kind_of(st.st_mode);
}

std::string read_input_file(const std::string& path, std::string& out, std::size_t max_bytes) {
    out.clear();
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return errno == ENOENT ? "does not exist" : std::strerror(errno);
    if (std::string kind = kind_of(st.st_mode); !kind.empty())
        return "is " + kind + (S_ISDIR(st.st_mode) ? "" : ", not a file") + "; galley reads regular files only";
    if (static_cast<std::size_t>(st.st_size) > max_bytes)
        return "is " + mib(static_cast<std::size_t>(st.st_size)) + "; galley reads at most " + mib(max_bytes);
    // O_NONBLOCK: should the file have been swapped for a FIFO since stat, opening it must not wait.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::strerror(errno);
    struct stat again {};
    if (::fstat(fd, &again) != 0 || !S_ISREG(again.st_mode)) {
        ::close(fd);
        return "changed while galley opened it (it is no longer a regular file)";
    }
    out.reserve(static_cast<std::size_t>(again.st_size));
    char buf[1 << 16];
    std::string why;
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            why = std::strerror(errno);
            break;
        }
        if (n == 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > max_bytes) {
            why = "grew past " + mib(max_bytes) + " while galley read it; galley reads at most " + mib(max_bytes);
            break;
        }
    }
    ::close(fd);
    if (!why.empty()) out.clear();
    return why;
}

}  // namespace galley
