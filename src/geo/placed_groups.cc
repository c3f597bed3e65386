#include "geo/placed_groups.h"

#include <string_view>

#include "segment/word_classes.h"

namespace dyad {

namespace {

// Whether people of this agent "from" a town come from it, so that they are its country's
// ("a missionary from Calgary", "students from Kirkuk", "refugees from Aleppo"): persons and
// groups of people, not institutions ("a statement from Cairo"); not troops, whose base a town
// names ("troops from Kandahar"), nor officials, diplomats and aid workers, often posted there
// from abroad ("aid workers from Kabul").
bool comes_from_town(const LexiconEntry& entry) {
  if (entry.subkind != "person" && entry.subkind != "group") return false;
  for (const char* posted : {"GOV", "MIL", "NGO", "IGO", "SPY"})
    if (entry.agent.starts_with(posted)) return false;
  return true;
}

// The dictionary group whose words end right where `text` ends, as the lexicon's entry, with
// the offset in `text` where it begins; nullptr when there is none the preposition places: one
// that acts where it is ("in", "of") or comes from there ("from").
const LexiconEntry* group_ending(const ActorLexicon& lexicon, std::string_view text,
                                 const std::optional<std::string>& date, bool from,
                                 std::size_t& begin) {
  const LexiconEntry* found = nullptr;
  for (const LexiconMatch& match : lexicon.scan(text, date)) {
    if (match.span.end != text.size()) continue;
    for (const int index : match.entries) {
      const LexiconEntry& entry = lexicon.entry(index);
      if (entry.kind == EntryKind::kAgent &&
          (from ? comes_from_town(entry) : acts_where_it_is(entry.agent, entry.subkind))) {
        found = &entry;
        begin = match.span.begin;
      }
    }
  }
  return found;
}

}  // namespace

void place_groups_by_town(const Article& article, const std::vector<Sentence>& sentences,
                          const ActorLexicon& lexicon, std::vector<ActorMention>& mentions) {
  const std::string_view text = article.text;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const ActorMention& town = mentions[i];
    if (!town.place || town.first_token < 2) continue;
    const Sentence& sentence = sentences[town.sentence];
    const auto& tokens = sentence.tokens;
    std::size_t preposition = town.first_token - 1;
    if (tokens[preposition].is(WordClass::kArticle)) --preposition;
    const std::string_view word = tokens[preposition].norm;
    // "in"/"of": where the group is; "from": where its people come from (who only stays
    // somewhere, a tourist or a hostage, still comes from home).
    const bool from = word == "from";
    if (preposition == 0 || (word != "in" && word != "of" && !from)) continue;
    const std::size_t group_last = preposition - 1;
    const bool covered = i > 0 && mentions[i - 1].sentence == town.sentence &&
                         mentions[i - 1].last_token >= group_last;
    if (covered || (!from && tokens[group_last].is(WordClass::kPostedAbroad))) continue;
    const std::size_t sentence_begin = sentence.span.begin;
    std::size_t group_begin = 0;
    const LexiconEntry* group = group_ending(
        lexicon, text.substr(sentence_begin, tokens[group_last].span.end - sentence_begin),
        article.date, from, group_begin);
    if (!group) continue;
    std::size_t first = group_last;
    while (first > 0 && tokens[first].span.begin > sentence_begin + group_begin) --first;
    if (tokens[first].span.begin != sentence_begin + group_begin) continue;  // not on a word
    if (i > 0 && mentions[i - 1].sentence == town.sentence && mentions[i - 1].last_token >= first)
      continue;
    if (first > 0 && tokens[first - 1].is(WordClass::kPossessiveDeterminer)) continue;
    ActorMention placed;
    placed.sentence = town.sentence;
    placed.first_token = first;
    placed.last_token = town.last_token;
    placed.span = {tokens[first].span.begin, town.span.end};
    placed.text = std::string(text.substr(placed.span.begin, placed.span.end - placed.span.begin));
    placed.country = town.country;
    placed.agent = group->agent;
    placed.code = town.country + group->agent;
    placed.rule = group->source + " + " + town.rule;
    placed.kind = group->subkind;
    mentions[i] = std::move(placed);  // in text order still: nothing before it overlaps
  }
}

}  // namespace dyad
