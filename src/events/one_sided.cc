#include "events/one_sided.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "events/absent_actor.h"
#include "segment/word_classes.h"

namespace dyad {

bool one_sided(const Event& event) {
  return event.source == kNoActor || event.target == kNoActor;
}

namespace {

// A noun that, bare, tells when ("resigned Sunday", "rioted last week"): an adverb of time
// however the parser reads it, never the verb's object.
bool is_time_noun(const std::string& word) {
  static const std::unordered_set<std::string> kTimeNouns = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "today",  "tonight", "yesterday", "week",     "month",  "year",     "weekend",
      "day",    "morning", "afternoon", "evening",  "night",  "overnight"};
  return kTimeNouns.contains(word);
}

// Whether the verb at `verb` heads a "that" clause after a word of demanding, which states what
// is demanded, not what is done (English's mandative subjunctive: "demanded that he resign",
// "demands by the governors that he resign"). Read from the words: the parser may hang such a
// clause anywhere.
bool demanded(const std::vector<Token>& tokens, std::size_t verb) {
  static constexpr std::size_t kReach = 10;  // words between the demand and its "that"
  std::size_t that = tokens.size();
  for (std::size_t k = 0; k < verb; ++k)
    if (tokens[k].head == static_cast<int>(verb) && tokens[k].deprel == "mark" &&
        tokens[k].norm == "that")
      that = k;
  if (that == tokens.size()) return false;
  for (std::size_t k = that; k-- > 0 && that - k <= kReach;)
    for (const char* stem : {"demand", "call", "insist", "urg", "request", "ask", "propos",
                             "recommend", "suggest", "requir", "order", "plead"})
      if (tokens[k].norm.starts_with(stem) &&
          (tokens[k].upos == "NOUN" || tokens[k].upos == "VERB"))
        return true;
  return false;
}

}  // namespace

bool obliged(const Sentence& sentence, std::size_t verb) {
  const auto& tokens = sentence.tokens;
  for (std::size_t k = 1; k <= 3 && k <= verb; ++k) {
    const std::string& word = tokens[verb - k].norm;
    if (word == "must" || word == "should" || word == "ought") return true;
    if (k == 1 && word == "to" && verb >= 2 &&
        (tokens[verb - 2].norm == "due" || tokens[verb - 2].norm == "supposed"))
      return true;
    // "has to resign", "had to step down" (not "agreed to resign": a decision, made).
    if (k == 1 && word == "to" && verb >= 2 &&
        (tokens[verb - 2].norm == "has" || tokens[verb - 2].norm == "have" ||
         tokens[verb - 2].norm == "had"))
      return true;
  }
  return false;
}

std::string not_one_sided_act(const Sentence& sentence, std::size_t word, std::size_t first,
                              std::size_t last, bool verb_pattern, bool read_as_verb) {
  if (verb_pattern && !read_as_verb) return "a one-sided act's verb read as a noun";
  const auto& tokens = sentence.tokens;
  // An object the pattern's own words modify is theirs, however the parser hung the phrase
  // ("began a hunger strike outside Parliament" read with "Parliament" as its head).
  auto modified_by_pattern = [&](std::size_t object) {
    for (std::size_t k = first; k <= last; ++k)
      if (tokens[k].head == static_cast<int>(object)) return true;
    return false;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if ((k >= first && k <= last) || token.head != static_cast<int>(word)) continue;
    if (token.deprel == "aux:pass" || token.deprel == "nsubj:pass")
      return "a one-sided act's verb is passive or an adjective";
    const bool object = token.deprel == "obj" || token.deprel == "iobj";
    if (object && (is_time_noun(token.norm) || modified_by_pattern(k))) continue;
    if (object || token.deprel == "ccomp")
      return "a one-sided act's verb has an object or a clause of its own";
  }
  if (demanded(tokens, word)) return "a one-sided act asked for (a clause of demanding), not done";
  if (obliged(sentence, word)) return "a one-sided act the doer is obliged to do, not done";
  return {};
}

bool be_passive(const Sentence& sentence, std::size_t verb) {
  for (const Token& token : sentence.tokens)
    if (token.head == static_cast<int>(verb) && token.deprel == "aux:pass" &&
        (token.is(WordClass::kBeForm) || token.norm.starts_with("got") ||
         token.norm.starts_with("get")))
      return true;
  return false;
}

bool coded_without_doer(const std::string& code) {
  for (const char* root : {"17", "18", "19", "20"})
    if (code.starts_with(root)) return true;
  return false;
}

namespace {

// The space-separated words of `list` as a set.
std::unordered_set<std::string> word_set(std::string_view list) {
  std::unordered_set<std::string> out;
  while (!list.empty()) {
    const std::size_t end = std::min(list.find(' '), list.size());
    if (end > 0) out.emplace(list.substr(0, end));
    list.remove_prefix(std::min(end + 1, list.size()));
  }
  return out;
}

}  // namespace

bool done_by_thing(const Sentence& sentence, std::size_t verb) {
  // The heads of noun phrases that name a weapon or an attack, not who used it.
  static const auto kWeapons = word_set(
      "bomb bombs bombing bombings device devices explosive explosives mine mines landmine "
      "landmines minefield shell shells shelling rocket rockets missile missiles grenade "
      "grenades mortar mortars gunfire airstrike airstrikes air-strike air-strikes attack "
      "attacks ambush ambushes ied ieds roadside suicide car-bomb");
  // A blast is an attack only when its words say what blew up ("a car bomb explosion", "a
  // roadside blast", "a minefield explosion"); "an explosion in a flax factory" is an accident.
  static const auto kBlasts = word_set("explosion explosions blast blasts");
  const auto& tokens = sentence.tokens;
  auto modified_by_weapon = [&](std::size_t noun) {
    for (const Token& token : tokens)
      if (token.head == static_cast<int>(noun) && kWeapons.contains(token.norm)) return true;
    return false;
  };
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].head != static_cast<int>(verb)) continue;
    if (tokens[k].deprel != "nsubj" && tokens[k].deprel != "obl:agent") continue;
    if (kWeapons.contains(tokens[k].norm)) return true;
    if (kBlasts.contains(tokens[k].norm) && modified_by_weapon(k)) return true;
  }
  return false;
}

void drop_told_in_full(std::vector<Event>& events) {
  auto told_by = [&](const Event& part, const Event& whole) {
    if (one_sided(whole) || whole.sentence != part.sentence) return false;
    const bool same_side =
        part.source == kNoActor ? part.target == whole.target : part.source == whole.source;
    return same_side && part.predicate == whole.predicate;
  };
  std::vector<Event> kept;
  kept.reserve(events.size());
  for (const Event& event : events)
    if (!one_sided(event) || std::none_of(events.begin(), events.end(), [&](const Event& other) {
          return told_by(event, other);
        }))
      kept.push_back(event);
  events = std::move(kept);
}

void drop_state_protests(std::vector<Event>& events, const std::vector<ActorMention>& mentions) {
  std::erase_if(events, [&](const Event& event) {
    if (!one_sided(event) || event.source == kNoActor || !event.code().starts_with("14"))
      return false;
    const std::string& agent = mentions[event.source].agent;
    for (const char* state : {"GOV", "MIL", "COP", "SPY"})
      if (agent.starts_with(state)) return true;
    return false;
  });
}

}  // namespace dyad
