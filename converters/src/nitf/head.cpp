#include "nitf.hpp"

#include "../xml_nodes.hpp"
#include "galley/calendar.hpp"
#include "galley/issn.hpp"

namespace galley::nitf_reader {
namespace {

using namespace xml_nodes;

void read_docdata(xmlNode* docdata, Article& a, Edition& e, Context& ctx) {
    for (xmlNode* n : elements(docdata)) {
        std::string_view what = name(n);
        if (what == "doc-id") {
            std::string id = attr(n, "id-string");
            if (!id.empty()) a.id = id;  // made a file-safe id by the reader (reader.cpp)
        } else if (what == "date.issue") {
            if (e.date.empty()) e.date = norm_date(attr(n, "norm"));
        } else if (what == "doc.copyright") {
            if (e.publisher.empty()) e.publisher = attr(n, "holder");
        } else if (what == "evloc") {
            if (a.dateline.place.empty()) a.dateline.place = attr(n, "city");
        } else if (what == "key-list") {
            for (xmlNode* k : children(n, "keyword"))
                if (std::string key = attr(k, "key"); !key.empty()) a.keywords.push_back(key);
        } else if (what == "identified-content") {
            for (xmlNode* c : children(n, "classifier")) {
                Subject s{attr(c, "idsrc"), attr(c, "value"), squeeze(text_of(c))};
                if (!s.code.empty() || !s.name.empty()) a.subjects.push_back(s);
            }
            for (xmlNode* c : elements(n))
                if (name(c) != "classifier") ctx.unheld.insert("identified-content/" + std::string(name(c)));
        } else {
            ctx.unheld.insert("docdata/" + std::string(what));  // urgency, date.release, ed-msg, du-key …
        }
    }
}

void read_pubdata(xmlNode* pub, Article& a, Edition& e) {
    if (e.title.empty()) e.title = attr(pub, "name");
    if (e.issn.empty()) e.issn = normalize_issn(attr(pub, "issn"));
    if (e.issue.empty()) e.issue = attr(pub, "issue");
    if (e.date.empty()) e.date = norm_date(attr(pub, "date.publication"));
    if (a.section.empty()) a.section = attr(pub, "position.section");
    std::string sequence = attr(pub, "position.sequence");
    if (!sequence.empty() && sequence.size() <= 4 && sequence.find_first_not_of("0123456789") == std::string::npos)
        a.page = std::stoi(sequence);
}

}  // namespace

std::string norm_date(std::string_view norm) {
    std::string digits;
    for (char c : norm.substr(0, norm.find('T'))) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c != '-') return "";
    }
    if (digits.size() != 8) return "";
    std::string iso = digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
    return CivilDate::parse(iso) ? iso : "";
}

void read_head(xmlNode* head, Article& a, Edition& e, Context& ctx) {
    for (xmlNode* n : elements(head)) {
        std::string_view what = name(n);
        if (what == "title") {
            ctx.title = squeeze(text_of(n));  // the headline only when hedline has none (reader.cpp)
        } else if (what == "meta") {
            // galley's NITF keeps here what NITF has no element for (plugins/nitf/README.md).
            std::string key = attr(n, "name"), value = attr(n, "content");
            if (key == "column") a.column = value;
            else if (key == "source") ctx.meta_source = a.source = value;
            else if (key == "dateline") a.dateline.text = value;
            else if (key == "dateline-date") a.dateline.date = value;
            else ctx.unheld.insert("meta " + key);
        } else if (what == "docdata") {
            read_docdata(n, a, e, ctx);
        } else if (what == "pubdata") {
            read_pubdata(n, a, e);
        } else {
            ctx.unheld.insert("head/" + std::string(what));  // tobject, iim, revision-history
        }
    }
}

}  // namespace galley::nitf_reader
