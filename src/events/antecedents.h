// What "it", "they" and "the two countries" refer back to: the actors heading the latest earlier
// sentence whose parsed subject names actors, and the latest group of two or more. Worked out
// when a role first asks, walking back only as far as the answer needs, so the sentences an
// antecedent may come from are parsed only when some sentence after them reads their subject
// (parsing is most of the cost of coding: docs/parsing.md).
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "events/syntax.h"
#include "segment/segment.h"

namespace dyad {

// Parses, on request, a sentence an antecedent may come from (the pipeline's parse stage marks
// them: pipeline/parse_stage.h). Without one, sentences carry all the parse they will get.
class AntecedentParser {
 public:
  virtual ~AntecedentParser() = default;
  // Gives sentence `s` its parse if it is marked and has none yet; otherwise does nothing.
  virtual void parse(std::size_t s) const = 0;
};

class Antecedents {
 public:
  Antecedents(const std::vector<Sentence>& sentences, const std::vector<ActorMention>& mentions,
              const AntecedentParser* parser)
      : sentences_(sentences),
        mentions_(mentions),
        parser_(parser),
        subjects_(sentences.size()),
        walk_stop_(sentences.size(), {kUnknown, kUnknown}) {}

  // Fills a role that refers back and names no actor itself with the actors it stands for, as
  // seen after the sentences before `end` (a group: the latest group; "it": the latest subject
  // when that is one actor), and marks its path. The same answer as keeping both up to date
  // over every parsed sentence, which would need every marked sentence parsed.
  void resolve(SyntaxActors& role, std::size_t end) const;

 private:
  static constexpr std::size_t kUnknown = static_cast<std::size_t>(-1);
  struct Latest {
    std::vector<std::size_t> subjects, group;
  };
  // Resolves `role` from `latest` and, for a sentence's main subject, records it there.
  static void resolve_from(const Latest& latest, SyntaxActors& role);
  static void record(Latest& latest, const SyntaxActors& main);
  // `latest` after the sentences before `end`, for a role that needs a group (`group`) or not.
  const Latest& before(std::size_t end, bool group) const;
  // One mention of each of the two countries sentence `s` names; empty unless exactly two.
  std::vector<std::size_t> two_countries(std::size_t s) const;
  // The parsed main subject of sentence `s` (not stated when it has no parse).
  const SyntaxActors& main_subject(std::size_t s) const;

  const std::vector<Sentence>& sentences_;
  const std::vector<ActorMention>& mentions_;
  const AntecedentParser* parser_;
  mutable std::vector<std::optional<SyntaxActors>> subjects_;
  // Per sentence and actors needed (1, 2) on reaching it: where a walk back from there stops.
  // A walk that reaches a sentence another walk passed needing as many stops where that one did.
  mutable std::vector<std::array<std::size_t, 2>> walk_stop_;
  mutable std::map<std::pair<std::size_t, bool>, Latest> latest_;  // by (end, group)
  // The last walk's start and end and `latest` after it: a later walk from the same start (the
  // sentences of a story that keep saying "they") goes on from there instead of from its start.
  mutable std::size_t fold_start_ = kUnknown, fold_end_ = 0;
  mutable Latest fold_;
};

}  // namespace dyad
