#include "actors/actors.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "actors/actor_chunks.h"
#include "actors/group_rules.h"
#include "actors/un_organs.h"
#include "util/utf8.h"

namespace dyad {

namespace {

using namespace actor_chunks;  // NOLINT: the stage's own internals (actor_chunks.h)

class ArticleResolver {
 public:
  ArticleResolver(const ActorLexicon& lexicon, const Article& article,
                  const std::vector<Sentence>& sentences)
      : lexicon_(lexicon), article_(article), sentences_(sentences) {}

  std::vector<ActorMention> run() {
    find_dateline_country();
    const auto matches = lexicon_.scan(article_.text, article_.date);
    std::size_t next_match = 0;
    for (std::size_t s = 0; s < sentences_.size(); ++s) {
      const Sentence& sentence = sentences_[s];
      std::vector<UnitMatch> units;
      while (next_match < matches.size() && matches[next_match].span.begin < sentence.span.end) {
        if (matches[next_match].span.begin >= sentence.span.begin)
          if (auto unit = to_unit(sentence, matches[next_match])) units.push_back(*unit);
        ++next_match;
      }
      resolve_sentence(s, std::move(units));
    }
    return std::move(mentions_);
  }

 private:
  // "TEHRAN-" → IRN: the dateline's place, in title case, looked up among capitals and names.
  void find_dateline_country() {
    if (!article_.dateline) return;
    std::string place;
    bool word_start = true;
    for (const char c : article_.dateline->place) {
      const auto u = static_cast<unsigned char>(c);
      place += static_cast<char>(word_start ? std::toupper(u) : std::tolower(u));
      word_start = !std::isalpha(u);
    }
    for (const auto& match : lexicon_.scan(place))
      for (const int index : match.entries)
        if (lexicon_.entry(index).kind == EntryKind::kCountry) {
          dateline_country_ = lexicon_.entry(index).code;
          return;
        }
  }

  std::optional<UnitMatch> to_unit(const Sentence& sentence, const LexiconMatch& match) const {
    UnitMatch unit;
    unit.first = kNone;
    // Tokens are in text order: find the first inside the match, then walk while inside.
    const auto& tokens = sentence.tokens;
    auto t = static_cast<std::size_t>(
        std::lower_bound(tokens.begin(), tokens.end(), match.span.begin,
                         [](const Token& token, std::size_t at) { return token.span.begin < at; }) -
        tokens.begin());
    for (; t < tokens.size() && tokens[t].span.end <= match.span.end; ++t) {
      if (unit.first == kNone) unit.first = t;
      unit.last = t;
    }
    // "a Russian-led offensive", "the UN-led talks": the leader named inside a hyphenated word is
    // an actor of the phrase. ("US-backed fighters" are not the US: only "-led".)
    bool inside_led_word = false;
    if (unit.first == kNone && t < tokens.size() && tokens[t].span.begin == match.span.begin) {
      const std::string_view rest =
          std::string_view(article_.text)
              .substr(match.span.end, tokens[t].span.end - match.span.end);
      if (rest == "-led") {
        unit.first = unit.last = t;
        inside_led_word = true;
      }
    }
    if (unit.first == kNone) return std::nullopt;
    // One meaning per phrase: a person beats an organisation beats a country beats an agent.
    static constexpr EntryKind kPreference[] = {EntryKind::kPerson, EntryKind::kOrganization,
                                                EntryKind::kCountry, EntryKind::kRegion,
                                                EntryKind::kAgent};
    for (const EntryKind kind : kPreference) {
      if (inside_led_word && kind == EntryKind::kAgent) break;
      for (const int index : match.entries) {
        const LexiconEntry& entry = lexicon_.entry(index);
        if (entry.kind != kind) continue;
        unit.entry = kind == EntryKind::kPerson ? &person_meant(lexicon_, match.entries, article_.date) : &entry;
        switch (kind) {
          case EntryKind::kPerson:
            unit.unit = Unit::kPerson;
            break;
          case EntryKind::kOrganization:
            unit.unit = Unit::kOrganization;
            break;
          case EntryKind::kCountry:
            unit.unit = Unit::kCountry;
            break;
          case EntryKind::kAgent:
            unit.unit = Unit::kAgent;
            break;
          case EntryKind::kRegion:
            unit.unit = entry.subkind == "actor" ? Unit::kCountry : Unit::kLocation;
            break;
        }
        return unit;
      }
    }
    return std::nullopt;
  }

