// Training a parse::Model on CoNLL-U treebanks, and scoring one against gold annotation.
#pragma once

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "parse/conllu.h"
#include "parse/model.h"

namespace dyad::parse {

struct TrainOptions {
  std::filesystem::path train, dev;
  std::optional<std::filesystem::path> test;  // scored once at the end, recorded in the header
  int tagger_epochs = 6;
  int parser_epochs = 12;
  int folds = 4;  // jack-knifing: the parser trains on tags predicted by taggers that never saw
                  // the sentence, so it learns from tags as good as it will get
  std::uint64_t seed = 1;
  // The parser's transition system: non-monotonic arc-eager (parse/parser.h) or the monotonic one.
  bool non_monotonic = false;
  std::ostream* progress = nullptr;  // one line per epoch
};

// Deterministic: the same files, options and seed give a byte-identical model. Throws
// std::runtime_error on unreadable input.
Model train_model(const TrainOptions& options);

// Accuracies in percent over all words (punctuation included, as in the CoNLL 2018 shared task).
struct Scores {
  std::size_t words = 0, sentences = 0;
  double upos = 0, xpos = 0, lemma = 0;
  double uas = 0, las = 0;   // LAS with the full relation ("nmod:poss")
  double las_universal = 0;  // LAS on the universal part only ("nmod"), as the CoNLL 2018 script
};

// Analyzes each gold sentence's words with `model` and compares with the annotation. When
// `parsed` is given it receives the sentences with the model's annotation.
Scores evaluate(const Model& model, const std::vector<ConlluSentence>& gold,
                std::vector<ConlluSentence>* parsed = nullptr);

std::string format_scores(const Scores& scores);

}  // namespace dyad::parse
