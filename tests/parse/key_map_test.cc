// KeyMap: the tagger's flat hash map finds what was added, keeps the first value of a repeated
// key, survives growth, and lists every pair (the model file writes them sorted).
#include "parse/key_map.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dyad::parse {
namespace {

TEST(KeyMap, FindsEveryKeyAddedAndNoOther) {
  KeyMap<std::uint16_t> map;
  EXPECT_EQ(map.find(42), nullptr);  // empty
  for (std::uint64_t k = 0; k < 5000; ++k) map.emplace(k * 0x9e3779b97f4a7c15ULL, k % 100);
  map.emplace(0, 77);  // key 0 is a key like any other; repeated: the first value stays
  EXPECT_EQ(map.size(), 5000u);
  for (std::uint64_t k = 0; k < 5000; ++k) {
    const std::uint16_t* found = map.find(k * 0x9e3779b97f4a7c15ULL);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(*found, k % 100);
  }
  EXPECT_EQ(map.find(1), nullptr);
  auto pairs = map.pairs();
  std::sort(pairs.begin(), pairs.end());
  ASSERT_EQ(pairs.size(), 5000u);
  EXPECT_EQ(pairs.front(), (std::pair<std::uint64_t, std::uint16_t>{0, 0}));
}

TEST(KeyMap, BuiltFromAnUnorderedMapHoldsTheSamePairs) {
  const std::unordered_map<std::uint64_t, std::uint64_t> from = {{3, 30}, {1, 10}, {2, 20}};
  const KeyMap<std::uint64_t> map = from;
  auto pairs = map.pairs();
  std::sort(pairs.begin(), pairs.end());
  EXPECT_EQ(pairs,
            (std::vector<std::pair<std::uint64_t, std::uint64_t>>{{1, 10}, {2, 20}, {3, 30}}));
}

}  // namespace
}  // namespace dyad::parse
