// Reporting for the EPUB check: every diagnostic names "archive:member" and a line inside the member, and the
// values it shows are quoted and escaped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "galley/diagnostics.hpp"

namespace galley::epub_check {

class Reporter {
public:
    Reporter(const std::string& archive, Diagnostics& diags) : archive_(archive), diags_(diags) {}

    void error(std::string_view member, long line, std::string message, int column = 0) {
        ++errors_;
        diags_.error(at(member, line, column), std::move(message));
    }
    void warning(std::string_view member, long line, std::string message, int column = 0) {
        diags_.warning(at(member, line, column), std::move(message));
    }
    std::size_t errors() const { return errors_; }

private:
    SourceSpan at(std::string_view member, long line, int column) const {
        std::string file = archive_;
        if (!member.empty()) file += ':' + std::string(member);
        return {std::move(file), static_cast<int>(line > 0 ? line : 0), column > 0 ? column : 0};
    }
    const std::string& archive_;
    Diagnostics& diags_;
    std::size_t errors_ = 0;
};

// Shows a value inside a message: quoted, control bytes escaped, long values cut.
std::string quoted(std::string_view s);

}  // namespace galley::epub_check
