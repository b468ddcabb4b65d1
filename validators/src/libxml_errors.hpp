// libxml2's structured errors (schema parsing and validation) as galley diagnostics for one file.
#pragma once

#include <libxml/xmlerror.h>

#include <string>

#include "galley/diagnostics.hpp"
#include "galley/xml_input.hpp"

namespace galley {

// Collects libxml2's structured errors as diagnostics for one file.
struct ErrorSink {
    Diagnostics* diags = nullptr;
    std::string file;
    std::string prefix;
    int count = 0;
};

inline void structured_error(void* ctx, const xmlError* err) {
    auto* sink = static_cast<ErrorSink*>(ctx);
    if (!err || !sink->diags) return;
    std::string msg = err->message ? err->message : "unknown error";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    Severity sev = err->level == XML_ERR_WARNING ? Severity::warning : Severity::error;
    if (sev == Severity::error) ++sink->count;
    sink->diags->add(sev, {sink->file, err->line, err->int2 > 0 ? err->int2 : 0}, sink->prefix + msg);
}

// libxml2 2.9's handler type takes a non-const error.
inline void structured_error_cb(void* ctx, xmlErrorPtr err) { structured_error(ctx, err); }

// Parses a document to check through galley's XML policy; its problems go to `sink` (and are counted there).
inline xml::Doc read_checked(const std::string& bytes, ErrorSink& sink) {
    std::vector<xml::Problem> problems;
    xml::Doc doc = xml::read_untrusted(bytes, sink.file, problems);
    for (const auto& p : problems) {
        sink.diags->add(p.warning ? Severity::warning : Severity::error, {sink.file, p.line, p.column}, p.message);
        if (!p.warning) ++sink.count;
    }
    return doc;
}

}  // namespace galley