  // Grows a chunk from the unit at `start`: possessives, further units, Title-case modifiers
  // and names, and "of/for (the) <country>" after an agent without a country.
  Chunk build_chunk(const SentenceView& view, const std::vector<UnitMatch>& units,
                    std::size_t begin, const UnitMatch& start) const {
    Chunk chunk;
    chunk.first = begin;
    absorb(chunk, start);
    // Title-case words stay in the chunk only when a unit follows them ("Deputy Foreign
    // Minister") or they name the person an office introduces ("Minister Ali Bagheri-Kani");
    // so the headline "Iran Urges Armenia" is not one actor.
    std::size_t committed = chunk.last;
    std::size_t t = start.last + 1;
    std::size_t modifiers = 0;
    std::size_t name_run_start = kNone;
    std::size_t noun_after_demonym = kNone;
    // A capitalised word of a name: the office holder's, when the chunk has an office for one.
    auto take_name_word = [&] {
      if (name_run_start == kNone) name_run_start = t;
      if (chunk.agent_kind == "person") {
        chunk.name_first = name_run_start;
        chunk.name_last = t;
        committed = t;
      }
      ++t;
      ++modifiers;
    };
    while (t < view.size()) {
      const std::string_view word = view.token(t);
      if (const UnitMatch* unit = unit_at(units, t)) {
        // "the Iraqi Kurds": a people after a country is that country's part of the people;
        // so are "Bosnian Serbs" (countrys_ethnic_group).
        const bool ethnic_group = countrys_ethnic_group(view, units, chunk, *unit);
        chunk.ethnic_group = chunk.ethnic_group || ethnic_group;
        const bool countrys_people = (unit->entry && !unit->entry->countries.empty() &&
                                      !chunk.country.empty() && unit->first == t) ||
                                     ethnic_group;
        const bool second_country =
            (unit->unit == Unit::kCountry || unit->unit == Unit::kOrganization) &&
            (!chunk.country.empty() || !chunk.organization.empty()) && !countrys_people;
        // "Bree Prime Minister Romendacil": a name coded as its country alone (PETRARCH's
        // "ROMENDACIL [BRE]"), right after an office of that country, is the office-holder.
        if (second_country && unit->unit == Unit::kCountry && unit->entry &&
            unit->entry->subkind == "name" && unit->entry->code == chunk.country &&
            chunk.agent_kind == "person" && chunk.agent_end + 1 == unit->first &&
            chunk.person == nullptr) {
          chunk.name_first = unit->first;
          chunk.name_last = unit->last;
          committed = unit->last;
          t = unit->last + 1;
          continue;
        }
        if (unit->unit == Unit::kLocation || second_country) break;
        // "Finance Minister Gerhard Stoltenberg": a known person's one-word name right after
        // another given name is someone else's surname (not Jens Stoltenberg's); the words
        // stay the chunk's name.
        if (unit->unit == Unit::kPerson && unit->first == unit->last && name_run_start != kNone &&
            name_run_start < t) {
          take_name_word();
          continue;
        }
        absorb(chunk, *unit);
        committed = unit->last;
        t = unit->last + 1;
        modifiers = 0;
        name_run_start = kNone;
        continue;
      }
      // "Russia's first deputy prime minister": the office after the possessive, past at most
      // two modifiers of a title ("first", "new", "former": data/grammar/word_classes.tsv).
      if (is_possessive(word)) {
        if (const std::size_t office = possessed_office_at(view, units, t + 1); office != kNone) {
          // "the opposition's Riyadh agreement": a capital after a possessive names a thing
          // (an accord, a process), not the possessor's country.
          const UnitMatch* possessed = unit_at(units, office);
          if (possessed && possessed->entry &&
              (possessed->entry->subkind == "capital" || possessed->entry->subkind == "seat"))
            break;
          std::size_t next = t + 1;
          while (next < office && view.is(next, WordClass::kTitleModifier)) ++next;
          t = next == office ? office : t + 1;
          continue;
        }
      }
      // "Arnor former security officials": the country's office, past a title's modifiers.
      if (view.is(t, WordClass::kTitleModifier) && !chunk.country.empty() && chunk.agent.empty()) {
        std::size_t next = t;
        while (next < view.size() && view.is(next, WordClass::kTitleModifier)) ++next;
        if (const UnitMatch* unit = unit_at(units, next);
            unit && unit->unit == Unit::kAgent && unit->first == next) {
          t = next;
          continue;
        }
      }
      if (const std::size_t office = after_abbreviation(view, units, t); office != kNone) {
        t = office;
        continue;
      }
      // "refugees fleeing the war in Liberia", "a newspaper based in Beirut".
      const UnitMatch* origin = fled_country(view, units, t, chunk);
      if (!origin) origin = seat_country(view, units, t, chunk);
      if (origin) {
        absorb(chunk, *origin);
        chunk.country_after_agent = true;
        committed = origin->last;
        t = origin->last + 1;
        continue;
      }
      if (office_preposition(view, t, chunk) && !chunk.agent.empty() && chunk.country.empty() &&
          chunk.organization.empty()) {
        std::size_t u = t + 1;
        if (u < view.size() && view.is(u, WordClass::kArticle)) ++u;
        if (const UnitMatch* unit = unit_at(units, u);
            unit && (unit->unit == Unit::kCountry || unit->unit == Unit::kOrganization)) {
          absorb(chunk, *unit);
          chunk.country_after_agent = true;
          committed = unit->last;
          t = unit->last + 1;
          if (unit->entry && unit->entry->subkind == "demonym") noun_after_demonym = t;
          continue;
        }
        // "the government of Nouri al-Maliki", "the regime of Bashar al-Assad": an institution
        // or a body "of" a known person is that of the person's country. (An office is not:
        // "the lawyer of X" is no office of X's country.) The person's title may come first:
        // "the military government of President Prosper Avril".
        std::size_t person_at = u;
        if (const UnitMatch* title = unit_at(units, u);
            title && title->unit == Unit::kAgent && title->entry->subkind == "person")
          person_at = title->last + 1;
        if (const UnitMatch* unit = unit_at(units, person_at);
            unit && unit->unit == Unit::kPerson && view.sentence->tokens[t].norm == "of" &&
            chunk.agent_kind != "person" && !chunk.person) {
          absorb(chunk, *unit);
          chunk.owned_by_person = true;
          committed = unit->last;
          t = unit->last + 1;
          continue;
        }
        // "rebels in Darfur": a region of one state, as a country (region_places).
        if (const UnitMatch* unit = unit_at(units, u); unit && unit->unit == Unit::kLocation &&
                                                       view.sentence->tokens[t].norm == "in" &&
                                                       region_places(view, chunk, *unit->entry)) {
          chunk.country = unit->entry->code;
          chunk.sources.push_back(unit->entry->source);
          chunk.country_after_agent = true;
          committed = unit->last;
          t = unit->last + 1;
          continue;
        }
        break;
      }
      if (is_capitalized(word) && !view.is(t, WordClass::kNotInName) && modifiers < kMaxModifiers) {
        // "the leader of the Syrian Kurds": a capitalised word after a demonym is the noun it
        // describes, not the office-holder's name.
        if (t == noun_after_demonym) break;
        take_name_word();
        continue;
      }
      break;
    }
    chunk.last = committed;
    if (chunk.agent_end != kNone) chunk.agent_plural = view.token(chunk.agent_end).ends_with('s');
    return chunk;
  }

