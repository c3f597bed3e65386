// The word rules of the event coder: a sentence's tokens as pattern words, the matcher that
// finds a pattern's words and actors within word gaps, and the parse-assisted matcher for
// targets too far for the word gaps (the word-window fallbacks for a subject, negation and
// modality are in events/sentence_coder.h). EventCoder (events/coder.cc) combines them with the
// clause layer (events/syntax.h).
#pragma once

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "events/cameo.h"
#include "events/patterns.h"
#include "events/quotations.h"
#include "events/syntax.h"
#include "segment/segment.h"
#include "segment/word_classes.h"

namespace dyad::word_rules {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kGap = 3;                 // other words allowed between pattern elements
constexpr std::size_t kTargetGap = 5;           // … before the target
constexpr std::size_t kMaxUnnamedConjunct = 4;  // words of "and armed opposition groups"

// A sentence's tokens, normalised for matching, and where the actors are.
class SentenceTokens {
 public:
  SentenceTokens(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                 std::size_t index, const PatternBook& book)
      : sentence_(sentence) {
    // Gap rules, computed once per sentence: every pattern attempt asks them.
    counted_.reserve(sentence.tokens.size() + 1);
    counted_.push_back(0);
    auto amount_at = [&](std::size_t k) {
      const Token& token = sentence.tokens[k];
      return token.is(WordClass::kAmountWord) ||
             (!token.norm.empty() && std::isdigit(static_cast<unsigned char>(token.norm[0])));
    };
    for (std::size_t k = 0; k < sentence.tokens.size(); ++k) {
      const Token& token = sentence.tokens[k];
      // "provide about 70 million dollars of aid": a word that only rounds the amount after it
      // is part of the amount, neither a preposition nor a word of the gap.
      const bool rounding =
          k + 1 < sentence.tokens.size() && amount_at(k + 1) &&
          (token.norm == "about" || token.norm == "nearly" || token.norm == "almost" ||
           token.norm == "around" || token.norm == "roughly" || token.norm == "approximately");
      // "trade ties with all its neighbours except Turkey": what follows is left out.
      blocks_.push_back(token.is(WordClass::kClausePunctuation) || token.is(WordClass::kExclusion));
      blocks_after_verb_.push_back(blocks_.back() ||
                                   (token.is(WordClass::kVerbPreposition) && !rounding));
      // "gave the Ivory Coast 5.1 million dollars of aid": an amount is one word of a gap.
      counted_.push_back(counted_.back() + (amount_at(k) || rounding ? 0 : 1));
    }
    ids_.reserve(sentence.tokens.size());
    for (const auto& token : sentence.tokens) ids_.push_back(book.word_id(token.norm));
    starts_.assign(sentence.tokens.size(), kNone);
    place_starts_.assign(sentence.tokens.size(), kNone);
    covered_.assign(sentence.tokens.size(), false);
    for (std::size_t m = 0; m < mentions.size(); ++m) {
      const auto& mention = mentions[m];
      if (mention.sentence != index) continue;
      // A place is no actor: it neither blocks gaps nor heads a clause, and only patterns of
      // acts done to places take it as their target (PatternMatcher).
      if (mention.place && mention.first_token < size()) place_starts_[mention.first_token] = m;
      if (!acts_in_sentence(mention, sentence)) continue;
      if (starts_[mention.first_token] == kNone) starts_[mention.first_token] = m;
      for (std::size_t t = mention.first_token; t <= mention.last_token && t < size(); ++t) {
        covered_[t] = true;
        blocks_[t] = blocks_after_verb_[t] = true;  // a gap never crosses another actor
      }
    }
  }

  std::size_t size() const { return sentence_.tokens.size(); }
  const std::string& word(std::size_t t) const { return sentence_.tokens[t].norm; }
  std::uint32_t id(std::size_t t) const { return ids_[t]; }
  std::size_t mention_at(std::size_t t) const { return t < starts_.size() ? starts_[t] : kNone; }
  // The town or city (ActorMention::place) that starts at token t; kNone when none.
  std::size_t place_at(std::size_t t) const {
    return t < place_starts_.size() ? place_starts_[t] : kNone;
  }
  bool in_mention(std::size_t t) const { return covered_[t]; }
  const Sentence& sentence() const { return sentence_; }

