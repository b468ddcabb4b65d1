// The plugin module galley-pdf.so: exports galley_exporter_entry_v1() for the PDF (Apache FOP) exporter.
#include "galley/xslfo/exporter.hpp"

GALLEY_EXPORTER(galley::xslfo::PdfExporter)
