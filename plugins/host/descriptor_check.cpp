#include "descriptor_check.hpp"

#include <cstring>
#include <string_view>

namespace galley::host {
namespace {

constexpr std::size_t max_text = 1000;

bool valid_utf8_text(const char* s) {
    if (!s) return false;
    std::size_t n = ::strnlen(s, max_text + 1);
    if (n > max_text) return false;
    for (std::size_t i = 0; i < n;) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + len > n) return false;
        for (std::size_t k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
        i += len;
    }
    return true;
}

bool valid_id(const char* s, std::size_t max) {
    if (!valid_utf8_text(s)) return false;
    std::string_view v(s);
    if (v.empty() || v.size() > max || v.front() == '-') return false;
    for (char c : v)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
    return true;
}

bool valid_number(std::string_view v) {
    if (v.empty()) return true;
    std::size_t i = v.front() == '-' ? 1 : 0;
    if (i == v.size()) return false;
    for (; i < v.size(); ++i)
        if (v[i] < '0' || v[i] > '9') return false;
    return true;
}

}  // namespace

std::string check_descriptor(const galley_exporter* d) {
    if (!d) return "its entry point returned no descriptor";
    if (d->abi_version != GALLEY_PLUGIN_ABI_VERSION)
        return "it was built for plugin ABI " + std::to_string(d->abi_version) + "; this galley speaks ABI " +
               std::to_string(GALLEY_PLUGIN_ABI_VERSION);
    if (d->struct_size < sizeof(galley_exporter))
        return "its descriptor is " + std::to_string(d->struct_size) + " bytes, smaller than ABI " +
               std::to_string(GALLEY_PLUGIN_ABI_VERSION) + "'s " + std::to_string(sizeof(galley_exporter));
    if (!valid_id(d->id, 40)) return "its id is missing or not lower-case letters, digits and '-'";
    if (!valid_utf8_text(d->name) || !*d->name) return "its name is missing or not UTF-8";
    if (!valid_utf8_text(d->version) || !valid_utf8_text(d->description)) return "its version or description is missing";
    if (!valid_id(d->file_extension, 10)) return "its file extension is missing or not lower-case letters and digits";
    if (!valid_utf8_text(d->media_type) || !std::strchr(d->media_type, '/'))
        return "its media type is missing or not of the form type/subtype";
    if (!d->export_edition) return "it has no export function";
    if (d->option_count > 64) return "it declares more than 64 options";
    if (d->option_count > 0 && !d->options) return "it declares options but gives none";
    for (std::size_t i = 0; i < d->option_count; ++i) {
        const galley_option_spec& o = d->options[i];
        std::string where = "option " + std::to_string(i + 1);
        if (!valid_id(o.name, 40)) return where + " has no valid name";
        if (!valid_utf8_text(o.type) || !valid_utf8_text(o.default_value) || !valid_utf8_text(o.help))
            return "option " + std::string(o.name) + " is incomplete";
        std::string_view type(o.type), def(o.default_value);
        if (type != "bool" && type != "int" && type != "string")
            return "option " + std::string(o.name) + " has type \"" + std::string(type) + "\" (bool, int or string)";
        if (type == "bool" && def != "true" && def != "false")
            return "option " + std::string(o.name) + " is a bool with default \"" + std::string(def) + "\"";
        if (type == "int" && !valid_number(def))
            return "option " + std::string(o.name) + " is an int with default \"" + std::string(def) + "\"";
        for (std::size_t k = 0; k < i; ++k)
            if (std::strcmp(d->options[k].name, o.name) == 0) return "option " + std::string(o.name) + " is declared twice";
    }
    return {};
}

bool valid_entry_name(const std::string& name) {
    if (name.empty() || name.size() > 255 || name.front() == '/' || name.back() == '/') return false;
    std::size_t b = 0;
    while (b <= name.size()) {
        std::size_t e = name.find('/', b);
        if (e == std::string::npos) e = name.size();
        std::string_view seg(name.data() + b, e - b);
        if (seg.empty() || seg == "." || seg == "..") return false;
        for (char c : seg)
            if (c == '\0' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return false;
        b = e + 1;
    }
    return true;
}

}  // namespace galley::host
