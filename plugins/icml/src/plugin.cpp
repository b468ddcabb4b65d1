// The plugin module: galley-icml.so exports galley_exporter_entry_v1() for the exporter.
#include "galley/icml/exporter.hpp"

GALLEY_EXPORTER(galley::icml::Exporter)
