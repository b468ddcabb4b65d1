// Reading one NITF document (3.x, with or without the NITF namespace) into an article and the edition's
// metadata. What the model cannot hold is reported once per document, never silently lost.
#pragma once

#include <libxml/tree.h>

#include <set>
#include <string>

#include "galley/diagnostics.hpp"
#include "galley/model.hpp"

namespace galley::nitf_reader {

struct Context {
    std::string path;
    Diagnostics& diags;
    std::set<std::string> unheld;  // NITF elements and attributes with no place in the model, for one note
    std::string title;             // head/title
    std::string meta_source;       // head/meta name="source": the part of the byline that is the source
    bool cjk = false;              // the document's language is Chinese, Japanese or Korean
};

// head: title, meta, docdata, pubdata.
void read_head(xmlNode* head, Article& article, Edition& edition, Context& ctx);
// body: body.head (hedline, rights, byline, distributor, dateline, abstract) and body.content, body.end.
void read_body(xmlNode* body, Article& article, Context& ctx);

// "20230104T000000+0800", "20230104", "2023-01-04T08:00:00Z" → "2023-01-04"; "" when no date can be read.
std::string norm_date(std::string_view norm);

}  // namespace galley::nitf_reader
