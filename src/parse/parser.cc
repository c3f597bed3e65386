#include "parse/parser.h"

#include <algorithm>
#include <bit>
#include <limits>

namespace dyad::parse {

namespace {

// Feature templates, numbered for feature_key(); names follow Zhang & Nivre (2011): S0 stack
// top, N0..N2 buffer, h head, l/r leftmost/rightmost child, w word, p tag, l label, d distance,
// v valency, s label set.
enum Template : std::uint64_t {
  S0wp = 1,
  S0w,
  S0p,
  N0wp,
  N0w,
  N0p,
  N1wp,
  N1w,
  N1p,
  N2wp,
  N2w,
  N2p,
  S0wpN0wp,
  S0wpN0w,
  S0wN0wp,
  S0wpN0p,
  S0pN0wp,
  S0wN0w,
  S0pN0p,
  N0pN1p,
  N0pN1pN2p,
  S0pN0pN1p,
  S0hpS0pN0p,
  S0pS0lpN0p,
  S0pS0rpN0p,
  S0pN0pN0lp,
  S0wd,
  S0pd,
  N0wd,
  N0pd,
  S0wN0wd,
  S0pN0pd,
  S0wvr,
  S0pvr,
  S0wvl,
  S0pvl,
  N0wvl,
  N0pvl,
  S0hw,
  S0hp,
  S0l,
  S0lw,
  S0lp,
  S0ll,
  S0rw,
  S0rp,
  S0rl,
  N0lw,
  N0lp,
  N0ll,
  S0h2w,
  S0h2p,
  S0hl,
  S0l2w,
  S0l2p,
  S0l2l,
  S0r2w,
  S0r2p,
  S0r2l,
  N0l2w,
  N0l2p,
  N0l2l,
  S0pS0lpS0l2p,
  S0pS0rpS0r2p,
  S0pS0hpS0h2p,
  N0pN0lpN0l2p,
  S0wsr,
  S0psr,
  S0wsl,
  S0psl,
  N0wsl,
  N0psl,
  S1wp,
  S1pS0pN0p,
};
constexpr std::size_t kTemplateCount = S1pS0pN0p;

int child_or_none(const std::vector<int>& children, int word) {
  return word < 0 ? -1 : children[static_cast<std::size_t>(word)];
}

}  // namespace

void ParseState::reset(int words) {
  size = words;
  next = 1;
  unshifted.clear();
  const auto n = static_cast<std::size_t>(words) + 1;
  stack.clear();
  stack.push_back(0);
  head.assign(n, -1);
  label.assign(n, -1);
  left1.assign(n, -1);
  left2.assign(n, -1);
  right1.assign(n, -1);
  right2.assign(n, -1);
  left_count.assign(n, 0);
  right_count.assign(n, 0);
  left_labels.assign(n, 0);
  right_labels.assign(n, 0);
  in_stack.assign(n, 0);
  in_stack[0] = 1;
  unshifted_flag.assign(n, 0);
  prior_right1.resize(n);
  prior_right2.resize(n);
  prior_right_count.resize(n);
  prior_right_labels.resize(n);
}

void ParseState::attach(int head_word, int dependent, int arc_label) {
  const auto h = static_cast<std::size_t>(head_word);
  head[static_cast<std::size_t>(dependent)] = head_word;
  label[static_cast<std::size_t>(dependent)] = arc_label;
  const std::uint64_t bit = arc_label < 64 ? 1ULL << arc_label : 0;
  if (dependent < head_word) {
    if (left1[h] < 0 || dependent < left1[h]) {
      left2[h] = left1[h];
      left1[h] = dependent;
    } else if (left2[h] < 0 || dependent < left2[h]) {
      left2[h] = dependent;
    }
    ++left_count[h];
    left_labels[h] |= bit;
  } else {
    const auto d = static_cast<std::size_t>(dependent);
    prior_right1[d] = right1[h];
    prior_right2[d] = right2[h];
    prior_right_count[d] = right_count[h];
    prior_right_labels[d] = right_labels[h];
    if (right1[h] < 0 || dependent > right1[h]) {
      right2[h] = right1[h];
      right1[h] = dependent;
    } else if (right2[h] < 0 || dependent > right2[h]) {
      right2[h] = dependent;
    }
    ++right_count[h];
    right_labels[h] |= bit;
  }
}

int ParseState::buffer_word(std::size_t k) const {
  if (k < unshifted.size()) return unshifted[unshifted.size() - 1 - k];
  const int word = next + static_cast<int>(k - unshifted.size());
  return word <= size ? word : -1;
}

void ParseState::detach(int dependent) {
  // The stack top's head came from a RIGHT-ARC made while the head was the top, and the head
  // can take no other right dependent while this one is above it: it is the latest attached.
  const auto d = static_cast<std::size_t>(dependent);
  const auto h = static_cast<std::size_t>(head[d]);
  right1[h] = prior_right1[d];
  right2[h] = prior_right2[d];
  right_count[h] = prior_right_count[d];
  right_labels[h] = prior_right_labels[d];
  head[d] = -1;
  label[d] = -1;
}

namespace {

// Non-monotonic system: with unshifted words at the front, a stack of the root alone whose
// root relation is taken leaves them nowhere to go. Checked before the top is popped;
// `root_freed`: popping it frees the root relation (a LEFT-ARC replacing the root arc).
bool strands_unshifted(const ParseState& state, bool root_freed) {
  return !state.unshifted.empty() && state.stack.size() == 2 && state.right_count[0] > 0 &&
         !root_freed;
}

}  // namespace

bool Parser::valid(const ParseState& state, int action) const {
  const int s0 = state.top();
  if (non_monotonic) {
    const int b0 = state.front();
    const auto top = static_cast<std::size_t>(s0 < 0 ? 0 : s0);
    if (action == kShift) return state.unshifted.empty() && state.next <= state.size;
    if (s0 <= 0) {  // only the root: RIGHT-ARC root, once
      return b0 > 0 && action == right(root_label) && state.right_count[0] == 0;
    }
    const bool has_head = state.head[top] >= 0;
    if (action == kReduce) {
      if (has_head) return !strands_unshifted(state, false);
      // Unshift: the word below must be able to take it or a head, or the root must be free.
      return state.stack.size() > 2 || state.right_count[0] == 0;
    }
    if (b0 < 0) return false;
    if (action < 2 + label_count) {  // LEFT-ARC: s0 ← b0, replacing a head s0 had
      return action - 2 != root_label && !strands_unshifted(state, state.head[top] == 0);
    }
    return action - 2 - label_count != root_label;  // RIGHT-ARC: s0 → b0
  }
  if (action == kShift) return !state.done();
  if (action == kReduce) return s0 > 0 && state.head[static_cast<std::size_t>(s0)] >= 0;
  if (state.done() || s0 < 0) return false;
  if (action < 2 + label_count) {  // LEFT-ARC: s0 ← next
    return s0 > 0 && state.head[static_cast<std::size_t>(s0)] < 0 && action - 2 != root_label;
  }
  const int l = action - 2 - label_count;                            // RIGHT-ARC: s0 → next
  if (s0 == 0) return l == root_label && state.right_count[0] == 0;  // one root per sentence
  return l != root_label;
}

void Parser::apply(ParseState& state, int action) const {
  const int s0 = state.top();
  if (non_monotonic) {
    const int b0 = state.front();
    if (action == kShift) {
      state.stack.push_back(b0);
      state.in_stack[static_cast<std::size_t>(b0)] = 1;
      ++state.next;
      return;
    }
    if (action == kReduce) {
      state.in_stack[static_cast<std::size_t>(s0)] = 0;
      state.stack.pop_back();
      if (state.head[static_cast<std::size_t>(s0)] < 0) {
        state.unshifted.push_back(s0);
        state.unshifted_flag[static_cast<std::size_t>(s0)] = 1;
      }
      return;
    }
    if (action < 2 + label_count) {
      if (state.head[static_cast<std::size_t>(s0)] >= 0) state.detach(s0);
      state.attach(b0, s0, action - 2);
      state.in_stack[static_cast<std::size_t>(s0)] = 0;
      state.stack.pop_back();
      return;
    }
    state.attach(s0, b0, action - 2 - label_count);
    state.stack.push_back(b0);
    state.in_stack[static_cast<std::size_t>(b0)] = 1;
    if (!state.unshifted.empty()) {
      state.unshifted.pop_back();
      state.unshifted_flag[static_cast<std::size_t>(b0)] = 0;
    } else {
      ++state.next;
    }
    return;
  }
  if (action == kShift) {
    state.stack.push_back(state.next);
    state.in_stack[static_cast<std::size_t>(state.next)] = 1;
    ++state.next;
  } else if (action == kReduce) {
    state.in_stack[static_cast<std::size_t>(s0)] = 0;
    state.stack.pop_back();
  } else if (action < 2 + label_count) {
    state.attach(state.next, s0, action - 2);
    state.in_stack[static_cast<std::size_t>(s0)] = 0;
    state.stack.pop_back();
  } else {
    state.attach(s0, state.next, action - 2 - label_count);
    state.stack.push_back(state.next);
    state.in_stack[static_cast<std::size_t>(state.next)] = 1;
    ++state.next;
  }
}

namespace {

const std::uint64_t kNoWord = padding_keys(3).norm, kRootWord = padding_keys(4).norm;

// The keys of the word, tag and label templates from `first` (three in a row) for no word.
void add_absent_word_tag_label(const Parser& parser, std::uint64_t first,
                               std::vector<std::uint64_t>& out) {
  out.push_back(feature_key(first, kNoWord));
  out.push_back(feature_key(first + 1, static_cast<std::uint64_t>(parser.tag_count)));
  out.push_back(feature_key(first + 2, static_cast<std::uint64_t>(parser.label_count)));
}

}  // namespace

ParserShortcuts::ParserShortcuts(const Parser& parser) {
  std::vector<std::uint64_t> keys;
  auto summed = [&] {
    std::vector<std::int32_t> row(static_cast<std::size_t>(parser.action_count()), 0);
    parser.weights.score(keys, row.data());
    keys.clear();
    return row;
  };
  add_absent_word_tag_label(parser, S0lw, keys);
  add_absent_word_tag_label(parser, S0l2w, keys);
  s0_no_left = summed();
  add_absent_word_tag_label(parser, S0rw, keys);
  add_absent_word_tag_label(parser, S0r2w, keys);
  s0_no_right = summed();
  add_absent_word_tag_label(parser, N0lw, keys);
  add_absent_word_tag_label(parser, N0l2w, keys);
  n0_no_left = summed();
  // S0's head and grandhead: word, tag (S0hw, S0hp, S0h2w, S0h2p) and the head's label (S0hl).
  const auto no_tag = static_cast<std::uint64_t>(parser.tag_count);
  keys = {feature_key(S0hw, kNoWord), feature_key(S0hp, no_tag), feature_key(S0h2w, kNoWord),
          feature_key(S0h2p, no_tag),
          feature_key(S0hl, static_cast<std::uint64_t>(parser.label_count))};
  s0_no_head = summed();
}

void Parser::features(const ParseState& state, std::span<const WordKeys> words,
                      std::span<const std::uint16_t> tags, std::vector<std::uint64_t>& out,
                      const ParserShortcuts* shortcuts,
                      std::vector<const std::int32_t*>* summed) const {
  const std::uint64_t no_tag = static_cast<std::uint64_t>(tag_count), root_tag = no_tag + 1;
  const std::uint64_t no_label = static_cast<std::uint64_t>(label_count);
  static const ParserShortcuts kNone;
  const bool shortcut = shortcuts != nullptr && !shortcuts->empty();
  const ParserShortcuts& cuts = shortcut ? *shortcuts : kNone;
  if (shortcut) summed->clear();
  auto w = [&](int i) -> std::uint64_t {
    if (i < 0) return kNoWord;
    return i == 0 ? kRootWord : words[static_cast<std::size_t>(i - 1)].norm;
  };
  auto p = [&](int i) -> std::uint64_t {
    if (i < 0) return no_tag;
    return i == 0 ? root_tag : tags[static_cast<std::size_t>(i - 1)];
  };
  auto l = [&](int i) -> std::uint64_t {
    return i < 0 || state.label[static_cast<std::size_t>(i)] < 0
               ? no_label
               : static_cast<std::uint64_t>(state.label[static_cast<std::size_t>(i)]);
  };
  auto head_of = [&](int i) { return i < 0 ? -1 : state.head[static_cast<std::size_t>(i)]; };
  auto wp = [&](int i) { return mix64(w(i) ^ (p(i) * 0x9e3779b97f4a7c15ULL)); };

  const int s0 = state.top();
  const int s1 = state.stack.size() >= 2 ? state.stack[state.stack.size() - 2] : -1;
  const int n0 = state.front();
  int n1 = n0 >= 0 && n0 + 1 <= state.size ? n0 + 1 : -1;
  int n2 = n0 >= 0 && n0 + 2 <= state.size ? n0 + 2 : -1;
  if (!state.unshifted.empty()) n1 = state.buffer_word(1), n2 = state.buffer_word(2);
  const int s0h = head_of(s0), s0h2 = head_of(s0h);
  const int s0l = child_or_none(state.left1, s0), s0l2 = child_or_none(state.left2, s0);
  const int s0r = child_or_none(state.right1, s0), s0r2 = child_or_none(state.right2, s0);
  const int n0l = child_or_none(state.left1, n0), n0l2 = child_or_none(state.left2, n0);

  const std::uint64_t s0w = w(s0), s0p = p(s0), s0wp = wp(s0);
  const std::uint64_t n0w = w(n0), n0p = p(n0), n0wp = wp(n0);
  const std::uint64_t n1p = p(n1), n2p = p(n2);
  const std::uint64_t distance =
      s0 >= 0 && n0 >= 0 ? static_cast<std::uint64_t>(std::min(n0 - s0, 8)) : 0;
  auto count = [&](const std::vector<int>& counts, int i) -> std::uint64_t {
    return i < 0 ? 99
                 : static_cast<std::uint64_t>(std::min(counts[static_cast<std::size_t>(i)], 6));
  };
  auto labels = [&](const std::vector<std::uint64_t>& sets, int i) -> std::uint64_t {
    return i < 0 ? 1 : mix64(sets[static_cast<std::size_t>(i)] + 2);
  };
  const std::uint64_t s0vr = count(state.right_count, s0), s0vl = count(state.left_count, s0);
  const std::uint64_t n0vl = count(state.left_count, n0);
  const std::uint64_t s0sr = labels(state.right_labels, s0), s0sl = labels(state.left_labels, s0);
  const std::uint64_t n0sl = labels(state.left_labels, n0);

  // Room for every template, written in place (no capacity check per key), cut to size at the end.
  out.resize(kTemplateCount);
  std::uint64_t* next = out.data();
  auto add = [&](Template t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0)
      __attribute__((always_inline)) {
    *next++ = feature_key(t, a, b, c);
  };
  // A child's word, tag and label: three consecutive templates from `first`.
  auto add_word_tag_label = [&](Template first, int token) __attribute__((always_inline)) {
    *next++ = feature_key(first, w(token));
    *next++ = feature_key(first + 1, p(token));
    *next++ = feature_key(first + 2, l(token));
  };
  add(S0wp, s0wp);
  add(S0w, s0w);
  add(S0p, s0p);
  add(N0wp, n0wp);
  add(N0w, n0w);
  add(N0p, n0p);
  add(N1wp, wp(n1));
  add(N1w, w(n1));
  add(N1p, n1p);
  add(N2wp, wp(n2));
  add(N2w, w(n2));
  add(N2p, n2p);
  add(S0wpN0wp, s0wp, n0wp);
  add(S0wpN0w, s0wp, n0w);
  add(S0wN0wp, s0w, n0wp);
  add(S0wpN0p, s0wp, n0p);
  add(S0pN0wp, s0p, n0wp);
  add(S0wN0w, s0w, n0w);
  add(S0pN0p, s0p, n0p);
  add(N0pN1p, n0p, n1p);
  add(N0pN1pN2p, n0p, n1p, n2p);
  add(S0pN0pN1p, s0p, n0p, n1p);
  add(S0hpS0pN0p, p(s0h), s0p, n0p);
  add(S0pS0lpN0p, s0p, p(s0l), n0p);
  add(S0pS0rpN0p, s0p, p(s0r), n0p);
  add(S0pN0pN0lp, s0p, n0p, p(n0l));
  add(S0wd, s0w, distance);
  add(S0pd, s0p, distance);
  add(N0wd, n0w, distance);
  add(N0pd, n0p, distance);
  add(S0wN0wd, s0w, n0w, distance);
  add(S0pN0pd, s0p, n0p, distance);
  add(S0wvr, s0w, s0vr);
  add(S0pvr, s0p, s0vr);
  add(S0wvl, s0w, s0vl);
  add(S0pvl, s0p, s0vl);
  add(N0wvl, n0w, n0vl);
  add(N0pvl, n0p, n0vl);
  add(S0l, l(s0));
  // A word's two outermost children on one side (a second only when there is a first).
  auto add_children = [&](Template first, int child, Template second, int second_child,
                          const std::vector<std::int32_t>& none) {
    if (shortcut && child < 0) {
      summed->push_back(none.data());
    } else {
      add_word_tag_label(first, child);
      add_word_tag_label(second, second_child);
    }
  };
  add_children(S0lw, s0l, S0l2w, s0l2, cuts.s0_no_left);
  add_children(S0rw, s0r, S0r2w, s0r2, cuts.s0_no_right);
  add_children(N0lw, n0l, N0l2w, n0l2, cuts.n0_no_left);
  if (shortcut && s0h < 0) {
    summed->push_back(cuts.s0_no_head.data());
  } else {
    add(S0hw, w(s0h));
    add(S0hp, p(s0h));
    add(S0h2w, w(s0h2));
    add(S0h2p, p(s0h2));
    add(S0hl, l(s0h));
  }
  add(S0pS0lpS0l2p, s0p, p(s0l), p(s0l2));
  add(S0pS0rpS0r2p, s0p, p(s0r), p(s0r2));
  add(S0pS0hpS0h2p, s0p, p(s0h), p(s0h2));
  add(N0pN0lpN0l2p, n0p, p(n0l), p(n0l2));
  add(S0wsr, s0w, s0sr);
  add(S0psr, s0p, s0sr);
  add(S0wsl, s0w, s0sl);
  add(S0psl, s0p, s0sl);
  add(N0wsl, n0w, n0sl);
  add(N0psl, n0p, n0sl);
  add(S1wp, wp(s1));
  add(S1pS0pN0p, p(s1), s0p, n0p);
  out.resize(static_cast<std::size_t>(next - out.data()));
}

void Parser::finish(ParseState& state) const {
  // Words still without a head: the first becomes the root if there is none, the rest depend
  // on the root word.
  int root_word = state.right1[0];
  for (int i = 1; i <= state.size; ++i) {
    if (state.head[static_cast<std::size_t>(i)] >= 0) continue;
    if (root_word < 0) {
      state.attach(0, i, root_label);
      root_word = i;
    } else {
      state.attach(root_word, i, fallback_label);
    }
  }
}

void Parser::parse(std::span<const WordKeys> words, std::span<const std::uint16_t> tags,
                   std::span<int> heads, std::span<std::uint16_t> labels, ParserScratch& scratch,
                   const ParserShortcuts* shortcuts) const {
  ParseState& state = scratch.state;
  state.reset(static_cast<int>(words.size()));
  const int actions = action_count();
  scratch.scores.resize(static_cast<std::size_t>(actions));
  // Each word is shifted once, unshifted at most once (only while it has no head) and pushed
  // back at most once: the non-monotonic system takes at most 4 transitions a word.
  for (int steps = 0; !finished(state) && steps <= 5 * state.size; ++steps) {
    const bool can_reduce = valid(state, kReduce);
    const int s0 = state.top();
    const bool can_arc = s0 >= 0;
    int best = non_monotonic ? -1 : kShift;
    if (non_monotonic && state.done()) {
      best = kReduce;  // the only transition with an empty buffer (finished() found it valid)
    } else if (can_reduce || can_arc) {
      features(state, words, tags, scratch.features, shortcuts, &scratch.summed);
      std::fill(scratch.scores.begin(), scratch.scores.end(), 0);
      weights.score(scratch.features, scratch.scores.data());
      if (shortcuts != nullptr && !shortcuts->empty())
        for (const std::int32_t* row : scratch.summed)
          for (int a = 0; a < actions; ++a) scratch.scores[static_cast<std::size_t>(a)] += row[a];
      std::int32_t best_score = std::numeric_limits<std::int32_t>::min();
      for (int a = 0; a < actions; ++a) {
        if (scratch.scores[static_cast<std::size_t>(a)] > best_score && valid(state, a)) {
          best_score = scratch.scores[static_cast<std::size_t>(a)];
          best = a;
        }
      }
    }
    if (best < 0) break;  // cannot happen (valid() avoids dead ends); finish() would attach
    apply(state, best);
  }
  finish(state);
  for (std::size_t i = 0; i < words.size(); ++i) {
    heads[i] = state.head[i + 1];
    labels[i] = static_cast<std::uint16_t>(state.label[i + 1]);
  }
}

}  // namespace dyad::parse
