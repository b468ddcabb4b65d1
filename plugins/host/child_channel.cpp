#include "child_channel.hpp"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>

namespace galley::host {
namespace {

bool write_all(int fd, const void* data, std::size_t size) {
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        ssize_t n = ::write(fd, p, size);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Parses frames from the front of `buf`, leaving an incomplete tail in place.
bool parse(std::string& buf, std::vector<Frame>& frames, std::string& error) {
    std::size_t at = 0;
    for (;;) {
        if (buf.size() - at < 5) break;
        char kind = buf[at];
        std::uint32_t count;
        std::memcpy(&count, buf.data() + at + 1, 4);
        if (count > 16) {
            error = "malformed message from the plugin process";
            return false;
        }
        std::size_t p = at + 5;
        Frame f{kind, {}};
        bool complete = true;
        for (std::uint32_t i = 0; i < count; ++i) {
            if (buf.size() - p < 8) {
                complete = false;
                break;
            }
            std::uint64_t len;
            std::memcpy(&len, buf.data() + p, 8);
            p += 8;
            if (buf.size() - p < len) {
                complete = false;
                break;
            }
            f.parts.emplace_back(buf.data() + p, len);
            p += len;
        }
        if (!complete) break;
        frames.push_back(std::move(f));
        at = p;
    }
    buf.erase(0, at);
    return true;
}

}  // namespace

std::int64_t monotonic_ms() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<std::int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool send_frame(int fd, char kind, const std::vector<std::string_view>& parts) {
    std::string head(5, '\0');
    head[0] = kind;
    auto count = static_cast<std::uint32_t>(parts.size());
    std::memcpy(head.data() + 1, &count, 4);
    if (!write_all(fd, head.data(), head.size())) return false;
    for (auto part : parts) {
        std::uint64_t len = part.size();
        if (!write_all(fd, &len, 8) || !write_all(fd, part.data(), part.size())) return false;
    }
    return true;
}

bool read_frames(int fd, std::int64_t deadline_ms, std::vector<Frame>& frames, std::string& error) {
    std::string buf;
    char chunk[1 << 16];
    for (;;) {
        std::int64_t left = deadline_ms - monotonic_ms();
        if (left <= 0) {
            error = "timed out";
            return false;
        }
        pollfd p{fd, POLLIN, 0};
        int r = ::poll(&p, 1, static_cast<int>(left > 1000000 ? 1000000 : left));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            error = std::strerror(errno);
            return false;
        }
        if (r == 0) continue;
        ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = std::strerror(errno);
            return false;
        }
        if (n == 0) break;
        buf.append(chunk, static_cast<std::size_t>(n));
        if (!parse(buf, frames, error)) return false;
    }
    if (!buf.empty()) {
        error = "the plugin process stopped in the middle of a message";
        return false;
    }
    return true;
}

}  // namespace galley::host
