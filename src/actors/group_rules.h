// Rules of the actor stage about who a group of people is, on the chunks of actor_chunks.h: a
// country's ethnic group ("Bosnian Serbs"), refugees by the country they flee, an institution by
// its seat, the leaders of a people, a human rights group without a country, and an
// abbreviation that the article defines in parentheses. Not an interface: only src/actors/actors.cc
// includes it.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_chunks.h"

namespace dyad::actor_chunks {

// "Bosnian Serbs", "Croatian Serb refugees", "Kosovo Albanians": a country's name or adjective
// right before another country's people noun names the part of that people living in the first
// country, one actor of the first country (CAMEO codes such groups by where they live).
// ("Greek Cypriots" and "Turkish Cypriots" are Cyprus's, phrases of data/actors.) The
// second word must name people — a plural ("Serbs") or a word before an office or group
// ("Serb refugees") —, since two countries' adjectives before a thing name two parties to it
// ("the Syrian Turkish border", "Russian Ukrainian talks").
inline bool countrys_ethnic_group(const SentenceView& view, const std::vector<UnitMatch>& units,
                                  const Chunk& chunk, const UnitMatch& unit) {
  if (unit.unit != Unit::kCountry || !unit.entry || unit.entry->subkind != "demonym" ||
      !chunk.country_entry || chunk.sources.size() != 1 || chunk.last + 1 != unit.first ||
      !chunk.agent.empty() || chunk.person || unit.entry->code == chunk.country)
    return false;
  const std::string& first = chunk.country_entry->subkind;
  if (first != "demonym" && first != "name" && first != "actor") return false;
  const std::string_view noun = view.token(unit.last);
  const bool plural = noun.size() > 2 && noun.back() == 's' && noun[noun.size() - 2] != 's';
  // After a country's adjective, only a people's own noun ("Serb", "Croat", "Turk", "Uzbek")
  // names an ethnic group; an adjective's demonym ("Iranian Americans", "Chinese Indonesians",
  // "Russian Israelis") names citizens of the second country by their origin. A country's name
  // first ("Kosovo Albanians", "Kosovo Serbs") says where they live either way.
  if (first == "demonym") {
    const std::string_view singular = plural ? noun.substr(0, noun.size() - 1) : noun;
    if (singular.ends_with("an") || singular.ends_with("ese") || singular.ends_with('i'))
      return false;
  }
  const UnitMatch* next = unit_at(units, unit.last + 1);
  return plural || (next && next->unit == Unit::kAgent);
}

// Whether the token is an abbreviation: two to six capital letters.
inline bool is_acronym(std::string_view word) {
  return word.size() >= 2 && word.size() <= 6 && std::all_of(word.begin(), word.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c));
         });
}

// "Montenegro Municipality Association (AKK)": an acronym in parentheses right after a name is
// the abbreviation the article gives that name. It names a person of the dictionary only where
// the name before is that person ("Annegret Kramp-Karrenbauer (AKK)"); else the person with
// these initials is a namesake, and the acronym's unit is dropped.
inline void drop_defined_abbreviations(const SentenceView& view, std::vector<UnitMatch>& units) {
  std::erase_if(units, [&](const UnitMatch& unit) {
    if (unit.unit != Unit::kPerson || unit.first != unit.last || unit.first < 2 ||
        unit.last + 1 >= view.size() || !is_acronym(view.token(unit.first)) ||
        view.token(unit.first - 1) != "(" || view.token(unit.last + 1) != ")" ||
        !is_capitalized(view.token(unit.first - 2)))
      return false;
    for (const UnitMatch& before : units)
      if (before.last + 2 == unit.first && before.unit == Unit::kPerson && before.entry &&
          unit.entry && before.entry->person == unit.entry->person)
        return false;
    return true;
  });
}

// "Montenegro Municipality Association (AKK) officials": the abbreviation in parentheses after a
// name is part of the name, so an office after it is the name's. Returns the token after the
// closing parenthesis when `t` opens such an abbreviation between a capitalised word and an
// office or group of the dictionary, else kNone.
inline std::size_t after_abbreviation(const SentenceView& view, const std::vector<UnitMatch>& units,
                                      std::size_t t) {
  if (t == 0 || t + 3 >= view.size() || view.token(t) != "(" || view.token(t + 2) != ")" ||
      !is_acronym(view.token(t + 1)) || !is_capitalized(view.token(t - 1)) || unit_at(units, t + 1))
    return kNone;
  const UnitMatch* office = unit_at(units, t + 3);
  return office && office->unit == Unit::kAgent ? t + 3 : kNone;
}

