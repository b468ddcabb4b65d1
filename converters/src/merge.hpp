// Adding what one input held to the edition being built, the same for every reader of whole documents
// (canonical JSON, NITF, ninjs, NewsML-G2): the first input's edition metadata wins; pages, articles and
// dropped text are appended; an article id already used refuses the whole input.
#pragma once

#include <string>

#include "galley/converter.hpp"

namespace galley {

// Moves `in` into `edition`. Returns false, with an error naming the id and leaving `edition` as it was, when an
// article id of `in` is already in `edition` or twice in `in`. `path` names the input in that error.
bool merge_into(Edition& edition, Edition&& in, const ConvertOptions& options, const std::string& path,
                Diagnostics& diags);

}  // namespace galley
