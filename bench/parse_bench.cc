// Tag + lemmatize + parse speed of the shipped model (data/parse/en_ewt.model) on UD English EWT
// test with gold tokens, one thread; and the model's load time. Skips without ../shared.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "parse/conllu.h"
#include "parse/model.h"

namespace {

namespace fs = std::filesystem;

const fs::path kModel = fs::path(DYAD_DATA_DIR) / "parse" / "en_ewt.model";
const fs::path kTest =
    fs::path(DYAD_SHARED_DIR) / "treebanks" / "ud-english-ewt" / "en_ewt-ud-test.conllu";

struct Fixture {
  dyad::parse::Model model = dyad::parse::Model::load(kModel);
  std::vector<std::vector<std::string>> sentences;
  std::size_t words = 0;
  Fixture() {
    if (!fs::exists(kTest)) return;
    for (const auto& s : dyad::parse::read_conllu_file(kTest)) {
      sentences.emplace_back();
      for (const auto& w : s.words) sentences.back().push_back(w.form);
      words += s.words.size();
    }
  }
};

const Fixture& fixture() {
  static const Fixture instance;
  return instance;
}

void BM_TagAndParse(benchmark::State& state) {
  const auto& f = fixture();
  if (f.sentences.empty()) {
    state.SkipWithError("no ../shared/treebanks/ud-english-ewt");
    return;
  }
  std::vector<std::vector<std::string_view>> views;
  for (const auto& s : f.sentences) views.emplace_back(s.begin(), s.end());
  std::vector<dyad::parse::WordAnalysis> out;
  for (auto _ : state)
    for (const auto& words : views) {
      f.model.analyze(words, out);
      benchmark::DoNotOptimize(out.data());
    }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * f.words),
                                                  benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * f.sentences.size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TagAndParse)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::parse::Model::load(kModel));
  state.counters["model MB"] = static_cast<double>(fs::file_size(kModel)) / 1e6;
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
