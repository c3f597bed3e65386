// Events: who did what to whom in each sentence, from verb/noun patterns over actor mentions.
#pragma once

#include <string>
#include <vector>

#include "actors/actors.h"
#include "events/antecedents.h"
#include "events/cameo.h"
#include "events/patterns.h"

namespace dyad {

struct Event {
  std::size_t sentence = 0;
  std::size_t source = 0;  // index into the article's mentions; kNoActor when absent
  std::size_t target = 0;  // (one-sided events: events/absent_actor.h)
  const CameoCode* cameo = nullptr;
  std::string modality;  // "asserted", "future" (will, plans to…), "hypothetical" (if, would…)
                         // or "alleged" (reportedly, reports of…)
  bool passive = false;  // coded from "X was condemned by Y"
  std::size_t predicate = 0;  // token (in the sentence) of the event word the pattern anchors
  std::string path;           // how the source was found: its path in the parse ("nsubj",
                              // "conj > nsubj", "acl:relcl > head", …) or "words" (no parse role)
  Span span;                  // the evidence, in Article::text
  const EventPattern* pattern = nullptr;
  bool reverse = false;  // the second event of a paired pattern ("A met B" → B met A)

  // A code the engine chose instead of the pattern's: a refused meeting ("refused to meet X") is
  // CAMEO 125, a rejection of the proposal to meet; an attack the source vows or announces
  // ("will launch strikes on X") is a threat (13x), promised cooperation an intent (03x).
  std::string recoded;

  const std::string& code() const {
    if (!recoded.empty()) return recoded;
    return reverse ? pattern->paired_code : pattern->code;
  }
};

// Why a pattern that matched a sentence did or did not give an event (for `dyad explain`).
struct PatternTrace {
  std::size_t sentence = 0;
  const EventPattern* pattern = nullptr;
  std::string verdict;  // "coded", or the reason it was not
};

// "followed suit" at token `t` of a sentence: EventCoder repeats the previous sentence's events
// with the subject of "followed" as their source (and the parse stage parses such a sentence).
bool follows_suit_at(const std::vector<Token>& tokens, std::size_t t);

class EventCoder {
 public:
  EventCoder(const PatternBook& patterns, const CameoTable& cameo)
      : patterns_(patterns), cameo_(cameo) {}

  // Thread-safe. Events in sentence order. When `trace` is given, every pattern that matched
  // some words is recorded with its verdict. `parser` parses, when their subjects are first
  // read, the sentences an "it" or "they" may refer back to (it may write to `sentences`).
  // With `one_sided`, acts that need no target ("-$T" patterns) and passives without an agent
  // actor ("X was arrested") are coded too, their absent side kNoActor (events/absent_actor.h).
  std::vector<Event> code(const std::vector<Sentence>& sentences,
                          const std::vector<ActorMention>& mentions,
                          std::vector<PatternTrace>* trace = nullptr,
                          const AntecedentParser* parser = nullptr, bool one_sided = false) const;

 private:
  const PatternBook& patterns_;
  const CameoTable& cameo_;
};

}  // namespace dyad
