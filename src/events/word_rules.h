// The word rules of the event coder: a sentence's tokens as pattern words, the matcher that
// finds a pattern's words and actors within word gaps, the word-window fallbacks for a
// subject, negation and modality, and the parse-assisted matcher for targets too far for the
// word gaps. EventCoder (events/coder.cc) combines them with the clause layer
// (events/syntax.h); nothing else uses them.
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

class SentenceCoder {
 public:
  SentenceCoder(const SentenceTokens& tokens, const std::vector<ActorMention>& mentions,
                std::size_t index, QuoteContext quote = {})
      : tokens_(tokens), mentions_(mentions), index_(index), quote_(quote) {}

  // The actor heading the subject of the clause that contains token `before`: the first actor in
  // that clause that is not the object of a preposition, skipping ", who/which …," relative
  // clauses. The clause starts after "that", "said", a quotation mark or ";". "We"/"our" in a
  // quotation is the speaker. With no subject in the clause, the nearest actor before it.
  std::size_t subject_before(std::size_t before, const std::vector<std::size_t>& exclude) const {
    auto usable = [&](std::size_t t) {
      const std::size_t m = tokens_.mention_at(t);
      if (m == kNone || std::find(exclude.begin(), exclude.end(), m) != exclude.end()) return kNone;
      if (t > 0 && tokens_.is(t - 1, WordClass::kSubjectPreposition)) return kNone;
      return m;
    };
    std::size_t start = 0;
    for (std::size_t t = before; t-- > 0;) {
      if (tokens_.is(t, WordClass::kClauseStart)) {
        start = t + 1;
        break;
      }
    }
    // "…since the insurgency erupted, when it took control of Deraa": "it" (with auxiliaries
    // and adverbs) right before the verb is its subject, and an actor before it belongs to
    // another clause. ("Iran said it would …": a pronoun heading a reported clause stands for
    // the speaker, found below.)
    for (std::size_t t = before; t-- > start;) {
      const Token& token = tokens_.sentence().tokens[t];
      if (token.upos == "AUX" || token.upos == "ADV" || token.upos == "PART") continue;
      if ((token.norm == "it" || token.norm == "they") && t > start) return kNone;
      break;
    }
    for (std::size_t t = start; t < before; ++t) {
      if (tokens_.is(t, WordClass::kRelativePronoun) && t > start && tokens_.is_word(t - 1, ",")) {
        while (t < before && !tokens_.is_word(t, ",")) ++t;  // skip the relative clause
        continue;
      }
      if (tokens_.is(t, WordClass::kFirstPerson)) return speaker();
      if (const std::size_t m = usable(t); m != kNone) return m;
    }
    for (std::size_t t = start; t-- > 0;) {
      if (tokens_.is_word(t, ";")) break;
      if (const std::size_t m = usable(t); m != kNone) return m;
    }
    return kNone;
  }

  // The subject and the actors joined to it: "Mordor, Rohan, Fornost and Bree welcomed…",
  // "Fornost and the evil Gondor welcomed…" (a determiner and two adjectives may come between).
  std::vector<std::size_t> compound_with(std::size_t first) const {
    std::vector<std::size_t> all{first};
    std::size_t t = mentions_[first].last_token + 1;
    while (t < tokens_.size()) {
      std::size_t next = t;
      if (tokens_.is_word(next, ",")) ++next;
      if (tokens_.is(next, WordClass::kListJoiner)) ++next;
      if (next == t) break;
      for (std::size_t k = 0; k < 3 && next < tokens_.size() && tokens_.mention_at(next) == kNone &&
                              !tokens_.in_mention(next) &&
                              std::islower(static_cast<unsigned char>(tokens_.word(next)[0]));
           ++k)
        ++next;
      const std::size_t m = tokens_.mention_at(next);
      if (m == kNone || mentions_[m].sentence != index_) break;
      all.push_back(m);
      t = mentions_[m].last_token + 1;
    }
    return all;
  }

