// The plugin module: galley-epub.so exports galley_exporter_entry_v1() for the exporter.
#include "galley/epub/exporter.hpp"

GALLEY_EXPORTER(galley::epub::Exporter)
