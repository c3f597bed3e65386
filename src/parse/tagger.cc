#include "parse/tagger.h"

#include <algorithm>
#include <map>

namespace dyad::parse {

namespace {

enum Template : std::uint64_t {
  kBias = 1,
  kWord,
  kForm,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrefix1,
  kPrefix3,
  kShape,
  kPrev1,
  kPrev12,
  kPrev1Word,
  kPrev1Suffix3,
  kWordMinus1,
  kSuffixMinus1,
  kShapeMinus1,
  kWordMinus2,
  kWordPlus1,
  kSuffixPlus1,
  kShapePlus1,
  kWordPlus2,
  kWordPairLeft,
  kWordPairRight,
  kSentenceStartCapital,
  kPrev1WordPlus1,
  kAmbiguity,
  kAmbiguityPlus1,
  kAmbiguityPlus2,
  kPrev1AmbiguityPlus1,
  kAmbiguityPair,
  kWordAmbiguityPlus1,
  kNext1,
  kNext12,
  kNext1Word,
  kPrev1Next1,
  kNext1Suffix3,
};
constexpr std::size_t kTemplateCount = kNext1Suffix3;

const WordKeys& at(std::span<const WordKeys> words, std::ptrdiff_t i) {
  static const WordKeys before = padding_keys(1), after = padding_keys(2);
  if (i < 0) return before;
  if (i >= static_cast<std::ptrdiff_t>(words.size())) return after;
  return words[static_cast<std::size_t>(i)];
}

}  // namespace

int TagSet::find_or_add(const std::string& u, const std::string& x) {
  for (std::size_t i = 0; i < upos.size(); ++i)
    if (upos[i] == u && xpos[i] == x) return static_cast<int>(i);
  upos.push_back(u);
  xpos.push_back(x);
  return size() - 1;
}

std::uint64_t Tagger::ambiguity(const WordKeys& word) const {
  const std::uint64_t* found = ambiguities.find(word.norm);
  return found == nullptr ? 0 : *found;
}

void Tagger::features(std::span<const WordKeys> words, std::size_t i, int prev1, int prev2,
                      std::span<const std::uint16_t> first_pass,
                      std::vector<std::uint64_t>& out) const {
  const auto p = static_cast<std::ptrdiff_t>(i);
  const WordKeys& w = words[i];
  const WordKeys& m1 = at(words, p - 1);
  const WordKeys& m2 = at(words, p - 2);
  const WordKeys& p1 = at(words, p + 1);
  const WordKeys& p2 = at(words, p + 2);
  const auto t1 = static_cast<std::uint64_t>(prev1), t2 = static_cast<std::uint64_t>(prev2);
  // Room for every template, written in place (no capacity check per key), cut to size at the end.
  out.resize(kTemplateCount);
  std::uint64_t* next = out.data();
  *next++ = feature_key(kBias, 0);
  *next++ = feature_key(kWord, w.norm);
  *next++ = feature_key(kForm, w.form);
  *next++ = feature_key(kSuffix1, w.suffix[0]);
  *next++ = feature_key(kSuffix2, w.suffix[1]);
  *next++ = feature_key(kSuffix3, w.suffix[2]);
  *next++ = feature_key(kSuffix4, w.suffix[3]);
  *next++ = feature_key(kPrefix1, w.prefix1);
  *next++ = feature_key(kPrefix3, w.prefix3);
  *next++ = feature_key(kShape, w.shape);
  *next++ = feature_key(kPrev1, t1);
  *next++ = feature_key(kPrev12, t1, t2);
  *next++ = feature_key(kPrev1Word, t1, w.norm);
  *next++ = feature_key(kPrev1Suffix3, t1, w.suffix[2]);
  *next++ = feature_key(kWordMinus1, m1.norm);
  *next++ = feature_key(kSuffixMinus1, m1.suffix[2]);
  *next++ = feature_key(kShapeMinus1, m1.shape, w.shape);
  *next++ = feature_key(kWordMinus2, m2.norm);
  *next++ = feature_key(kWordPlus1, p1.norm);
  *next++ = feature_key(kSuffixPlus1, p1.suffix[2]);
  *next++ = feature_key(kShapePlus1, w.shape, p1.shape);
  *next++ = feature_key(kWordPlus2, p2.norm);
  *next++ = feature_key(kWordPairLeft, m1.norm, w.norm);
  *next++ = feature_key(kWordPairRight, w.norm, p1.norm);
  *next++ = feature_key(kSentenceStartCapital, i == 0, w.capitalized);
  *next++ = feature_key(kPrev1WordPlus1, t1, p1.norm);
  const std::uint64_t a0 = ambiguity(w), a1 = ambiguity(p1), a2 = ambiguity(p2);
  *next++ = feature_key(kAmbiguity, a0);
  *next++ = feature_key(kAmbiguityPlus1, a1);
  *next++ = feature_key(kAmbiguityPlus2, a1, a2);
  *next++ = feature_key(kPrev1AmbiguityPlus1, t1, a1);
  *next++ = feature_key(kAmbiguityPair, a0, a1);
  *next++ = feature_key(kWordAmbiguityPlus1, w.norm, a1);
  if (first_pass.empty()) {
    out.resize(static_cast<std::size_t>(next - out.data()));
    return;
  }
  const auto after = static_cast<std::uint64_t>(class_count + 2);
  const std::uint64_t n1 = i + 1 < first_pass.size() ? first_pass[i + 1] : after;
  const std::uint64_t n2 = i + 2 < first_pass.size() ? first_pass[i + 2] : after;
  *next++ = feature_key(kNext1, n1);
  *next++ = feature_key(kNext12, n1, n2);
  *next++ = feature_key(kNext1Word, n1, w.norm);
  *next++ = feature_key(kPrev1Next1, t1, n1);
  *next++ = feature_key(kNext1Suffix3, n1, w.suffix[2]);
  out.resize(static_cast<std::size_t>(next - out.data()));
}

void Tagger::tag(std::span<const WordKeys> words, std::span<const std::uint16_t> first_pass,
                 std::span<std::uint16_t> tags, std::vector<std::uint64_t>& features,
                 std::vector<std::int32_t>& scores) const {
  int prev1 = class_count, prev2 = class_count + 1;  // "before the sentence"
  for (std::size_t i = 0; i < words.size(); ++i) {
    int best = 0;
    if (const std::uint16_t* found = dictionary.find(words[i].form)) {
      best = *found;
    } else {
      this->features(words, i, prev1, prev2, first_pass, features);
      scores.assign(static_cast<std::size_t>(class_count), 0);
      weights.score(features, scores.data());
      best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    tags[i] = static_cast<std::uint16_t>(best);
    prev2 = prev1;
    prev1 = best;
  }
}

std::unordered_map<std::uint64_t, std::uint16_t> build_tag_dictionary(
    std::span<const TaggedSentence> sentences) {
  std::unordered_map<std::uint64_t, std::map<std::uint16_t, int>> counts;
  for (const auto& s : sentences)
    for (std::size_t i = 0; i < s.words.size(); ++i) ++counts[s.words[i].form][s.tags[i]];
  std::unordered_map<std::uint64_t, std::uint16_t> dictionary;
  for (const auto& [form, by_tag] : counts) {
    int total = 0, best_count = 0;
    std::uint16_t best = 0;
    for (const auto& [tag, count] : by_tag) {
      total += count;
      if (count > best_count) best_count = count, best = tag;
    }
    if (total >= 20 && best_count >= 0.99 * total) dictionary.emplace(form, best);
  }
  return dictionary;
}

std::unordered_map<std::uint64_t, std::uint64_t> build_ambiguity_classes(
    std::span<const TaggedSentence> sentences) {
  std::unordered_map<std::uint64_t, std::map<std::uint16_t, int>> counts;
  for (const auto& s : sentences)
    for (std::size_t i = 0; i < s.words.size(); ++i) ++counts[s.words[i].norm][s.tags[i]];
  std::unordered_map<std::uint64_t, std::uint64_t> classes;
  for (const auto& [norm, by_tag] : counts) {
    int total = 0;
    std::uint64_t set = 0x5ca1ab1e;
    for (const auto& [tag, count] : by_tag) {
      total += count;
      set = mix64(set ^ tag);
    }
    if (total >= 3) classes.emplace(norm, set);
  }
  return classes;
}

void seeded_shuffle(std::vector<std::size_t>& order, std::mt19937_64& random) {
  for (std::size_t i = order.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(random() % i);
    std::swap(order[i - 1], order[j]);
  }
}

Tagger train_tagger(std::span<const TaggedSentence> sentences, int class_count, bool second_pass,
                    int epochs, std::uint64_t seed, TaggerProgress progress, void* context) {
  Tagger tagger;
  tagger.class_count = class_count;
  tagger.dictionary = build_tag_dictionary(sentences);
  tagger.ambiguities = build_ambiguity_classes(sentences);
  TrainingWeights weights(class_count);
  std::mt19937_64 random(seed);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::uint64_t> features;
  std::vector<std::int64_t> scores(static_cast<std::size_t>(class_count));
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    seeded_shuffle(order, random);
    std::size_t correct = 0, total = 0;
    for (const std::size_t s : order) {
      const TaggedSentence& sentence = sentences[s];
      int prev1 = class_count, prev2 = class_count + 1;
      for (std::size_t i = 0; i < sentence.words.size(); ++i) {
        const int truth = sentence.tags[i];
        int guess = truth;
        if (const std::uint16_t* found = tagger.dictionary.find(sentence.words[i].form)) {
          guess = *found;
        } else {
          tagger.features(sentence.words, i, prev1, prev2,
                          second_pass ? std::span<const std::uint16_t>(sentence.first_pass)
                                      : std::span<const std::uint16_t>(),
                          features);
          std::fill(scores.begin(), scores.end(), 0);
          weights.score(features, scores.data());
          guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
          weights.tick();
          weights.update(features, truth, guess);
        }
        correct += guess == truth;
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    if (progress != nullptr || epoch == epochs) tagger.weights = weights.freeze();
    if (progress != nullptr)
      progress(epoch, total ? static_cast<double>(correct) / static_cast<double>(total) : 0, tagger,
               context);
  }
  return tagger;
}

}  // namespace dyad::parse
