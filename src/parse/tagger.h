// Part-of-speech tagger: greedy left to right, an averaged perceptron over the usual features
// (the word, its prefixes, suffixes and shape, the two words either side, the two previous
// predicted tags, the ambiguity classes of the word and the next two), plus a dictionary of
// frequent unambiguous words tagged without scoring. Run twice: the second pass also sees the
// first pass's tags of the next two words (right context a left-to-right tagger lacks).
// A class is a UPOS+XPOS pair as the treebank has them ("AUX VBZ", "VERB VBZ").
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "parse/key_map.h"
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
  // `first_pass` (empty for a first-pass tagger) holds the first pass's tags.
  void features(std::span<const WordKeys> words, std::size_t i, int prev1, int prev2,
                std::span<const std::uint16_t> first_pass, std::vector<std::uint64_t>& out) const;
  // The word's ambiguity class: a hash of the set of classes it had in training (for words
  // seen at least 3 times), else 0. Lets the tagger look at what the next words can be.
  std::uint64_t ambiguity(const WordKeys& word) const;

  // Fills tags[i] for every word. `features` and `scores` are scratch.
  void tag(std::span<const WordKeys> words, std::span<const std::uint16_t> first_pass,
           std::span<std::uint16_t> tags, std::vector<std::uint64_t>& features,
           std::vector<std::int32_t>& scores) const;

  int class_count = 0;
  KeyMap<std::uint16_t> dictionary;   // WordKeys::form → class
  KeyMap<std::uint64_t> ambiguities;  // WordKeys::norm → class set
  FrozenWeights weights;
};

// One sentence of training data: word keys and gold classes.
struct TaggedSentence {
  std::vector<WordKeys> words;
  std::vector<std::uint16_t> tags;
  std::vector<std::uint16_t> first_pass;  // for a second-pass tagger: jack-knifed first-pass tags
};

// Frequent words (≥ 20 times) that have one class at least 99% of the time.
std::unordered_map<std::uint64_t, std::uint16_t> build_tag_dictionary(
    std::span<const TaggedSentence> sentences);

std::unordered_map<std::uint64_t, std::uint64_t> build_ambiguity_classes(
    std::span<const TaggedSentence> sentences);

// Trains for `epochs` passes in a seeded order; `on_epoch(epoch, train accuracy, tagger)` reports
// progress (the tagger holds the weights averaged so far).
using TaggerProgress = void (*)(int epoch, double train_accuracy, const Tagger& tagger,
                                void* context);
// A second-pass tagger when `second_pass` (it reads TaggedSentence::first_pass).
Tagger train_tagger(std::span<const TaggedSentence> sentences, int class_count, bool second_pass,
                    int epochs, std::uint64_t seed, TaggerProgress progress = nullptr,
                    void* context = nullptr);

// The seeded visiting order of `size` items (Fisher–Yates with mt19937_64: the same on every
// standard library, unlike std::shuffle).
void seeded_shuffle(std::vector<std::size_t>& order, std::mt19937_64& random);

}  // namespace dyad::parse
