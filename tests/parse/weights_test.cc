// FrozenWeights: the lookup table built for scoring (weights inline in a feature's slot, in a
// sparse list or in a dense row, by how many a feature has) scores exactly what the model
// file's arrays say.
#include "parse/weights.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>

namespace dyad::parse {
namespace {

constexpr int kClasses = 104;  // as many as the parser's actions

// The model file's form of the weights, read independently of FrozenWeights: per feature key,
// its (class, value) pairs.
std::map<std::uint64_t, std::vector<std::pair<int, int>>> file_weights(const std::string& bytes) {
  std::size_t at = 0;
  auto array = [&](std::size_t element) {
    std::uint64_t n = 0;
    std::memcpy(&n, bytes.data() + at, sizeof(n));
    at += sizeof(n);
    const std::size_t begin = at;
    at += n * element;
    return std::pair{begin, static_cast<std::size_t>(n)};
  };
  const auto [keys_at, keys] = array(8);
  const auto [counts_at, counts] = array(1);
  const auto [classes_at, weights] = array(1);
  const auto [values_at, values] = array(2);
  EXPECT_EQ(keys, counts);
  EXPECT_EQ(weights, values);
  EXPECT_EQ(at, bytes.size());
  std::map<std::uint64_t, std::vector<std::pair<int, int>>> out;
  std::size_t w = 0;
  for (std::size_t f = 0; f < keys; ++f) {
    std::uint64_t key = 0;
    std::memcpy(&key, bytes.data() + keys_at + 8 * f, 8);
    const auto count = static_cast<unsigned char>(bytes[counts_at + f]);
    for (unsigned i = 0; i < count; ++i, ++w) {
      std::int16_t value = 0;
      std::memcpy(&value, bytes.data() + values_at + 2 * w, 2);
      out[key].emplace_back(static_cast<unsigned char>(bytes[classes_at + w]), value);
    }
  }
  return out;
}

TEST(FrozenWeights, ScoresWhatTheFileSaysForFeaturesWithFewAndManyWeights) {
  // Feature k gets updates on k % 40 + 1 classes: some keep their few weights in their slot,
  // some in a sparse list, some in a dense row.
  TrainingWeights training(kClasses);
  std::vector<std::uint64_t> features;
  for (std::uint64_t k = 0; k < 300; ++k) features.push_back(feature_key(7, k));
  for (std::size_t k = 0; k < features.size(); ++k)
    for (int c = 0; c < static_cast<int>(k % 40) + 1; ++c) {
      training.tick();
      training.update(std::span(&features[k], 1), (c * 7) % kClasses, (c * 7 + 3) % kClasses);
    }
  const FrozenWeights frozen = training.freeze();
  ByteWriter bytes;
  frozen.write(bytes);
  const auto expected_weights = file_weights(bytes.bytes());
  ASSERT_EQ(expected_weights.size(), features.size());
  int few = 0, some = 0, many = 0;
  for (const auto& [key, weights] : expected_weights) {
    few += weights.size() <= 4;
    some += weights.size() > 4 && weights.size() < 12;
    many += weights.size() >= 12;
  }
  EXPECT_GT(few, 10);
  EXPECT_GT(some, 10);
  EXPECT_GT(many, 10);

  ByteReader reader(bytes.bytes());
  const FrozenWeights loaded = FrozenWeights::read(reader, kClasses);
  // Every feature alone, then runs of known and absent features together (more than one
  // prefetch batch of 64).
  std::vector<std::vector<std::uint64_t>> queries;
  for (const std::uint64_t key : features) queries.push_back({key});
  std::vector<std::uint64_t> mixed;
  for (std::size_t k = 0; k < features.size(); ++k) {
    mixed.push_back(features[k]);
    mixed.push_back(feature_key(8, k));  // never trained: absent
  }
  queries.push_back(mixed);
  for (const auto& query : queries) {
    std::vector<std::int32_t> expected(kClasses, 0), got(kClasses, 0), got_loaded(kClasses, 0);
    for (const std::uint64_t key : query)
      if (const auto found = expected_weights.find(key); found != expected_weights.end())
        for (const auto& [cls, value] : found->second) expected[cls] += value;
    frozen.score(query, got.data());
    loaded.score(query, got_loaded.data());
    EXPECT_EQ(got, expected);
    EXPECT_EQ(got_loaded, expected);
  }
}

}  // namespace
}  // namespace dyad::parse
