// The word-window rules of the event coder about a sentence as a whole: the subject before an
// event word, its compound, negation, modality, a passive's agent and who speaks a quotation.
// EventCoder (events/coder.cc) and the parse stage's outlook (events/pattern_outlook.cc) use
// them beside the matchers of events/word_rules.h.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "events/word_rules.h"

namespace dyad::word_rules {

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

}  // namespace dyad::word_rules
