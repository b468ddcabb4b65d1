// The plugin module galley-xsl-fo.so: exports galley_exporter_entry_v1() for the XSL-FO exporter.
#include "galley/xslfo/exporter.hpp"

GALLEY_EXPORTER(galley::xslfo::FoExporter)
