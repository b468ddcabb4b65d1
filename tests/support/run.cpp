#include "run.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace galley::testing {
void exec_galley(const std::vector<std::string>& args, const std::string& in_path, const std::string& out_path,
                 bool create_out, const std::string& err_path) {
    // O_NONBLOCK: a FIFO as standard input must not block the open; reads block again after.
    int in = ::open(in_path.c_str(), O_RDONLY | O_NONBLOCK);
    if (in >= 0) {
        ::fcntl(in, F_SETFL, ::fcntl(in, F_GETFL) & ~O_NONBLOCK);
        ::dup2(in, 0);
    }
    int out = create_out ? ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644) : ::open(out_path.c_str(), O_WRONLY);
    int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(out, 1);
    ::dup2(err, 2);
    std::vector<char*> argv;
    std::string bin = GALLEY_BINARY;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(bin.c_str(), argv.data());
    ::_exit(127);
}

RunResult run_galley(const std::vector<std::string>& args, const std::string& stdin_data) {
    TempDir io;
    std::string in_path = io.write("stdin", stdin_data);
    std::string out_path = io.file("stdout"), err_path = io.file("stderr");
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) exec_galley(args, in_path, out_path, true, err_path);
    int status = 0;
    ::waitpid(pid, &status, 0);
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = read_file(out_path);
    r.err = read_file(err_path);
    return r;
}

TempDir::TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "galley-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, const std::string& bytes) const {
    std::string p = file(name);
    std::ofstream(p, std::ios::binary) << bytes;
    return p;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace galley::testing
