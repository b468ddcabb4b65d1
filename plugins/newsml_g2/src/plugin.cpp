// The plugin module: galley-newsml-g2.so exports galley_exporter_entry_v1() for the exporter.
#include "galley/newsml_g2/exporter.hpp"

GALLEY_EXPORTER(galley::newsml_g2::Exporter)
