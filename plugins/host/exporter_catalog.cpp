#include "exporter_catalog.hpp"

#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "child_channel.hpp"
#include "descriptor_check.hpp"

#ifndef GALLEY_PLUGIN_ABI_DIR
#define GALLEY_PLUGIN_ABI_DIR "1"
#endif

namespace galley::host {
namespace fs = std::filesystem;
namespace {

constexpr std::int64_t probe_timeout_ms = 10000;

std::string exe_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : exe.parent_path().string();
}

// In the child: load, check, describe. Never returns.
[[noreturn]] void probe_child(const std::string& path, int fd) {
    void* lib = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        const char* err = ::dlerror();
        send_frame(fd, 'E', {std::string("it does not load: ") + (err ? err : "unknown error")});
        ::_exit(0);
    }
    auto entry = reinterpret_cast<galley_exporter_entry_fn>(::dlsym(lib, GALLEY_EXPORTER_ENTRY_SYMBOL));
    if (!entry) {
        send_frame(fd, 'E', {"it has no " GALLEY_EXPORTER_ENTRY_SYMBOL " symbol: not a galley exporter plugin"});
        ::_exit(0);
    }
    const galley_exporter* d = entry();
    std::string bad = check_descriptor(d);
    if (!bad.empty()) {
        send_frame(fd, 'E', {bad});
        ::_exit(0);
    }
    send_frame(fd, 'D', {d->id, d->name, d->version, d->description, d->file_extension, d->media_type});
    for (std::size_t i = 0; i < d->option_count; ++i) {
        const auto& o = d->options[i];
        send_frame(fd, 'O', {o.name, o.type, o.default_value, o.help});
    }
    ::_exit(0);
}

}  // namespace

const ExporterInfo* ExporterCatalog::find(const std::string& id) const {
    for (const auto& e : exporters)
        if (e.id == id) return &e;
    return nullptr;
}

std::vector<std::string> plugin_search_path(const std::vector<std::string>& cli_paths) {
    std::vector<std::string> out = cli_paths;
    if (const char* env = std::getenv("GALLEY_PLUGIN_PATH")) {
        std::string s(env);
        std::size_t b = 0;
        while (b <= s.size()) {
            std::size_t e = s.find(':', b);
            if (e == std::string::npos) e = s.size();
            if (e > b) out.push_back(s.substr(b, e - b));
            b = e + 1;
        }
    }
    std::string dir = exe_dir();
    if (!dir.empty()) {
        out.push_back((fs::path(dir) / ".." / "lib" / "galley" / "plugins" / GALLEY_PLUGIN_ABI_DIR).lexically_normal().string());
        out.push_back((fs::path(dir) / "plugins").string());  // the build tree
    }
    return out;
}

bool probe_exporter(const std::string& path, ExporterInfo& info, std::string& reason) {
    // A descriptor's frames are small: a megabyte is plenty.
    FrameLimits limits{std::uint64_t{1} << 20, 0};
    ChildRun child = run_child([&](int fd) { probe_child(path, fd); }, probe_timeout_ms, "", limits);
    std::vector<Frame>& frames = child.frames;
    int status = child.status;
    if (child.timed_out) {
        reason = "it did not finish loading within " + std::to_string(probe_timeout_ms / 1000) + " s";
        return false;
    }
    if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL) {
        reason = "it crashed while loading (signal " + std::to_string(WTERMSIG(status)) + ", " +
                 ::strsignal(WTERMSIG(status)) + ")";
        return false;
    }
    if (!child.error.empty()) {
        reason = "loading it failed: " + child.error;
        return false;
    }
    info = ExporterInfo{};
    info.path = path;
    bool described = false;
    for (const auto& f : frames) {
        if (f.kind == 'E' && f.parts.size() == 1) {
            reason = f.parts[0];
            return false;
        }
        if (f.kind == 'D' && f.parts.size() == 6) {
            info.id = f.parts[0];
            info.name = f.parts[1];
            info.version = f.parts[2];
            info.description = f.parts[3];
            info.file_extension = f.parts[4];
            info.media_type = f.parts[5];
            described = true;
        }
        if (f.kind == 'O' && f.parts.size() == 4) info.options.push_back({f.parts[0], f.parts[1], f.parts[2], f.parts[3]});
    }
    if (!described) {
        reason = "it exited without describing itself";
        return false;
    }
    return true;
}

ExporterCatalog discover_exporters(const std::vector<std::string>& folders) {
    ExporterCatalog cat;
    std::vector<std::string> seen;
    for (const auto& folder : folders) {
        cat.searched.push_back(folder);
        std::vector<std::string> files;
        std::error_code ec;
        if (fs::is_regular_file(folder, ec)) {
            files.push_back(folder);
        } else if (fs::is_directory(folder, ec)) {
            for (const auto& e : fs::directory_iterator(folder, ec))
                if (e.path().extension() == ".so" && e.is_regular_file(ec)) files.push_back(e.path().string());
        }
        std::sort(files.begin(), files.end());  // the same order on every machine
        for (const auto& file : files) {
            std::string canonical = fs::weakly_canonical(file, ec).string();
            if (std::find(seen.begin(), seen.end(), canonical) != seen.end()) continue;
            seen.push_back(canonical);
            ExporterInfo info;
            std::string reason;
            if (!probe_exporter(file, info, reason)) {
                cat.refused.push_back({file, reason});
                continue;
            }
            if (const ExporterInfo* first = cat.find(info.id)) {
                cat.refused.push_back({file, "exporter \"" + info.id + "\" is already provided by " + first->path});
                continue;
            }
            cat.exporters.push_back(std::move(info));
        }
    }
    return cat;
}

}  // namespace galley::host
