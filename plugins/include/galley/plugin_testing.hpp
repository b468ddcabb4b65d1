// An in-memory host for testing exporters without galley: collects entries and reports.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "galley/plugin.hpp"

namespace galley::plugin::testing {

struct MemoryHost {
    struct Report {
        galley_severity severity;
        std::string article_id;
        std::string message;
    };
    std::vector<std::pair<std::string, std::string>> entries;  // in the order first written
    std::vector<Report> reports;
    std::map<std::string, std::string> previous;   // what an "earlier run" left
    std::map<std::string, std::string> resources;  // files the edition refers to, by href

    galley_host host() {
        galley_host h{};
        h.abi_version = GALLEY_PLUGIN_ABI_VERSION;
        h.struct_size = sizeof(galley_host);
        h.context = this;
        h.write = [](void* ctx, const char* entry, const void* data, std::size_t size) {
            auto* self = static_cast<MemoryHost*>(ctx);
            for (auto& e : self->entries)
                if (e.first == entry) {
                    e.second.append(static_cast<const char*>(data), size);
                    return 0;
                }
            self->entries.emplace_back(entry, std::string(static_cast<const char*>(data), size));
            return 0;
        };
        h.report = [](void* ctx, galley_severity severity, const char* id, const char* message) {
            static_cast<MemoryHost*>(ctx)->reports.push_back({severity, id ? id : "", message ? message : ""});
        };
        h.previous = [](void* ctx, const char* entry, std::size_t* size) -> const void* {
            auto* self = static_cast<MemoryHost*>(ctx);
            auto it = self->previous.find(entry);
            if (it == self->previous.end()) {
                *size = 0;
                return nullptr;
            }
            *size = it->second.size();
            return it->second.data();
        };
        h.resource = [](void* ctx, const char* href, std::size_t* size) -> const void* {
            auto* self = static_cast<MemoryHost*>(ctx);
            auto it = self->resources.find(href);
            if (it == self->resources.end()) {
                *size = 0;
                return nullptr;
            }
            *size = it->second.size();
            return it->second.data();
        };
        return h;
    }

    const std::string* entry(const std::string& name) const {
        for (const auto& e : entries)
            if (e.first == name) return &e.second;
        return nullptr;
    }

    // Every report of one severity, one "article: message" per line, for assertions and failure output.
    std::string messages(galley_severity severity) const {
        std::string out;
        for (const auto& r : reports)
            if (r.severity == severity) out += r.article_id + ": " + r.message + "\n";
        return out;
    }
};

// Runs an exporter class on an edition with option values, as galley would (through the C ABI).
template <class Exporter>
galley_status run(MemoryHost& mem, const Edition& edition,
                  const std::vector<std::pair<std::string, std::string>>& options = {}) {
    std::string json = to_canonical_json(edition);
    // Defaults for the options not given, as galley fills them in.
    std::vector<std::pair<std::string, std::string>> all = options;
    for (const auto& spec : Exporter::options) {
        bool given = false;
        for (const auto& o : options) given = given || o.first == spec.name;
        if (!given) all.emplace_back(spec.name, spec.default_value);
    }
    std::vector<galley_option_value> values;
    for (const auto& [k, v] : all) values.push_back({k.c_str(), v.c_str()});
    galley_host h = mem.host();
    return descriptor<Exporter>()->export_edition(&h, json.data(), json.size(), values.data(), values.size());
}

}  // namespace galley::plugin::testing
