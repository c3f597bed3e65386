// AnalyzedDocument: one document as it passes through the pipeline. Each stage reads what the
// stages before it added and adds its own part (as spaCy's components do over one Doc):
//
//   clean    Document → article
//   segment  article → sentences, with tokens carrying norm and word classes
//   actors   article, sentences → mentions
//   places   article, sentences, mentions → the towns an act of force may target, as mentions
//   parse    tokens of sentences that can hold an event → part of speech, lemma, head, relation
//   events   sentences, mentions → events (and the pattern trace when asked for)
//   plover   events, sentences → each event's PLOVER type, mode and context
//   geo      events, sentences, mentions, article → each event's place
#pragma once

#include <vector>

#include "actors/actors.h"
#include "clean/article.h"
#include "events/coder.h"
#include "geo/locate.h"
#include "plover/plover.h"
#include "segment/segment.h"

namespace dyad {

struct AnalyzedDocument {
  Article article;
  std::vector<Sentence> sentences;
  std::vector<ActorMention> mentions;  // Event::source/target index these
  std::vector<Event> events;
  std::vector<PloverCoding> plover;               // one per event
  std::vector<std::optional<EventPlace>> places;  // one per event; none when unknown
  // Set by the parse stage: the sentences an "it" or "they" after them may take its actors from,
  // parsed only if the coder reads their subjects (pipeline/parse_stage.h); and what the parser
  // analysed, those included.
  std::vector<bool> parse_on_demand;
  std::size_t sentences_parsed = 0, tokens_parsed = 0;
  bool want_trace = false;          // set before the run: `dyad explain` asks for the trace
  bool one_sided = false;           // set before the run: events with one side absent too
  std::vector<PatternTrace> trace;  // every pattern that matched words, with its verdict
};

}  // namespace dyad
