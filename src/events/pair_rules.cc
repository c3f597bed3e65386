#include "events/pair_rules.h"

#include <string>

namespace dyad {

// CAMEO codes events inside one country between different sectors (IRNOPP → IRNGOV), but not
// an actor acting on itself: the same code, or a country and one of its own parts (IRN → IRNGOV).
// A country acting on itself: the same code, or a bare country and one of its state bodies
// or former office-holders ("Syria" and the Syrian army). Its rebels, opposition, radicals or
// civilians are others: "Croatia is investigating Croatian extremists" is a domestic event.
namespace {

// Threats (13) and acts of coercion and force (17-20).
bool forceful(std::string_view code) {
  for (const char* root : {"13", "17", "18", "19", "20"})
    if (code.starts_with(root)) return true;
  return false;
}

}  // namespace

bool self_event(const ActorMention& a, const ActorMention& b, std::string_view code) {
  if (a.code == b.code) return true;
  // "Syrian government forces shelled Idlib": a state's force used on one of its own towns is a
  // domestic event (the dev set's convention), not the state acting on itself.
  if (b.place) return false;
  if (b.metonym && forceful(code)) return false;
  if (a.country.empty() || a.country != b.country) return false;
  auto state_body = [](const std::string& agent) {
    for (const char* state : {"GOV", "MIL", "COP", "LEG", "JUD", "SPY", "ELI"})
      if (agent.starts_with(state)) return true;
    return false;
  };
  return (a.agent.empty() && state_body(b.agent)) || (b.agent.empty() && state_body(a.agent));
}

// "Ellwood clashed with Trump's assessment", "Erdoğan and Putin clashed in public": a fight
// between two political figures is one of words, CAMEO 111 (criticize or denounce). Soldiers,
// police and civilians fight with more than words.
bool fight_in_words(const EventPattern& pattern, const ActorMention& a, const ActorMention& b) {
  auto political_person = [](const ActorMention& m) {
    if (m.kind != "person") return false;
    for (const char* role : {"GOV", "LEG", "JUD", "ELI", "OPP", "IGO"})
      if (m.agent.starts_with(role)) return true;
    return false;
  };
  return pattern.code.starts_with("19") && political_person(a) && political_person(b);
}

// Of two candidate events on the same words, the more specific pattern wins.
bool more_specific(const EventPattern& a, const EventPattern& b) {
  if (a.literals != b.literals) return a.literals > b.literals;
  if (a.code.size() != b.code.size()) return a.code.size() > b.code.size();
  return a.rule < b.rule;
}

}  // namespace dyad
