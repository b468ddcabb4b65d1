// The plugin module: galley-ninjs.so exports galley_exporter_entry_v1() for the exporter.
#include "galley/ninjs/exporter.hpp"

GALLEY_EXPORTER(galley::ninjs::Exporter)