// Refugees and civilians "fleeing the civil war in Liberia" or "fleeing Syria" are that
// country's: the country they flee (as people "from" a town are, geo/placed_groups.h). Returns
// the country's unit, or nullptr. The country may stand past "the", up to three lower-case
// words and "in". ("Refugees from Syria" is left to the patterns that name the country as the
// target: "{accept} refugees from $T".)
inline const UnitMatch* fled_country(const SentenceView& view, const std::vector<UnitMatch>& units,
                                     std::size_t t, const Chunk& chunk) {
  if ((chunk.agent != "REF" && chunk.agent != "CVL") || !chunk.country.empty() ||
      !chunk.organization.empty() || chunk.person || t + 1 >= view.size() ||
      view.sentence->tokens[t].norm != "fleeing")
    return nullptr;
  auto country_at = [&](std::size_t u) -> const UnitMatch* {
    if (u < view.size() && view.is(u, WordClass::kArticle)) ++u;
    const UnitMatch* unit = unit_at(units, u);
    return unit && unit->unit == Unit::kCountry ? unit : nullptr;
  };
  if (const UnitMatch* fled = country_at(t + 1)) return fled;
  std::size_t u = t + 1;
  if (view.is(u, WordClass::kArticle)) ++u;
  for (std::size_t words = 0; u < view.size() && words <= 3; ++u, ++words) {
    if (view.sentence->tokens[u].norm == "in") return words > 0 ? country_at(u + 1) : nullptr;
    const std::string_view w = view.token(u);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0])) || unit_at(units, u))
      return nullptr;
  }
  return nullptr;
}

// "A newspaper based in Beirut", "a charity based in London", "a company based in Christian
// east Beirut": an institution is its seat's country. Returns the country's unit (a name or a
// capital), past up to two words after "based in", or nullptr. Only institutions of no state
// (the dictionary's `org` agents: newspapers, companies, charities, parties, armed groups):
// not a state's army, offices or spies, nor missions and embassies, which are based abroad.
inline const UnitMatch* seat_country(const SentenceView& view, const std::vector<UnitMatch>& units,
                                     std::size_t t, const Chunk& chunk) {
  if (chunk.agent_kind != "org" || !chunk.country.empty() || !chunk.organization.empty() ||
      chunk.person || chunk.agent_end == kNone ||
      view.is(chunk.agent_end, WordClass::kPostedAbroad) || t + 2 >= view.size() ||
      view.sentence->tokens[t].norm != "based" || view.sentence->tokens[t + 1].norm != "in")
    return nullptr;
  for (const char* state : {"GOV", "MIL", "SPY", "IGO", "JUD", "LEG", "COP"})
    if (chunk.agent.starts_with(state)) return nullptr;
  for (std::size_t u = t + 2; u < view.size() && u <= t + 4; ++u) {
    if (const UnitMatch* unit = unit_at(units, u))
      return unit->unit == Unit::kCountry && unit->entry->subkind != "demonym" ? unit : nullptr;
    const std::string_view w = view.token(u);
    if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) return nullptr;
  }
  return nullptr;
}

// The agent of a people without a state of its own (data/actors/peoples.tsv), or of a country's
// ethnic group ("Bosnian Serbs"): neither is the state. Its armed men are rebels ("Kurdish
// forces", "Bosnian Serb forces": CAMEO REB, as its fighters and militias). Its leaders
// ("Yoruba leaders", "the Kurdish leadership"), named by the people before the office, lead a
// people, not a government: CAMEO's dictionaries code a people as civilians (Phoenix:
// ETHNIC_GROUP [~CVL]); so is an ethnic group named alone, which the country's code alone
// would make the state itself. (Its officials and authorities hold some office, often of a
// region, and stay GOV; a people word after an office is the holder's name: "Minister
// Mohammad Ibrahim Baluch".)
inline bool leads_a_people(const SentenceView& view, const Chunk& chunk) {
  if (chunk.agent != "GOV" || chunk.agent_end == kNone || chunk.country_first == kNone ||
      chunk.country_first > chunk.agent_end)
    return false;
  const std::string_view head = view.sentence->tokens[chunk.agent_end].norm;
  return head == "leader" || head == "leaders" || head == "leadership";
}

inline std::string peoples_agent(const SentenceView& view, const Chunk& chunk) {
  if (chunk.agent == "MIL") return "REB";
  if (leads_a_people(view, chunk) || (chunk.agent.empty() && chunk.ethnic_group)) return "CVL";
  return chunk.agent;
}

// "A human rights group said": a human rights organisation (CAMEO HRI) that no country owns is a
// non-governmental organisation, CAMEO NGO + HRI. Only one named by its rights ("rights
// group", "human rights organisation"): a "watchdog" is as often a state regulator or the UN's
// nuclear agency.
constexpr std::string_view kRightsGroupCode = "NGOHRI";

inline bool rights_group_without_country(const SentenceView& view, const Chunk& chunk) {
  if (chunk.agent != "HRI" || chunk.agent_kind != "org" || !chunk.country.empty() ||
      !chunk.organization.empty() || chunk.person || chunk.agent_end == kNone)
    return false;
  for (std::size_t t = chunk.first; t <= chunk.agent_end; ++t)
    if (view.sentence->tokens[t].norm == "rights") return true;
  return false;
}

}  // namespace dyad::actor_chunks
