// dyad's syntax model: part-of-speech tags (UPOS and Penn Treebank XPOS), lemmas and a labelled
// dependency tree (UD relations) for one tokenized sentence. Reads a sentence as a sequence of
// word forms; adds, per word, UPOS, XPOS, lemma, head and relation. Trained by `dyad train` on
// UD English EWT (docs/parsing.md); the model file carries the treebank's CC BY-SA attribution.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::parse {

// The head of the sentence's root word.
inline constexpr int kRoot = -1;

struct WordAnalysis {
  std::string_view upos;    // "NOUN", "VERB", … (points into the model)
  std::string_view xpos;    // Penn Treebank tag: "NNS", "VBD", …
  std::string_view deprel;  // UD relation: "nsubj", "obl:tmod", "root", …
  std::string lemma;
  int head = kRoot;  // index of the head word in the sentence, or kRoot
};

class ModelData;

class Model {
 public:
  // The format this build reads and writes; a file of another version is refused on load.
  static constexpr std::uint32_t kFormatVersion = 2;

  // Loads and checks a model file. A missing, truncated, corrupt (checksum) or wrong-version
  // file throws std::runtime_error "<file>: <cause>".
  static Model load(const std::filesystem::path& file);
  // Checks, reading only its first bytes, that `file` opens and is a whole model of this format
  // (magic bytes, version, size); throws as load() does. What only reading all of it shows (a
  // checksum mismatch, inconsistent tables) load() reports.
  static void check(const std::filesystem::path& file);
  // Writes the model (atomically: a temporary file renamed into place).
  void save(const std::filesystem::path& file) const;

  // Tags, lemmatizes and parses one sentence; `out` gets one entry per word (its capacity is
  // reused). Thread-safe: any number of threads may analyze with one model at once (each
  // thread's working memory is its own and reused between calls). An empty sentence gives an
  // empty `out`; any bytes are accepted as a word.
  void analyze(std::span<const std::string_view> words, std::vector<WordAnalysis>& out) const;

  // The header's "key: value" lines: format, training data hash, seed, epochs, scores,
  // attribution.
  const std::vector<std::pair<std::string, std::string>>& metadata() const;
  std::string metadata_value(std::string_view key) const;  // "" when absent

  // The parts (parse/model_data.h), for training and evaluation.
  explicit Model(std::unique_ptr<ModelData> data);
  const ModelData& data() const { return *data_; }
  ModelData& data() { return *data_; }

  Model(Model&&) noexcept;
  Model& operator=(Model&&) noexcept;
  ~Model();

 private:
  std::unique_ptr<ModelData> data_;
};

}  // namespace dyad::parse
