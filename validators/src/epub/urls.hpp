// References: a URL string in a member, resolved to a member name of the container.
#pragma once

#include <string>
#include <string_view>

namespace galley::epub_check {

struct Ref {
    enum class Kind { local, same_document, external, invalid };
    Kind kind = Kind::local;
    std::string path;  // the member it names (local)
    std::string fragment;
    bool has_fragment = false;
    bool network = false;  // external, and fetched over the network (http:, https:, ftp:, //host)
    std::string problem;   // why it is invalid
};

// Resolves `href` written in a member of folder `base` ("" for the root). Absolute-path URLs start at the
// container root; URLs with a scheme or an authority are external and not checked.
Ref resolve(std::string_view base, std::string_view href);

// The folder part of a member name, with its slash ("OEBPS/text/" for "OEBPS/text/p1.xhtml").
std::string folder_of(std::string_view member);

}  // namespace galley::epub_check