  // "Kurdish fighters": of the countries a people lives in, the first (most likely) one the
  // article has named so far; the first listed when it named none. (Not the one named most: a
  // story of Turkey's war on Syria's Kurds names Turkey more.)
  std::string country_of_people(const LexiconEntry& people) const {
    for (const std::string& country : people.countries)
      if (std::any_of(mentions_.begin(), mentions_.end(),
                      [&](const ActorMention& m) { return m.country == country; }))
        return country;
    return people.countries.front();
  }

  Resolved code_chunk(const SentenceView& view, const Chunk& chunk) const {
    auto rule = [&] {
      std::string joined;
      for (const auto& source : chunk.sources) joined += (joined.empty() ? "" : " + ") + source;
      return joined;
    };
    if (chunk.person) {
      Resolved r = code_person(lexicon_.person(chunk.person->person), article_.date);
      r.rule = chunk.person->source;
      // The sentence's agent is what the chunk is: a body "of" the person ("the government of
      // Nouri al-Maliki"), or, where the dictionary gives the person's country alone (before
      // any office), the office the sentence names ("opposition leader Constantine Mitsotakis"
      // in 1987).
      if (!r.country.empty() && !chunk.agent.empty() &&
          (chunk.owned_by_person || r.agent.empty())) {
        r.agent = chunk.agent;
        r.code = compose(r.country, chunk.agent);
        r.rule += " + " + chunk.agent_source;
        if (chunk.owned_by_person) r.kind = chunk.agent_kind;
      }
      return r;
    }
    // An office named in the singular ("the Azeri president") is a person, and so a possible
    // antecedent of "he"/"she"; plural offices ("officials") are groups.
    std::string kind = chunk.agent.empty() ? "country" : chunk.agent_kind;
    if (chunk.name_first != kNone) kind = "person";
    if (kind == "person" && chunk.name_first == kNone && chunk.agent_plural) kind = "group";
    if (!chunk.organization.empty()) return {chunk.organization, "", "", rule(), "organization"};
    if (!chunk.country.empty()) {
      const bool people = chunk.country_entry && !chunk.country_entry->countries.empty();
      const std::string country = people ? country_of_people(*chunk.country_entry) : chunk.country;
      const std::string agent = people || chunk.ethnic_group ? peoples_agent(view, chunk)
                                                             : chunk.agent;
      return {chunk.prefix_agent + compose(country, agent), country,
              agent.empty() ? chunk.prefix_agent : agent, rule(), kind};
    }
    if (!chunk.prefix_agent.empty() && chunk.agent.empty())
      return {chunk.prefix_agent, "", chunk.prefix_agent, rule(), "organization"};
    return {"", "", chunk.agent, rule(), kind};
  }

