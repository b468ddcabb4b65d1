#include "exporter_flags.hpp"

#include <iostream>
#include <set>

#include "exporter_catalog.hpp"

namespace galley::cli {
namespace {

// The value of `-X VALUE`, `-XVALUE`, `--long VALUE` or `--long=VALUE` at args[i], if args[i] is one.
bool value_of(const std::vector<std::string>& args, std::size_t i, const std::string& shorthand,
              const std::string& longhand, std::string& value) {
    const std::string& a = args[i];
    if ((a == shorthand || a == longhand) && i + 1 < args.size()) {
        value = args[i + 1];
        return true;
    }
    if (!longhand.empty() && a.rfind(longhand + "=", 0) == 0) {
        value = a.substr(longhand.size() + 1);
        return true;
    }
    if (!shorthand.empty() && a.size() > shorthand.size() && a.rfind(shorthand, 0) == 0 && a[1] != '-') {
        value = a.substr(shorthand.size());
        return true;
    }
    return false;
}

}  // namespace

void join_exporter_option_values(std::vector<std::string>& args,
                                 const std::function<bool(const std::string&)>& is_own_option) {
    auto unknown_pair = [&](std::size_t i) {
        const std::string& a = args[i];
        return a.size() > 2 && a.rfind("--", 0) == 0 && a.find('=') == std::string::npos && i + 1 < args.size() &&
               args[i + 1].rfind("-", 0) != 0 && !is_own_option(a);
    };
    bool any = false;
    for (std::size_t i = 1; i < args.size() && !any; ++i) any = unknown_pair(i);
    if (!any) return;

    std::vector<std::string> formats, plugin_paths;
    for (std::size_t i = 1; i < args.size(); ++i) {
        std::string v;
        if (value_of(args, i, "-t", "--to", v)) formats.push_back(v);
        else if (value_of(args, i, "", "--plugin-path", v)) plugin_paths.push_back(v);
    }
    host::ExporterCatalog catalog = host::discover_exporters(host::plugin_search_path(plugin_paths));
    std::set<std::string> valued;  // options that take a value
    for (const auto& e : catalog.exporters) {
        bool chosen = formats.empty();
        for (const auto& f : formats) chosen = chosen || f == e.id;
        if (!chosen) continue;
        for (const auto& o : e.options)
            if (o.type != "bool") valued.insert(o.name);
    }
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (unknown_pair(i) && valued.count(args[i].substr(2))) {
            args[i] += "=" + args[i + 1];
            args.erase(args.begin() + static_cast<std::ptrdiff_t>(i) + 1);
        }
    }
}

bool exporter_flags(const std::vector<std::string>& remaining, const std::string& command,
                    std::vector<std::string>& option_values) {
    for (const std::string& extra : remaining) {
        if (extra.rfind("--", 0) != 0 || extra.size() < 3) {
            std::cerr << "galley: error: unexpected argument \"" << extra << "\" (see galley " << command << " --help)\n";
            return false;
        }
        std::string opt = extra.substr(2);
        option_values.push_back(opt.find('=') == std::string::npos ? opt + "=true" : opt);
    }
    return true;
}

}  // namespace galley::cli
