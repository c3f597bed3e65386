// The actor stage's internals shared by actors.cc: the dictionary units of a sentence, the
// chunk (noun phrase) grown from them, its resolved code, and the rules on chunks that need no
// article state (units, people by date, former office holders, possessives, appositions,
// regions, organs, diplomats, members).
// Not an interface: only src/actors/actors.cc includes it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/actors.h"
#include "actors/un_organs.h"
#include "util/utf8.h"

namespace dyad::actor_chunks {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxModifiers = 4;  // Title-case words allowed between units of a chunk

enum class Unit { kCountry, kOrganization, kAgent, kPerson, kLocation };

// A dictionary match, in token coordinates, with the one meaning chosen for it.
struct UnitMatch {
  std::size_t first = 0, last = 0;
  Unit unit = Unit::kCountry;
  const LexiconEntry* entry = nullptr;
};

// A noun phrase made of dictionary units: "Iran's Deputy Foreign Minister Ali Bagheri-Kani".
struct Chunk {
  std::size_t first = 0, last = 0;
  std::string country, organization, agent, agent_kind;
  std::string prefix_agent;  // PETRARCH's "MSF [NGO~]": an agent written before the country
  const LexiconEntry* person = nullptr;
  const LexiconEntry* location = nullptr;
  const LexiconEntry* country_entry = nullptr;        // the unit `country` came from
  std::size_t country_first = kNone;                  // the first token of that unit
  std::size_t name_first = kNone, name_last = kNone;  // a personal name inside the chunk
  std::size_t agent_end = kNone;                      // last token of the head agent phrase
  bool agent_plural = false;                          // "officials", "ministers"
  std::string agent_source;                           // dictionary row of the head agent
  bool only_agents = true;                            // no country, person or name units
  bool country_after_agent = false;  // "ambassadors of France": country by a preposition
  bool owned_by_person = false;      // "the government of Nouri al-Maliki": the person's body
  bool ethnic_group = false;         // "Bosnian Serbs": a people of the country (group_rules.h)
  std::vector<std::string> sources;
};

struct Resolved {
  std::string code, country, agent, rule, kind;
};

struct SentenceView {
  std::string_view text;  // the article text
  const Sentence* sentence;
  std::size_t index;  // of the sentence in the article
  std::string_view token(std::size_t i) const {
    const Span s = sentence->tokens[i].span;
    return text.substr(s.begin, s.end - s.begin);
  }
  std::size_t size() const { return sentence->tokens.size(); }
  // The token's class in data/grammar/word_classes.tsv.
  bool is(std::size_t i, WordClass c) const { return sentence->tokens[i].is(c); }
  // Tokens first..last joined by single spaces.
  std::string words(std::size_t first, std::size_t last) const {
    std::string out;
    for (std::size_t t = first; t <= last; ++t) {
      if (t > first) out += ' ';
      out.append(token(t));
    }
    return out;
  }
};

// Whether the word at `t` introduces the country of the agent before it: "the Minister of
// Foreign Affairs of Iran", and "officials in Washington" or "students in Indonesia" for groups
// that act where they are (acts_where_it_is). "From" only heading a
// sentence: "sought drones from Turkey" names the supplier, not Turkish drones.
inline bool office_preposition(const SentenceView& view, std::size_t t, const Chunk& chunk) {
  if (view.is(t, WordClass::kOfficePreposition)) return true;
  if (!view.is(t, WordClass::kSeatPreposition)) return false;
  // "Soldiers from Gondor have cordoned off …", "Officials from Iran and Armenia met": at the
  // head of the sentence, "from" gives any agent its country.
  if (view.sentence->tokens[t].norm == "from") {
    for (std::size_t before = 0; before < chunk.first; ++before)
      if (!view.is(before, WordClass::kArticle) && !view.is(before, WordClass::kQuotationMark))
        return false;
    return true;
  }
  // ("Iran disarmed its militias in Iraq": "its" names the owner; Iraq is only the place.)
  bool seated = acts_where_it_is(chunk.agent, chunk.agent_kind);
  for (std::size_t k = chunk.first > 0 ? chunk.first - 1 : 0; k <= chunk.first; ++k)
    if (view.is(k, WordClass::kPossessiveDeterminer)) seated = false;
  return seated &&
         !(chunk.agent_end != kNone && view.is(chunk.agent_end, WordClass::kPostedAbroad));
}

inline bool is_possessive(std::string_view word) {
  return word == "'s" || word == "’s" || word == "'S";
}

// Country + agent, unless the actor's own code already carries that agent (TABARI actors such
// as "WHITE_HOUSE [USAGOV]" with an agent "officials" [~GOV] stay USAGOV).
inline std::string compose(const std::string& country, const std::string& agent) {
  if (agent.empty() || (country.size() > 3 && country.find(agent, 3) != std::string::npos))
    return country;
  return country + agent;
}

// An office's code: country + agent, or an organisation's code (IGOUNO) with no country.
inline Resolved code_office(const Office& office, const std::string& agent) {
  if (office.country.starts_with("IGO")) return {office.country, "", "", office.source, "person"};
  return {compose(office.country, agent), office.country, agent, office.source, "person"};
}

// Which office a person held on `date` (YYYY-MM-DD), or, with no date, their latest office.
inline Resolved code_person(const Person& person, const std::optional<std::string>& date) {
  const Office* latest = nullptr;
  for (const auto& office : person.offices)
    if (!latest || office.from > latest->from) latest = &office;
  if (!date) return code_office(*latest, latest->agent);
  const Office* ended = nullptr;
  for (const auto& office : person.offices) {
    if (office.from <= *date && (office.to.empty() || *date <= office.to))
      return code_office(office, office.agent);
    if (!office.to.empty() && office.to < *date && (!ended || office.to > ended->to))
      ended = &office;
  }
  // Out of office on that date: a former official is an elite (ELI); before any office, the
  // person is coded by country only.
  if (ended) return code_office(*ended, "ELI");
  return code_office(person.offices.front(), "");
}

// How well a person fits the article's date: in office on it (rank 0), out of office since
// `left` (rank 1), before any office (rank 2). Every person fits an undated article alike.
struct DateFit {
  int rank = 0;
  std::string left;
  bool better_than(const DateFit& other) const {
    return rank != other.rank ? rank < other.rank : left > other.left;
  }
};

inline DateFit date_fit(const Person& person, const std::optional<std::string>& article_date) {
  if (!article_date) return {};
  const std::string& date = *article_date;
  DateFit fit{2, ""};
  for (const Office& office : person.offices) {
    if (office.from <= date && (office.to.empty() || date <= office.to)) return {};
    if (!office.to.empty() && office.to < date && office.to > fit.left) fit = {1, office.to};
  }
  return fit;
}

// Of the people one phrase names ("Bush", "Netanyahu", "Lee"), the one an article of its date
// means: one in office on that date, else the one who left office last, else one yet to take
// office; the first listed among equals, and in an undated article.
inline const LexiconEntry& person_meant(const ActorLexicon& lexicon, const std::vector<int>& entries,
                                        const std::optional<std::string>& article_date) {
  const LexiconEntry* best = nullptr;
  DateFit best_fit;
  for (const int index : entries) {
    const LexiconEntry& entry = lexicon.entry(index);
    if (entry.kind != EntryKind::kPerson) continue;
    const DateFit fit = date_fit(lexicon.person(entry.person), article_date);
    if (!best || fit.better_than(best_fit)) {
      best = &entry;
      best_fit = fit;
    }
  }
  return *best;
}

inline const UnitMatch* unit_at(const std::vector<UnitMatch>& units, std::size_t token) {
  for (const auto& unit : units)
    if (unit.first == token) return &unit;
  return nullptr;
}

inline void absorb(Chunk& chunk, const UnitMatch& unit) {
  const LexiconEntry& entry = *unit.entry;
  chunk.last = unit.last;
  chunk.sources.push_back(entry.source);
  if (unit.unit != Unit::kAgent) chunk.only_agents = false;
  switch (unit.unit) {
    case Unit::kCountry:
      if (chunk.country.empty()) {
        chunk.country = entry.code;
        chunk.country_entry = &entry;
        chunk.country_first = unit.first;
      }
      break;
    case Unit::kOrganization:
      if (chunk.organization.empty()) chunk.organization = entry.code;
      break;
    case Unit::kAgent:
      if (entry.subkind == "prefix") {  // "MSF Arnor": NGOARN, beside any other agent
        if (chunk.prefix_agent.empty()) chunk.prefix_agent = entry.agent;
        break;
      }
      // In a run of adjacent agent phrases the last is the head: "Deputy | Chief of Staff".
      if (chunk.agent.empty() || chunk.agent_end + 1 == unit.first) {
        chunk.agent = entry.agent;
        chunk.agent_kind = entry.subkind;
        chunk.agent_end = unit.last;
        chunk.agent_source = entry.source;
      }
      break;
    case Unit::kPerson:
      if (!chunk.person) chunk.person = &entry;
      break;
    case Unit::kLocation:
      if (!chunk.location) chunk.location = &entry;
      break;
  }
}

// "Former Iranian officials", "a former French foreign minister", "the ex-army chief": who held
// a state office and no longer does is an elite (CAMEO ELI), whatever the office. The word may
// open the chunk or stand just before it (with an article); not across another actor ("former
// Gondor prosecutors" after "Arnor" is Gondor's).
inline void former_office_holders(const SentenceView& view, const Chunk& chunk, Resolved& resolved,
                                  const std::vector<bool>& used) {
  static constexpr std::string_view kState[] = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY"};
  if (resolved.country.empty() ||
      std::find(std::begin(kState), std::end(kState), resolved.agent) == std::end(kState))
    return;
  auto former = [&](std::size_t t) {
    const std::string_view word = view.sentence->tokens[t].norm;
    return word == "former" || word.starts_with("ex-");
  };
  bool found = false;
  for (std::size_t t = chunk.first; t <= chunk.last && !found; ++t) found = former(t);
  for (std::size_t back = 1; back <= 2 && back <= chunk.first && !found; ++back) {
    const std::size_t t = chunk.first - back;
    if (used[t]) break;
    found = former(t);
    if (!found && !view.is(t, WordClass::kArticle)) break;
  }
  if (!found) return;
  resolved.agent = "ELI";
  resolved.code = compose(resolved.country, "ELI");
  resolved.rule += " + former";
}

// After "X's": an office or name, possibly behind a few lower-case words ("Dagolath's first
// Deputy Prime Minister", "Iran's new foreign minister").
inline std::size_t possessed_office_at(const SentenceView& view,
                                       const std::vector<UnitMatch>& units, std::size_t t) {
  for (std::size_t k = t; k < view.size() && k <= t + 2; ++k) {
    if (unit_at(units, k) || is_capitalized(view.token(k))) return k;
    const std::string_view w = view.token(k);
    if (w.empty() || !std::islower(static_cast<unsigned char>(w[0]))) return kNone;
  }
  return kNone;
}

// Whether tokens [from, to) join list members: commas, "and", "or", and nothing else.
inline bool only_list_words(const SentenceView& view, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  for (std::size_t t = from; t < to; ++t)
    if (view.token(t) != "," && !view.is(t, WordClass::kListJoiner)) return false;
  return true;
}

// "French UN ambassador Francois Delattre", "the Chinese UN envoy": a country's word right
// before an organisation's office posted abroad (ambassador, envoy, mission) says whose
// diplomat it is; the organisation is only where the diplomat serves.
inline void posted_to_organisation(std::vector<std::pair<Chunk, Resolved>>& coded,
                                   const SentenceView& view) {
  for (std::size_t i = 0; i + 1 < coded.size(); ++i) {
    const auto& [owner, owner_code] = coded[i];
    auto& [office, office_code] = coded[i + 1];
    const bool bare_country = !owner_code.country.empty() && owner.agent.empty() &&
                              owner.organization.empty() && !owner.person;
    const bool posted = !office.organization.empty() && !office.person &&
                        office.agent_end != kNone &&
                        view.is(office.agent_end, WordClass::kPostedAbroad);
    if (!bare_country || !posted || office.first != owner.last + 1) continue;
    office_code = {compose(owner_code.country, office.agent), owner_code.country, office.agent,
                   owner_code.rule + " + " + office_code.rule + " (posted to the organisation)",
                   "person"};
    office.first = owner.first;
    coded.erase(coded.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

// "The Security Council agreed": a UN organ named bare, with no country and no national
// council referred back to (fill_missing_country runs first), nor a name before it ("the
// Virginia General Assembly"), is the UN's (un_organs.h).
inline void name_un_organs(std::vector<std::pair<Chunk, Resolved>>& coded,
                           const SentenceView& view) {
  for (auto& [chunk, resolved] : coded) {
    if (!resolved.code.empty() || chunk.person || !chunk.country.empty() ||
        !chunk.organization.empty())
      continue;
    std::size_t first = chunk.first;
    if (view.is(first, WordClass::kArticle)) ++first;
    if (first > 0 && is_capitalized(view.token(first - 1)) &&
        !view.is(first - 1, WordClass::kArticle))
      continue;
    if (!names_un_organ(view.words(chunk.first, chunk.last))) continue;
    resolved = {std::string(kUnitedNationsCode), "", "", resolved.rule + " + a UN organ named bare",
                "organization"};
  }
}

// "Darfur rebels", "rebels in Darfur", "Chechnya separatists": a region of one state places
// a group that lives and acts there (acts_where_it_is) in that state, as a country does. Not a
// disputed region ("Kashmir", code ---), nor who only stays there (diplomats, settlers), nor an
// office: "Karabakh authorities" or "Abkhazia's officials" are no office of Azerbaijan or
// Georgia.
inline bool region_places(const SentenceView& view, const Chunk& chunk,
                          const LexiconEntry& region) {
  if (region.code.size() != 3 || region.code == "---" || chunk.agent.empty() ||
      !acts_where_it_is(chunk.agent, chunk.agent_kind))
    return false;
  for (const char* office : {"GOV", "JUD", "LEG", "COP"})
    if (chunk.agent.starts_with(office)) return false;
  return chunk.agent_end == kNone || !view.is(chunk.agent_end, WordClass::kPostedAbroad);
}

inline void place_in_region(const SentenceView& view, Chunk& chunk, const LexiconEntry& region) {
  if (!chunk.country.empty() || !chunk.organization.empty() || chunk.person ||
      !region_places(view, chunk, region))
    return;
  chunk.country = region.code;
  chunk.sources.insert(chunk.sources.begin(), region.source);
}

// "<left>, <right>" or "<left> for International Cooperation, <right>": a comma right before
// the right chunk, at most four words after the left one.
inline bool in_apposition(const SentenceView& view, const Chunk& left, const Chunk& right) {
  if (right.first == 0 || right.first <= left.last) return false;
  std::size_t comma = right.first - 1;
  if (view.token(comma) != ",") return false;
  // "… a force in Liberia, Defence Minister Pierre Joxe said": an office followed by a speech
  // verb speaks the sentence; it does not rename the noun before the comma.
  if (right.last + 1 < view.size() && view.is(right.last + 1, WordClass::kSpeechVerb)) return false;
  return comma - left.last <= 5;
}

inline bool rule_has_source(std::string_view rule, std::string_view source) {
  while (!rule.empty()) {
    const auto plus = rule.find(" + ");
    if (rule.substr(0, plus) == source) return true;
    if (plus == std::string_view::npos) break;
    rule.remove_prefix(plus + 3);
  }
  return false;
}

// The unit a chunk starting at `t` is built on: the unit at t, or after a determiner, or —
// for an office — after a determiner and up to two lower-case words ("the senior diplomat").
inline const UnitMatch* chunk_start(const SentenceView& view, const std::vector<UnitMatch>& units,
                                    std::size_t t) {
  if (const UnitMatch* unit = unit_at(units, t)) return unit;
  if (!view.is(t, WordClass::kArticle)) return nullptr;
  for (std::size_t u = t + 1; u < view.size() && u <= t + 3; ++u) {
    const UnitMatch* unit = unit_at(units, u);
    if (unit) return u == t + 1 || unit->unit == Unit::kAgent ? unit : nullptr;
    const std::string_view word = view.token(u);
    if (word.empty() || is_capitalized(word) || !std::isalpha(static_cast<unsigned char>(word[0])))
      return nullptr;
  }
  return nullptr;
}

// "Abdul Salam Arif": a person's one-word name between other capitalised words is part of
// someone else's name (not Tammam Salam's).
inline bool inside_longer_name(const SentenceView& view, const Chunk& chunk) {
  if (!chunk.person || chunk.first != chunk.last) return false;
  auto name_word = [&](std::size_t t) {
    return t < view.size() && is_capitalized(view.token(t)) && !view.is(t, WordClass::kNotInName);
  };
  return chunk.first > 0 && name_word(chunk.first - 1) && name_word(chunk.last + 1);
}

// "a member of the Syrian parliament": one person of an institution or group the chunk names
// (its article may stand between "of" and the chunk; "members" are many).
inline bool one_member_of(const SentenceView& view, const Chunk& chunk) {
  if (chunk.agent.empty() || chunk.agent_kind == "person" || chunk.first < 2) return false;
  const std::size_t of = chunk.first - 1;
  return view.sentence->tokens[of].norm == "of" && view.sentence->tokens[of - 1].norm == "member";
}

}  // namespace dyad::actor_chunks
