#include "fop_run.hpp"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "process.hpp"

namespace galley::xslfo {
namespace {

bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

bool write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(out.flush());
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string temp_root() {
    const char* tmp = std::getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

// Gone, or a zombie nobody has reaped yet (an init that never reaps leaves those forever).
bool process_gone(pid_t pid) {
    if (kill(pid, 0) != 0) return errno == ESRCH;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    std::getline(stat, line);
    std::size_t paren = line.rfind(')');
    return paren != std::string::npos && paren + 2 < line.size() && line[paren + 2] == 'Z';
}

// A run killed outright (kill -9, or galley killed and this process with it) cannot clean up after itself.
// Its folder carries its process id, so the next run removes the folders of processes that are gone.
// Only this user's folders named galley-pdf-<pid>-XXXXXX are touched, and never one whose process lives.
void sweep_stale_dirs(const std::string& root) {
    std::error_code ec;
    for (auto it = std::filesystem::directory_iterator(root, ec); !ec && it != std::filesystem::directory_iterator();
         it.increment(ec)) {
        const auto& entry = *it;
        std::string name = entry.path().filename().string();
        if (name.rfind("galley-pdf-", 0) != 0) continue;
        std::size_t digits_end = name.find('-', 11);
        if (digits_end == std::string::npos || digits_end == 11 || name.size() != digits_end + 7) continue;
        std::string digits = name.substr(11, digits_end - 11);
        if (digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
        struct stat st{};
        if (lstat(entry.path().c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid()) continue;
        pid_t owner = static_cast<pid_t>(std::stol(digits));
        if (owner <= 0 || owner == getpid() || !process_gone(owner)) continue;
        std::error_code ignored;
        std::filesystem::remove_all(entry.path(), ignored);
    }
}

// The private directory and everything galley put in it go when the run ends, whatever happens.
class TempDir {
public:
    TempDir() {
        std::string root = temp_root();
        sweep_stale_dirs(root);
        std::string pattern = root + "/galley-pdf-" + std::to_string(getpid()) + "-XXXXXX";
        if (mkdtemp(pattern.data())) path_ = pattern;
    }
    ~TempDir() {
        for (auto it = made_.rbegin(); it != made_.rend(); ++it) std::remove(it->c_str());
        if (!path_.empty()) rmdir(path_.c_str());
    }
    const std::string& path() const { return path_; }
    std::string file(const std::string& name) {
        made_.push_back(path_ + "/" + name);
        return made_.back();
    }
    std::string dir(const std::string& name) {
        std::string p = file(name);
        mkdir(p.c_str(), 0700);
        return p;
    }

private:
    std::string path_;
    std::vector<std::string> made_;
};

std::string trim(std::string_view s) {
    std::size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
    return a == std::string_view::npos ? std::string() : std::string(s.substr(a, b - a + 1));
}

}  // namespace

std::string find_fop(const std::string& option) {
    if (!option.empty()) return find_program(option);
    if (const char* env = std::getenv("GALLEY_FOP"); env && *env) return find_program(env);
    return find_program("fop");
}

void classify_fop_output(const std::string& output, FopResult& result) {
    std::istringstream lines(output);
    std::string raw;
    while (std::getline(lines, raw)) {
        std::string line = trim(raw);
        if (line.empty()) continue;
        if (contains(line, "Rendered page #")) {
            ++result.pages;
            continue;
        }
        // Debian's launcher script complains about its own settings; that is not FOP speaking.
        if (line.rfind("[warning] ", 0) == 0 && contains(line, "JVM flavor")) continue;
        if ((contains(line, "Glyph") && contains(line, "not available")) ||
            (contains(line, "not found") && (contains(line, "Font") || contains(line, "font")))) {
            result.errors.push_back("FOP: " + line);
            continue;
        }
        if (line.rfind("[SEVERE]", 0) == 0 || line.rfind("[ERROR]", 0) == 0 || line.rfind("[FATAL]", 0) == 0 ||
            line.rfind("SEVERE:", 0) == 0 || contains(line, "Exception")) {
            result.errors.push_back("FOP: " + line);
            continue;
        }
        if (line.rfind("[WARN", 0) == 0 || line.rfind("WARNING:", 0) == 0) result.warnings.push_back("FOP: " + line);
    }
}

FopResult run_fop(const FopJob& job) {
    FopResult result;
    TempDir dir;
    if (dir.path().empty()) {
        result.errors.push_back("cannot make a temporary directory for FOP");
        return result;
    }
    std::string fo = dir.file("page.fo"), config = dir.file("fop.xconf"), pdf_path = dir.file("page.pdf");
    bool written = write_file(fo, job.fo) && write_file(config, job.config);
    std::vector<std::string> subdirs;
    for (const auto& [name, bytes] : job.files) {
        std::size_t slash = name.rfind('/');
        if (slash != std::string::npos) {
            std::string sub = name.substr(0, slash);
            bool made = false;
            for (const auto& s : subdirs) made = made || s == sub;
            if (!made) {
                dir.dir(sub);
                subdirs.push_back(sub);
            }
        }
        written = written && write_file(dir.file(name), bytes);
    }
    if (!written) {
        result.errors.push_back("cannot write FOP's input in " + dir.path());
        return result;
    }
    auto start = std::chrono::steady_clock::now();
    // FOP writes the XMP dc:date in the JVM's time zone: in UTC it has the one form pdf_fixup can rewrite in place.
    std::vector<std::string> argv{job.fop, "-c", config, "-fo", fo, "-pdf", pdf_path};
    if (job.area_tree) argv = {job.fop, "-c", config, "-fo", fo, "-at", "application/pdf", pdf_path};
    ProcessResult run = run_process(argv, job.timeout_seconds, {"TZ=UTC"});
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!run.started) {
        result.errors.push_back(run.error);
        return result;
    }
    classify_fop_output(run.output, result);
    if (run.timed_out) result.errors.push_back("FOP did not finish within " + std::to_string(job.timeout_seconds) + " s");
    if (run.exit_code != 0 && !run.timed_out) {
        // FOP's own words say why; the last lines are enough.
        std::string tail = run.output.size() > 2000 ? run.output.substr(run.output.size() - 2000) : run.output;
        result.errors.push_back("FOP failed (exit status " + std::to_string(run.exit_code) + "):\n" + trim(tail));
    }
    result.pdf = read_file(pdf_path);
    if (result.pdf.rfind(job.area_tree ? "<?xml" : "%PDF-", 0) != 0) {
        if (result.errors.empty())
            result.errors.push_back(std::string("FOP wrote no ") + (job.area_tree ? "area tree" : "PDF") + ":\n" + trim(run.output));
        result.pdf.clear();
    }
    result.ok = result.errors.empty();
    return result;
}

}  // namespace galley::xslfo