  bool is(std::size_t t, WordClass c) const { return t < size() && sentence_.tokens[t].is(c); }
  // The words a gap over tokens [from, to) counts: amounts ("5.1 million dollars") count not.
  std::size_t gap_words(std::size_t from, std::size_t to) const {
    return counted_[to] - counted_[from];
  }
  bool is_word(std::size_t t, std::string_view word) const {
    return t < size() && sentence_.tokens[t].norm == word;
  }

  // Words a gap may not cross: clause punctuation and other actors; and right after the event
  // verb, prepositions other than "of", "from" and the infinitive "to" too — the verb's own
  // preposition comes first
  // ("said in response to X" is not "said to X"; "addressed concerns regarding tensions between
  // X…" does not address X), while later gaps may hold them ("optimism about talks with X").
  bool blocks_gap(std::size_t t, bool after_verb) const {
    return after_verb ? blocks_after_verb_[t] : blocks_[t];
  }

 private:
  const Sentence& sentence_;
  std::vector<std::uint32_t> ids_;  // PatternBook word ids
  std::vector<bool> blocks_, blocks_after_verb_;
  std::vector<std::size_t> counted_;  // per token: the gap-counting words before it
  std::vector<std::size_t> starts_, place_starts_;
  std::vector<bool> covered_;
};

struct Match {
  std::vector<std::size_t> targets, sources;  // mention indices
  // Mentions whose head noun is one of the pattern's words ("Turkish forces" in "{send}
  // [troops|forces] into $T"): they are neither source nor target.
  std::vector<std::size_t> owned_words;
  std::size_t first = kNone, last = 0;  // token range of the matched elements

  struct Mark {
    std::size_t targets, sources, owned_words, first, last;
  };
  Mark mark() const { return {targets.size(), sources.size(), owned_words.size(), first, last}; }
  void undo(const Mark& m) {
    targets.resize(m.targets);
    sources.resize(m.sources);
    owned_words.resize(m.owned_words);
    first = m.first;
    last = m.last;
  }
  void cover(std::size_t from, std::size_t to) {
    first = std::min(first, from);
    last = std::max(last, to);
  }
};

class PatternMatcher {
 public:
  PatternMatcher(const SentenceTokens& tokens, const std::vector<ActorMention>& mentions,
                 const EventPattern& pattern, std::size_t anchor_token)
      : tokens_(tokens),
        mentions_(mentions),
        pattern_(pattern),
        anchor_token_(anchor_token),
        places_(done_to_places(pattern.code)) {}

  std::optional<Match> run() {
    // The first element may start a little before the anchor.
    const std::size_t reach = (kTargetGap + 2) * pattern_.anchor;
    const std::size_t from = anchor_token_ > reach ? anchor_token_ - reach : 0;
    for (std::size_t start = from; start <= anchor_token_; ++start) {
      Match match;
      if (match_element(0, start, start, match)) return match;
    }
    return std::nullopt;
  }

 private:
  // Compound actors: "Armenia and Azerbaijan", "Russia, Turkey and Iran" (targets only: in
  // "between $S and $T" the source is one actor).
  // A comma alone does not make a list ("…with Azerbaijan, Deputy Chief Ahadi said"): the
  // comma-joined actors count only when "and"/"or" joins the last one.
  std::size_t take_actors(std::size_t t, std::vector<std::size_t>& into, bool compound) const {
    std::size_t m = tokens_.mention_at(t);
    if (m != kNone) m = named_after_owner(m);
    std::vector<std::size_t> list;
    std::size_t end = t, first_end = t;
    bool closed_by_and = false;
    while (m != kNone) {
      list.push_back(m);
      end = mentions_[m].last_token + 1;
      if (list.size() == 1) first_end = end;
      if (!compound) break;
      std::size_t next = end;
      if (tokens_.is_word(next, ",")) ++next;
      const bool conjunction = (tokens_.is_word(next, "and") || tokens_.is_word(next, "or"));
      if (conjunction) ++next;
      if (next == end) break;
      m = tokens_.mention_at(next);
      // "partnership with the Kurds, and Erdoğan has threatened …": an actor the parse makes
      // the subject of a verb of its own begins a clause; the list ended before it.
      if (m != kNone && subject_of_own_verb(m)) break;
      if (m != kNone) closed_by_and = conjunction;
    }
    if (list.size() > 1 && !closed_by_and) {
      list.erase(list.begin() + 1, list.end());
      end = first_end;
    }
    into.insert(into.end(), list.begin(), list.end());
    return compound ? past_unnamed_conjunct(end) : end;
  }

