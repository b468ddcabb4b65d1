// What handing the model to a plugin as canonical JSON costs: writing an edition of N articles to JSON (the
// host's side) and reading it back into the model (the plugin's side, in galley/plugin.hpp), plus the
// plugin process itself (fork, dlopen, pipe) measured by bench/export.sh. The *Dom benchmarks run the
// nlohmann DOM writer and reader that the streaming ones replaced (formats/testing/dom_model_json.hpp), so
// that one run shows both.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "../formats/testing/dom_model_json.hpp"
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

// A newer writer's output: one key this reader does not know in every article, so one warning each.
std::string with_unknown_key_per_article(std::string json) {
    const std::string id = "\"id\": ";
    for (std::size_t at = json.find(id); at != std::string::npos; at = json.find(id, at + 40))
        json.insert(at, "\"summary\": \"\", ");
    return json;
}

template <class Write>
void write_benchmark(benchmark::State& state, Write write) {
    galley::Edition ed = edition_of(static_cast<std::size_t>(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        std::string json = write(ed);
        bytes = json.size();
        benchmark::DoNotOptimize(json);
    }
    state.counters["json_bytes"] = static_cast<double>(bytes);
}

template <class Read>
void read_benchmark(benchmark::State& state, const std::string& json, Read read) {
    for (auto _ : state) {
        galley::Edition ed;
        galley::Diagnostics d;
        benchmark::DoNotOptimize(read(json, ed, d));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
}

void BM_ModelToJson(benchmark::State& state) {
    write_benchmark(state, [](const galley::Edition& ed) { return galley::to_canonical_json(ed); });
}
void BM_ModelToJsonDom(benchmark::State& state) {
    write_benchmark(state, [](const galley::Edition& ed) { return galley::dom_oracle::to_canonical_json(ed); });
}

auto read_now = [](const std::string& json, galley::Edition& ed, galley::Diagnostics& d) {
    return galley::from_canonical_json(json, "edition.json", ed, d);
};
auto read_dom = [](const std::string& json, galley::Edition& ed, galley::Diagnostics& d) {
    return galley::dom_oracle::from_canonical_json(json, "edition.json", ed, d);
};

void BM_JsonToModel(benchmark::State& state) {
    read_benchmark(state, galley::to_canonical_json(edition_of(static_cast<std::size_t>(state.range(0)))), read_now);
}
void BM_JsonToModelDom(benchmark::State& state) {
    read_benchmark(state, galley::to_canonical_json(edition_of(static_cast<std::size_t>(state.range(0)))), read_dom);
}
void BM_JsonWithUnknownKeysToModel(benchmark::State& state) {
    read_benchmark(state,
                   with_unknown_key_per_article(galley::to_canonical_json(edition_of(static_cast<std::size_t>(state.range(0))))),
                   read_now);
}
void BM_JsonWithUnknownKeysToModelDom(benchmark::State& state) {
    read_benchmark(state,
                   with_unknown_key_per_article(galley::to_canonical_json(edition_of(static_cast<std::size_t>(state.range(0))))),
                   read_dom);
}

}  // namespace

BENCHMARK(BM_ModelToJson)->Arg(2)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ModelToJsonDom)->Arg(2)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonToModel)->Arg(2)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonToModelDom)->Arg(2)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
// The DOM reader looked each warning's place up from the start of the text: quadratic, so only up to 100 here.
BENCHMARK(BM_JsonWithUnknownKeysToModel)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonWithUnknownKeysToModelDom)->Arg(100)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
