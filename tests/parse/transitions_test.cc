// The non-monotonic arc-eager system (parse/parser.h): LEFT-ARC replacing a head, REDUCE
// unshifting a word without a head, and its dynamic oracle, which from the start state leads to
// the gold tree of every projective sentence.
#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

#include "parse/conllu.h"
#include "parse/parser.h"

namespace dyad::parse {
namespace {

namespace fs = std::filesystem;

// Labels 0 "root", 1 "nsubj", 2 "obj", 3 "dep"; no features or weights are needed.
Parser non_monotonic_parser() {
  Parser parser;
  parser.label_count = 4;
  parser.root_label = 0;
  parser.fallback_label = 3;
  parser.non_monotonic = true;
  return parser;
}

TEST(NonMonotonicTransitions, LeftArcReplacesTheHeadARightArcGave) {
  const Parser parser = non_monotonic_parser();
  ParseState state;
  state.reset(3);
  parser.apply(state, Parser::kShift);   // stack 0 1
  parser.apply(state, parser.right(2));  // 1 → 2 obj; stack 0 1 2
  ASSERT_EQ(state.head[2], 1);
  ASSERT_EQ(state.right1[1], 2);
  ASSERT_TRUE(parser.valid(state, parser.left(1)));  // 2 has a head, and may get another
  parser.apply(state, parser.left(1));               // 2 ← 3 nsubj: 1 loses its dependent
  EXPECT_EQ(state.head[2], 3);
  EXPECT_EQ(state.label[2], 1);
  EXPECT_EQ(state.right1[1], -1);
  EXPECT_EQ(state.right_count[1], 0);
  EXPECT_EQ(state.right_labels[1], 0u);
  EXPECT_EQ(state.left1[3], 2);
  EXPECT_EQ(state.top(), 1);
}

TEST(NonMonotonicTransitions, ReplacingTheRootArcFreesTheRoot) {
  const Parser parser = non_monotonic_parser();
  ParseState state;
  state.reset(2);
  parser.apply(state, parser.right(0));  // 0 → 1 root
  EXPECT_FALSE(parser.valid(state, parser.right(0)));
  parser.apply(state, parser.left(1));  // 1 ← 2: the root relation is free again
  EXPECT_EQ(state.right_count[0], 0);
  EXPECT_TRUE(parser.valid(state, parser.right(0)));
}

TEST(NonMonotonicTransitions, ReduceUnshiftsAWordWithoutAHead) {
  const Parser parser = non_monotonic_parser();
  ParseState state;
  state.reset(3);
  parser.apply(state, parser.right(0));  // 0 → 1 root
  parser.apply(state, Parser::kShift);   // stack 0 1 2
  ASSERT_TRUE(parser.valid(state, Parser::kReduce));
  parser.apply(state, Parser::kReduce);  // 2 back in front of 3
  EXPECT_EQ(state.top(), 1);
  EXPECT_EQ(state.front(), 2);
  EXPECT_FALSE(parser.valid(state, Parser::kShift));   // only attached or made a head
  EXPECT_FALSE(parser.valid(state, Parser::kReduce));  // 1 would leave 2 nowhere to go
  parser.apply(state, parser.right(2));                // 1 → 2 obj
  EXPECT_EQ(state.head[2], 1);
  EXPECT_EQ(state.front(), 3);
  EXPECT_TRUE(parser.valid(state, Parser::kShift));
}

TEST(NonMonotonicTransitions, NoWordIsLeftWithoutAHeadAtTheEnd) {
  // "a b": b shifted and never attached; the buffer runs out. The monotonic system would hang b
  // on the root word as "dep"; here REDUCE unshifts it and the root word takes it.
  const Parser parser = non_monotonic_parser();
  ParseState state;
  state.reset(2);
  parser.apply(state, parser.right(0));  // 0 → 1 root
  parser.apply(state, Parser::kShift);
  ASSERT_TRUE(state.done());
  ASSERT_FALSE(parser.finished(state));
  parser.apply(state, Parser::kReduce);                // unshift 2
  EXPECT_FALSE(parser.valid(state, Parser::kReduce));  // 1 would leave 2 nowhere to go
  EXPECT_TRUE(parser.valid(state, parser.right(2)));
  EXPECT_TRUE(parser.valid(state, parser.left(1)));  // 1 ← 2, and 2 takes the root
  parser.apply(state, parser.right(1));
  parser.apply(state, Parser::kReduce);
  parser.apply(state, Parser::kReduce);
  EXPECT_TRUE(parser.finished(state));
  EXPECT_EQ(state.head[2], 1);
}

// Following the cheapest transition from the start gives the gold tree.
void expect_oracle_reaches_gold(const Parser& parser, const TreeSentence& gold) {
  ParseState state, scratch;
  state.reset(static_cast<int>(gold.heads.size()));
  std::vector<int> costs(static_cast<std::size_t>(parser.action_count()));
  while (!parser.finished(state)) {
    non_monotonic_costs(parser, state, gold, costs, scratch);
    int best = -1;
    for (int a = 0; a < parser.action_count(); ++a)
      if (costs[static_cast<std::size_t>(a)] >= 0 &&
          (best < 0 || costs[static_cast<std::size_t>(a)] < costs[static_cast<std::size_t>(best)]))
        best = a;
    ASSERT_GE(best, 0);
    ASSERT_EQ(costs[static_cast<std::size_t>(best)], 0);
    parser.apply(state, best);
  }
  for (std::size_t i = 0; i < gold.heads.size(); ++i) {
    EXPECT_EQ(state.head[i + 1], gold.heads[i]) << "word " << i + 1;
    EXPECT_EQ(state.label[i + 1], gold.labels[i]) << "word " << i + 1;
  }
}

TEST(NonMonotonicOracle, ReachesTheGoldTree) {
  const Parser parser = non_monotonic_parser();
  TreeSentence gold;
  // "Iran and Turkey signed deals": 1 nsubj→4, 2 dep→3, 3 dep→1, 4 root, 5 obj→4.
  gold.heads = {4, 3, 1, 0, 4};
  gold.labels = {1, 3, 3, 0, 2};
  expect_oracle_reaches_gold(parser, gold);
}

TEST(NonMonotonicOracle, ReachesTheGoldTreesOfTheDevTreebank) {
  const fs::path dev =
      fs::path(DYAD_SHARED_DIR) / "treebanks" / "ud-english-ewt" / "en_ewt-ud-dev.conllu";
  if (!fs::exists(dev)) GTEST_SKIP() << "no " << dev << " (../shared absent)";
  Parser parser = non_monotonic_parser();
  std::vector<std::string> labels = {"root"};
  const auto sentences = read_conllu_file(dev);
  for (std::size_t s = 0; s < sentences.size(); s += 4) {
    TreeSentence gold;
    for (const auto& word : sentences[s].words) {
      gold.heads.push_back(word.head);
      std::size_t l = 0;
      while (l < labels.size() && labels[l] != word.deprel) ++l;
      if (l == labels.size()) labels.push_back(word.deprel);
      gold.labels.push_back(static_cast<int>(l));
    }
    parser.label_count = static_cast<int>(labels.size());
    projectivize(gold.heads);
    SCOPED_TRACE(sentences[s].comments.empty() ? "" : sentences[s].comments.front());
    expect_oracle_reaches_gold(parser, gold);
  }
}

}  // namespace
}  // namespace dyad::parse
