// Resolving a URL written in a member to the member it names: percent-decoding, dot segments, and the
// URLs that are external or lead outside the container.
#include "urls.hpp"

#include <vector>

#include "text.hpp"

namespace galley::epub_check {
namespace {

bool percent_decode(std::string_view in, std::string& out) {
    out.clear();
    auto hex = [](char c) { return is_digit(c) ? c - '0' : (lower(c) >= 'a' && lower(c) <= 'f') ? lower(c) - 'a' + 10 : -1; };
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size()) return false;
        int hi = hex(in[i + 1]), lo = hex(in[i + 2]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return true;
}

}  // namespace

Ref resolve(std::string_view base, std::string_view href) {
    Ref ref;
    href = trim(href);
    if (!href.empty() && is_alpha(href[0])) {
        std::size_t i = 1;
        while (i < href.size() && (is_alnum(href[i]) || href[i] == '+' || href[i] == '-' || href[i] == '.')) ++i;
        if (i < href.size() && href[i] == ':') {
            std::string scheme = lowered(href.substr(0, i));
            ref.kind = Ref::Kind::external;
            ref.network = scheme == "http" || scheme == "https" || scheme == "ftp";
            return ref;
        }
    }
    if (href.starts_with("//")) {
        ref.kind = Ref::Kind::external;
        ref.network = true;
        return ref;
    }
    std::string_view path = href;
    if (std::size_t hash = href.find('#'); hash != std::string_view::npos) {
        path = href.substr(0, hash);
        ref.has_fragment = true;
        if (!percent_decode(href.substr(hash + 1), ref.fragment)) {
            ref.kind = Ref::Kind::invalid;
            ref.problem = "has a malformed percent escape";
            return ref;
        }
    }
    if (std::size_t q = path.find('?'); q != std::string_view::npos) path = path.substr(0, q);
    if (path.empty()) {
        ref.kind = Ref::Kind::same_document;
        return ref;
    }
    if (path.find('\\') != std::string_view::npos) {
        ref.kind = Ref::Kind::invalid;
        ref.problem = "has a backslash (URLs use '/')";
        return ref;
    }
    std::string decoded;
    if (!percent_decode(path, decoded)) {
        ref.kind = Ref::Kind::invalid;
        ref.problem = "has a malformed percent escape";
        return ref;
    }
    std::string joined = decoded[0] == '/' ? decoded.substr(1) : std::string(base) + decoded;
    std::vector<std::string_view> kept;
    for (std::string_view seg : split(joined, '/')) {
        if (seg.empty() || seg == ".") continue;
        if (seg == "..") {
            if (kept.empty()) {
                ref.kind = Ref::Kind::invalid;
                ref.problem = "leads outside the container";
                return ref;
            }
            kept.pop_back();
            continue;
        }
        kept.push_back(seg);
    }
    for (std::size_t k = 0; k < kept.size(); ++k) {
        if (k) ref.path += '/';
        ref.path += kept[k];
    }
    return ref;
}

std::string folder_of(std::string_view member) {
    std::size_t slash = member.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(member.substr(0, slash + 1));
}

}  // namespace galley::epub_check
