// FrozenWeights: the lookup table built for scoring (weights inline in a feature's slot, in a
// sparse list or in a dense row, by how many a feature has) scores exactly the trained weights,
// the same after a trip through the model file's form (the table itself), and a damaged table
// is refused on reading.
#include "parse/weights.h"

#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace dyad::parse {
namespace {

constexpr int kClasses = 104;  // as many as the parser's actions

// Feature k gets updates on k % 40 + 1 classes: some keep their few weights in their slot,
// some in a sparse list, some in a dense row.
FrozenWeights trained_weights(std::vector<std::uint64_t>& features) {
  TrainingWeights training(kClasses);
  for (std::uint64_t k = 0; k < 300; ++k) features.push_back(feature_key(7, k));
  for (std::size_t k = 0; k < features.size(); ++k)
    for (int c = 0; c < static_cast<int>(k % 40) + 1; ++c) {
      training.tick();
      training.update(std::span(&features[k], 1), (c * 7) % kClasses, (c * 7 + 3) % kClasses);
    }
  return training.freeze();
}

TEST(FrozenWeights, ScoresTheTrainedWeightsForFeaturesWithFewAndManyWeights) {
  std::vector<std::uint64_t> features;
  const FrozenWeights frozen = trained_weights(features);
  ByteWriter bytes;
  frozen.write(bytes);
  std::map<std::uint64_t, std::vector<std::pair<int, int>>> expected_weights;
  for (const std::uint64_t key : features) expected_weights[key] = frozen.trained_weights(key);
  int few = 0, some = 0, many = 0;
  std::size_t weight_count = 0;
  for (const auto& [key, weights] : expected_weights) {
    ASSERT_FALSE(weights.empty());
    weight_count += weights.size();
    few += weights.size() <= 4;
    some += weights.size() > 4 && weights.size() < 12;
    many += weights.size() >= 12;
  }
  EXPECT_GT(few, 10);
  EXPECT_GT(some, 10);
  EXPECT_GT(many, 10);

  ByteReader reader(bytes.bytes());
  const FrozenWeights loaded = FrozenWeights::read(reader, kClasses);
  EXPECT_TRUE(reader.at_end());
  EXPECT_EQ(loaded.feature_count(), features.size());
  EXPECT_EQ(loaded.feature_count(), frozen.feature_count());
  EXPECT_EQ(frozen.weight_count(), weight_count);
  EXPECT_EQ(loaded.weight_count(), weight_count);
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

// Dense rows are added several classes at a time where the processor can (AVX2: eight), the
// rest one by one: every class count, with or without such a rest, scores the trained weights.
TEST(FrozenWeights, ScoresDenseRowsOfAnyClassCount) {
  for (const int classes : {12, 13, 64, 71, 102, 104, 150}) {
    TrainingWeights training(classes);
    std::vector<std::uint64_t> features;
    for (std::uint64_t k = 0; k < 90; ++k) features.push_back(feature_key(9, k));
    for (std::size_t k = 0; k < features.size(); ++k)
      for (int c = 0; c < classes; ++c) {
        training.tick();
        training.update(std::span(&features[k], 1), c, (c + static_cast<int>(k) + 1) % classes);
      }
    const FrozenWeights frozen = training.freeze();
    std::vector<std::int32_t> expected(static_cast<std::size_t>(classes), 0), got = expected;
    int dense = 0;
    for (const std::uint64_t key : features) {
      const auto weights = frozen.trained_weights(key);
      dense += weights.size() >= 12;
      for (const auto& [cls, value] : weights) expected[static_cast<std::size_t>(cls)] += value;
    }
    EXPECT_GT(dense, 80) << classes << " classes";
    frozen.score(features, got.data());
    EXPECT_EQ(got, expected) << classes << " classes";
  }
}

// The file's form: the table's size (log2), then arrays (a u64 count, then the elements) of slot
// places (u32), slots (16 bytes: check u32, classes u8[4], values i16[4]), sparse values (i16),
// sparse classes (u8) and dense rows (i16).
struct TableBytes {
  std::string bytes;
  std::size_t places_at = 0, slots_at = 0, used = 0;
  std::vector<std::size_t> slot_kinds[3];  // slot indexes: inline, sparse, dense
};

TableBytes table_bytes(const FrozenWeights& weights) {
  ByteWriter out;
  weights.write(out);
  TableBytes t;
  t.bytes = out.bytes();
  std::memcpy(&t.used, t.bytes.data() + 4, 8);
  t.places_at = 12;
  t.slots_at = t.places_at + 4 * t.used + 8;
  for (std::size_t i = 0; i < t.used; ++i) {
    const char* slot = t.bytes.data() + t.slots_at + 16 * i;
    const bool inline_weights = (slot[0] & 1) != 0;
    t.slot_kinds[inline_weights ? 0 : 1 + static_cast<unsigned char>(slot[5])].push_back(i);
  }
  return t;
}

// Reading `bytes` fails with CorruptData whose message contains `cause`.
void expect_corrupt(const std::string& bytes, const std::string& cause) {
  ByteReader reader(bytes);
  try {
    FrozenWeights::read(reader, kClasses);
    ADD_FAILURE() << "read a damaged table (" << cause << ")";
  } catch (const CorruptData& e) {
    EXPECT_NE(std::string(e.what()).find(cause), std::string::npos) << e.what();
  }
}

TEST(FrozenWeights, RefusesATableWhoseIndexesLeadOutside) {
  std::vector<std::uint64_t> features;
  const TableBytes t = table_bytes(trained_weights(features));
  for (const auto& kind : t.slot_kinds) ASSERT_FALSE(kind.empty());
  auto changed = [&](std::size_t at, const auto value) {
    std::string bytes = t.bytes;
    std::memcpy(bytes.data() + at, &value, sizeof(value));
    return bytes;
  };
  auto slot_at = [&](std::size_t i) { return t.slots_at + 16 * i; };

  expect_corrupt(changed(0, std::uint32_t{40}), "size");
  expect_corrupt(changed(0, std::uint32_t{2}), "size");
  std::uint32_t size_bits = 0;
  std::memcpy(&size_bits, t.bytes.data(), 4);
  expect_corrupt(changed(0, size_bits - 1), "sizes disagree");  // more than half full
  // A place past the table's end, and two slots in one place.
  expect_corrupt(changed(t.places_at, std::uint32_t{1} << 20), "out of order");
  std::uint32_t first_place = 0;
  std::memcpy(&first_place, t.bytes.data() + t.places_at, 4);
  expect_corrupt(changed(t.places_at + 4, first_place), "out of order");
  // A used slot marked empty.
  expect_corrupt(changed(slot_at(0) + 4, std::uint8_t{0xff}), "out of order");
  // An inline weight for a class the model does not have.
  expect_corrupt(changed(slot_at(t.slot_kinds[0][0]) + 5, std::uint8_t{kClasses}), "class");
  // Weights elsewhere: a sparse list running past its array, a dense row past the last row,
  // and an unknown kind of place.
  expect_corrupt(changed(slot_at(t.slot_kinds[1][0]) + 8, std::uint32_t{1} << 30), "out of order");
  expect_corrupt(changed(slot_at(t.slot_kinds[2][0]) + 8, std::uint32_t{1} << 30), "out of order");
  expect_corrupt(changed(slot_at(t.slot_kinds[1][0]) + 5, std::uint8_t{7}), "out of order");
  // Cut short anywhere: an error, never a read past the end.
  for (const std::size_t size : {std::size_t{0}, std::size_t{3}, t.slots_at, t.bytes.size() - 1})
    expect_corrupt(t.bytes.substr(0, size), "");
}

TEST(FrozenWeights, LoadedWeightsSaveToTheSameBytes) {
  std::vector<std::uint64_t> features;
  const FrozenWeights frozen = trained_weights(features);
  ByteWriter once, twice;
  frozen.write(once);
  ByteReader reader(once.bytes());
  FrozenWeights::read(reader, kClasses).write(twice);
  EXPECT_EQ(once.bytes(), twice.bytes());
}

TEST(FrozenWeights, PruningNeedsTheTrainedWeights) {
  std::vector<std::uint64_t> features;
  const FrozenWeights frozen = trained_weights(features);
  EXPECT_LT(frozen.pruned(1000).feature_count(), frozen.feature_count());
  ByteWriter bytes;
  frozen.write(bytes);
  ByteReader reader(bytes.bytes());
  EXPECT_THROW(FrozenWeights::read(reader, kClasses).pruned(1000), std::logic_error);
}

}  // namespace
}  // namespace dyad::parse