  // "against Russia's ally Syria", "Iran's proxy Hezbollah": an actor (not a place) named right
  // after one or two words its owner's "'s" governs is the one meant; the owner only says whose
  // it is. Else the mention itself.
  std::size_t named_after_owner(std::size_t m) const {
    const std::size_t owned = mentions_[m].last_token + 1;
    if (!tokens_.is_word(owned, "'s")) return m;
    for (std::size_t k = owned + 1; k < tokens_.size() && k <= owned + 3; ++k) {
      if (tokens_.in_mention(k)) {
        const std::size_t named = tokens_.mention_at(k);
        return k > owned + 1 && !mentions_[named].location ? named : m;
      }
      // ("Russia's mediation between Armenia and …", "Trump's claim that Isis …", "Chirac's
      // visit was …": a preposition, clause or verb begins another phrase.)
      const std::string& upos = tokens_.sentence().tokens[k].upos;
      if (!std::isalpha(static_cast<unsigned char>(tokens_.word(k)[0])) ||
          tokens_.is(k, WordClass::kSubjectPreposition) || tokens_.is(k, WordClass::kClauseStart) ||
          tokens_.is(k, WordClass::kBeForm) ||
          (!upos.empty() && upos != "NOUN" && upos != "ADJ" && upos != "ADV"))
        return m;
    }
    return m;
  }

  // "Syria and armed opposition groups must respect the deal": a conjunct naming no actor
  // shares the modal verb after it with the actors before it, so the pattern goes on after it.
  // (A few words between "and"/"or" and a modal, each beginning with a letter — `norm` is
  // lower-cased, so no number, punctuation or quotation mark: a noun phrase, not a clause.)
  std::size_t past_unnamed_conjunct(std::size_t end) const {
    if (!tokens_.is_word(end, "and") && !tokens_.is_word(end, "or")) return end;
    std::size_t k = end + 1;
    while (k < tokens_.size() && k - end <= kMaxUnnamedConjunct && !tokens_.in_mention(k) &&
           std::islower(static_cast<unsigned char>(tokens_.word(k)[0])) && !modal(k))
      ++k;
    return k > end + 1 && k < tokens_.size() && modal(k) ? k : end;
  }

  bool modal(std::size_t t) const {
    return tokens_.is(t, WordClass::kHypothetical) || tokens_.is(t, WordClass::kWillAuxiliary) ||
           tokens_.is_word(t, "must");
  }

  bool subject_of_own_verb(std::size_t m) const {
    const auto& tokens = tokens_.sentence().tokens;
    const std::size_t head = mention_head(tokens_.sentence(), mentions_[m]);
    const std::size_t after = mentions_[m].last_token + 1;
    return head != kNone && tokens[head].deprel.starts_with("nsubj") && after < tokens.size() &&
           (tokens[after].upos == "VERB" || tokens[after].upos == "AUX");
  }

