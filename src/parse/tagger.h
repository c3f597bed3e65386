// Part-of-speech tagger: greedy left to right, an averaged perceptron over the usual features
// (the word, its prefixes, suffixes and shape, the two words either side, the two previous
// predicted tags), plus a dictionary of frequent unambiguous words tagged without scoring.
// A class is a UPOS+XPOS pair as the treebank has them ("AUX VBZ", "VERB VBZ").
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/weights.h"
#include "parse/word_keys.h"

namespace dyad::parse {

struct TagSet {
  std::vector<std::string> upos, xpos;  // per class
  int find_or_add(const std::string& u, const std::string& x);
  int size() const { return static_cast<int>(upos.size()); }
};

class Tagger {
 public:
  // The features of word `i` given the tags predicted for words i-1 and i-2.
  static void features(std::span<const WordKeys> words, std::size_t i, int prev1, int prev2,
                       std::vector<std::uint64_t>& out);

  // Fills tags[i] for every word. `features` and `scores` are scratch.
  void tag(std::span<const WordKeys> words, std::span<std::uint16_t> tags,
           std::vector<std::uint64_t>& features, std::vector<std::int32_t>& scores) const;

  int class_count = 0;
  std::unordered_map<std::uint64_t, std::uint16_t> dictionary;  // WordKeys::form → class
  FrozenWeights weights;
};

// One sentence of training data: word keys and gold classes.
struct TaggedSentence {
  std::vector<WordKeys> words;
  std::vector<std::uint16_t> tags;
};

// Frequent words (≥ 20 times) that have one class at least 99% of the time.
std::unordered_map<std::uint64_t, std::uint16_t> build_tag_dictionary(
    std::span<const TaggedSentence> sentences);

// Trains for `epochs` passes in a seeded order; `on_epoch(epoch, train accuracy, tagger)` reports
// progress (the tagger holds the weights averaged so far).
using TaggerProgress = void (*)(int epoch, double train_accuracy, const Tagger& tagger,
                                void* context);
Tagger train_tagger(std::span<const TaggedSentence> sentences, int class_count, int epochs,
                    std::uint64_t seed, TaggerProgress progress = nullptr,
                    void* context = nullptr);

// The seeded visiting order of `size` items (Fisher–Yates with mt19937_64: the same on every
// standard library, unlike std::shuffle).
void seeded_shuffle(std::vector<std::size_t>& order, std::mt19937_64& random);

}  // namespace dyad::parse
