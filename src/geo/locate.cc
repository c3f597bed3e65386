#include "geo/locate.h"

#include <algorithm>
#include <array>

namespace dyad {

namespace {

constexpr std::array<std::string_view, 5> kLocativePrepositions = {"in", "near", "at", "outside",
                                                                   "inside"};
bool is_locative(std::string_view preposition) {
  return std::find(kLocativePrepositions.begin(), kLocativePrepositions.end(), preposition) !=
         kLocativePrepositions.end();
}

// Relations of a place phrase to the word it tells the place of; time phrases and possessors
// are not places.
bool place_relation(std::string_view deprel) {
  return (deprel.starts_with("obl") || deprel.starts_with("nmod")) && deprel != "obl:tmod" &&
         deprel != "nmod:tmod" && deprel != "nmod:poss" && deprel != "obl:npmod";
}
// Relations through which a predicate word belongs to a larger one ("held talks": talks is
// the object of held; "agreed to meet": meet is the xcomp of agreed; "the shelled positions near
// the border", "the protesters arrested in Tripoli": a participle modifies the noun the place
// is given for — and the parser reads many a short news clause that way).
bool part_of_head(std::string_view deprel) {
  return deprel == "obj" || deprel == "xcomp" || deprel == "ccomp" || deprel == "compound" ||
         deprel.starts_with("nsubj") || deprel == "advcl" || deprel == "conj" || deprel == "amod" ||
         deprel.starts_with("acl");
}

std::vector<std::size_t> children(const std::vector<Token>& tokens, std::size_t head) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].head == static_cast<int>(head)) out.push_back(i);
  return out;
}

// The child's preposition ("case" dependent), or empty.
std::string_view preposition(const std::vector<Token>& tokens, std::size_t word) {
  for (const std::size_t c : children(tokens, word))
    if (tokens[c].deprel == "case") return tokens[c].norm;
  return {};
}

bool in_actor(const EventSite& site, std::size_t token) {
  return std::any_of(site.actor_tokens.begin(), site.actor_tokens.end(), [&](const auto& range) {
    return token >= range.first && token <= range.second;
  });
}

bool parsed(const std::vector<Token>& tokens) {
  return std::any_of(tokens.begin(), tokens.end(),
                     [](const Token& t) { return !t.deprel.empty(); });
}

}  // namespace

const Place* EventPlacer::locative_place(std::string_view text, const EventSite& site) const {
  const auto& tokens = site.sentence->tokens;
  if (!parsed(tokens) || site.predicate >= tokens.size()) return nullptr;
  const std::size_t predicate = site.predicate;
  // Where a locative may hang: the predicate, its object noun ("held talks in Baku" may hang on
  // talks), then the words the predicate is part of.
  std::vector<std::size_t> hosts = {predicate};
  for (const std::size_t c : children(tokens, predicate))
    if (tokens[c].deprel == "obj" && !in_actor(site, c)) hosts.push_back(c);
  for (std::size_t at = predicate, steps = 0;
       steps < 2 && part_of_head(tokens[at].deprel) && tokens[at].head >= 0; ++steps) {
    at = static_cast<std::size_t>(tokens[at].head);
    hosts.push_back(at);
  }
  // A phrase that may name a place: no time phrase or possessor, no actor of the event.
  auto place_phrase = [&](std::size_t word) {
    return place_relation(tokens[word].deprel) && !in_actor(site, word);
  };
  for (const std::size_t host : hosts) {
    for (const std::size_t dependent : children(tokens, host)) {
      if (!place_phrase(dependent)) continue;
      const std::string_view prep = preposition(tokens, dependent);
      if (is_locative(prep)) {
        if (const Place* place = phrase_place(text, tokens, dependent, site, 0)) return place;
        continue;
      }
      // What the act is done to may carry the place: "an attack on a weapons depot in Basra".
      if (prep != "on" && prep != "against") continue;
      for (const std::size_t inner : children(tokens, dependent))
        if (place_phrase(inner) && is_locative(preposition(tokens, inner)))
          if (const Place* place = phrase_place(text, tokens, inner, site, 1)) return place;
    }
  }
  return nullptr;
}

