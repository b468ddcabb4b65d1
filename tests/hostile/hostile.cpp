#include "hostile.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

namespace galley::hostile {

namespace {

// The sanitizers' shadow memory, red zones and checks make galley several times larger and slower; the bounds
// catch what grows out of proportion (quadratic time, a copy per line), not a constant factor.
#ifdef GALLEY_SANITIZED
constexpr long sanitizer_scale = 4;
#else
constexpr long sanitizer_scale = 1;
#endif

Outcome run_with(const std::vector<std::string>& args, const Limits& limits, const std::string& stdin_path,
                 const std::string& stdout_path, const std::function<bool()>& kill_when) {
    testing::TempDir io;
    std::string out_path = stdout_path.empty() ? io.file("stdout") : stdout_path, err_path = io.file("stderr");
    auto start = std::chrono::steady_clock::now();
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::setpgid(0, 0);
        testing::exec_galley(args, stdin_path.empty() ? "/dev/null" : stdin_path, out_path, stdout_path.empty(), err_path);
    }
    ::setpgid(pid, pid);
    Outcome o;
    int status = 0;
    struct rusage use {};
    for (;;) {
        pid_t done = ::wait4(pid, &status, WNOHANG, &use);
        if (done == pid) break;
        if (kill_when && kill_when()) {
            ::kill(pid, SIGKILL);  // galley only: its children must go by themselves
            ::wait4(pid, &status, 0, &use);
            o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            o.exit_code = 128 + SIGKILL;
            if (stdout_path.empty()) o.out = testing::read_file(out_path);
            o.err = testing::read_file(err_path);
            return o;
        }
        double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (elapsed > limits.seconds * sanitizer_scale) {
            o.timed_out = true;
            ::kill(-pid, SIGKILL);
            ::wait4(pid, &status, 0, &use);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ::kill(-pid, SIGKILL);  // whatever galley left running in its group
    o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    o.peak_mib = use.ru_maxrss / 1024;
    o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (stdout_path.empty()) o.out = testing::read_file(out_path);
    o.err = testing::read_file(err_path);
    return o;
}

}  // namespace

Outcome run(const std::vector<std::string>& args, const Limits& limits, const std::string& stdin_path,
            const std::string& stdout_path) {
    return run_with(args, limits, stdin_path, stdout_path, {});
}

Outcome run_killed(const std::vector<std::string>& args, const Limits& limits, const std::function<bool()>& kill_when) {
    return run_with(args, limits, "", "", kill_when);
}

std::vector<int> processes_mentioning(const std::string& text) {
    std::vector<int> found;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        std::string name = entry.path().filename().string();
        if (name.find_first_not_of("0123456789") != std::string::npos) continue;
        int pid = std::stoi(name);
        if (pid == ::getpid()) continue;
        std::string cmdline = testing::read_file(entry.path().string() + "/cmdline");
        std::string status = testing::read_file(entry.path().string() + "/status");
        if (status.find("State:\tZ") != std::string::npos) continue;  // a zombie holds nothing
        if (cmdline.find(text) != std::string::npos) found.push_back(pid);
    }
    return found;
}

void expect_bounded(const Outcome& o, const Limits& limits) {
    const long scale = sanitizer_scale;
    EXPECT_FALSE(o.timed_out) << "still running after " << limits.seconds * scale << " s";
    EXPECT_LE(o.peak_mib, limits.memory_mib * scale) << "peak memory " << o.peak_mib << " MiB";
    EXPECT_LT(o.exit_code, 64) << "galley died (signal " << o.exit_code - 128 << "): " << o.err.substr(0, 2000);
    EXPECT_LT(o.err.size(), std::size_t{64} << 10) << "messages of " << (o.err.size() >> 10) << " KiB";
}

Listener::Listener() {
    fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || ::listen(fd_, 16) != 0)
        throw std::runtime_error("cannot listen on loopback");
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
}

Listener::~Listener() {
    if (fd_ >= 0) ::close(fd_);
}

int Listener::connections() {
    for (;;) {
        int c = ::accept(fd_, nullptr, nullptr);
        if (c < 0) break;
        ::close(c);
        ++seen_;
    }
    return seen_;
}

std::vector<std::string> files_in(const std::string& dir) {
    std::vector<std::string> out;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(dir, ec); !ec && it != std::filesystem::recursive_directory_iterator();
         it.increment(ec))
        out.push_back(std::filesystem::relative(it->path(), dir).string());
    return out;
}

}  // namespace galley::hostile