  // "condemned the occupation of X": X follows "of (the)" inside the skipped words, so it
  // belongs to a noun the pattern does not name — the occupation, not X, is condemned. ("The
  // leaders of X" is one actor mention and needs no gap.)
  bool complement_of_skipped_noun(std::size_t gap_start, std::size_t actor,
                                  bool right_after_verb) const {
    std::size_t t = actor;
    if (t > gap_start && tokens_.is(t - 1, WordClass::kSkippedDeterminer)) --t;
    // "met a group of X": a quantity stands for what it counts. "Shelled the town of X": for
    // an act done to places, the town is X.
    if (t >= 2 && tokens_.is(t - 2, WordClass::kQuantityNoun)) return false;
    if (t >= 2 && places_ && tokens_.is(t - 2, WordClass::kPlaceNoun)) return false;
    if (t > gap_start && tokens_.is_word(t - 1, "of")) return true;
    // "killed off any challenge to X": after words skipped past a verb whose pattern takes its
    // object next, "to X" completes a skipped noun; the verb's object is never behind "to".
    // Nor behind "from", which names a giver or an origin ("support from Trump", "attacks
    // from Syria").
    return right_after_verb && t > gap_start &&
           ((t > gap_start + 1 && tokens_.is_word(t - 1, "to")) || tokens_.is_word(t - 1, "from"));
  }

  // A town is what an act is done to only as an object or a prepositional phrase in the parse
  // ("bombed Aleppo", "an assault on Idlib"); one that heads a clause names a company or a
  // person ("while Santos said its budget"), and an unparsed sentence shows neither.
  bool place_is_object(std::size_t place) const {
    const auto& tokens = tokens_.sentence().tokens;
    const std::size_t head = mention_head(tokens_.sentence(), mentions_[place]);
    if (head == kNone) return false;
    std::string_view relation = tokens[head].deprel;
    relation = relation.substr(0, relation.find(':'));
    // "Russian jets bombed Homs" read as a noun phrase ("bombed" a modifier of "Homs"): the
    // noun the event verb modifies is its object (SentenceSyntax::object_of reads it so too).
    const std::string_view verb_relation = tokens[anchor_token_].deprel;
    const bool modified_by_verb = tokens[anchor_token_].head == static_cast<int>(head) &&
                                  (verb_relation == "amod" || verb_relation == "acl");
    return relation == "obj" || relation == "iobj" || relation == "obl" || relation == "nmod" ||
           modified_by_verb;
  }

  // "…, Çavuşoğlu added", "…, a senior Bree official said": an actor between a comma (and up
  // to three words before it that are no actor and begin with a letter: an article and
  // adjectives) and the reporting verb after it speaks the sentence; it is no target of the
  // words before the comma. (Words are compared lower-cased, so case plays no part.)
  bool reporting_speaker(std::size_t t, std::size_t m) const {
    const std::size_t after = mentions_[m].last_token + 1;
    if (after >= tokens_.size() || !tokens_.is(after, WordClass::kClauseStart) ||
        tokens_.is_word(after, "that"))
      return false;
    std::size_t start = t;
    for (int words = 0; words < 3 && start > 0 && !tokens_.in_mention(start - 1) &&
                        std::islower(static_cast<unsigned char>(tokens_.word(start - 1)[0]));
         ++words)
      --start;
    return start > 0 && tokens_.is_word(start - 1, ",");
  }

  // "{say} to $T" needs the preposition "to"; where the parse reads the word as an
  // infinitive's marker ("said the plan to remove Isis members", "is said to have used …"),
  // what follows is no target of it.
  bool infinitive_marker_before_target(std::size_t i, std::size_t t) const {
    if (i + 1 >= pattern_.elements.size() ||
        pattern_.elements[i + 1].kind != PatternElement::Kind::kTarget)
      return false;
    const Token& token = tokens_.sentence().tokens[t];
    return token.deprel == "mark" && token.norm == "to";
  }

  // "will not stand by and watch X": a word before the target followed by "and" has no object
  // of its own; it is an adverb ("stand by"), not the preposition "by $T".
  bool particle_before_conjunction(std::size_t i, std::size_t t) const {
    if (i + 1 >= pattern_.elements.size() || t + 1 >= tokens_.size()) return false;
    const auto next = pattern_.elements[i + 1].kind;
    return (next == PatternElement::Kind::kTarget || next == PatternElement::Kind::kSource) &&
           tokens_.is(t + 1, WordClass::kListJoiner);
  }

