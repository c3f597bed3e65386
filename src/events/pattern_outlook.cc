#include "events/pattern_outlook.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "events/cameo.h"
#include "events/sentence_coder.h"
#include "events/word_rules.h"

namespace dyad {

namespace {

using word_rules::kNone;
using word_rules::PatternMatcher;
using word_rules::SentenceCoder;
using word_rules::SentenceTokens;

// Whether `pattern`, its anchor at token `anchor`, has its other required words in the sentence:
// those before the anchor in order before it (the word matcher reads them so), the rest anywhere
// (the parse's matcher may find "to" and its verb where the parse puts them). The coder needs
// every one of them, so a sentence where no pattern has them yields no event, parsed or not.
bool required_words_present(const EventPattern& pattern, const SentenceTokens& tokens,
                            std::size_t anchor) {
  std::size_t at = 0;
  for (std::size_t e = 0; e < pattern.elements.size(); ++e) {
    const PatternElement& element = pattern.elements[e];
    const bool word =
        element.kind == PatternElement::Kind::kWords || element.kind == PatternElement::Kind::kVerb;
    if (e == pattern.anchor || !word || element.optional) continue;
    if (e > pattern.anchor) {
      bool found = false;
      for (std::size_t t = 0; t < tokens.size() && !found; ++t)
        found = element.matches(tokens.id(t));
      if (!found) return false;
      continue;
    }
    while (at < anchor && !element.matches(tokens.id(at))) ++at;
    if (at == anchor) return false;
    ++at;
  }
  return true;
}

// The shapes of pattern the parse can complete without the word matcher
// (word_rules::parse_match, and the passive reading of "{verb} $T").
enum class ParseShape {
  kNone,
  kObject,       // "{verb} $T …": the verb's object, or (passive) its "by" agent
  kPreposition,  // "word preposition $T …": the word's oblique or modifier with that preposition
  kThatClause,   // "{verb} (that) $T": the subject of the verb's complement clause
  kObjectPreposition,  // "{verb} noun preposition $T …": the object's or the verb's phrase
};

ParseShape parse_shape(const EventPattern& pattern) {
  const auto& elements = pattern.elements;
  if (pattern.anchor != 0 || elements.size() < 2) return ParseShape::kNone;
  auto target_at = [&](std::size_t i) {
    return i < elements.size() && elements[i].kind == PatternElement::Kind::kTarget &&
           !elements[i].anywhere_later;
  };
  if (elements[0].kind == PatternElement::Kind::kVerb && target_at(1)) return ParseShape::kObject;
  auto plain_words = [&](std::size_t i) {
    return i < elements.size() && elements[i].kind == PatternElement::Kind::kWords &&
           !elements[i].optional;
  };
  if (elements[0].kind != PatternElement::Kind::kTarget && plain_words(1) && plain_words(2) &&
      target_at(3))
    return ParseShape::kObjectPreposition;
  if (elements[1].kind != PatternElement::Kind::kWords || !target_at(2)) return ParseShape::kNone;
  return elements[1].optional ? ParseShape::kThatClause : ParseShape::kPreposition;
}

// How far, in tokens after the word that governs it, the parse's actor is looked for. The actor
// heads, or modifies, the phrase the word governs, so it comes soon after it: measured on the
// Guardian corpus, the dev set and 3,000 Reuters articles (docs/parsing.md), every target the
// parse found for a pattern the word matcher could not match was within these distances.
constexpr std::size_t kObjectReach = 10;      // verb → its object's actor ("{kill} $T")
constexpr std::size_t kPrepositionReach = 4;  // preposition → its object's actor ("{say} to $T")
constexpr std::size_t kAgentByReach = 4;      // passive verb → "by"
constexpr std::size_t kAgentReach = 6;        // "by" → the agent's actor
constexpr std::size_t kPlaceReach = 5;        // "in" → the country of a place attacked
constexpr std::size_t kRelativeReach = 5;     // an actor → the relative pronoun after it

// Force and threats (CAMEO 13, 18–20) reach further: their target may be the country a place
// is in ("invaded an enclave in Syria's north-west", "an assault on the city of Afrin, in
// north-west Syria": word_rules::parse_match), however far the place is from the verb.
bool far_reaching(const EventPattern& pattern) {
  for (const char* code : {"13", "18", "19", "20"})
    if (pattern.code.starts_with(code)) return true;
  return false;
}

// A word that may stand between two parties of one phrase: a comma or other punctuation, or a
// possessive.
bool joins_actors(const std::string& word) {
  return word == "'s" || std::none_of(word.begin(), word.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) != 0;
         });
}

