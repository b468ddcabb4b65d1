#include "exporter_runner.hpp"

#include "galley/input_file.hpp"

#include <dlfcn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "child_channel.hpp"
#include "descriptor_check.hpp"

namespace galley::host {
namespace {

struct ChildHost {
    int fd = -1;
    ExportPlaces places;
    std::map<std::string, std::string> previous;   // keeps what previous() hands out alive
    std::map<std::string, std::string> resources;  // and what resource() does
};

// Reads `root/name` when `name` is a plain relative path that stays inside `root` (links included).
const std::string* read_inside(const std::string& root, const std::string& name, std::map<std::string, std::string>& cache) {
    namespace fs = std::filesystem;
    if (root.empty() || !valid_entry_name(name)) return nullptr;
    auto it = cache.find(name);
    if (it != cache.end()) return &it->second;
    std::error_code ec;
    fs::path base = fs::weakly_canonical(root, ec), file = fs::weakly_canonical(fs::path(root) / name, ec);
    if (ec) return nullptr;
    auto rel = file.lexically_relative(base);
    if (rel.empty() || *rel.begin() == "..") return nullptr;
    std::string bytes;
    if (!read_input_file(file.string(), bytes).empty()) return nullptr;
    return &cache.emplace(name, std::move(bytes)).first->second;
}

int host_write(void* ctx, const char* entry, const void* data, std::size_t size) {
    auto* h = static_cast<ChildHost*>(ctx);
    if (!entry) return 1;
    return send_frame(h->fd, 'W', {entry, std::string_view(static_cast<const char*>(data), data ? size : 0)}) ? 0 : 1;
}

void host_report(void* ctx, galley_severity severity, const char* article_id, const char* message) {
    auto* h = static_cast<ChildHost*>(ctx);
    std::string sev(1, static_cast<char>('0' + static_cast<int>(severity)));
    send_frame(h->fd, 'R', {sev, article_id ? article_id : "", message ? message : ""});
}

const void* host_previous(void* ctx, const char* entry, std::size_t* size) {
    auto* h = static_cast<ChildHost*>(ctx);
    const std::string* bytes = entry ? read_inside(h->places.previous_dir, entry, h->previous) : nullptr;
    *size = bytes ? bytes->size() : 0;
    return bytes ? bytes->data() : nullptr;
}

const void* host_resource(void* ctx, const char* href, std::size_t* size) {
    auto* h = static_cast<ChildHost*>(ctx);
    const std::string* bytes = href ? read_inside(h->places.resource_dir, href, h->resources) : nullptr;
    *size = bytes ? bytes->size() : 0;
    return bytes ? bytes->data() : nullptr;
}

[[noreturn]] void export_child(const ExporterInfo& exporter, std::string_view json,
                               const std::vector<std::pair<std::string, std::string>>& options,
                               const ExportPlaces& places, int fd) {
    void* lib = ::dlopen(exporter.path.c_str(), RTLD_NOW | RTLD_LOCAL);
    auto entry = lib ? reinterpret_cast<galley_exporter_entry_fn>(::dlsym(lib, GALLEY_EXPORTER_ENTRY_SYMBOL)) : nullptr;
    const galley_exporter* d = entry ? entry() : nullptr;
    std::string bad = entry ? check_descriptor(d) : "it no longer loads";
    if (!bad.empty()) {
        send_frame(fd, 'X', {bad});
        ::_exit(0);
    }
    ChildHost state{fd, places, {}, {}};
    galley_host host{};
    host.abi_version = GALLEY_PLUGIN_ABI_VERSION;
    host.struct_size = sizeof(galley_host);
    host.context = &state;
    host.write = &host_write;
    host.report = &host_report;
    host.previous = &host_previous;
    host.resource = &host_resource;
    std::vector<galley_option_value> values;
    for (const auto& [k, v] : options) values.push_back({k.c_str(), v.c_str()});
    galley_status status = d->export_edition(&host, json.data(), json.size(), values.data(), values.size());
    send_frame(fd, 'S', {status == GALLEY_OK ? "ok" : "failed"});
    ::_exit(0);
}

}  // namespace

// What one export may send galley, which holds it all before writing: 2 GiB of output (GALLEY_EXPORT_MAX_MIB
// sets another size) and 100,000 messages.
FrameLimits export_limits() {
    FrameLimits limits;
    if (const char* env = std::getenv("GALLEY_EXPORT_MAX_MIB"); env && *env) {
        char* end = nullptr;
        unsigned long long mib = std::strtoull(env, &end, 10);
        if (end && *end == '\0' && mib > 0 && mib < (1ull << 24)) limits.max_bytes = mib << 20;
    }
    return limits;
}

ExportRun run_export(const ExporterInfo& exporter, std::string_view json,
                     const std::vector<std::pair<std::string, std::string>>& options, const ExportPlaces& places,
                     int timeout_seconds) {
    ExportRun run;
    FrameLimits limits = export_limits();
    ChildRun child = run_child([&](int fd) { export_child(exporter, json, options, places, fd); },
                               std::int64_t{timeout_seconds} * 1000, "SX", limits);
    std::vector<Frame>& frames = child.frames;
    int status = child.status;
    bool read_ok = child.error.empty() && !child.timed_out;
    if (!child.error.empty() && child.error.rfind("it sent more than", 0) == 0) {
        run.failure = "the exporter was stopped: " + child.error.substr(3) + " (the limit of one export)";
        return run;
    }
    std::string error = child.error;
    std::string result;
    for (auto& f : frames) {
        if (f.kind == 'R' && f.parts.size() == 3) {
            int sev = f.parts[0].empty() ? 0 : f.parts[0][0] - '0';
            if (sev < 0 || sev > 2) sev = 2;
            run.reports.push_back({static_cast<galley_severity>(sev), f.parts[1], f.parts[2]});
        } else if (f.kind == 'W' && f.parts.size() == 2) {
            auto it = std::find_if(run.entries.begin(), run.entries.end(),
                                   [&](const auto& e) { return e.first == f.parts[0]; });
            if (it == run.entries.end()) run.entries.emplace_back(f.parts[0], std::move(f.parts[1]));
            else it->second += f.parts[1];
        } else if (f.kind == 'S' && f.parts.size() == 1) {
            result = f.parts[0];
        } else if (f.kind == 'X' && f.parts.size() == 1) {
            run.failure = "the plugin was refused: " + f.parts[0];
            return run;
        }
    }
    if (child.timed_out) {
        run.failure = "the exporter did not finish within " + std::to_string(timeout_seconds) + " s and was stopped";
        return run;
    }
    if (result.empty() && WIFSIGNALED(status)) {
        run.failure = "the exporter crashed (signal " + std::to_string(WTERMSIG(status)) + ", " +
                      ::strsignal(WTERMSIG(status)) + ")";
        return run;
    }
    if (!read_ok) {
        run.failure = "the export process failed: " + error;
        return run;
    }
    if (result.empty()) {
        run.failure = "the exporter ended without finishing its export";
        return run;
    }
    // What the plugin wrote must make sense before anything reaches the disk.
    bool single = false, named = false;
    for (const auto& entry : run.entries) {
        const std::string& name = entry.first;
        if (name.empty()) single = true;
        else if (!valid_entry_name(name)) {
            run.failure = "the exporter wrote to \"" + name + "\", which is not a relative path inside the output";
            return run;
        } else named = true;
    }
    if (single && named) {
        run.failure = "the exporter wrote both a single output and named files";
        return run;
    }
    run.ok = result == "ok";
    return run;
}

}  // namespace galley::host
