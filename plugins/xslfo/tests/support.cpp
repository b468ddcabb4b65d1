#include "support.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>

#include "galley/converter.hpp"
#include "galley/edition_folder.hpp"
#include "galley/utf8.hpp"
#include "process.hpp"

namespace xslfo_test {

const std::string source_dir = GALLEY_SOURCE_DIR;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool write_file(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    return static_cast<bool>(out.flush());
}

std::string temp_dir() {
    char name[] = "/tmp/galley-xslfo-test-XXXXXX";
    if (!mkdtemp(name)) return "/tmp";
    return name;
}

galley::Edition seed_edition() {
    std::string path = source_dir + "/seeds/000_0472c9a91ac7b432.txt";
    galley::InputDocument input{path, read_file(path)};
    EXPECT_FALSE(input.bytes.empty()) << path;
    galley::ConvertOptions o;
    o.issue_date = "2023-01-04";
    galley::Edition edition;
    galley::Diagnostics diags;
    const galley::Converter* c = galley::find_converter("print-text");
    EXPECT_NE(c, nullptr);
    if (c) {
        EXPECT_TRUE(c->read(input, o, edition, diags));
    }
    return edition;
}

galley::Edition sample_edition(galley::plugin::testing::MemoryHost* host) {
    std::string folder = source_dir + "/samples/yongkang-2023-01-04";
    galley::Edition edition;
    galley::Diagnostics diags;
    EXPECT_TRUE(galley::read_edition_folder(folder, {}, edition, diags));
    if (host)
        for (const auto& a : edition.articles)
            for (const auto& b : a.body)
                if (b.type == galley::BlockType::image && !b.image.href.empty())
                    host->resources[b.image.href] = read_file(folder + "/" + b.image.href);
    return edition;
}

std::string tool(const std::vector<std::string>& argv, int* status) {
    std::string path = galley::xslfo::find_program(argv.at(0));
    if (path.empty()) {
        ADD_FAILURE() << argv[0] << " is missing: " << tools_hint;
        if (status) *status = -1;
        return {};
    }
    std::vector<std::string> args = argv;
    args[0] = path;
    galley::xslfo::ProcessResult r = galley::xslfo::run_process(args, 300);
    if (status) *status = r.exit_code;
    return r.output;
}

std::u32string u32(const std::string& utf8) { return galley::utf8::to_u32(utf8); }

std::string squeeze(const std::string& text) {
    std::u32string out;
    for (char32_t c : u32(text))
        if (!(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == U'\u3000' || c == U'\u00A0'))
            out.push_back(c);
    return galley::utf8::to_utf8(out);
}

std::vector<std::string> paragraphs(const galley::Edition& edition) {
    std::vector<std::string> out;
    for (const auto& a : edition.articles)
        for (const auto& b : a.body)
            if (b.type != galley::BlockType::image) out.push_back(b.text);
    return out;
}

ScopedEnv::ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old, had_ = true;
    if (value)
        setenv(name, value, 1);
    else
        unsetenv(name);
    tzset();
}

ScopedEnv::~ScopedEnv() {
    if (had_)
        setenv(name_.c_str(), old_.c_str(), 1);
    else
        unsetenv(name_.c_str());
    tzset();
}

}  // namespace xslfo_test
