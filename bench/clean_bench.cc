// Micro-benchmarks of the ingest and clean stages on the sample articles in ../shared/samples.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "clean/clean.h"
#include "ingest/ingest.h"

namespace {

std::vector<dyad::Document> load_samples() {
  std::vector<dyad::Document> docs;
  dyad::IngestCallbacks callbacks;
  callbacks.on_document = [&](dyad::Document&& doc) { docs.push_back(std::move(doc)); };
  callbacks.on_error = [](dyad::IngestError&&) {};
  const std::filesystem::path samples = std::filesystem::path(DYAD_SHARED_DIR) / "samples";
  if (std::filesystem::exists(samples)) dyad::ingest({samples}, {}, callbacks);
  return docs;
}

void BM_CleanSamples(benchmark::State& state) {
  const auto docs = load_samples();
  if (docs.empty()) {
    state.SkipWithError("../shared/samples not found");
    return;
  }
  const dyad::Cleaner cleaner(DYAD_DATA_DIR);
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const auto& doc : docs) {
      auto article = cleaner.clean(doc);
      benchmark::DoNotOptimize(article);
      bytes += doc.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_CleanSamples);

}  // namespace

BENCHMARK_MAIN();
