// The place of an event: the locative the parse attaches to the event's predicate ("in Baku",
// "near the border with Azerbaijan", "in the Syrian capital"), else the town the event is done
// to ("Russian jets bombed Aleppo"), else the article's dateline, else none. The actors' own
// countries are never taken as the place; they only decide between places that share a name
// ("Tripoli", "Georgia").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clean/article.h"
#include "geo/places.h"
#include "segment/segment.h"

namespace dyad {

struct EventPlace {
  const Place* place = nullptr;
  std::string basis;  // "locative", "target" (the town the event is done to) or "dateline"
};

// What the placer needs to know of one event.
struct EventSite {
  const Sentence* sentence = nullptr;
  std::size_t predicate = 0;  // the token of the event word (Event::predicate)
  std::vector<std::pair<std::size_t, std::size_t>> actor_tokens;  // [first, last] in sentence
  std::vector<std::string> actor_countries;                       // CAMEO codes of its actors
  // The town the event is done to ("bombed Aleppo"), when its target is one; else nullptr.
  const Place* target_town = nullptr;
};

class EventPlacer {
 public:
  explicit EventPlacer(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

  // Thread-safe. `text` is the Article::text the tokens index.
  std::optional<EventPlace> place(const Article& article, const EventSite& site) const;

  // The place of the first locative ("in/near/at/outside/inside X", obl or nmod) attached to
  // the predicate, to its object, or to the words governing the predicate.
  // nullptr when the sentence was not parsed.
  const Place* locative_place(std::string_view text, const EventSite& site) const;
  // The article's dateline place ("BAKU, March 5 (Reuters) -").
  const Place* dateline_place(const Article& article, const EventSite& site) const;

 private:
  const Place* phrase_place(std::string_view text, const std::vector<Token>& tokens,
                            std::size_t head, const EventSite& site, int depth) const;

  const Gazetteer& gazetteer_;
};

}  // namespace dyad
