// The plugin module: galley-nitf.so exports galley_exporter_entry_v1() for the exporter.
#include "galley/nitf/exporter.hpp"

GALLEY_EXPORTER(galley::nitf::Exporter)
