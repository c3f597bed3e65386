// Greedy arc-eager dependency parser (Nivre 2003) with the root at the bottom of the stack:
// an averaged perceptron scores SHIFT, REDUCE, LEFT-ARC(label) and RIGHT-ARC(label) from the
// rich non-local features of Zhang & Nivre (2011) — words and tags of the stack top, the next
// three buffer words, heads, left/rightmost children, distance, valency and label sets.
// Trained with Goldberg & Nivre's (2012) dynamic oracle, exploring its own mistakes.
// Optionally non-monotonic (Honnibal, Goldberg & Johnson 2013; Honnibal & Johnson 2015): LEFT-ARC
// may replace a head RIGHT-ARC gave, and REDUCE on a word without a head puts it back at the
// front of the buffer ("unshift", Nivre & Fernández-González 2014), where the word below it may
// take it as a dependent or become its dependent — so no word is left headless at the end.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "parse/weights.h"
#include "parse/word_keys.h"

namespace dyad::parse {

// The parser's working memory for one sentence (reused between sentences to avoid allocation).
struct ParseState {
  int size = 0;  // words 1..size; 0 is the root
  int next = 1;  // the first word never shifted; none left when next > size
  // Words REDUCE put back in front of `next` (non-monotonic system only), the last the first
  // of the buffer: they cannot be shifted again, only attached by RIGHT-ARC or made heads by
  // LEFT-ARC. `unshifted_flag` marks them.
  std::vector<int> unshifted;
  std::vector<char> unshifted_flag;
  std::vector<int> stack;
  std::vector<int> head, label;                   // -1 until attached
  std::vector<int> left1, left2, right1, right2;  // outermost children, -1 when none
  std::vector<int> left_count, right_count;
  std::vector<std::uint64_t> left_labels, right_labels;  // label sets as bits
  std::vector<char> in_stack;
  // For a right dependent: its head's rightmost children, count and label set before it was
  // attached, so that a LEFT-ARC giving it another head can undo the attachment in O(1).
  std::vector<int> prior_right1, prior_right2, prior_right_count;
  std::vector<std::uint64_t> prior_right_labels;

  void reset(int words);
  // The buffer: the unshifted words, last first, then next..size.
  bool done() const { return unshifted.empty() && next > size; }
  int front() const { return !unshifted.empty() ? unshifted.back() : next <= size ? next : -1; }
  int buffer_word(std::size_t k) const;  // the k-th buffer word from the front, -1 past the end
  bool in_buffer(int word) const {
    return word > 0 && (word >= next || unshifted_flag[static_cast<std::size_t>(word)]);
  }
  int top() const { return stack.empty() ? -1 : stack.back(); }
  void attach(int head_word, int dependent, int arc_label);
  void detach(int dependent);  // only the stack top, a right dependent (non-monotonic LEFT-ARC)
};

struct ParserScratch {
  ParseState state;
  std::vector<std::uint64_t> features;
  std::vector<const std::int32_t*> summed;  // ParserShortcuts rows standing for features
  std::vector<std::int32_t> scores;
};

class Parser;

// Groups of features whose values are all "none" when a word lacks children or a head (a stack
// top without left children: the words, tags and labels of its two leftmost children), which is
// most of the time: each group's weights summed once per action, from the parser's weights, and
// added as one row instead of five or six lookups. The scores are the very same integers.
struct ParserShortcuts {
  ParserShortcuts() = default;
  explicit ParserShortcuts(const Parser& parser);
  bool empty() const { return s0_no_left.empty(); }
  std::vector<std::int32_t> s0_no_left, s0_no_right, n0_no_left, s0_no_head;
};

class Parser {
 public:
  // Actions: 0 SHIFT, 1 REDUCE, 2 + l LEFT-ARC(l), 2 + labels + l RIGHT-ARC(l).
  static constexpr int kShift = 0, kReduce = 1;
  int label_count = 0;
  int root_label = 0;
  int fallback_label = 0;  // for words left without a head when the buffer runs out ("dep")
  int tag_count = 0;
  bool non_monotonic = false;  // the transition system (see the top of this file)
  FrozenWeights weights;

  int action_count() const { return 2 + 2 * label_count; }
  int left(int l) const { return 2 + l; }
  int right(int l) const { return 2 + label_count + l; }
  bool valid(const ParseState& state, int action) const;
  void apply(ParseState& state, int action) const;
  // No transition left to make: the buffer is empty and, in the non-monotonic system, no word
  // on the stack can still be reduced or unshifted.
  bool finished(const ParseState& state) const {
    return state.done() && (!non_monotonic || !valid(state, kReduce));
  }

  // The features of `state`; tags[i] is the class of word i + 1. With `shortcuts` (not empty),
  // a group of features all "none" is given as its row of summed weights in `summed` instead.
  void features(const ParseState& state, std::span<const WordKeys> words,
                std::span<const std::uint16_t> tags, std::vector<std::uint64_t>& out,
                const ParserShortcuts* shortcuts = nullptr,
                std::vector<const std::int32_t*>* summed = nullptr) const;

  // heads[i] is the head of word i + 1 (0 = root), labels[i] its relation; exactly one word is
  // attached to the root. `shortcuts`, built from this parser's weights, only make it faster.
  void parse(std::span<const WordKeys> words, std::span<const std::uint16_t> tags,
             std::span<int> heads, std::span<std::uint16_t> labels, ParserScratch& scratch,
             const ParserShortcuts* shortcuts = nullptr) const;

  // Attaches words the transitions left without a head (see parse()).
  void finish(ParseState& state) const;
};

// One training sentence: word keys, predicted tags, gold heads (projective) and labels, all
// indexed by word - 1.
struct TreeSentence {
  std::vector<WordKeys> words;
  std::vector<std::uint16_t> tags;
  std::vector<int> heads;
  std::vector<int> labels;
};

// Lifts non-projective arcs (to the head's head) until the tree is projective, which the
// arc-eager oracle needs.
void projectivize(std::vector<int>& heads);

// The gold-arc cost of `action` in `state` (arcs it makes unreachable, Goldberg & Nivre 2012).
// Monotonic system only.
int action_cost(const Parser& parser, const ParseState& state, const TreeSentence& gold,
                int action);

// The cost of every action in `state` for the non-monotonic system (-1 for invalid actions),
// written to `costs`: gold arcs reachable before minus after, each word's arc judged reachable
// on its own (see parser.cc). `scratch` is working memory.
void non_monotonic_costs(const Parser& parser, const ParseState& state, const TreeSentence& gold,
                         std::span<int> costs, ParseState& scratch);

using ParserProgress = void (*)(int epoch, double train_accuracy, const Parser& parser,
                                void* context);
Parser train_parser(std::span<const TreeSentence> sentences, Parser shape, int epochs,
                    std::uint64_t seed, ParserProgress progress = nullptr, void* context = nullptr);

}  // namespace dyad::parse