class SentenceActors {
 public:
  SentenceActors(const std::vector<ActorMention>& mentions, std::size_t index,
                 const SentenceTokens& tokens)
      : tokens_(tokens) {
    for (const ActorMention& mention : mentions) {
      if (mention.sentence != index) continue;
      names_place_ |= mention.place;
      if (!mention.location && !mention.code.empty()) acting_.push_back(&mention);
    }
    std::sort(acting_.begin(), acting_.end(), [](const ActorMention* a, const ActorMention* b) {
      return a->first_token < b->first_token;
    });
    // A relative pronoun right after an actor's phrase may stand for it as an object ("X, whom
    // Turkey accuses of …").
    for (std::size_t t = 0; t < tokens.size() && relative_ == kNone; ++t)
      if (tokens.is(t, WordClass::kRelativePronoun) &&
          std::any_of(acting_.begin(), acting_.end(), [&](const ActorMention* m) {
            return m->last_token < t && m->last_token + kRelativeReach >= t;
          }))
        relative_ = t;
  }

  // Tokens from `word` to the first actor ending after it (1 if it starts right after `word`),
  // or kNone.
  std::size_t distance_after(std::size_t word) const {
    std::size_t best = kNone;
    for (const ActorMention* m : acting_)
      if (m->last_token > word) best = std::min(best, std::max(m->first_token, word + 1) - word);
    return best;
  }

  // Whether the parse could give the pattern anchored at token `anchor` its target (or, passive,
  // its agent) among the actors.
  bool reachable(const EventPattern& pattern, std::size_t anchor) const {
    const ParseShape shape = parse_shape(pattern);
    if (shape == ParseShape::kNone) return false;
    if (relative_ != kNone && relative_ < anchor) return true;
    if (far_reaching(pattern))
      for (std::size_t in = anchor + 1; in < tokens_.size(); ++in)
        if (tokens_.is_word(in, "in") && distance_after(in) <= kPlaceReach) return true;
    // "sent 21 military and civilian personnel to Bosnia", "dispatched inspectors to the
    // facilities in central Iran": the object's noun, then the preposition near an actor (or,
    // for "to", a place "in" a country after it).
    if (shape == ParseShape::kObjectPreposition) {
      const PatternElement &noun = pattern.elements[1], &preposition = pattern.elements[2];
      const bool to = preposition.words.contains("to");
      for (std::size_t k = anchor + 1; k < tokens_.size() && k <= anchor + kObjectReach; ++k) {
        if (!noun.matches(tokens_.id(k))) continue;
        for (std::size_t p = k + 1; p < tokens_.size(); ++p) {
          if (!preposition.matches(tokens_.id(p))) continue;
          if (distance_after(p) <= kPrepositionReach) return true;
          for (std::size_t in = p + 1; to && in < tokens_.size() && in <= p + kObjectReach; ++in)
            if (tokens_.is_word(in, "in") && distance_after(in) <= kPlaceReach) return true;
        }
      }
    }
    if (shape == ParseShape::kPreposition) {
      const PatternElement& preposition = pattern.elements[1];
      for (std::size_t k = anchor + 1; k < tokens_.size(); ++k)
        if (preposition.matches(tokens_.id(k)) && distance_after(k) <= kPrepositionReach)
          return true;
      return false;
    }
    if (distance_after(anchor) <= kObjectReach) return true;
    if (shape != ParseShape::kObject) return false;
    // A passive's "by" agent near the verb; or, however far from it, a "by" after the comma
    // closing a clause set off between commas, which is the agent of the passive the clause
    // interrupts ("was accused of misusing funds, much of it believed embezzled, by officials";
    // parse/repair.h).
    for (std::size_t by = anchor + 1; by < tokens_.size(); ++by)
      if (tokens_.is_word(by, "by") &&
          (by <= anchor + kAgentByReach || tokens_.is_word(by - 1, ",")) &&
          distance_after(by) <= kAgentReach)
        return true;
    return false;
  }

