#include "zip_writer.hpp"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace galley::epub {
namespace {

// ZIP (MS-DOS) times run from 1980-01-01 to 2107-12-31.
constexpr long long zip_first = 315532800LL, zip_last = 4354819199LL;

[[noreturn]] void fail(const std::string& what, zip_error_t* error) {
    std::string message = "cannot build the EPUB archive: " + what + ": " + zip_error_strerror(error);
    throw std::runtime_error(message);
}

[[noreturn]] void fail(const std::string& what, zip_t* archive) { fail(what, zip_get_error(archive)); }

// A ZIP entry's time is an MS-DOS date and time with no zone. libzip's zip_file_set_mtime() would convert
// through localtime(), making the bytes depend on where the export runs; galley writes the UTC time itself.
struct DosTime {
    zip_uint16_t time = 0, date = 0;
};

DosTime dos_time_utc(long long seconds) {
    long long days = seconds / 86400, rest = seconds % 86400;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    long long z = days + 719468, era = z / 146097, doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    long long day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9;
    long long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    DosTime t;
    t.date = static_cast<zip_uint16_t>(((year - 1980) << 9) | (month << 5) | day);
    t.time = static_cast<zip_uint16_t>(((rest / 3600) << 11) | (((rest / 60) % 60) << 5) | ((rest % 60) / 2));
    return t;
}

// PNG, JPEG and GIF pictures are compressed already: deflating them again costs time and saves nothing.
bool already_compressed(const std::string& name) {
    for (const char* ext : {".png", ".jpg", ".jpeg", ".gif"}) {
        std::string e = ext;
        if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
}

void add(zip_t* archive, const std::string& name, const std::string& bytes, bool store, DosTime when) {
    // The source copies nothing: `bytes` outlives zip_close(), where libzip reads it.
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (!source) fail("adding " + name, archive);
    zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        fail("adding " + name, archive);
    }
    auto i = static_cast<zip_uint64_t>(index);
    // Deflate level 1: on a 1,000-article issue (5 MB of XHTML) level 9 took three times as long for a book
    // 3% smaller.
    if (zip_set_file_compression(archive, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 1) < 0)
        fail("setting the compression of " + name, archive);
    if (zip_file_set_dostime(archive, i, when.time, when.date, 0) < 0) fail("setting the time of " + name, archive);
}

}  // namespace

std::string zip_epub(const std::vector<std::pair<std::string, std::string>>& files, long long mtime) {
    static const std::string mimetype = "application/epub+zip";
    DosTime when = dos_time_utc(mtime < zip_first ? zip_first : mtime > zip_last ? zip_last : mtime);

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer) fail("creating the buffer", &error);
    zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive) {
        zip_source_free(buffer);
        fail("opening the archive", &error);
    }
    zip_source_keep(buffer);  // zip_close() would free it; the bytes are read out of it afterwards
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, &zip_source_free);
    try {
        add(archive, "mimetype", mimetype, true, when);
        for (const auto& [name, bytes] : files) add(archive, name, bytes, already_compressed(name), when);
    } catch (...) {
        zip_discard(archive);
        throw;
    }
    if (zip_close(archive) < 0) {
        std::string message = zip_strerror(archive);
        zip_discard(archive);
        throw std::runtime_error("cannot build the EPUB archive: " + message);
    }

    if (zip_source_open(buffer) < 0) fail("reading the archive back", zip_source_error(buffer));
    zip_source_seek(buffer, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    std::string out(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    zip_int64_t read = size > 0 ? zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) : 0;
    zip_source_close(buffer);
    if (size < 0 || read != size) fail("reading the archive back", zip_source_error(buffer));
    return out;
}

}  // namespace galley::epub
