// Validators for what galley's exporters write, run by `galley validate` and by the tests.
#pragma once

#include <memory>
#include <string>

#include "galley/diagnostics.hpp"

namespace galley {

// NewsML-G2 2.35 items and messages against IPTC's XML Schema (libxml2), and the XHTML body in every
// inlineXML against the XHTML 1.0 Strict DTD.
class NewsmlValidator {
public:
    NewsmlValidator();
    ~NewsmlValidator();
    NewsmlValidator(const NewsmlValidator&) = delete;
    NewsmlValidator& operator=(const NewsmlValidator&) = delete;

    // Loads NewsML-G2_2.35-spec-All-Power.xsd from `schema_dir` and the DTD (an empty path: Debian's
    // w3c-sgml-lib copy). False, with the reason in `diags`, when either cannot be read.
    bool load(const std::string& schema_dir, const std::string& xhtml_dtd, Diagnostics& diags);

    // Checks `bytes` read from `file`; every problem goes to `diags` with file and line. True when valid.
    bool validate(const std::string& file, const std::string& bytes, Diagnostics& diags);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

inline constexpr const char* newsml_schema_file = "NewsML-G2_2.35-spec-All-Power.xsd";
inline constexpr const char* default_xhtml_dtd =
    "/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-xhtml1-20020801/xhtml1-strict.dtd";

// True when `bytes` is XML whose root is a NewsML-G2 element (newsItem, packageItem, newsMessage …).
bool looks_like_newsml(const std::string& bytes);

// NITF 3.6 documents against IPTC's XML Schema (libxml2). A document without the NITF namespace (the DTD form
// agencies send) is checked as if its elements were in it, as IPTC's to-nitf-namespace stylesheet would put them.
class NitfValidator {
public:
    NitfValidator();
    ~NitfValidator();
    NitfValidator(const NitfValidator&) = delete;
    NitfValidator& operator=(const NitfValidator&) = delete;

    // Loads nitf-3-6.xsd from `schema_dir`. False, with the reason in `diags`, when it cannot be read.
    bool load(const std::string& schema_dir, Diagnostics& diags);
    // Checks `bytes` read from `file`; every problem goes to `diags` with file and line. True when valid.
    bool validate(const std::string& file, const std::string& bytes, Diagnostics& diags);

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

inline constexpr const char* nitf_schema_file = "nitf-3-6.xsd";

// True when `bytes` is XML whose root element is <nitf>, with or without a namespace.
bool looks_like_nitf(const std::string& bytes);

}  // namespace galley