  // "800 to 900 fighters", "between 5 and 10": a word between two numbers joins a range.
  bool joins_numbers(std::size_t t) const {
    auto number = [&](std::size_t k) {
      const Token& token = tokens_.sentence().tokens[k];
      return token.upos == "NUM" ||
             (!token.norm.empty() && std::isdigit(static_cast<unsigned char>(token.norm[0])));
    };
    return t > 0 && t + 1 < tokens_.size() && number(t - 1) && number(t + 1);
  }

  // "sending Turkish forces into Afrin": a pattern's noun ("{send} [troops|forces] into $T")
  // that heads an actor mention with a country before it ("Turkish forces") is still the
  // pattern's word — the country only says whose forces they are. That mention, or kNone.
  std::size_t owned_pattern_noun(const PatternElement& element, std::size_t t) const {
    if (element.kind != PatternElement::Kind::kWords) return kNone;
    const std::size_t m = tokens_.mention_at(t);
    if (m == kNone) return kNone;
    const ActorMention& mention = mentions_[m];
    if (mention.agent.empty() || mention.country.empty() || mention.last_token == t ||
        !element.matches(tokens_.id(mention.last_token)))
      return kNone;
    return m;
  }

  // Matches element i at position `at` or later (within the gap allowed after `from`).
  // On failure `match` is left as it was: elements are tried in place and undone, not copied.
  bool match_element(std::size_t i, std::size_t at, std::size_t from, Match& match) {
    if (i == pattern_.elements.size()) return true;
    const PatternElement& element = pattern_.elements[i];
    const bool is_actor = element.kind == PatternElement::Kind::kTarget ||
                          element.kind == PatternElement::Kind::kSource;
    const std::size_t gap = i == 0                   ? 0
                            : element.anywhere_later ? tokens_.size()
                            : is_actor               ? kTargetGap
                                                     : kGap;
    // After the event verb, or a word of the pattern the parse reads as an active verb ("due to
    // [meet] in Tehran"): the verb's own preposition comes first. (A participle's "by" names
    // its agent: "[imposed] by $T".)
    auto active_verb = [&](std::size_t t) {
      const Token& token = tokens_.sentence().tokens[t];
      return token.upos == "VERB" && token.xpos != "VBN";
    };
    const bool after_verb =
        i > 0 && (pattern_.elements[i - 1].kind == PatternElement::Kind::kVerb ||
                  (pattern_.elements[i - 1].kind == PatternElement::Kind::kWords && at > 0 &&
                   active_verb(at - 1)));
    // (A threat's target is whom it threatens, however it is reached: "threatened to deliver
    // blows to Kenya"; TABARI's "$T*" is the first actor after the words.)
    const bool verb_before = i > 0 && !element.anywhere_later && !pattern_.code.starts_with("13") &&
                             pattern_.elements[i - 1].kind == PatternElement::Kind::kVerb;
    // TABARI's "^" skips the actor that is there ("celebrated Iftar in ^ $T"): the pattern goes
    // on without it only when none is.
    const bool skip = element.kind == PatternElement::Kind::kSkip;
    if (element.optional && !skip && match_element(i + 1, at, from, match)) return true;
    const Match::Mark mark = match.mark();
    for (std::size_t t = at; t < tokens_.size() && tokens_.gap_words(from, t) <= gap; ++t) {
      if (t > at && element.adjacent) break;  // "a_b": b right after a
      if (t > at && tokens_.blocks_gap(t - 1, after_verb && !element.anywhere_later)) break;
      if (i == pattern_.anchor && t != anchor_token_) {
        if (t > anchor_token_) break;
        continue;
      }
      std::size_t next = kNone;
      const bool target = element.kind == PatternElement::Kind::kTarget;
      const std::size_t m = is_actor || skip ? tokens_.mention_at(t) : kNone;
      const std::size_t place = is_actor ? tokens_.place_at(t) : kNone;
      if (m == kNone && place != kNone && target && places_ && place_is_object(place)) {
        // "Russian jets bombed Aleppo": a town is the target of an act done to places.
        if (complement_of_skipped_noun(at, t, verb_before)) continue;
        match.targets.push_back(place);
        next = mentions_[place].last_token + 1;
      } else if (skip) {
        if (m == kNone) continue;
        next = mentions_[m].last_token + 1;
      } else if (is_actor) {
        // (TABARI's "$T*" after a noun of the pattern: "clashed over efforts of X" names X's
        // efforts, the noun's own "of", no skipped one. So is "of" after the actor a "^" stepped
        // over: "warned at ^ $T" reads "warned at Gondor of the Prince" as warning of the Prince.)
        const auto previous = i > 0 ? pattern_.elements[i - 1].kind : element.kind;
        const bool after_skipped_actor =
            previous == PatternElement::Kind::kSkip && at > 0 && tokens_.in_mention(at - 1);
        const bool own_of = ((element.anywhere_later && previous == PatternElement::Kind::kWords) ||
                             after_skipped_actor) &&
                            tokens_.is_word(at, "of") && t <= at + 2;
        if (m == kNone || (!own_of && complement_of_skipped_noun(at, t, verb_before)) ||
            reporting_speaker(t, m))
          continue;
        auto& actors = target ? match.targets : match.sources;
        // The pattern may go on inside the mention: "Armenia's army" and "the Russian
        // ambassador" are single mentions, yet "$T 's army" and "$T ambassador" name them.
        if (i + 1 < pattern_.elements.size()) {
          for (std::size_t inside = t + 1; inside <= mentions_[m].last_token; ++inside) {
            actors.push_back(m);
            match.cover(t, mentions_[m].last_token);
            if (match_element(i + 1, inside, inside, match)) return true;
            match.undo(mark);
          }
        }
        next = take_actors(t, actors, target);
      } else if (element.matches(tokens_.id(t)) && !infinitive_marker_before_target(i, t) &&
                 !joins_numbers(t) && !particle_before_conjunction(i, t)) {
        next = t + 1;
      } else if (const std::size_t owned = owned_pattern_noun(element, t); owned != kNone) {
        match.owned_words.push_back(owned);
        next = mentions_[owned].last_token + 1;
      } else {
        continue;
      }
      match.cover(t, next - 1);
      if (match_element(i + 1, next, next, match)) return true;
      match.undo(mark);
    }
    return skip && match_element(i + 1, at, from, match);
  }

