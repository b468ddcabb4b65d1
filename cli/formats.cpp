// galley formats: the converters and the exporters galley has, with the exporters' options.
#include <iostream>

#include "commands.hpp"
#include "exit_codes.hpp"
#include "exporter_catalog.hpp"

namespace galley::cli {

int run_formats(const FormatsArgs& args) {
    std::cout << "Converters (input):\n";
    for (const Converter* c : converters()) std::cout << "  " << c->id() << "\n      " << c->description() << '\n';

    host::ExporterCatalog catalog = host::discover_exporters(host::plugin_search_path(args.plugin_paths));
    std::cout << "\nExporters (output, galley export -t ID):\n";
    if (catalog.exporters.empty()) std::cout << "  (none found)\n";
    for (const auto& e : catalog.exporters) {
        std::cout << "  " << e.id << "  " << e.name << ' ' << e.version << "  ." << e.file_extension << "  "
                  << e.media_type << "\n      " << e.description << "\n      from " << e.path << '\n';
        for (const auto& o : e.options)
            std::cout << "      -O " << o.name << "=<" << o.type << ">  " << o.help
                      << (o.default_value.empty() ? std::string() : " (default: " + o.default_value + ")") << '\n';
    }
    if (!catalog.refused.empty()) {
        std::cout << "\nRefused plugins:\n";
        for (const auto& r : catalog.refused) std::cout << "  " << r.path << ": " << r.reason << '\n';
    }
    std::cout << "\nSearched: ";
    for (std::size_t i = 0; i < catalog.searched.size(); ++i) std::cout << (i ? ":" : "") << catalog.searched[i];
    std::cout << '\n';
    return exit_ok;
}

}  // namespace galley::cli