  // "an imminent attack", "the Iranian army's attack": a verb form used as a noun.
  bool used_as_noun(std::size_t word) const {
    if (word > 0 && tokens_.is(word - 1, WordClass::kNounUsePreposition))
      return true;  // "in protest against", "after talks with"
    // "a video accusing X": an -ing form two words after a determiner is a participle.
    const std::size_t reach = tokens_.word(word).ends_with("ing") ? 1 : 2;
    for (std::size_t k = 1; k <= reach && k <= word; ++k) {
      const std::size_t t = word - k;
      if (tokens_.is(t, WordClass::kDeterminer)) return true;
      if (tokens_.in_mention(t)) return false;
    }
    return false;
  }

  // The source of an event noun ("talks with $T", "an attack on $T"): its possessor right before
  // it ("Iran's attack on…", "Russian strikes on…"), or — when a light verb or "in/during"
  // introduces the noun ("held talks with", "in a telephone call with") — the clause subject.
  // Otherwise the noun is only mentioned ("the possibility of an attack on Armenia"): no source.
  std::size_t noun_source(std::size_t noun, const std::vector<std::size_t>& exclude) const {
    // "in protest against X", "during talks with X": an adverbial phrase of the main clause.
    std::size_t before = noun;
    while (before > 0 && tokens_.is(before - 1, WordClass::kArticle)) --before;
    for (const std::size_t t : {noun, before - 1})
      if (t < tokens_.size() && tokens_.is(t, WordClass::kAdverbialPreposition))
        return subject_before(t, exclude);
    bool possessive = false;
    std::size_t other_words_between = 0;
    for (std::size_t k = 1; k <= 4 && k <= noun; ++k) {
      const std::size_t t = noun - k;
      if (tokens_.is_word(t, "'s")) possessive = true;
      if (tokens_.in_mention(t)) {
        std::size_t start = t;
        while (start > 0 && tokens_.in_mention(start - 1) && tokens_.mention_at(start) == kNone)
          --start;
        const std::size_t m = tokens_.mention_at(start);
        // A possessor: "Iran's attack", or a country adjective: "Russian strikes" — not any
        // actor that happens to stand before the noun ("the ambassador in protest").
        const bool possessor = m != kNone && (possessive || mentions_[m].kind == "country");
        if (possessor && std::find(exclude.begin(), exclude.end(), m) == exclude.end()) return m;
        break;
      }
      if (tokens_.is(t, WordClass::kLightVerb))
        return other_words_between <= 1 ? subject_before(t + 1, exclude) : kNone;
      if (tokens_.is(t, WordClass::kNounPhraseStop)) break;
      // "held talks", "paid a visit", "held a new round of talks": determiners and one more
      // word may stand between the light verb and the noun; "assistance in facilitating
      // bilateral peace discussions" is not a discussion.
      if (!(tokens_.is(t, WordClass::kArticle) || tokens_.is_word(t, "'s"))) ++other_words_between;
    }
    return kNone;
  }

  // Whether token `t` is inside quotation marks (the sentence may begin inside a quotation
  // opened in an earlier one).
  bool quoted(std::size_t t) const {
    bool inside = quote_.starts_inside;
    for (std::size_t k = 0; k < t && k < tokens_.size(); ++k)
      if (tokens_.is(k, WordClass::kQuotationMark)) inside = !inside;
    return inside;
  }

  // Who speaks a quotation in this sentence: the first actor outside the quotation marks, else
  // the speaker of the quotation the sentence began inside, else the first actor of the sentence
  // before.
  std::size_t speaker() const {
    bool inside = quote_.starts_inside;
    for (std::size_t t = 0; t < tokens_.size(); ++t) {
      if (tokens_.is(t, WordClass::kQuotationMark)) inside = !inside;
      const std::size_t m = tokens_.mention_at(t);
      if (!inside && m != kNone && !mentions_[m].country.empty()) return m;
    }
    if (quote_.speaker != kNone) return quote_.speaker;
    for (std::size_t m = 0; m < mentions_.size(); ++m)
      if (mentions_[m].sentence + 1 == index_ && !mentions_[m].code.empty() &&
          !mentions_[m].location)
        return m;
    return kNone;
  }

