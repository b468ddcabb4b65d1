// NITF 3.6 documents against IPTC's XSD (libxml2).
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <filesystem>

#include "galley/validators.hpp"
#include "galley/xml_input.hpp"
#include "libxml_errors.hpp"

namespace galley {
namespace {

constexpr const char* nitf_ns = "http://iptc.org/std/NITF/2006-10-18/";

// Puts every element that has no namespace into NITF's, as IPTC's to-nitf-namespace stylesheet does: agencies
// send the DTD form without one, and the XSD checks only the namespaced form.
void into_nitf_namespace(xmlNode* n, xmlNs* ns) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (!n->ns) xmlSetNs(n, ns);
        into_nitf_namespace(n->children, ns);
    }
}

}  // namespace

struct NitfValidator::Impl {
    xmlSchemaPtr schema = nullptr;
    ~Impl() {
        if (schema) xmlSchemaFree(schema);
    }
};

NitfValidator::NitfValidator() : impl_(std::make_unique<Impl>()) {}
NitfValidator::~NitfValidator() = default;

bool NitfValidator::load(const std::string& schema_dir, Diagnostics& diags) {
    std::string xsd = (std::filesystem::path(schema_dir) / nitf_schema_file).string();
    std::error_code ec;
    if (schema_dir.empty() || !std::filesystem::is_regular_file(xsd, ec)) {
        diags.error({xsd, 0, 0}, schema_dir.empty()
                                     ? "no NITF schema folder: pass --nitf-schema-dir DIR or set GALLEY_NITF_SCHEMA_DIR"
                                     : "the NITF schema is not there (the folder must hold " + std::string(nitf_schema_file) +
                                           ", its ruby include and xml.xsd)");
        return false;
    }
    xml::trust_folder(schema_dir);
    ErrorSink sink{&diags, xsd, "schema: ", 0};
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(xsd.c_str());
    xmlSchemaSetParserStructuredErrors(pctx, structured_error_cb, &sink);
    impl_->schema = xmlSchemaParse(pctx);
    xmlSchemaFreeParserCtxt(pctx);
    return impl_->schema != nullptr;
}

bool NitfValidator::validate(const std::string& file, const std::string& bytes, Diagnostics& diags) {
    ErrorSink sink{&diags, file, "", 0};
    xml::Doc doc = read_checked(bytes, sink);
    if (!doc) return false;
    xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || std::strcmp(reinterpret_cast<const char*>(root->name), "nitf") != 0) {
        diags.error({file, root ? static_cast<int>(root->line) : 0, 0}, "not a NITF document (its root is not <nitf>)");
        return false;
    }
    if (!root->ns) {
        diags.note({file, static_cast<int>(root->line), 0},
                   "no NITF namespace (the DTD form agencies send): checked as if its elements were in " +
                       std::string(nitf_ns));
        into_nitf_namespace(root, xmlNewNs(root, reinterpret_cast<const xmlChar*>(nitf_ns), nullptr));
    }
    xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(impl_->schema);
    xmlSchemaSetValidStructuredErrors(vctx, structured_error_cb, &sink);
    xmlSchemaValidateDoc(vctx, doc.get());
    xmlSchemaFreeValidCtxt(vctx);
    return sink.count == 0;
}

bool looks_like_nitf(const std::string& bytes) { return xml::root_element_name(bytes) == "nitf"; }

}  // namespace galley
