// Micro-benchmarks per pipeline stage on the sample articles in ../shared/samples (or the
// bundled examples/): clean, segment, actors (segment + resolve), events, store records.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "pipeline/pipeline.h"
#include "ingest/ingest.h"

namespace {

namespace fs = std::filesystem;

std::vector<dyad::Document> load_samples() {
  std::vector<dyad::Document> docs;
  dyad::IngestCallbacks callbacks;
  callbacks.on_document = [&](dyad::Document&& doc) { docs.push_back(std::move(doc)); };
  callbacks.on_error = [](dyad::IngestError&&) {};
  fs::path samples = fs::path(DYAD_SHARED_DIR) / "samples";
  if (!fs::exists(samples)) samples = fs::path(DYAD_DATA_DIR).parent_path() / "examples";
  dyad::ingest({samples}, {}, callbacks);
  return docs;
}

struct Fixture {
  std::vector<dyad::Document> docs = load_samples();
  dyad::Cleaner cleaner{DYAD_DATA_DIR};
  dyad::Segmenter segmenter{DYAD_DATA_DIR};
  dyad::ActorLexicon lexicon{DYAD_DATA_DIR};
  dyad::Pipeline pipeline{DYAD_DATA_DIR};
  std::vector<dyad::Article> articles;
  std::size_t bytes = 0, sentences = 0;
  Fixture() {
    for (const auto& doc : docs) {
      articles.push_back(cleaner.clean(doc));
      bytes += doc.text.size();
      sentences += segmenter.split(articles.back()).size();
    }
  }
};

const Fixture& fixture() {
  static const Fixture instance;
  return instance;
}

void report(benchmark::State& state, std::size_t bytes_per_round) {
  const auto& f = fixture();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes_per_round));
  state.counters["articles/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * f.docs.size()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * f.sentences), benchmark::Counter::kIsRate);
}

void BM_Clean(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& doc : f.docs) benchmark::DoNotOptimize(f.cleaner.clean(doc));
  report(state, f.bytes);
}
BENCHMARK(BM_Clean);

void BM_Segment(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& article : f.articles) benchmark::DoNotOptimize(f.segmenter.split(article));
  report(state, f.bytes);
}
BENCHMARK(BM_Segment);

void BM_SegmentAndActors(benchmark::State& state) {
  const auto& f = fixture();
  const dyad::ActorResolver resolver(f.lexicon);
  for (auto _ : state)
    for (const auto& article : f.articles)
      benchmark::DoNotOptimize(resolver.resolve(article, f.segmenter.split(article)));
  report(state, f.bytes);
}
BENCHMARK(BM_SegmentAndActors);

void BM_WholePipeline(benchmark::State& state) {
  const auto& f = fixture();
  for (auto _ : state)
    for (const auto& doc : f.docs) benchmark::DoNotOptimize(f.pipeline.run(doc));
  report(state, f.bytes);
}
BENCHMARK(BM_WholePipeline);

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::Pipeline(DYAD_DATA_DIR));
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
