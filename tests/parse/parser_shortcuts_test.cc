// ParserShortcuts: the summed rows that stand for feature groups all "none" (a stack top without
// children or head, a buffer word without left children) give, at every step of parsing real
// sentences with the shipped model, exactly the scores of looking each feature up.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string_view>
#include <vector>

#include "parse/model.h"
#include "parse/model_data.h"

namespace dyad::parse {
namespace {

const std::vector<std::vector<std::string_view>> kSentences = {
    {"Russia", "and", "Turkey", ",", "whose", "foreign", "ministers", "met", "on", "Saturday", ",",
     "agreed", "to", "talks", "."},
    {"The", "plan", "was", "agreed", "on", "Monday", "by", "Vladimir", "Putin", "and", "his",
     "Turkish", "counterpart", "."},
    {"Iran", "did", "n't", "reply", "."},
    {"Yes"},
};

std::vector<std::int32_t> scores(const Parser& parser, std::span<const std::uint64_t> keys,
                                 std::span<const std::int32_t* const> summed) {
  std::vector<std::int32_t> out(static_cast<std::size_t>(parser.action_count()), 0);
  parser.weights.score(keys, out.data());
  for (const std::int32_t* row : summed)
    for (std::size_t a = 0; a < out.size(); ++a) out[a] += row[a];
  return out;
}

TEST(ParserShortcuts, GiveTheScoresOfTheFeaturesTheyStandFor) {
  const Model model = Model::load(std::filesystem::path(DYAD_DATA_DIR) / "parse" / "en_ewt.model");
  const ModelData& data = model.data();
  const Parser& parser = data.parser;
  ASSERT_FALSE(data.parser_shortcuts.empty());
  int steps = 0, steps_with_shortcuts = 0;
  for (const auto& sentence : kSentences) {
    std::vector<WordKeys> words;
    compute_word_keys(sentence, words);
    std::vector<std::uint16_t> first, tags(words.size());
    std::vector<std::uint64_t> scratch_features;
    std::vector<std::int32_t> scratch_scores;
    data.tag(words, first, tags, scratch_features, scratch_scores);
    ParseState state;
    state.reset(static_cast<int>(words.size()));
    std::vector<std::uint64_t> all_keys, keys;
    std::vector<const std::int32_t*> summed;
    while (!parser.finished(state)) {
      parser.features(state, words, tags, all_keys);
      parser.features(state, words, tags, keys, &data.parser_shortcuts, &summed);
      const auto expected = scores(parser, all_keys, {});
      EXPECT_EQ(scores(parser, keys, summed), expected) << "step " << steps;
      EXPECT_EQ(keys.size() < all_keys.size(), !summed.empty());
      ++steps;
      steps_with_shortcuts += !summed.empty();
      int best = -1;
      for (int a = 0; a < parser.action_count(); ++a)
        if (parser.valid(state, a) && (best < 0 || expected[static_cast<std::size_t>(a)] >
                                                       expected[static_cast<std::size_t>(best)]))
          best = a;
      parser.apply(state, best);
    }
  }
  EXPECT_GT(steps, 30);
  EXPECT_GT(steps_with_shortcuts, steps / 2);  // most steps meet some group of "none"
}

}  // namespace
}  // namespace dyad::parse