  // Whether a town or city (ActorMention::place) is named: the word matcher takes one as the
  // target of an act done to places only where the parse makes it an object
  // (PatternMatcher::place_is_object), so unparsed it cannot tell.
  bool names_place() const { return names_place_; }

  // Whether a mutual pattern ("{meet}", "talks") could find two parties: a group that refers
  // back ("they", "the two countries"), "between", or two actors with nothing, a conjunction,
  // a possessive or punctuation between them (a compound subject, a list, "Damascus's Russian
  // ally", "a U.S./Soviet summit", "a U.S.-Israeli trade meeting").
  bool parties_possible() const {
    for (std::size_t t = 0; t < tokens_.size(); ++t)
      if (tokens_.is(t, WordClass::kGroupNoun) || tokens_.is_word(t, "they") ||
          tokens_.is_word(t, "between"))
        return true;
    for (std::size_t i = 1; i < acting_.size(); ++i) {
      const std::size_t from = acting_[i - 1]->last_token + 1, to = acting_[i]->first_token;
      if (from >= to) return true;
      for (std::size_t t = from; t < to; ++t)
        if (joins_actors(tokens_.word(t)) || tokens_.is(t, WordClass::kListJoiner)) return true;
    }
    return false;
  }

 private:
  const SentenceTokens& tokens_;
  std::vector<const ActorMention*> acting_;  // named actors (no places), in text order
  std::size_t relative_ = kNone;             // the first relative pronoun after a mention
  bool names_place_ = false;
};

}  // namespace

PatternOutlook pattern_outlook(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                               std::size_t index, const PatternBook& patterns, bool one_sided) {
  PatternOutlook outlook;
  const SentenceTokens tokens(sentence, mentions, index, patterns);
  const SentenceCoder coder(tokens, mentions, index);
  const SentenceActors actors(mentions, index, tokens);
  for (std::size_t t = 0; t < tokens.size() && !outlook.may_match; ++t) {
    const auto* candidates = patterns.anchored_at(tokens.id(t));
    if (!candidates) continue;
    outlook.event_word = true;
    for (const std::size_t p : *candidates) {
      const EventPattern& pattern = patterns.patterns()[p];
      if (pattern.one_sided && !one_sided) continue;
      if (!required_words_present(pattern, tokens, t)) continue;
      // The coder never reads a word of an actor's name as a pattern's verb.
      if (pattern.elements[pattern.anchor].kind == PatternElement::Kind::kVerb &&
          tokens.in_mention(t))
        continue;
      // Unparsed, the coder reads "X was condemned by Y" from the words; parsed, from the parse.
      const bool passive_by_words = coder.passive_agent(t) != kNone;
      // One-sided: "X was arrested" is read from the parse alone.
      const bool agentless_passive = one_sided && parse_shape(pattern) == ParseShape::kObject &&
                                     t > 0 && tokens.is(t - 1, WordClass::kBeForm);
      const bool may_match =
          pattern.mutual()
              ? passive_by_words || (actors.parties_possible() &&
                                     PatternMatcher(tokens, mentions, pattern, t).run())
              : passive_by_words || agentless_passive || actors.reachable(pattern, t) ||
                    (actors.names_place() && done_to_places(pattern.code)) ||
                    PatternMatcher(tokens, mentions, pattern, t).run();
      if (may_match) {
        outlook.may_match = true;
        break;
      }
    }
  }
  return outlook;
}

}  // namespace dyad
