// Shared by the XSL-FO tests: the seed page and the sample edition as galley reads them, the edition's pictures
// for the in-memory host, external tools run without a shell, and text comparison with white space ignored.
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"
#include "galley/plugin_testing.hpp"

namespace xslfo_test {

extern const std::string source_dir;
inline constexpr const char* tools_hint =
    "apt-get install --no-install-recommends fop fonts-noto-cjk poppler-utils libxml2-utils";

std::string read_file(const std::string& path);
bool write_file(const std::string& path, const std::string& bytes);
std::string temp_dir();  // a fresh directory under /tmp

// seeds/000_0472c9a91ac7b432.txt through the print-text converter, issue date 2023-01-04.
galley::Edition seed_edition();
// samples/yongkang-2023-01-04 through read_edition_folder; its pictures go into `host` (when given).
galley::Edition sample_edition(galley::plugin::testing::MemoryHost* host = nullptr);

// Runs a tool (found on PATH) and returns its standard output and error; a missing tool fails the test with the
// apt-get line. `status` gets the exit status.
std::string tool(const std::vector<std::string>& argv, int* status = nullptr);

// The text without any white space (ASCII, U+3000, no-break space).
std::string squeeze(const std::string& text);
std::u32string u32(const std::string& utf8);

// Every paragraph and subheading of every article, in order.
std::vector<std::string> paragraphs(const galley::Edition& edition);

// Sets an environment variable for one scope and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value);
    ~ScopedEnv();

private:
    std::string name_, old_;
    bool had_ = false;
};

}  // namespace xslfo_test