  void add_mention(std::size_t s, const SentenceView& view, std::size_t first, std::size_t last,
                   const Resolved& resolved, bool location = false) {
    ActorMention mention;
    mention.sentence = s;
    mention.first_token = first;
    mention.last_token = last;
    mention.span = {view.sentence->tokens[first].span.begin, view.sentence->tokens[last].span.end};
    mention.text =
        std::string(view.text.substr(mention.span.begin, mention.span.end - mention.span.begin));
    mention.code = resolved.code;
    mention.country = resolved.country;
    mention.agent = resolved.agent;
    mention.rule = resolved.rule;
    mention.kind = location ? "location" : resolved.kind;
    mention.location = location;
    mentions_.push_back(std::move(mention));
  }

  void remember_name(const SentenceView& view, std::size_t first, std::size_t last,
                     const Resolved& resolved, std::size_t s) {
    const std::string full = view.words(first, last);
    Resolved introduced = resolved;
    introduced.kind = "person";
    introduced.rule = "article.introduced_person (sentence " + std::to_string(s) + ")";
    names_[full] = introduced;
    names_[std::string(view.token(last))] = introduced;  // the surname alone
  }

  // "The ambassadors of France, Germany and Italy", "lawmakers in Chile and Peru": a plural
  // office before a list of countries is the office of each of them.
  void share_agent_over_list(std::vector<std::pair<Chunk, Resolved>>& coded,
                             const SentenceView& view) const {
    for (std::size_t i = 0; i < coded.size(); ++i) {
      const auto& [head, head_code] = coded[i];
      if (!head.country_after_agent || !head.agent_plural || head_code.agent.empty()) continue;
      for (std::size_t j = i + 1; j < coded.size(); ++j) {
        auto& [member, member_code] = coded[j];
        // "…, and Turkey's detention of …": a possessor begins a phrase of its own.
        const bool possessor =
            member.last + 1 < view.size() && is_possessive(view.token(member.last + 1));
        const bool bare_country = member.agent.empty() && member.organization.empty() &&
                                  !member.person && !member.country.empty() && !possessor;
        if (!bare_country || !only_list_words(view, coded[j - 1].first.last + 1, member.first))
          break;
        member_code = {compose(member.country, head_code.agent), member.country, head_code.agent,
                       member_code.rule + " + the office of a list (" +
                           view.words(head.first, head.last) + ")",
                       head_code.kind};
      }
    }
  }

