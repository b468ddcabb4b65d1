// Checks an exporter's descriptor before any of its functions is called: a plugin built for another ABI,
// or one whose descriptor lies about itself, is refused with the reason.
#pragma once

#include <string>

#include "galley/exporter_plugin.h"

namespace galley::host {

// Returns "" when the descriptor is sound, else why it is refused.
std::string check_descriptor(const galley_exporter* d);

// Entry names an exporter may write: relative paths of plain segments ("OEBPS/a1.xhtml").
bool valid_entry_name(const std::string& name);

}  // namespace galley::host
