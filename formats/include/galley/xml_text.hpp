// The model's text on its way into XML: what XML 1.0 allows, and the one cleaner every exporter that writes
// XML passes text through, so that no input can make a document a parser refuses and every exporter warns
// about the same characters in the same words.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "galley/utf8.hpp"

namespace galley {

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF] (surrogates never
// come out of utf8::decode()).
inline bool xml_allows(char32_t cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF);
}

// Makes model text safe to write, and remembers what it had to change so that the exporter can warn with
// the article concerned. pugixml would write a C0 control as "&#1;", which XML 1.0 forbids even as a
// reference, and a reader refuses the whole document; U+FFFD keeps it readable.
class XmlCleaner {
public:
    // What text() makes of CR, CRLF and LF; each format wants its own.
    enum class LineEnds {
        lf,              // CR and CRLF become LF, as a parser would read them anyway (EPUB, NewsML-G2)
        line_separator,  // CR, CRLF and LF become U+2028, InDesign's line break inside a paragraph (ICML)
        keep,            // left as they are (XSL-FO)
    };
    // Whose text it is: the current article's, or the whole edition's (a publisher, a page label), which is
    // reported with article "" so that it is said once however many articles carry it.
    enum class Scope { article, edition };

    struct Problem {
        std::string article;  // "" for the edition
        std::string message;
        bool operator==(const Problem&) const = default;
    };

    explicit XmlCleaner(LineEnds line_ends = LineEnds::lf) : line_ends_(line_ends) {}

    // Which article the following text belongs to ("" for the edition), for the warnings.
    void set_article(std::string_view id) { article_ = id; }

    // Element content: C0 controls but tab and line ends, U+FFFE, U+FFFF and malformed UTF-8 become U+FFFD
    // (with a warning naming `field`); line ends as chosen at construction.
    std::string text(std::string_view s, std::string_view field, Scope scope = Scope::article) {
        return clean(s, field, scope, line_ends_);
    }

    // Attributes and one-line values (xs:normalizedString allows no tab or line break): as text(), then each
    // run of ASCII white space becomes one space, trimmed at both ends.
    std::string line(std::string_view s, std::string_view field, Scope scope = Scope::article) {
        std::string out;
        bool pending_space = false;
        for (char c : clean(s, field, scope, LineEnds::lf)) {
            if (c == ' ' || c == '\t' || c == '\n') {
                pending_space = !out.empty();
                continue;
            }
            if (pending_space) out.push_back(' ');
            pending_space = false;
            out.push_back(c);
        }
        return out;
    }

    // Something else worth a warning about the text (a subject code that is no Media Topic …).
    void add(std::string message, Scope scope = Scope::article) {
        Problem p{scope == Scope::edition ? std::string() : article_, std::move(message)};
        for (const Problem& seen : problems_)
            if (seen == p) return;
        problems_.push_back(std::move(p));
    }

    // Each (article, message) once, in the order found.
    const std::vector<Problem>& problems() const { return problems_; }

private:
    std::string clean(std::string_view s, std::string_view field, Scope scope, LineEnds line_ends) {
        std::string out;
        out.reserve(s.size());
        for (std::size_t i = 0; i < s.size();) {
            bool malformed = false;
            char32_t cp = utf8::decode(s, i, malformed);
            if (malformed) {
                replaced(field, "malformed UTF-8", scope);
            } else if (!xml_allows(cp)) {
                char hex[16];
                std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(cp));
                replaced(field, hex, scope);
                cp = utf8::replacement;
            } else if ((cp == U'\r' || cp == U'\n') && line_ends != LineEnds::keep) {
                if (cp == U'\r' && i < s.size() && s[i] == '\n') ++i;
                cp = line_ends == LineEnds::line_separator ? U'\u2028' : U'\n';
            }
            utf8::encode(cp, out);
        }
        return out;
    }

    void replaced(std::string_view field, std::string_view what, Scope scope) {
        add(std::string(field) + ": replaced " + std::string(what) + ", which XML 1.0 does not allow, with U+FFFD", scope);
    }

    LineEnds line_ends_;
    std::string article_;
    std::vector<Problem> problems_;
};

}  // namespace galley