  const SentenceTokens& tokens_;
  const std::vector<ActorMention>& mentions_;
  const EventPattern& pattern_;
  std::size_t anchor_token_;
  bool places_;  // the pattern's act may be done to a place (done_to_places)
};

// Patterns the parse can match when the words are too far apart for the word matcher ("talks
// on Monday in Geneva with X", "asking Britain, France, Germany and other allies to …"): the
// event word, at most a preposition, then $T — the target is the word's object or its oblique
// with that preposition — and then words that must follow the target ("{ask} $T to").
inline std::optional<Match> parse_match(const SentenceSyntax& syntax, const SentenceTokens& tokens,
                                        const std::vector<ActorMention>& mentions,
                                        const EventPattern& pattern, std::size_t anchor) {
  const auto& elements = pattern.elements;
  if (pattern.anchor != 0 || elements.size() < 2) return std::nullopt;
  std::size_t target = 1;
  const WordSet* prepositions = nullptr;
  // "{allege} (that) $T": the target is the subject of the verb's complement clause ("alleges
  // that the highest levels of the Saudi royal court were responsible").
  const bool that_clause = elements.size() >= 3 && elements[1].optional &&
                           elements[1].kind == PatternElement::Kind::kWords &&
                           elements[1].words.size() == 1 && elements[1].words.contains("that") &&
                           elements[2].kind == PatternElement::Kind::kTarget;
  // "{send} [inspectors|investigators] to $T" over the parse: the verb's object, or a conjunct
  // of it, is the pattern's noun however many words it has ("sent 21 military and civilian
  // personnel to Bosnia", "providing aerial photographs and other military intelligence to
  // Macedonia"), and the target the phrase with the preposition, on the verb or on the object.
  std::size_t object_word = kNone;
  auto plain_words = [&](std::size_t i) {
    return i < elements.size() && elements[i].kind == PatternElement::Kind::kWords &&
           !elements[i].optional;
  };
  if (!that_clause && elements.size() >= 4 && elements[0].kind != PatternElement::Kind::kTarget &&
      plain_words(1) && plain_words(2) && elements[3].kind == PatternElement::Kind::kTarget &&
      syntax.is_verb(anchor))
    for (const std::size_t w : syntax.object_words(anchor))
      if (elements[1].matches(tokens.id(w))) {
        object_word = w;
        break;
      }
  if (object_word != kNone) {
    prepositions = &elements[2].words;
    target = 3;
  } else if (that_clause) {
    if (!syntax.is_verb(anchor)) return std::nullopt;
    target = 2;
  } else if (elements[1].kind == PatternElement::Kind::kWords && !elements[1].optional) {
    prepositions = &elements[1].words;
    target = 2;
  } else if (elements[0].kind != PatternElement::Kind::kVerb || !syntax.is_verb(anchor)) {
    return std::nullopt;  // a noun's bare object is no target
  }
  if (target >= elements.size() || elements[target].kind != PatternElement::Kind::kTarget ||
      elements[target].anywhere_later)
    return std::nullopt;
  // Force is aimed at a country through what of it is attacked ("invaded an enclave in Syria").
  const bool force = pattern.code.starts_with("18") || pattern.code.starts_with("19") ||
                     pattern.code.starts_with("20");
  SyntaxActors object =
      that_clause ? syntax.clause_subject(anchor) : syntax.object_of(anchor, prepositions, force);
  // Whom one sends somewhere is sent to the country the place is in ("dispatched inspectors to
  // the Esfahan facilities in central Iran").
  const bool sent_to = object_word != kNone && prepositions->contains("to");
  if (object.actors.empty() && sent_to) object = syntax.object_of(anchor, prepositions, true);
  if (object.actors.empty() && object_word != kNone)
    object = syntax.object_of(object_word, prepositions, force || sent_to);
  if (object.actors.empty()) return std::nullopt;
  Match match;
  match.targets = object.actors;
  match.first = match.last = anchor;
  for (const std::size_t m : object.actors)
    match.last = std::max(match.last, mentions[m].last_token);
  // The words after $T, in order, each within a few words of the one before.
  std::size_t at = match.last + 1;
  for (std::size_t i = target + 1; i < elements.size(); ++i) {
    const PatternElement& element = elements[i];
    if (element.kind != PatternElement::Kind::kWords && element.kind != PatternElement::Kind::kVerb)
      return std::nullopt;
    std::size_t t = at;
    // After an infinitive's "to", the infinitive itself: "to support", never the particle
    // of "to take back".
    if (at > 0 && syntax.infinitive_verb(at - 1) != kNone) {
      const std::size_t verb = syntax.infinitive_verb(at - 1);
      if (element.matches(tokens.id(verb))) {
        match.last = std::max(match.last, verb);
        at = verb + 1;
      } else if (!element.optional) {
        return std::nullopt;
      }
      continue;
    }
    while (t < tokens.size() && t < at + kGap + 1 && !element.matches(tokens.id(t))) ++t;
    // "{ask} $T to": after a long list of targets, the parse's infinitive clause.
    if ((t >= tokens.size() || t >= at + kGap + 1) && i == target + 1 &&
        element.kind == PatternElement::Kind::kWords && element.words.size() == 1 &&
        element.words.contains("to"))
      if (const std::size_t to = syntax.infinitive_after(anchor, match.last); to != kNone) {
        t = to;
        at = to;
      }
    if (t < tokens.size() && t < at + kGap + 1 && (!element.adjacent || t == at)) {
      match.last = t;
      at = t + 1;
    } else if (!element.optional) {
      return std::nullopt;
    }
  }
  return match;
}

}  // namespace dyad::word_rules
