#include "process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>

extern char** environ;

namespace galley::xslfo {

std::string find_program(std::string_view name) {
    auto runnable = [](const std::string& p) {
        struct stat st {};
        return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && access(p.c_str(), X_OK) == 0;
    };
    if (name.empty()) return {};
    if (name.find('/') != std::string_view::npos) return runnable(std::string(name)) ? std::string(name) : std::string();
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/local/bin:/usr/bin:/bin";
    for (std::size_t start = 0; start <= dirs.size();) {
        std::size_t end = dirs.find(':', start);
        if (end == std::string::npos) end = dirs.size();
        std::string dir = dirs.substr(start, end - start);
        if (dir.empty()) dir = ".";
        std::string candidate = dir + "/" + std::string(name);
        if (runnable(candidate)) return candidate;
        start = end + 1;
    }
    return {};
}

ProcessResult run_process(const std::vector<std::string>& argv, int timeout_seconds,
                          const std::vector<std::string>& environment) {
    ProcessResult r;
    if (argv.empty()) return r.error = "no program", r;
    int pipe_fds[2];
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) return r.error = std::string("pipe: ") + std::strerror(errno), r;

    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<char*> env;
    for (char** e = environ; e && *e; ++e) {
        std::string_view entry(*e);
        bool replaced = false;
        for (const std::string& mine : environment) {
            std::size_t eq = mine.find('=');
            replaced = replaced || (entry.size() > eq && entry.substr(0, eq + 1) == std::string_view(mine).substr(0, eq + 1));
        }
        if (!replaced) env.push_back(*e);
    }
    for (const std::string& mine : environment) env.push_back(const_cast<char*>(mine.c_str()));
    env.push_back(nullptr);
    // fork and exec rather than posix_spawn: the program (FOP's Java, which its launcher execs) must die with
    // the process that started it, however that one ends (kill -9 included): PR_SET_PDEATHSIG survives exec.
    int exec_error[2];
    if (pipe2(exec_error, O_CLOEXEC) != 0) {
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        return r.error = std::string("pipe: ") + std::strerror(errno), r;
    }
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent) _exit(127);
        int devnull = open("/dev/null", O_RDONLY);
        if (devnull >= 0) dup2(devnull, 0);
        dup2(pipe_fds[1], 1);
        dup2(pipe_fds[1], 2);
        execve(argv[0].c_str(), args.data(), env.data());
        int err = errno;
        ssize_t ignored = write(exec_error[1], &err, sizeof err);
        (void)ignored;
        _exit(127);
    }
    close(pipe_fds[1]);
    close(exec_error[1]);
    int child_errno = 0;
    bool exec_failed = pid > 0 && read(exec_error[0], &child_errno, sizeof child_errno) == sizeof child_errno;
    close(exec_error[0]);
    if (pid < 0 || exec_failed) {
        int rc = pid < 0 ? errno : child_errno;
        if (pid > 0) waitpid(pid, nullptr, 0);
        close(pipe_fds[0]);
        r.error = "cannot start " + argv[0] + ": " + std::strerror(rc);
        return r;
    }
    r.started = true;

    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeout_seconds);
    char buf[8192];
    for (;;) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            kill(pid, SIGKILL);
            r.timed_out = true;
            break;
        }
        pollfd p{pipe_fds[0], POLLIN, 0};
        int ready = poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready < 0 && errno == EINTR) continue;
        if (ready <= 0) continue;
        ssize_t n = read(pipe_fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // end of output: the program (and anything it started) closed the pipe
        r.output.append(buf, static_cast<std::size_t>(n));
    }
    close(pipe_fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!r.timed_out && WIFEXITED(status)) r.exit_code = WEXITSTATUS(status);
    return r;
}

}  // namespace galley::xslfo
