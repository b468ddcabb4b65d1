// Debian's epubcheck (java -jar /usr/bin/epubcheck) on an EPUB file, and reading entries out of one.
#pragma once

#include <string>
#include <vector>

namespace galley::testing {

struct EpubcheckVerdict {
    bool ran = false;  // false: epubcheck is missing or wrote no report (`messages` says why)
    int fatal = -1, errors = -1, warnings = -1;
    std::string messages;  // one line per message, with its file and line, for failure output

    bool clean() const { return ran && fatal == 0 && errors == 0 && warnings == 0; }
};

// Runs epubcheck 4.x on `epub_path` with its JSON report. It is a jar that Debian starts through binfmt,
// which containers lack, so it runs under java.
EpubcheckVerdict run_epubcheck(const std::string& epub_path);

// The bytes of one entry of a ZIP file; throws std::runtime_error when the archive or entry is missing.
std::string zip_entry(const std::string& zip_path, const std::string& name);

// Every entry name, in archive order.
std::vector<std::string> zip_entries(const std::string& zip_path);

}  // namespace galley::testing
