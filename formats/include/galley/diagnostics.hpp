// Messages about the input, in the form compilers use: "file:line:col: severity: message".
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"
#include "galley/quote.hpp"

namespace galley {

enum class Severity { note, warning, error };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string message;
    SourceSpan where;
};


class Diagnostics {
public:
    void add(Severity severity, SourceSpan where, std::string message);
    void error(SourceSpan where, std::string message) { add(Severity::error, std::move(where), std::move(message)); }
    void warning(SourceSpan where, std::string message) { add(Severity::warning, std::move(where), std::move(message)); }
    void note(SourceSpan where, std::string message) { add(Severity::note, std::move(where), std::move(message)); }

    bool has_errors() const { return errors_ > 0; }
    std::size_t error_count() const { return errors_; }
    std::size_t warning_count() const { return warnings_; }
    const std::vector<Diagnostic>& items() const { return items_; }

private:
    std::vector<Diagnostic> items_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

// One line, whatever the message and file name hold (control characters escaped, at most 4 KiB of message).
inline std::string format_diagnostic(const Diagnostic& d) {
    std::string out;
    if (!d.where.file.empty()) {
        out += printable(d.where.file);
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
    out += printable(d.message);
    return out;
}

inline void Diagnostics::add(Severity severity, SourceSpan where, std::string message) {
    if (severity == Severity::error) ++errors_;
    if (severity == Severity::warning) ++warnings_;
    items_.push_back({severity, std::move(message), std::move(where)});
}

}  // namespace galley
