#include "epubcheck.hpp"

#include <sys/stat.h>
#include <sys/wait.h>
#include <zip.h>

#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "run.hpp"

namespace galley::testing {

EpubcheckVerdict run_epubcheck(const std::string& epub_path) {
    EpubcheckVerdict v;
    const std::string jar = "/usr/bin/epubcheck";
    struct stat st {};
    if (stat(jar.c_str(), &st) != 0) {
        v.messages = jar + " is missing: apt-get install epubcheck default-jre-headless";
        return v;
    }
    TempDir dir;
    std::string report = dir.file("report.json"), log = dir.file("log");
    std::string command = "java -jar " + jar + " --json '" + report + "' '" + epub_path + "' >'" + log + "' 2>&1";
    int status = std::system(command.c_str());
    std::string json = read_file(report);
    if (json.empty()) {
        v.messages = "epubcheck wrote no report (status " + std::to_string(status) + "):\n" + read_file(log);
        return v;
    }
    auto j = nlohmann::json::parse(json);
    v.ran = true;
    v.fatal = j["checker"]["nFatal"].get<int>();
    v.errors = j["checker"]["nError"].get<int>();
    v.warnings = j["checker"]["nWarning"].get<int>();
    for (const auto& m : j["messages"]) {
        v.messages += m["severity"].get<std::string>() + " " + m["ID"].get<std::string>() + ": " +
                      m["message"].get<std::string>();
        for (const auto& l : m["locations"])
            v.messages += " [" + l["path"].get<std::string>() + ":" + std::to_string(l["line"].get<int>()) + "]";
        v.messages += "\n";
    }
    return v;
}

namespace {

using Archive = std::unique_ptr<zip_t, decltype(&zip_discard)>;

Archive open_zip(const std::string& path) {
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!z) throw std::runtime_error("cannot open " + path + " as a ZIP archive (libzip error " + std::to_string(error) + ")");
    return Archive(z, &zip_discard);
}

}  // namespace

std::string zip_entry(const std::string& zip_path, const std::string& name) {
    Archive z = open_zip(zip_path);
    zip_stat_t st;
    if (zip_stat(z.get(), name.c_str(), 0, &st) != 0) throw std::runtime_error(zip_path + " has no entry " + name);
    zip_file_t* f = zip_fopen(z.get(), name.c_str(), 0);
    if (!f) throw std::runtime_error("cannot read " + name + " in " + zip_path);
    std::string bytes(static_cast<std::size_t>(st.size), '\0');
    zip_int64_t got = zip_fread(f, bytes.data(), st.size);
    zip_fclose(f);
    if (got != static_cast<zip_int64_t>(st.size)) throw std::runtime_error("short read of " + name + " in " + zip_path);
    return bytes;
}

std::vector<std::string> zip_entries(const std::string& zip_path) {
    Archive z = open_zip(zip_path);
    std::vector<std::string> names;
    zip_int64_t n = zip_get_num_entries(z.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) names.emplace_back(zip_get_name(z.get(), static_cast<zip_uint64_t>(i), 0));
    return names;
}

}  // namespace galley::testing
