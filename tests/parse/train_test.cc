// Training is deterministic, and a saved model loads back to the same analyses. Runs on a slice
// of UD English EWT (skipped without ../shared).
#include "parse/train.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parse/model.h"
#include "parse/model_data.h"

namespace dyad::parse {
namespace {

namespace fs = std::filesystem;

#ifdef DYAD_SANITIZE_BUILD
constexpr bool kSmall = true;
#else
constexpr bool kSmall = false;
#endif

const fs::path kTreebank = fs::path(DYAD_SHARED_DIR) / "treebanks" / "ud-english-ewt";

// This process's own scratch directory: other sessions may run the same test at once.
fs::path scratch() {
  const fs::path dir = fs::temp_directory_path() / ("dyad-train-test-" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

// The first `count` sentences of a treebank file, written to a temporary file.
fs::path slice(const std::string& name, std::size_t count) {
  const auto sentences = read_conllu_file(kTreebank / name);
  const fs::path out = scratch() / ("slice_" + name);
  std::ofstream file(out, std::ios::binary | std::ios::trunc);
  for (std::size_t i = 0; i < count && i < sentences.size(); ++i) write_conllu(file, sentences[i]);
  return out;
}

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A quick training on slices of the treebank: smaller under the sanitizers, which make training
// ~20× slower.
TrainOptions slice_options() {
  TrainOptions options;
  options.train = slice("en_ewt-ud-train.conllu", kSmall ? 40 : 150);
  options.dev = slice("en_ewt-ud-dev.conllu", kSmall ? 10 : 30);
  options.tagger_epochs = 1;
  options.parser_epochs = 2;
  return options;
}

void expect_same_analyses(const Model& model, const Model& loaded,
                          const std::vector<std::string_view>& words) {
  std::vector<WordAnalysis> a, b;
  model.analyze(words, a);
  loaded.analyze(words, b);
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(a[i].upos, b[i].upos);
    EXPECT_EQ(a[i].head, b[i].head);
    EXPECT_EQ(a[i].deprel, b[i].deprel);
    EXPECT_EQ(a[i].lemma, b[i].lemma);
  }
}

TEST(ParseTraining, SameDataAndSeedGiveIdenticalBytes) {
  if (!fs::exists(kTreebank)) GTEST_SKIP() << "no " << kTreebank << " (../shared absent)";
  TrainOptions options = slice_options();
  options.folds = 2;
  options.seed = 7;
  const fs::path first = scratch() / "first.model";
  const fs::path second = scratch() / "second.model";
  const Model model = train_model(options);
  model.save(first);
  train_model(options).save(second);
  const std::string bytes = bytes_of(first);
  EXPECT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes, bytes_of(second));

  options.seed = 8;  // another seed, another order: another model
  train_model(options).save(second);
  EXPECT_NE(bytes, bytes_of(second));

  // What was saved is what was trained.
  const Model loaded = Model::load(first);
  EXPECT_EQ(loaded.metadata(), model.metadata());
  expect_same_analyses(model, loaded, {"The", "council", "rejected", "the", "plan", "."});
  fs::remove_all(scratch());
}

TEST(ParseTraining, ANonMonotonicModelLoadsBackNonMonotonic) {
  if (!fs::exists(kTreebank)) GTEST_SKIP() << "no " << kTreebank << " (../shared absent)";
  TrainOptions options = slice_options();
  options.folds = 1;
  options.non_monotonic = true;
  const Model model = train_model(options);
  EXPECT_TRUE(model.data().parser.non_monotonic);
  EXPECT_EQ(model.metadata_value("transitions"), "non-monotonic arc-eager");
  const fs::path file = scratch() / "non_monotonic.model";
  model.save(file);
  const Model loaded = Model::load(file);
  EXPECT_TRUE(loaded.data().parser.non_monotonic);
  expect_same_analyses(model, loaded, {"Iran", "and", "Turkey", "signed", "deals", "."});
  // Models trained before the choice existed (the shipped one) have no such line: monotonic.
  const Model shipped = Model::load(fs::path(DYAD_DATA_DIR) / "parse" / "en_ewt.model");
  EXPECT_EQ(shipped.data().parser.non_monotonic, shipped.metadata_value("transitions") != "");
  fs::remove_all(scratch());
}

}  // namespace
}  // namespace dyad::parse