  // Chunks with an agent but no country take the country of a neighbour in apposition
  // ("…Armed Forces, Brigadier General Mohammad Ahadi"), else of the latest mention with the
  // same agent in the article ("The Foreign Ministry said" after "Azerbaijan's Foreign Ministry").
  void fill_missing_country(std::vector<std::pair<Chunk, Resolved>>& coded,
                            const SentenceView& view) {
    posted_to_organisation(coded, view);
    for (std::size_t i = 0; i < coded.size(); ++i) {
      auto& [chunk, resolved] = coded[i];
      if (!resolved.code.empty() || chunk.agent.empty() || chunk.location) continue;
      const bool one_person = chunk.agent_kind == "person" && !chunk.agent_plural;
      for (const std::size_t j : {i - 1, i + 1}) {
        if (!one_person) break;
        if (j >= coded.size() || coded[j].second.country.empty()) continue;
        if (!in_apposition(view, j < i ? coded[j].first : chunk, j < i ? chunk : coded[j].first))
          continue;
        resolved = {compose(coded[j].second.country, chunk.agent), coded[j].second.country,
                    chunk.agent, resolved.rule + " + apposition", resolved.kind};
        break;
      }
      if (!resolved.code.empty()) continue;
      // A named office holder with no country in a datelined story: "TEHRAN- Foreign Minister
      // Hossein Amir Abdollahian said…" is Iran's foreign minister.
      if (chunk.name_first != kNone && !dateline_country_.empty()) {
        resolved = {compose(dateline_country_, chunk.agent), dateline_country_, chunk.agent,
                    resolved.rule + " + dateline country", resolved.kind};
        continue;
      }
      // "The Foreign Ministry said…" after "Azerbaijan's Foreign Ministry summoned…": the same
      // dictionary row, named with its country shortly before, and nothing else in the chunk.
      // ("A senior adviser to …" is someone new: only "the" refers back.)
      const bool bare = chunk.only_agents && view.sentence->tokens[chunk.first].norm == "the" &&
                        chunk.name_first == kNone;
      if (!bare) continue;
      for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
        if (it->sentence + 5 < view.index) break;
        if (it->country.empty() || !rule_has_source(it->rule, chunk.agent_source)) continue;
        resolved = {
            compose(it->country, chunk.agent), it->country, chunk.agent,
            resolved.rule + " + earlier mention (sentence " + std::to_string(it->sentence) + ")",
            resolved.kind};
        break;
      }
      // "The senior diplomat made the remarks…": a definite singular office refers back to the
      // last person, like a pronoun, when that person holds an office of the same kind.
      if (resolved.code.empty() && bare && chunk.agent_kind == "person" && !chunk.agent_plural) {
        const ActorMention* person =
            last_person(view.index, view.sentence->tokens[chunk.first].span.begin);
        if (person && person->agent == chunk.agent)
          resolved = {person->code, person->country, person->agent,
                      "anaphora.definite → " + person->text, "person"};
      }
    }
  }

