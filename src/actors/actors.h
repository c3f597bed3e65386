// Actors: every mention of a political actor in an article, resolved to a CAMEO actor code.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "actors/lexicon.h"
#include "clean/article.h"
#include "segment/segment.h"

namespace dyad {

struct ActorMention {
  std::size_t sentence = 0;     // index into the article's sentences
  std::size_t first_token = 0;  // token range [first_token, last_token] within the sentence
  std::size_t last_token = 0;
  Span span;  // in Article::text
  std::string text;
  std::string code;       // country + agent ("IRNGOV"), country ("ARM"), organisation ("IGOUNO")
  std::string country;    // "IRN"; empty for organisations and locations
  std::string agent;      // "GOV"; empty when none
  std::string rule;       // the dictionary row or resolution rule that produced the code
  std::string kind;       // person, org, group, country, organization, or location
  bool location = false;  // a region named as a place (Nagorno-Karabakh): not an actor
  bool metonym = false;   // a capital or seat standing for its state ("Tehran", "the Kremlin")
  // A town or city of the gazetteer ("Aleppo"): a location that carries its country as `code`,
  // taken as the target of force and coercion only ("Russian jets bombed Aleppo"), never as a
  // source (geo/place_targets.h).
  bool place = false;
};

// Whether a group of this agent code named "in" a place, with no country of its own, is that
// place's: offices that sit or act in their own country (government, courts, legislatures,
// police), rebels, insurgents, radicals and the opposition (CAMEO codes armed groups by the
// country they fight in: "rebels in the Ivory Coast"), and the people who live there: civilians,
// students, workers (`kind` "group", data/actors/agents.tsv: "students in Indonesia", "farmers
// in Bolivia"; not their institutions, "a school in Syria" is a place there). Not troops,
// diplomats, refugees or aid groups, which are often abroad; nor, by their words, tourists,
// migrants, hostages or prisoners (data/grammar/word_classes.tsv, posted_abroad).
bool acts_where_it_is(std::string_view agent, std::string_view kind);

// Whether `mention` acts in its (parsed or not) sentence: not a place, and not a capital that
// only names a process or meeting held there ("the Astana process", "the Geneva talks", the
// parse's compound on a common noun).
bool acts_in_sentence(const ActorMention& mention, const Sentence& sentence);

class ActorResolver {
 public:
  explicit ActorResolver(const ActorLexicon& lexicon) : lexicon_(lexicon) {}

  // Thread-safe. Mentions in text order. Within one article, people introduced with their
  // office ("Iran's Deputy Foreign Minister Ali Bagheri-Kani") are found again by surname,
  // and "he"/"she" resolve to the last person mentioned.
  std::vector<ActorMention> resolve(const Article& article,
                                    const std::vector<Sentence>& sentences) const;

 private:
  const ActorLexicon& lexicon_;
};

}  // namespace dyad
