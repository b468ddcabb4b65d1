// The one policy for every XML document galley reads (validators, and the XML readers of converters/):
// no network, no DTD loading, no entity substitution, no XInclude, a bounded size, and no document that
// declares entities of its own. External files load only from folders galley itself trusts (the schema and
// DTD folders it was given), never from a name an input document chooses.
//
// Exporter plugins read XML with pugixml, which loads nothing external and expands only the five predefined
// entities and character references: it needs no policy of its own.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace galley::xml {

struct Problem {
    int line = 0, column = 0;  // 1-based; 0 when unknown
    std::string message;
    bool warning = false;
};

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

// The largest document read: 256 MiB, galley's cap on any input.
inline constexpr std::size_t max_document_bytes = std::size_t{256} << 20;

// Lets libxml2 load files below `dir` (and its subfolders) when a trusted schema or DTD includes them.
void trust_folder(const std::string& dir);

// Parses an untrusted document. Null, with the reasons in `problems`, when it is too large, not well-formed,
// or declares entities (a DOCTYPE with <!ENTITY …>: the way to smuggle files and billion laughs in).
Doc read_untrusted(std::string_view bytes, const std::string& name, std::vector<Problem>& problems,
                   std::size_t max_bytes = max_document_bytes);

// Parses a trusted local file (a schema, a DTD) with the same network and loader rules.
Doc read_trusted_file(const std::string& path, std::vector<Problem>& problems);

// The root element's local name ("nitf" for <nitf> and <n:nitf>), found by skipping the XML declaration,
// comments, processing instructions and a DOCTYPE without parsing: cheap enough to sniff every input with.
// Empty when there is no element within the first few markup items.
std::string_view root_element_name(std::string_view bytes);

// Installs the external entity loader (idempotent). Every function here calls it; code that hands libxml2 a
// file to parse itself (xmlSchemaNewParserCtxt, xmlParseDTD) calls it first.
void install_policy();

}  // namespace galley::xml