  void resolve_sentence(std::size_t s, std::vector<UnitMatch> units) {
    const SentenceView view{article_.text, &sentences_[s], s};
    drop_defined_abbreviations(view, units);
    const std::size_t sentence_first_mention = mentions_.size();
    std::vector<std::pair<Chunk, Resolved>> coded;
    std::vector<bool> used(view.size(), false);
    const LexiconEntry* region = nullptr;  // the last region named, ending at token region_end
    std::size_t region_end = kNone;
    for (std::size_t t = 0; t < view.size();) {
      std::size_t begin = t;
      // A determiner and Title-case modifiers may precede the first unit ("the Iranian…",
      // "Deputy Chief of Staff…" is an agent phrase already).
      const UnitMatch* unit = chunk_start(view, units, t);
      if (!unit) {
        ++t;
        continue;
      }
      if (unit->unit == Unit::kLocation) {
        add_mention(s, view, unit->first, unit->last, {"", "", "", unit->entry->source, "location"},
                    true);
        // A region of one state ("the West Bank": PSE, "the Golan Heights": SYR) is, as a town
        // is, what force or coercion may be done to ("reimposed blockades in the West Bank"):
        // a place that carries that state's code (geo/place_targets.h), never an actor.
        if (const std::string& state = unit->entry->code;
            state.size() == 3 &&
            std::all_of(state.begin(), state.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
          mentions_.back().code = mentions_.back().country = state;
          mentions_.back().place = true;
        }
        t = unit->last + 1;
        region = unit->entry;
        region_end = unit->last;
        continue;
      }
      Chunk chunk = build_chunk(view, units, begin, *unit);
      // "Finance Minister Gerhard Stoltenberg … Stoltenberg said": a dictionary surname that the
      // article gave to a person of its own names that person (found with the article's names
      // below), not the dictionary's namesake (Jens Stoltenberg).
      if (inside_longer_name(view, chunk) ||
          (chunk.person && chunk.first == chunk.last &&
           names_.contains(std::string(view.token(chunk.first))))) {
        t = chunk.last + 1;
        continue;
      }
      if (region && chunk.first == region_end + 1) place_in_region(view, chunk, *region);
      for (std::size_t k = chunk.first; k <= chunk.last; ++k) used[k] = true;
      Resolved resolved = code_chunk(view, chunk);
      coded.emplace_back(std::move(chunk), std::move(resolved));
      t = coded.back().first.last + 1;
    }
    fill_missing_country(coded, view);
    for (auto& [chunk, resolved] : coded)
      if (resolved.code.empty() && rights_group_without_country(view, chunk))
        resolved = {std::string(kRightsGroupCode), "", chunk.agent,
                    resolved.rule + " + no country: an NGO", "organization"};
    name_un_organs(coded, view);
    share_agent_over_list(coded, view);
    for (auto& [chunk, resolved] : coded) {
      if (resolved.code.empty()) continue;
      former_office_holders(view, chunk, resolved, used);
      if (chunk.name_first != kNone && !chunk.person)
        remember_name(view, chunk.name_first, chunk.name_last, resolved, s);
      name_before_office(s, view, chunk, resolved, used);
      name_after_office(s, view, chunk, resolved, used);
      add_mention(s, view, chunk.first, chunk.last, resolved);
      mentions_.back().metonym =
          chunk.agent.empty() && !chunk.person && chunk.organization.empty() &&
          chunk.country_entry &&
          (chunk.country_entry->subkind == "capital" || chunk.country_entry->subkind == "seat");
    }
    resolve_names_and_pronouns(s, view, used);
    // Only this sentence's mentions can be out of order.
    std::stable_sort(
        mentions_.begin() + static_cast<std::ptrdiff_t>(sentence_first_mention), mentions_.end(),
        [](const ActorMention& a, const ActorMention& b) { return a.span.begin < b.span.begin; });
  }

  // Names introduced earlier in the article ("Kanaani", "Bagheri-Kani") and he/she.
  void resolve_names_and_pronouns(std::size_t s, const SentenceView& view,
                                  std::vector<bool>& used) {
    for (std::size_t t = 0; t < view.size(); ++t) {
      if (used[t]) continue;
      const std::string_view word = view.token(t);
      if (view.is(t, WordClass::kPersonalPronoun)) {
        if (const ActorMention* person = last_person(s, view.sentence->tokens[t].span.begin)) {
          add_mention(s, view, t, t,
                      {person->code, person->country, person->agent,
                       "anaphora.pronoun → " + person->text, "person"});
        }
        continue;
      }
      if (!is_capitalized(word) || names_.empty()) continue;
      // Longest run of Title-case words that names a known person: "Amir Abdollahian".
      std::size_t end = t;
      while (end + 1 < view.size() && !used[end + 1] && is_capitalized(view.token(end + 1))) ++end;
      for (std::size_t last = end + 1; last-- > t;) {
        if (const auto it = names_.find(view.words(t, last)); it != names_.end()) {
          add_mention(s, view, t, last, it->second);
          for (std::size_t k = t; k <= last; ++k) used[k] = true;
          t = last;
          break;
        }
      }
    }
  }

  // The antecedent of "he"/"she": in the nearest sentence (this one up to `before`, or one of
  // the three before) that mentions a person, its first such mention — usually the subject.
  const ActorMention* last_person(std::size_t s, std::size_t before) const {
    const ActorMention* best = nullptr;
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->sentence + 3 < s) break;
      if (it->sentence == s && it->span.begin >= before) continue;
      if (it->kind != "person" || it->code.empty()) continue;
      if (best && it->sentence != best->sentence) break;
      best = &*it;
    }
    return best;
  }