  // "not", "never", "refused to", "no intention of" shortly before the event word.
  std::string negation_before(std::size_t anchor) const {
    // "should rehabilitate, rather than prosecute, its citizens", "negotiated instead of
    // attacking": the alternative set aside is not done.
    if (anchor >= 2 &&
        ((tokens_.is_word(anchor - 2, "rather") && tokens_.is_word(anchor - 1, "than")) ||
         (tokens_.is_word(anchor - 2, "instead") && tokens_.is_word(anchor - 1, "of"))))
      return "negated by '" + tokens_.word(anchor - 2) + " " + tokens_.word(anchor - 1) + "'";
    for (std::size_t k = 1; k <= 6 && k <= anchor; ++k) {
      const std::size_t t = anchor - k;
      const std::string& w = tokens_.word(t);
      if (tokens_.is_word(t, ",") || tokens_.is_word(t, ";")) break;
      if (k <= 4 && (tokens_.is(t, WordClass::kNegation) || w.ends_with("n't"))) {
        // "will not provide aid", "won't meet": the subject says it will not act — a refusal.
        // ("did not provide" is only no event.)
        if (w == "won't" || (t > 0 && tokens_.is(t - 1, WordClass::kWillAuxiliary)))
          return "refusal: 'will not'";
        return "negated by '" + w + "'";
      }
      if (tokens_.is(t, WordClass::kRefusal)) return "refusal: '" + w + "'";
      // "worked to prevent an Israeli attack on Gaza": what is prevented did not happen.
      if (tokens_.is(t, WordClass::kPrevention)) return "negated by '" + w + "'";
      if (w == "no" && tokens_.is(t + 1, WordClass::kNegatedPlan))
        return "negated by 'no " + tokens_.word(t + 1) + "'";
    }
    return {};
  }

  std::string modality_before(std::size_t anchor) const {
    for (std::size_t k = 1; k <= 6 && k <= anchor; ++k) {
      const std::size_t t = anchor - k;
      if (tokens_.is(t, WordClass::kModalityStop)) break;
      // "reports of Iranian troop deployments", "X reportedly attacked Y": claimed, not stated.
      if (tokens_.is(t, WordClass::kAllegedAdverb) ||
          (tokens_.is(t, WordClass::kAllegedNoun) &&
           (tokens_.is_word(t + 1, "of") || tokens_.is_word(t + 1, "that"))))
        return "alleged";
      if (tokens_.is(t, WordClass::kFuture)) return "future";
      if (tokens_.is(t, WordClass::kHypothetical)) return "hypothetical";
      if (tokens_.is(t, WordClass::kIntentionVerb) && tokens_.is_word(t + 1, "to")) return "future";
    }
    for (std::size_t t = 0; t < anchor; ++t)
      if (tokens_.is(t, WordClass::kCondition)) return "hypothetical";
    return "asserted";
  }

  // "X was condemned by Y": a be-form before the verb and "by <actor>" after it.
  // The agent's mention, or kNone.
  std::size_t passive_agent(std::size_t verb) const {
    const bool be = (verb >= 1 && tokens_.is(verb - 1, WordClass::kBeForm)) ||
                    (verb >= 2 && tokens_.is(verb - 2, WordClass::kBeForm));
    if (!be) return kNone;
    for (std::size_t t = verb + 1; t < tokens_.size() && t <= verb + 4; ++t)
      if (tokens_.is_word(t, "by") && tokens_.mention_at(t + 1) != kNone)
        return tokens_.mention_at(t + 1);
    return kNone;
  }

 private:
  const SentenceTokens& tokens_;
  const std::vector<ActorMention>& mentions_;
  std::size_t index_;
  QuoteContext quote_;
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
  if (that_clause) {
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
  const SyntaxActors object =
      that_clause ? syntax.clause_subject(anchor) : syntax.object_of(anchor, prepositions, force);
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
