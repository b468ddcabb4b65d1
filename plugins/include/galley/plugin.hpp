// Header-only C++ wrapper for galley exporter plugins (see exporter_plugin.h for the C ABI).
//
// An exporter is a class with static metadata and a run() function:
//
//     struct Digest {
//         static constexpr const char* id = "digest";
//         static constexpr const char* name = "Markdown digest";
//         static constexpr const char* version = "1.0";
//         static constexpr const char* description = "One Markdown file listing every article";
//         static constexpr const char* file_extension = "md";
//         static constexpr const char* media_type = "text/markdown";
//         static constexpr std::array<galley_option_spec, 1> options{{
//             {"with-body", "bool", "false", "Include each article's first paragraph"}}};
//         static void run(const galley::Edition& edition, const galley::plugin::Options& options,
//                         galley::plugin::Output& out);
//     };
//     GALLEY_EXPORTER(Digest)
//
// run() sees the edition as galley's model (galley/model.hpp), writes through `out`, and reports problems
// with the article they concern. Exceptions never leave the plugin: they become error reports. (Name
// run()'s Options parameter other than `options`: it would shadow the static member.)
#pragma once

#include <cstddef>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "galley/exporter_plugin.h"
#include "galley/model.hpp"
#include "galley/model_json.hpp"

namespace galley::plugin {

// Where an exporter's output goes, and where its messages go.
class Output {
public:
    explicit Output(const galley_host* host) : host_(host) {}

    // Appends to the single output (entry "") or to a named entry of a multi-file output. Throws when the
    // host refuses (which aborts the export with an error).
    void write(std::string_view entry, std::string_view bytes) {
        std::string name(entry);
        if (host_->write(host_->context, name.c_str(), bytes.data(), bytes.size()) != 0)
            throw std::runtime_error("galley refused to write " + (name.empty() ? std::string("the output") : name));
    }

    void note(std::string_view article_id, std::string_view message) { report(GALLEY_NOTE, article_id, message); }
    void warning(std::string_view article_id, std::string_view message) { report(GALLEY_WARNING, article_id, message); }
    void error(std::string_view article_id, std::string_view message) {
        failed_ = true;
        report(GALLEY_ERROR, article_id, message);
    }
    bool failed() const { return failed_; }

    // What an earlier run left for this entry in the output directory, if anything.
    std::optional<std::string_view> previous(std::string_view entry) const {
        std::string name(entry);
        std::size_t size = 0;
        const void* data = host_->previous(host_->context, name.c_str(), &size);
        if (!data) return std::nullopt;
        return std::string_view(static_cast<const char*>(data), size);
    }

    // The bytes of a file the edition refers to (an image's href, relative to the edition folder).
    std::optional<std::string_view> resource(std::string_view href) const {
        if (host_->struct_size < offsetof(galley_host, resource) + sizeof(host_->resource) || !host_->resource)
            return std::nullopt;
        std::string name(href);
        std::size_t size = 0;
        const void* data = host_->resource(host_->context, name.c_str(), &size);
        if (!data) return std::nullopt;
        return std::string_view(static_cast<const char*>(data), size);
    }

private:
    void report(galley_severity severity, std::string_view article_id, std::string_view message) {
        std::string id(article_id), text(message);
        host_->report(host_->context, severity, id.c_str(), text.c_str());
    }

    const galley_host* host_;
    bool failed_ = false;
};

// The option values of one export (defaults filled in by galley, types checked against the spec).
class Options {
public:
    Options(const galley_option_value* values, std::size_t count) : values_(values), count_(count) {}

    std::string text(std::string_view name, std::string_view fallback = "") const {
        for (std::size_t i = 0; i < count_; ++i)
            if (values_[i].name && name == values_[i].name) return values_[i].value ? values_[i].value : "";
        return std::string(fallback);
    }
    bool flag(std::string_view name) const {
        std::string v = text(name, "false");
        return v == "true" || v == "1" || v == "yes";
    }
    long integer(std::string_view name, long fallback = 0) const {
        std::string v = text(name);
        if (v.empty()) return fallback;
        char* end = nullptr;
        long n = std::strtol(v.c_str(), &end, 10);
        return end && *end == '\0' ? n : fallback;
    }

private:
    const galley_option_value* values_;
    std::size_t count_;
};

template <class Exporter>
galley_status export_edition(const galley_host* host, const char* json, std::size_t size,
                             const galley_option_value* values, std::size_t count) noexcept {
    Output out(host);
    try {
        Edition edition;
        Diagnostics diags;
        if (!from_canonical_json(std::string_view(json, size), "edition", edition, diags)) {
            for (const auto& d : diags.items())
                if (d.severity == Severity::error) out.error("", "the edition does not read: " + format_diagnostic(d));
            return GALLEY_FAILED;
        }
        Exporter::run(edition, Options(values, count), out);
        return out.failed() ? GALLEY_FAILED : GALLEY_OK;
    } catch (const std::exception& e) {
        out.error("", e.what());
    } catch (...) {
        out.error("", "unknown exception in the exporter");
    }
    return GALLEY_FAILED;
}

template <class Exporter>
const galley_exporter* descriptor() noexcept {
    static const galley_exporter d{GALLEY_PLUGIN_ABI_VERSION,
                                   static_cast<uint32_t>(sizeof(galley_exporter)),
                                   Exporter::id,
                                   Exporter::name,
                                   Exporter::version,
                                   Exporter::description,
                                   Exporter::file_extension,
                                   Exporter::media_type,
                                   Exporter::options.data(),
                                   Exporter::options.size(),
                                   &export_edition<Exporter>};
    return &d;
}

}  // namespace galley::plugin

// Defines the plugin's entry point for `Exporter`. Use it once per shared library.
#define GALLEY_EXPORTER(Exporter)                                                                            \
    extern "C" __attribute__((visibility("default"))) const galley_exporter* galley_exporter_entry_v1(void) { \
        return ::galley::plugin::descriptor<Exporter>();                                                     \
    }
