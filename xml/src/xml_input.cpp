#include "galley/xml_input.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <filesystem>
#include <mutex>

namespace galley::xml {
namespace {

namespace fs = std::filesystem;

// No network, no entity substitution (XML_PARSE_NOENT stays off), no DTD loading or default attributes
// from one (XML_PARSE_DTDLOAD, XML_PARSE_DTDATTR off), no XInclude, line numbers past 65535.
constexpr int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOXINCNODE;

std::mutex trusted_mutex;
std::vector<fs::path>& trusted() {
    static std::vector<fs::path> folders;
    return folders;
}

xmlExternalEntityLoader default_loader = nullptr;

bool inside_trusted(const char* url) {
    if (!url) return false;
    std::string_view u(url);
    if (u.rfind("file://", 0) == 0) u.remove_prefix(7);
    else if (u.find("://") != std::string_view::npos) return false;  // http, ftp …: never
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::path(std::string(u)), ec);
    if (ec) return false;
    std::lock_guard<std::mutex> lock(trusted_mutex);
    for (const auto& dir : trusted()) {
        auto [d, f] = std::mismatch(dir.begin(), dir.end(), p.begin(), p.end());
        if (d == dir.end()) return true;
    }
    return false;
}

struct Sink {
    std::vector<Problem>* problems;
};

// The document being read on this thread, for the loader to report a refusal into.
thread_local Sink* reading = nullptr;

xmlParserInputPtr loader(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
    if (inside_trusted(url)) return default_loader(url, id, ctxt);
    if (reading) {
        int line = ctxt && ctxt->input ? ctxt->input->line : 0;
        reading->problems->push_back({line, 0,
                                      std::string("galley loads no external entity or DTD a document names: ") +
                                          (url ? url : (id ? id : "(unnamed)")),
                                      false});
    }
    return nullptr;
}

void collect(void* ctx, xmlErrorPtr err) {
    auto* pctx = static_cast<xmlParserCtxtPtr>(ctx);
    if (!err || !pctx || !pctx->_private) return;
    auto* sink = static_cast<Sink*>(pctx->_private);
    std::string msg = err->message ? err->message : "unknown error";
    while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
    sink->problems->push_back({err->line, err->int2 > 0 ? err->int2 : 0, msg, err->level == XML_ERR_WARNING});
}

Doc finish(xmlParserCtxtPtr pctx, xmlDocPtr raw, std::vector<Problem>& problems, std::size_t before) {
    Doc doc(raw);
    bool well_formed = pctx->wellFormed != 0;
    xmlFreeParserCtxt(pctx);
    bool errors = false;
    for (std::size_t i = before; i < problems.size(); ++i) errors = errors || !problems[i].warning;
    if (!doc || !well_formed) {
        if (!errors) problems.push_back({0, 0, "not well-formed XML", false});
        return nullptr;
    }
    // A document that declares entities of its own: refused, whether or not it uses them.
    if (doc->intSubset && doc->intSubset->entities) {
        // (libxml2 keeps no line for the DOCTYPE: the entity's own declaration is found by its name.)
        problems.push_back({0, 0,
                            "the document declares entities in its DOCTYPE; galley reads no declared entities", false});
        return nullptr;
    }
    return doc;
}

// One parser context per document, its messages collected into `problems`; `read` parses with it. While
// an untrusted document is read, the entity loader knows it (`reading`) and lets nothing in.
template <class Read>
Doc parse(std::vector<Problem>& problems, bool untrusted, Read read) {
    install_policy();
    xmlParserCtxtPtr pctx = xmlNewParserCtxt();
    if (!pctx) {
        problems.push_back({0, 0, "cannot allocate an XML parser", false});
        return nullptr;
    }
    Sink sink{&problems};
    pctx->_private = &sink;
    pctx->sax->serror = collect;
    std::size_t before = problems.size();
    if (untrusted) reading = &sink;
    xmlDocPtr raw = read(pctx);
    if (untrusted) reading = nullptr;
    return finish(pctx, raw, problems, before);
}

}  // namespace

void install_policy() {
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        default_loader = xmlGetExternalEntityLoader();
        xmlSetExternalEntityLoader(loader);
    });
}

void trust_folder(const std::string& dir) {
    install_policy();
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::path(dir), ec);
    if (ec) return;
    std::lock_guard<std::mutex> lock(trusted_mutex);
    trusted().push_back(p);
}

Doc read_untrusted(std::string_view bytes, const std::string& name, std::vector<Problem>& problems,
                   std::size_t max_bytes) {
    if (bytes.size() > max_bytes || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        problems.push_back({0, 0, "too large to read as XML (" + std::to_string(bytes.size() >> 20) + " MiB; at most " +
                                      std::to_string(max_bytes >> 20) + " MiB)",
                            false});
        return nullptr;
    }
    return parse(problems, true, [&](xmlParserCtxtPtr pctx) {
        return xmlCtxtReadMemory(pctx, bytes.data(), static_cast<int>(bytes.size()), name.c_str(), nullptr, options);
    });
}

Doc read_trusted_file(const std::string& path, std::vector<Problem>& problems) {
    return parse(problems, false,
                 [&](xmlParserCtxtPtr pctx) { return xmlCtxtReadFile(pctx, path.c_str(), nullptr, options); });
}

std::string_view root_element_name(std::string_view bytes) {
    std::size_t at = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    for (int guard = 0; guard < 64; ++guard) {
        // Only white space between markup items: a JSON or text document that holds markup in a string is no XML.
        at = bytes.find_first_not_of(" \t\r\n", at);
        if (at == std::string_view::npos || bytes[at] != '<' || at + 1 >= bytes.size()) return {};
        std::string_view rest = bytes.substr(at);
        std::size_t skip = std::string_view::npos;
        if (rest.substr(0, 4) == "<!--") {
            skip = rest.find("-->", 4);
            if (skip != std::string_view::npos) skip += 3;
        } else if (rest.substr(0, 2) == "<?") {
            skip = rest.find("?>", 2);
            if (skip != std::string_view::npos) skip += 2;
        } else if (rest.substr(0, 2) == "<!") {  // a DOCTYPE, with or without an internal subset
            std::size_t open = rest.find('['), close = rest.find('>');
            if (open != std::string_view::npos && open < close) close = rest.find(']', open);
            if (close != std::string_view::npos) close = rest.find('>', close);
            if (close != std::string_view::npos) skip = close + 1;
        } else {
            std::size_t end = rest.find_first_of(" \t\r\n/>", 1);
            std::string_view name = rest.substr(1, end == std::string_view::npos ? std::string_view::npos : end - 1);
            if (std::size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
            return name;
        }
        if (skip == std::string_view::npos) return {};
        at += skip;
    }
    return {};
}

}  // namespace galley::xml
