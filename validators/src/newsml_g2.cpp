#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <filesystem>

#include "galley/validators.hpp"
#include "galley/xml_input.hpp"
#include "libxml_errors.hpp"

namespace galley {
namespace {

constexpr const char* nar_ns = "http://iptc.org/std/nar/2006-10-01/";
constexpr const char* xhtml_ns = "http://www.w3.org/1999/xhtml";

void dtd_error(void* ctx, const char* fmt, ...) {
    auto* sink = static_cast<ErrorSink*>(ctx);
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    std::vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    std::string msg(buf);
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    if (msg.empty()) return;
    ++sink->count;
    // libxml2's DTD messages carry no position of their own; the body's line is added by the caller.
    sink->diags->error({sink->file, 0, 0}, sink->prefix + msg);
}

bool is(const xmlNode* n, const char* name, const char* ns) {
    return n && n->type == XML_ELEMENT_NODE && n->ns && std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0 &&
           std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

template <class F>
void each_element(xmlNode* n, F f) {
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        f(n);
        each_element(n->children, f);
    }
}

}  // namespace

struct NewsmlValidator::Impl {
    xmlSchemaPtr schema = nullptr;
    xmlDtdPtr xhtml = nullptr;
    ~Impl() {
        if (schema) xmlSchemaFree(schema);
        if (xhtml) xmlFreeDtd(xhtml);
    }
};

NewsmlValidator::NewsmlValidator() : impl_(std::make_unique<Impl>()) {}
NewsmlValidator::~NewsmlValidator() = default;

bool NewsmlValidator::load(const std::string& schema_dir, const std::string& xhtml_dtd, Diagnostics& diags) {
    std::string xsd = (std::filesystem::path(schema_dir) / newsml_schema_file).string();
    std::error_code ec;
    if (schema_dir.empty() || !std::filesystem::is_regular_file(xsd, ec)) {
        diags.error({xsd, 0, 0}, schema_dir.empty()
                                     ? "no NewsML-G2 schema folder: pass --schema-dir DIR or set GALLEY_SCHEMA_DIR"
                                     : "the NewsML-G2 schema is not there (the folder must hold " +
                                           std::string(newsml_schema_file) + " and xml.xsd)");
        return false;
    }
    // The schema and the DTD are galley's to trust (they name their own includes); documents are not.
    xml::trust_folder(schema_dir);
    ErrorSink sink{&diags, xsd, "schema: ", 0};
    xmlSchemaParserCtxtPtr pctx = xmlSchemaNewParserCtxt(xsd.c_str());
    xmlSchemaSetParserStructuredErrors(pctx, structured_error_cb, &sink);
    impl_->schema = xmlSchemaParse(pctx);
    xmlSchemaFreeParserCtxt(pctx);
    if (!impl_->schema) return false;

    std::string dtd = xhtml_dtd.empty() ? default_xhtml_dtd : xhtml_dtd;
    if (!std::filesystem::is_regular_file(dtd, ec)) {
        diags.error({dtd, 0, 0}, "the XHTML 1.0 Strict DTD is not there: install Debian's w3c-sgml-lib or pass --xhtml-dtd");
        return false;
    }
    xml::trust_folder(std::filesystem::path(dtd).parent_path().string());
    impl_->xhtml = xmlParseDTD(nullptr, reinterpret_cast<const xmlChar*>(dtd.c_str()));
    if (!impl_->xhtml) {
        diags.error({dtd, 0, 0}, "the XHTML DTD does not read");
        return false;
    }
    return true;
}

bool NewsmlValidator::validate(const std::string& file, const std::string& bytes, Diagnostics& diags) {
    ErrorSink sink{&diags, file, "", 0};
    xml::Doc parsed = read_checked(bytes, sink);
    if (!parsed) return false;
    xmlDocPtr doc = parsed.release();
    xmlNode* root = xmlDocGetRootElement(doc);
    if (!root || !root->ns || std::strcmp(reinterpret_cast<const char*>(root->ns->href), nar_ns) != 0) {
        diags.error({file, root ? static_cast<int>(root->line) : 0, 0}, "not a NewsML-G2 document (its root is not in the NewsML-G2 namespace)");
        xmlFreeDoc(doc);
        return false;
    }

    // 1. The item against the schema.
    xmlSchemaValidCtxtPtr vctx = xmlSchemaNewValidCtxt(impl_->schema);
    xmlSchemaSetValidStructuredErrors(vctx, structured_error_cb, &sink);
    xmlSchemaValidateDoc(vctx, doc);
    xmlSchemaFreeValidCtxt(vctx);

    // 2. Each XHTML body against the XHTML 1.0 Strict DTD (the schema takes inlineXML content laxly).
    each_element(root, [&](xmlNode* n) {
        if (!is(n, "inlineXML", nar_ns)) return;
        for (xmlNode* c = n->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE) continue;
            int line = static_cast<int>(c->line);
            if (!is(c, "html", xhtml_ns)) {
                const xmlChar* ct = xmlGetProp(n, reinterpret_cast<const xmlChar*>("contenttype"));
                bool xhtml = ct && std::strcmp(reinterpret_cast<const char*>(ct), "application/xhtml+xml") == 0;
                xmlFree(const_cast<xmlChar*>(ct));
                if (xhtml) {
                    ++sink.count;
                    diags.error({file, line, 0}, "inlineXML says application/xhtml+xml but holds no XHTML html element");
                }
                continue;
            }
            xmlDocPtr body = xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0"));
            xmlDocSetRootElement(body, xmlDocCopyNode(c, body, 1));
            ErrorSink body_sink{&diags, file, "XHTML body at line " + std::to_string(line) + ": ", 0};
            xmlValidCtxtPtr dctx = xmlNewValidCtxt();
            dctx->userData = &body_sink;
            dctx->error = dtd_error;
            dctx->warning = nullptr;
            xmlValidateDtd(dctx, body, impl_->xhtml);
            xmlFreeValidCtxt(dctx);
            xmlFreeDoc(body);
            sink.count += body_sink.count;
        }
    });
    xmlFreeDoc(doc);
    return sink.count == 0;
}

bool looks_like_newsml(const std::string& bytes) {
    return bytes.find(nar_ns) != std::string::npos && bytes.find('<') != std::string::npos;
}

}  // namespace galley
