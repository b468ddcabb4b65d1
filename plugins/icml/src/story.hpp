// A story's paragraphs as the model gives them (which style, which text), and the ICML document that holds
// them: prolog, root style groups, one <Story>.
#pragma once

#include <string>
#include <vector>

#include "galley/model.hpp"
#include "images.hpp"
#include "styles.hpp"
#include "text.hpp"

namespace galley::icml {

struct Run {
    CharStyle style = CharStyle::none;
    std::string text;  // cleaned: what the Content element holds
};

struct Paragraph {
    ParaStyle style = ParaStyle::body;
    std::vector<Run> runs;              // empty for a figure
    const Picture* picture = nullptr;   // a Figure paragraph's picture
    std::string alt;                    // its alternative text (cleaned)
    std::string article_id;             // whose paragraph it is, for Self ids
    int figure = 0;                     // 1, 2 … within the article, for Self ids

    std::string text() const;  // the runs joined
};

// The paragraphs of one article, in reading order: continuation from (上接), column, kicker, headline, subheadline,
// byline (source in the character style Source, then the credit), dateline, the body (the first paragraph
// BodyFirst, the rest Body, subheadings Subhead, a picture as a Figure paragraph followed by its Caption and
// Credit paragraphs), continuation to (下转). Empty fields give no paragraph. `language` decides the byline's
// order and separator.
// The picture an image block shows, or nullptr when it was not supplied.
const Picture* supplied_picture(const Block& block, const PictureShelf& pictures);

std::vector<Paragraph> article_paragraphs(const Article& article, const std::string& language,
                                          const PictureShelf& pictures, Cleaner& cleaner);

// The whole ICML file. `id_base` makes the Self ids of the document, the style groups and the story;
// `title` is the story's StoryTitle.
std::string icml_document(const std::vector<Paragraph>& paragraphs, const StyleSheet& styles, CjkRules cjk,
                          const std::string& id_base, const std::string& title);

// An article id as part of a Self id: ASCII letters, digits, '-' and '.' kept, any other byte "_XX" (hex),
// so that different ids never give the same part.
std::string id_part(std::string_view id);

}  // namespace galley::icml
