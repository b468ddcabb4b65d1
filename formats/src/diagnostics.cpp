#include "galley/diagnostics.hpp"

namespace galley {

std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.where.file.empty()) {
        out += d.where.file;
        if (d.where.line > 0) {
            out += ':' + std::to_string(d.where.line);
            if (d.where.column > 0) out += ':' + std::to_string(d.where.column);
        }
        out += ": ";
    }
    switch (d.severity) {
        case Severity::note: out += "note: "; break;
        case Severity::warning: out += "warning: "; break;
        case Severity::error: out += "error: "; break;
    }
    out += d.message;
    return out;
}

void Diagnostics::add(Severity severity, SourceSpan where, std::string message) {
    if (severity == Severity::error) ++errors_;
    if (severity == Severity::warning) ++warnings_;
    items_.push_back({severity, std::move(message), std::move(where)});
}

}  // namespace galley
