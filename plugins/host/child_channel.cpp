#include "child_channel.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
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

// Parses frames from the front of `buf`, leaving an incomplete tail in place. A part longer than `max_part`
// is refused before it is waited for.
bool parse(std::string& buf, std::vector<Frame>& frames, std::string& error, std::uint64_t max_part) {
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
            if (len > max_part) {
                error = "it sent a message of more than " + std::to_string(max_part >> 20) + " MiB";
                return false;
            }
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

ChildRun run_child(const std::function<void(int fd)>& body, std::int64_t timeout_ms, std::string_view final_kinds,
                   const FrameLimits& limits) {
    ChildRun run;
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        run.error = std::string("cannot start a process: ") + std::strerror(errno);
        return run;
    }
    pid_t parent = ::getpid();
    pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        run.error = std::string("cannot start a process: ") + std::strerror(errno);
        return run;
    }
    if (pid == 0) {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) ::_exit(1);  // galley died before the line above
        ::dup2(2, 1);                           // a plugin's stdout is not galley's output
        ::close(fds[0]);
        body(fds[1]);
        ::_exit(0);
    }
    ::setpgid(pid, pid);  // (also done in the child: whichever runs first)
    ::close(fds[1]);

    const std::int64_t deadline = monotonic_ms() + timeout_ms;
    std::string buf;
    std::uint64_t bytes = 0;
    std::size_t messages = 0;
    char chunk[1 << 16];
    bool exited = false;
    while (run.error.empty() && !run.finished) {
        std::int64_t left = deadline - monotonic_ms();
        if (left <= 0) {
            run.timed_out = true;
            break;
        }
        pollfd p{fds[0], POLLIN, 0};
        int r = ::poll(&p, 1, static_cast<int>(left > 200 ? 200 : left));
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) {
            run.error = std::strerror(errno);
            break;
        }
        if (r == 0) {
            // Nothing to read: has the child itself ended? (A process it left behind may hold the pipe open.)
            if (exited) break;
            if (::waitpid(pid, &run.status, WNOHANG) == pid) exited = true;
            continue;
        }
        ssize_t n = ::read(fds[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            run.error = std::strerror(errno);
            break;
        }
        if (n == 0) break;
        buf.append(chunk, static_cast<std::size_t>(n));
        std::size_t before = run.frames.size();
        if (!parse(buf, run.frames, run.error, limits.max_bytes)) break;
        for (std::size_t i = before; i < run.frames.size(); ++i) {
            const Frame& f = run.frames[i];
            for (const auto& part : f.parts) bytes += part.size();
            messages += f.kind == 'R';
            if (final_kinds.find(f.kind) != std::string_view::npos) run.finished = true;
        }
        if (bytes > limits.max_bytes)
            run.error = "it sent more than " + std::to_string(limits.max_bytes >> 20) + " MiB";
        else if (messages > limits.max_messages)
            run.error = "it sent more than " + std::to_string(limits.max_messages) + " messages";
        else if (buf.size() > limits.max_bytes + 64)
            run.error = "it sent more than " + std::to_string(limits.max_bytes >> 20) + " MiB";
    }
    ::close(fds[0]);
    if (run.error.empty() && !run.finished && !run.timed_out && !buf.empty())
        run.error = "the plugin process stopped in the middle of a message";
    // Whatever the child started and left running goes with it.
    ::kill(-pid, SIGKILL);
    if (!exited)
        while (::waitpid(pid, &run.status, 0) < 0 && errno == EINTR) {
        }
    return run;
}

}  // namespace galley::host
