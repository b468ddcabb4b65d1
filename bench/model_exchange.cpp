// What handing the model to a plugin as canonical JSON costs: writing an edition of N articles to JSON (the
// host's side) and reading it back into the model (the plugin's side, in galley/plugin.hpp), plus the
// plugin process itself (fork, dlopen, pipe) measured by bench/export.sh.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "galley/converter.hpp"
#include "galley/model_json.hpp"

namespace {

// An edition of `articles` articles made of the seed page's two, repeated.
galley::Edition edition_of(std::size_t articles) {
    std::ifstream in(std::string(GALLEY_SOURCE_DIR) + "/seeds/000_0472c9a91ac7b432.txt");
    std::ostringstream s;
    s << in.rdbuf();
    galley::Edition seed;
    galley::Diagnostics diags;
    galley::ConvertOptions o;
    o.issue_date = "2023-01-04";
    galley::find_converter("print-text")->read({"seed.txt", s.str()}, o, seed, diags);
    galley::Edition ed = seed;
    ed.articles.clear();
    for (std::size_t i = 0; i < articles; ++i) {
        galley::Article a = seed.articles[i % seed.articles.size()];
        a.id = "p" + std::to_string(i / 10 + 1) + "-a" + std::to_string(i % 10 + 1);
        ed.articles.push_back(std::move(a));
    }
    return ed;
}

void BM_ModelToJson(benchmark::State& state) {
    galley::Edition ed = edition_of(static_cast<std::size_t>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string json = galley::to_canonical_json(ed);
        bytes = json.size();
        benchmark::DoNotOptimize(json);
    }
    state.counters["json_bytes"] = static_cast<double>(bytes);
}

void BM_JsonToModel(benchmark::State& state) {
    std::string json = galley::to_canonical_json(edition_of(static_cast<std::size_t>(state.range(0))));
    for (auto _ : state) {
        galley::Edition ed;
        galley::Diagnostics d;
        benchmark::DoNotOptimize(galley::from_canonical_json(json, "edition.json", ed, d));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

}  // namespace

BENCHMARK(BM_ModelToJson)->Arg(2)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonToModel)->Arg(2)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
