// A Markdown digest of an edition: one heading per page, one line per article with its byline and
// dateline, and (with -O lead=true) the article's first paragraph. An example of a galley exporter plugin.
#include <array>
#include <string>

#include "galley/plugin.hpp"

namespace {

struct Digest {
    static constexpr const char* id = "digest";
    static constexpr const char* name = "Markdown digest";
    static constexpr const char* version = "1.0";
    static constexpr const char* description = "One Markdown page listing every article by page, with bylines";
    static constexpr const char* file_extension = "md";
    static constexpr const char* media_type = "text/markdown";
    static constexpr std::array<galley_option_spec, 1> options{
        {{"lead", "bool", "false", "Add each article's first paragraph"}}};

    static void run(const galley::Edition& edition, const galley::plugin::Options& opts, galley::plugin::Output& out) {
        std::string md = "# " + (edition.title.empty() ? std::string("Edition") : edition.title);
        if (!edition.date.empty()) md += " — " + edition.date;
        md += "\n";
        int page = -1;
        for (const auto& a : edition.articles) {
            if (a.page != page) {
                page = a.page;
                md += "\n## Page " + std::to_string(page) + (a.section.empty() ? "" : " · " + a.section) + "\n\n";
            }
            md += "- **" + a.headline + "**";
            if (!a.credit.empty()) md += " — " + a.credit;
            if (!a.dateline.date.empty()) md += " (" + a.dateline.date + ")";
            md += "\n";
            if (a.headline.empty()) out.warning(a.id, "has no headline");
            if (opts.flag("lead"))
                for (const auto& b : a.body)
                    if (b.type == galley::BlockType::paragraph) {
                        md += "  > " + b.text + "\n";
                        break;
                    }
        }
        out.write("", md);
    }
};

}  // namespace

GALLEY_EXPORTER(Digest)