  // "Iran's Chief of Staff, Mohammad Baqeri, declared…": a Title-case run between commas right
  // after a singular office is the office holder's name; so after "a member of" a body ("A
  // member of the Syrian parliament, Mohammed Mamoun,": one of the body's people).
  void name_after_office(std::size_t s, const SentenceView& view, const Chunk& chunk,
                         const Resolved& resolved, std::vector<bool>& used) {
    const bool one_office = chunk.agent_kind == "person" && !chunk.agent_plural;
    if (chunk.name_first != kNone || chunk.person || !(one_office || one_member_of(view, chunk)) ||
        chunk.last + 2 >= view.size() || view.token(chunk.last + 1) != ",")
      return;
    const std::size_t first = chunk.last + 2;
    std::size_t last = first;
    while (last < view.size() && last - first < kMaxModifiers && !used[last] &&
           is_capitalized(view.token(last)) && !view.is(last, WordClass::kNotInName))
      ++last;
    if (last == first || last >= view.size() || view.token(last) != ",") return;
    Resolved named = resolved;
    named.kind = "person";
    named.rule = resolved.rule + " + apposition";
    add_mention(s, view, first, last - 1, named);
    for (std::size_t t = first; t < last; ++t) used[t] = true;
    remember_name(view, first, last - 1, resolved, s);
  }

  // "Nasser Kanaani, the spokesperson for the Iranian Foreign Ministry": the Title-case run
  // just before a comma and a singular office is that office holder's name.
  void name_before_office(std::size_t s, const SentenceView& view, const Chunk& chunk,
                          const Resolved& resolved, std::vector<bool>& used) {
    if (chunk.name_first != kNone || chunk.person || chunk.agent_kind != "person" ||
        chunk.agent_plural || chunk.first < 2 || view.token(chunk.first - 1) != ",")
      return;
    const std::size_t last = chunk.first - 2;
    std::size_t first = last + 1;
    while (first > 0 && last + 1 - first < kMaxModifiers && !used[first - 1] &&
           is_capitalized(view.token(first - 1)) && !view.is(first - 1, WordClass::kNotInName))
      --first;
    if (first > last) return;
    Resolved named = resolved;
    named.kind = "person";
    named.rule = resolved.rule + " + apposition";
    add_mention(s, view, first, last, named);
    for (std::size_t t = first; t <= last; ++t) used[t] = true;
    remember_name(view, first, last, resolved, s);
  }

  const ActorLexicon& lexicon_;
  const Article& article_;
  const std::vector<Sentence>& sentences_;
  std::vector<ActorMention> mentions_;
  std::unordered_map<std::string, Resolved> names_;
  std::string dateline_country_;
};

}  // namespace

std::vector<ActorMention> ActorResolver::resolve(const Article& article,
                                                 const std::vector<Sentence>& sentences) const {
  return ArticleResolver(lexicon_, article, sentences).run();
}

bool acts_where_it_is(std::string_view agent, std::string_view kind) {
  for (const char* seated : {"GOV", "JUD", "LEG", "COP", "REB", "INS", "OPP", "RAD"})
    if (agent.starts_with(seated)) return true;
  if (kind != "group") return false;
  for (const char* people : {"CVL", "EDU", "LAB"})
    if (agent.starts_with(people)) return true;
  return false;
}

bool acts_in_sentence(const ActorMention& mention, const Sentence& sentence) {
  if (mention.location || mention.code.empty()) return false;
  if (!mention.metonym || mention.last_token >= sentence.tokens.size()) return true;
  const Token& last = sentence.tokens[mention.last_token];
  if (last.deprel != "compound" || last.head < 0) return true;
  const auto head = static_cast<std::size_t>(last.head);
  return head <= mention.last_token || head >= sentence.tokens.size() ||
         sentence.tokens[head].upos != "NOUN";
}

}  // namespace dyad