// The place a noun phrase headed by `head` names: its proper name ("Baku", "Nagorno-Karabakh",
// "Tel Aviv"), the place of an "of", "with" or locative phrase or an apposition under it, a
// demonym's capital ("the Syrian capital") or country ("a Syrian village").
const Place* EventPlacer::phrase_place(std::string_view text, const std::vector<Token>& tokens,
                                       std::size_t head, const EventSite& site, int depth) const {
  if (depth > 2) return nullptr;
  const auto kids = children(tokens, head);
  // The name: the head with the proper nouns compounded to it, as one run of words.
  std::size_t first = head, last = head;
  for (const std::size_t c : kids) {
    const bool name_part = tokens[c].deprel == "compound" || tokens[c].deprel.starts_with("flat");
    if (!name_part || tokens[c].upos != "PROPN") continue;
    if (c + 1 == first) first = c;
    if (c == last + 1) last = c;
  }
  auto words = [&](std::size_t from, std::size_t to) {
    return text.substr(tokens[from].span.begin, tokens[to].span.end - tokens[from].span.begin);
  };
  if (tokens[head].upos == "PROPN") {
    if (const Place* p = gazetteer_.resolve(words(first, last), site.actor_countries)) return p;
    if (const Place* p = gazetteer_.resolve(words(head, head), site.actor_countries)) return p;
  } else if (first < head) {  // "Idlib province": the name compounded to a common noun
    if (const Place* p = gazetteer_.resolve(words(first, head - 1), site.actor_countries)) return p;
  }
  // "the city of Homs", "the border with Azerbaijan", "a gunbattle in southern Serbia", "the
  // capital, Kabul", "(in) an attack on a weapons depot in Basra".
  for (const std::size_t c : kids) {
    const std::string_view prep = preposition(tokens, c);
    const bool of_phrase = tokens[c].deprel.starts_with("nmod") &&
                           (prep == "of" || prep == "with" || prep == "on" || is_locative(prep));
    if (of_phrase || (tokens[c].deprel == "appos" && tokens[c].upos == "PROPN"))
      if (const Place* p = phrase_place(text, tokens, c, site, depth + 1)) return p;
  }
  // "the Syrian capital", "Syria's capital": the country, then its capital when that is what
  // the phrase names.
  std::string country;
  for (const std::size_t c : kids) {
    if (tokens[c].deprel == "amod")
      country = gazetteer_.demonym_country(words(c, c));
    else if (tokens[c].deprel == "nmod:poss" && tokens[c].upos == "PROPN")
      if (const Place* p = gazetteer_.resolve(words(c, c), site.actor_countries);
          p && p->type == "country")
        country = p->country;
    if (!country.empty()) break;
  }
  if (country.empty()) return nullptr;
  if (tokens[head].norm == "capital")
    if (const Place* capital = gazetteer_.capital_of(country)) return capital;
  return gazetteer_.country(country);
}

const Place* EventPlacer::dateline_place(const Article& article, const EventSite& site) const {
  if (!article.dateline || article.dateline->place.empty()) return nullptr;
  std::string_view place = article.dateline->place;
  place = place.substr(0, place.find(','));  // "BAKU, Azerbaijan"
  return gazetteer_.resolve(place, site.actor_countries);
}

std::optional<EventPlace> EventPlacer::place(const Article& article, const EventSite& site) const {
  if (const Place* p = locative_place(article.text, site)) return EventPlace{p, "locative"};
  if (site.target_town) return EventPlace{site.target_town, "target"};
  if (const Place* p = dateline_place(article, site)) return EventPlace{p, "dateline"};
  return std::nullopt;
}

}  // namespace dyad
