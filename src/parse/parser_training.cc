// Training the parser (parse/parser.h): projectivizing gold trees, the dynamic oracles of the
// monotonic and the non-monotonic arc-eager systems, and the averaged-perceptron training loop.
#include <algorithm>
#include <limits>
#include <random>

#include "parse/parser.h"
#include "parse/tagger.h"

namespace dyad::parse {

void projectivize(std::vector<int>& heads) {
  // heads[i] is the head of word i + 1. An arc h→d is non-projective when a word between them
  // is not dominated by h; lift the shortest such arc and repeat.
  const int n = static_cast<int>(heads.size());
  auto head = [&](int word) { return heads[static_cast<std::size_t>(word - 1)]; };
  auto dominates = [&](int ancestor, int word) {
    for (int steps = 0; word != 0 && steps <= n; ++steps) {
      if (word == ancestor) return true;
      word = head(word);
    }
    return ancestor == 0;
  };
  while (true) {
    int worst = -1, worst_length = n + 1;
    for (int d = 1; d <= n; ++d) {
      const int h = head(d);
      const int lo = std::min(h, d), hi = std::max(h, d);
      for (int k = lo + 1; k < hi; ++k) {
        if (!dominates(h, k)) {
          if (hi - lo < worst_length) worst = d, worst_length = hi - lo;
          break;
        }
      }
    }
    if (worst < 0) return;
    heads[static_cast<std::size_t>(worst - 1)] = head(head(worst));
  }
}

int action_cost(const Parser& parser, const ParseState& state, const TreeSentence& gold,
                int action) {
  auto gold_head = [&](int word) { return gold.heads[static_cast<std::size_t>(word - 1)]; };
  auto gold_label = [&](int word) { return gold.labels[static_cast<std::size_t>(word - 1)]; };
  const int s0 = state.top(), b0 = state.next, n = state.size;
  // Gold dependents of `word` still in the buffer from `from` on.
  auto buffer_dependents = [&](int word, int from) {
    int count = 0;
    for (int k = from; k <= n; ++k) count += gold_head(k) == word;
    return count;
  };
  // Headless stack words whose gold head is `word`.
  auto stack_dependents = [&](int word) {
    int count = 0;
    for (const int k : state.stack)
      count += k > 0 && state.head[static_cast<std::size_t>(k)] < 0 && gold_head(k) == word;
    return count;
  };
  auto head_reachable_in_stack = [&](int word) {
    const int h = gold_head(word);
    if (h == 0) return state.right_count[0] == 0;
    return state.in_stack[static_cast<std::size_t>(h)] != 0;
  };
  if (action == Parser::kShift) return head_reachable_in_stack(b0) + stack_dependents(b0);
  if (action == Parser::kReduce) return buffer_dependents(s0, b0);
  if (action < 2 + parser.label_count) {
    const int l = action - 2;
    const int h = gold_head(s0);
    int cost = buffer_dependents(s0, b0) + (h > b0);
    if (h == b0 && l != gold_label(s0)) ++cost;
    return cost;
  }
  const int l = action - 2 - parser.label_count;
  const int h = gold_head(b0);
  int cost = stack_dependents(b0);
  if (h == s0) {
    cost += l != gold_label(b0);
  } else if (h > b0 || (h != s0 && head_reachable_in_stack(b0))) {
    ++cost;
  }
  return cost;
}

namespace {

// Non-monotonic system: whether word d's gold arc (head and label) is still reachable from
// `state`, judged on its own. A popped word keeps what it has. A word on the stack can get a
// head by LEFT-ARC from a buffer word (replacing the head it has) or from a word above it
// without a head (unshifted first, with the words above it); one without a head also from a
// word below it (unshifted, then RIGHT-ARC). A buffer word can get any word on the stack or in
// the buffer as head (an unshifted word cannot be shifted, but RIGHT-ARC and a LEFT-ARC
// replacing that head do the same). The root relation is reachable while free, or while the
// word holding it is on the stack and can be given another head.
bool gold_arc_reachable(const ParseState& state, const TreeSentence& gold, int d,
                        bool root_reachable) {
  const auto i = static_cast<std::size_t>(d);
  const int h = gold.heads[i - 1];
  if (state.head[i] == h && state.label[i] == gold.labels[i - 1]) return true;
  if (h == 0) return (state.in_stack[i] || state.in_buffer(d)) && root_reachable;
  const auto hi = static_cast<std::size_t>(h);
  if (state.in_buffer(d)) return state.in_buffer(h) || state.in_stack[hi];
  if (!state.in_stack[i]) return false;
  const bool headless_above = h > d && state.in_stack[hi] && state.head[hi] < 0;
  if (state.head[i] >= 0) return state.in_buffer(h) || headless_above;
  return state.in_buffer(h) || state.in_stack[hi];
}

bool root_reachable(const ParseState& state) {
  const int root_child = state.right1[0];
  return root_child < 0 || state.in_stack[static_cast<std::size_t>(root_child)];
}

int reachable_gold_arcs(const ParseState& state, const TreeSentence& gold) {
  const bool root = root_reachable(state);
  int count = 0;
  for (int d = 1; d <= state.size; ++d) count += gold_arc_reachable(state, gold, d, root);
  return count;
}

}  // namespace

void non_monotonic_costs(const Parser& parser, const ParseState& state, const TreeSentence& gold,
                         std::span<int> costs, ParseState& scratch) {
  auto gold_head = [&](int word) { return gold.heads[static_cast<std::size_t>(word - 1)]; };
  auto gold_label = [&](int word) { return gold.labels[static_cast<std::size_t>(word - 1)]; };
  const int before = reachable_gold_arcs(state, gold);
  const int s0 = state.top(), b0 = state.front();
  // Arcs lost, plus arcs put off that could be made now: a wrong arc that a later LEFT-ARC
  // could replace, a SHIFT past a head or dependent on the stack, or an unshift of a word whose
  // head is to its right costs as if it were lost,
  // so the oracle keeps to the monotonic derivation and uses the non-monotonic transitions to
  // repair mistakes (Honnibal, Goldberg & Johnson 2013), not to defer decisions.
  auto cost_of = [&](int action) {
    scratch = state;
    parser.apply(scratch, action);
    int cost = before - reachable_gold_arcs(scratch, gold);
    const bool root = root_reachable(scratch);
    auto still_reachable = [&](int word) { return gold_arc_reachable(scratch, gold, word, root); };
    if (action == Parser::kShift) {
      const int h = gold_head(b0);
      if ((h == 0 ? state.right_count[0] == 0 : state.in_stack[static_cast<std::size_t>(h)]) &&
          still_reachable(b0))
        ++cost;
      for (const int k : state.stack)
        if (k > 0 && gold_head(k) == b0 && still_reachable(k)) ++cost;
    } else if (action == Parser::kReduce) {
      // Unshifting a word whose head is still to come: only a wrong arc and its repair remain.
      if (state.head[static_cast<std::size_t>(s0)] < 0 && gold_head(s0) > s0 && still_reachable(s0))
        ++cost;
    } else if (action >= 2 + parser.label_count) {
      if (scratch.head[static_cast<std::size_t>(b0)] != gold_head(b0) && still_reachable(b0))
        ++cost;
    }
    // Judged word by word, an action can seem to make an arc reachable again (an unshift
    // refills the buffer): no action gains.
    return std::max(0, cost);
  };
  // The arc's label only matters when its head is right: one simulation per kind of action.
  int left_cost = -1, right_cost = -1;
  for (int a = 0; a < parser.action_count(); ++a) {
    int& cost = costs[static_cast<std::size_t>(a)];
    if (!parser.valid(state, a)) {
      cost = -1;
    } else if (a == Parser::kShift || a == Parser::kReduce) {
      cost = cost_of(a);
    } else if (a < 2 + parser.label_count) {
      if (left_cost < 0) left_cost = cost_of(parser.left(std::max(0, gold_label(s0))));
      cost = left_cost + (gold_head(s0) == b0 && a - 2 != gold_label(s0));
    } else {
      if (right_cost < 0) right_cost = cost_of(parser.right(std::max(0, gold_label(b0))));
      cost = right_cost + (gold_head(b0) == s0 && a - 2 - parser.label_count != gold_label(b0));
    }
  }
}

Parser train_parser(std::span<const TreeSentence> sentences, Parser parser, int epochs,
                    std::uint64_t seed, ParserProgress progress, void* context) {
  const int actions = parser.action_count();
  TrainingWeights weights(actions);
  std::mt19937_64 random(seed);
  std::vector<std::size_t> order(sentences.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  ParseState state, scratch;
  std::vector<std::uint64_t> features;
  std::vector<std::int64_t> scores(static_cast<std::size_t>(actions));
  std::vector<int> costs(static_cast<std::size_t>(actions));
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    seeded_shuffle(order, random);
    std::size_t correct = 0, total = 0;
    for (const std::size_t s : order) {
      const TreeSentence& gold = sentences[s];
      state.reset(static_cast<int>(gold.words.size()));
      for (int steps = 0; !parser.finished(state) && steps <= 5 * state.size; ++steps) {
        if (parser.non_monotonic && state.done()) {  // only REDUCE: nothing to learn
          parser.apply(state, Parser::kReduce);
          continue;
        }
        parser.features(state, gold.words, gold.tags, features);
        std::fill(scores.begin(), scores.end(), 0);
        weights.score(features, scores.data());
        int guess = -1, best_zero = -1, least_cost = std::numeric_limits<int>::max();
        if (parser.non_monotonic) non_monotonic_costs(parser, state, gold, costs, scratch);
        for (int a = 0; a < actions; ++a) {
          const auto i = static_cast<std::size_t>(a);
          if (!parser.non_monotonic)
            costs[i] = parser.valid(state, a) ? action_cost(parser, state, gold, a) : -1;
          if (costs[i] >= 0 && costs[i] < least_cost) least_cost = costs[i];
        }
        if (least_cost == std::numeric_limits<int>::max()) break;  // no valid transition
        for (int a = 0; a < actions; ++a) {
          const auto i = static_cast<std::size_t>(a);
          if (costs[i] < 0) continue;
          if (guess < 0 || scores[i] > scores[static_cast<std::size_t>(guess)]) guess = a;
          if (costs[i] == least_cost &&
              (best_zero < 0 || scores[i] > scores[static_cast<std::size_t>(best_zero)]))
            best_zero = a;
        }
        weights.tick();
        const bool right = costs[static_cast<std::size_t>(guess)] == least_cost;
        if (!right) weights.update(features, best_zero, guess);
        correct += right;
        ++total;
        // After the first epoch, follow the model's own mistakes 90% of the time so it learns
        // to recover from them (the dynamic oracle knows the best continuation from anywhere).
        const bool explore = epoch > 1 && random() % 10 != 0;
        parser.apply(state, right || explore ? guess : best_zero);
      }
    }
    if (progress != nullptr || epoch == epochs) parser.weights = weights.freeze();
    if (progress != nullptr)
      progress(epoch, total ? static_cast<double>(correct) / static_cast<double>(total) : 0, parser,
               context);
  }
  return parser;
}

}  // namespace dyad::parse
