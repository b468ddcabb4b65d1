#include "parties.hpp"

namespace galley::newsml_g2 {

Party text_party(std::string_view kind) {
    // Writers and correspondents made the text; the others helped. IPTC has no "photographer" role: on a
    // text item a photographer or an illustrator supplied its images (imgSupplier); on the picture item
    // itself they are the author. An intern writes under a senior's name, so helps as an author.
    // "contributor" in the model is additional reporting, compiling or hosting: content given to the story
    // (contentSource).
    if (kind == "writer") return {true, "cpprole:author"};
    if (kind == "correspondent") return {true, "cpprole:correspondent"};
    if (kind == "editor") return {false, "cpprole:editor"};
    if (kind == "photographer" || kind == "illustrator") return {false, "cpprole:imgSupplier"};
    if (kind == "intern") return {false, "cpprole:author"};
    return {false, "cpprole:contentSource"};
}

Party picture_party(std::string_view kind) {
    // Whoever took or drew the picture is its author; a writer a picture credit names took it (the reader
    // reads "记者 张三" under a picture that way). An editor or a contributor helped.
    if (kind == "photographer" || kind == "illustrator" || kind == "writer") return {true, "cpprole:author"};
    if (kind == "editor") return {false, "cpprole:editor"};
    return {false, "cpprole:contentSource"};
}

}  // namespace galley::newsml_g2
