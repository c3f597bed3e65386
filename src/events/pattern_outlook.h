// Whether the event coder could match any pattern in a sentence, read from its words alone,
// before the sentence is parsed: the parse stage (pipeline/parse_stage.cc) parses only the
// sentences where it could, because parsing is most of the cost of coding.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/actors.h"
#include "events/patterns.h"
#include "segment/segment.h"

namespace dyad {

struct PatternOutlook {
  // Some word of the sentence is a pattern's event word (its anchor).
  bool event_word = false;
  // Some pattern has all its required words, and the coder could match it: its words and actors
  // within the word matcher's gaps, or a passive "by <actor>" after the event word, or a pattern
  // the parse can complete ("{verb} $T", "word preposition $T", "{verb} (that) $T") with an
  // actor where the parse could find its target or passive agent — after the event word, or
  // before it where a relative pronoun ("whom", "which") could stand for it — or an act done to
  // places in a sentence naming a town (the word matcher takes it only as the parse's object).
  // When this is false the coder finds no pattern match in the sentence, parsed or not, so it
  // codes no event there. With `one_sided` (the coder's option), also a one-sided act's words
  // ("-$T"), or a "{verb} $T" verb right after a form of "be" (a passive that may lack its
  // agent); without, one-sided patterns are not read.
  bool may_match = false;
};

PatternOutlook pattern_outlook(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                               std::size_t index, const PatternBook& patterns,
                               bool one_sided = false);

}  // namespace dyad
