// Runs the galley binary the way a user or a CI step does, capturing what it prints.
#pragma once

#include <string>
#include <vector>

namespace galley::testing {

struct RunResult {
    int exit_code = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// In a forked child: standard input, output and error from these files (stdout opened to write into, or
// created when `create_out`), then build/galley with `args` in its place. Never returns.
[[noreturn]] void exec_galley(const std::vector<std::string>& args, const std::string& in, const std::string& out,
                              bool create_out, const std::string& err);

// Runs build/galley with `args`; `stdin_data` is fed to its standard input.
RunResult run_galley(const std::vector<std::string>& args, const std::string& stdin_data = "");

// A fresh empty directory under the system temp dir, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) const { return path_ + "/" + name; }
    std::string write(const std::string& name, const std::string& bytes) const;  // returns the path

private:
    std::string path_;
};

std::string read_file(const std::string& path);

}  // namespace galley::testing
