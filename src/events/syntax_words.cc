// The clause layer's questions about single words and clauses: what a word is here (a verb, a
// noun, a particle, an adjective), and what a clause says of its predicate (an infinitive, an
// intention or threat, a standing relation, an object of its own, a later clause's subject).
// The roles (subjects, objects, passives, agents) are in syntax.cc, noun phrases in
// syntax_phrases.cc.
#include <algorithm>
#include <string>

#include "events/syntax.h"
#include "events/syntax_detail.h"
#include "segment/word_classes.h"

namespace dyad {

using syntax_detail::kMaxClimb;
using syntax_detail::kNone;

bool SentenceSyntax::has_object_outside(std::size_t verb, std::size_t first,
                                        std::size_t last) const {
  if (!parsed_ || verb >= children_.size()) return false;
  // An object the pattern's own words modify is inside it: "renewed diplomatic ties".
  auto modified_by_match = [&](std::size_t object) { return modifies(first, last, object); };
  // So is the parties' own: "Chile and Peru postponed their meeting".
  auto theirs = [&](std::size_t object) {
    const std::size_t owner = child(object, "nmod:poss");
    return owner != kNone && token(owner).norm == "their";
  };
  // A direct object follows its verb with no punctuation between: "come to an agreement on
  // several issues – chiefly, US support for …" has none, whatever the parser hung there.
  auto punctuated = [&](std::size_t object) {
    for (std::size_t k = last + 1; k < object; ++k)
      if (token(k).upos == "PUNCT") return true;
    return false;
  };
  return std::any_of(children_[verb].begin(), children_[verb].end(), [&](std::size_t c) {
    return relation_is(c, "obj") && (c < first || c > last) && !modified_by_match(c) &&
           !theirs(c) && !punctuated(c);
  });
}

std::size_t SentenceSyntax::later_clause_of(std::size_t predicate, std::size_t mention) const {
  if (!parsed_ || predicate >= children_.size()) return kNone;
  const std::size_t first = mentions_[mention].first_token;
  const std::size_t last = mentions_[mention].last_token;
  if (first <= predicate) return kNone;
  // The word outside the mention that its phrase hangs on.
  std::size_t word = last;
  for (int step = 0; step < kMaxClimb && head(word) >= static_cast<int>(first) &&
                     head(word) <= static_cast<int>(last);
       ++step)
    word = static_cast<std::size_t>(head(word));
  if (head(word) < 0) return kNone;
  const auto verb = static_cast<std::size_t>(head(word));
  // "told reporters the Soviet Union agreed to buy …": after the predicate's own object (its
  // addressee), the subject of a clause under it acts in that clause; nothing is done to it.
  if (verb > last && relation_is(word, "nsubj") && head(verb) == static_cast<int>(predicate) &&
      (is_verb(verb) || child(verb, "cop") != kNone) &&
      std::any_of(children_[predicate].begin(), children_[predicate].end(), [&](std::size_t c) {
        return c > predicate && c < first && (relation_is(c, "obj") || relation_is(c, "iobj"));
      }))
    return verb;
  if (verb <= predicate || verb >= first || !is_verb(verb)) return kNone;
  const std::size_t subject = child(verb, "nsubj");
  if (subject != kNone && subject > predicate && mention_at_[subject] == kNone) return verb;
  // "received an invitation to visit Turkey": an infinitive completing a proposal or attempt.
  const std::size_t to = child(verb, "mark");
  if (to != kNone && to > predicate + 1 && token(to).norm == "to" &&
      token(to - 1).is(WordClass::kUnrealisedNoun))
    return verb;
  return kNone;
}

bool SentenceSyntax::misread_main_verb(std::size_t t) const {
  // "Iran talked by phone with Armenia" parsed as a noun phrase ("Iran, talked by phone"): a
  // participle on a root noun that has no verb of its own is the sentence's verb.
  if (!relation_is(t, "acl") || relation_is(t, "acl:relcl") || head(t) < 0) return false;
  // "Russian aircraft including helicopter gunships killed 46 Afghan civilians": a participle
  // with a direct object of its own is no passive describing the noun; it is the noun's verb.
  if (token(t).xpos == "VBN" && child(t, "obj") != kNone) return true;
  const auto noun = static_cast<std::size_t>(head(t));
  if (head(noun) >= 0 || child(noun, "cop") != kNone) return false;
  return std::none_of(children_[noun].begin(), children_[noun].end(), [&](std::size_t c) {
    return c != t && (relation_is(c, "acl") || relation_is(c, "nsubj")) && is_verb(c);
  });
}

bool SentenceSyntax::infinitive(std::size_t verb) const {
  const std::size_t mark = child(verb, "mark");
  return mark != kNone && token(mark).norm == "to";
}

std::size_t SentenceSyntax::infinitive_after(std::size_t predicate, std::size_t after) const {
  if (!parsed_ || predicate >= children_.size()) return kNone;
  for (const std::size_t c : children_[predicate]) {
    if (c <= after || !infinitive(c)) continue;
    if (relation_is(c, "xcomp") || relation_is(c, "advcl") || relation_is(c, "ccomp"))
      return child(c, "mark");
  }
  return kNone;
}

bool SentenceSyntax::intended(std::size_t verb) const {
  if (!parsed_ || verb >= children_.size()) return false;
  auto future_aux = [&](std::size_t v, bool reported) {
    return std::any_of(children_[v].begin(), children_[v].end(), [&](std::size_t c) {
      return relation_is(c, "aux") &&
             (token(c).is(WordClass::kFuture) || (reported && token(c).norm == "would"));
    });
  };
  if (future_aux(verb, false)) return true;
  // A clause governed by a verb of intention, promise or threat, whose subject commits itself:
  // "vowed to expel", "pledged that it will provide", "warned it would strike" (reported
  // "would"); not "warned Israel to stop", where the object is told to act.
  if (head(verb) < 0) return false;
  const auto governor = static_cast<std::size_t>(head(verb));
  // "Iran said it would strike", "they insisted they would stay": reported speech shifts "will"
  // to "would"; the speaker states its own intention when the reported subject refers back to
  // it. "Iran said Israel would strike" reports someone else's possibility.
  if (token(governor).is(WordClass::kSpeechVerb) && relation_is(verb, "ccomp")) {
    const std::size_t subject = child(verb, "nsubj");
    return subject != kNone &&
           (token(subject).is(WordClass::kReferringPronoun) ||
            token(subject).is(WordClass::kFirstPerson)) &&
           future_aux(verb, true);
  }
  if (!token(governor).is(WordClass::kCommitmentVerb)) return false;
  // (An infinitive the parser hung as an adverbial, "agreed in principle on Saturday to
  // provide", completes the verb of commitment all the same.)
  if (relation_is(verb, "xcomp") || relation_is(verb, "advcl"))
    return infinitive(verb) && child(governor, "obj") == kNone;
  if (relation_is(verb, "ccomp")) return future_aux(verb, true);
  return false;
}

bool SentenceSyntax::threatened(std::size_t verb) const {
  if (!parsed_ || verb >= children_.size() || head(verb) < 0 || !relation_is(verb, "xcomp") ||
      !infinitive(verb))
    return false;
  return token(static_cast<std::size_t>(head(verb))).norm.starts_with("threaten");
}

bool SentenceSyntax::modifies_object(std::size_t verb, std::size_t mention) const {
  if (!parsed_ || verb >= children_.size()) return false;
  const std::size_t object = child(verb, "obj");
  if (object == kNone || mention_at_[object] != kNone) return false;
  return modifies(mentions_[mention].first_token, mentions_[mention].last_token, object);
}

bool SentenceSyntax::indicative_complement(std::size_t verb) const {
  if (!parsed_ || verb >= children_.size()) return false;
  const std::size_t complement = child(verb, "ccomp");
  if (complement == kNone) return false;
  // (A verb spelt as its lemma is the base form whatever its tag: the tagger reads an unknown
  // "extradite" after a past "insisted" as a past.)
  auto finite = [&](std::size_t t) {
    return (token(t).xpos == "VBD" || token(t).xpos == "VBZ") && token(t).norm != token(t).lemma;
  };
  if (finite(complement)) return true;
  // "… that Isis was a threat": the copula or auxiliary carries the tense.
  return std::any_of(
      children_[complement].begin(), children_[complement].end(),
      [&](std::size_t c) { return (relation_is(c, "cop") || relation_is(c, "aux")) && finite(c); });
}

bool SentenceSyntax::object_is(std::size_t verb, WordClass word_class) const {
  if (!parsed_ || verb >= children_.size()) return false;
  const std::size_t object = child(verb, "obj");
  return object != kNone && token(object).is(word_class);
}

bool SentenceSyntax::modifies(std::size_t first, std::size_t last, std::size_t word) const {
  for (std::size_t t = first; t <= last && t < children_.size(); ++t)
    if (head(t) == static_cast<int>(word)) return true;
  return false;
}

bool SentenceSyntax::standing_relation(std::size_t verb) const {
  if (!parsed_ || verb >= children_.size() || !token(verb).is(WordClass::kRelationVerb) ||
      !is_verb(verb))
    return false;
  const bool perfect = std::any_of(children_[verb].begin(), children_[verb].end(), [&](auto c) {
    return relation_is(c, "aux") && token(c).is(WordClass::kPerfectAuxiliary);
  });
  const bool finite_progressive =
      std::any_of(children_[verb].begin(), children_[verb].end(),
                  [&](auto c) { return relation_is(c, "aux") && token(c).is(WordClass::kBeForm); });
  const std::string& xpos = token(verb).xpos;
  const bool participle = (xpos == "VBG" || xpos == "VBN") && !finite_progressive;
  return perfect || relation_is(verb, "acl") || (participle && !relation_is(verb, "root"));
}

std::size_t SentenceSyntax::infinitive_verb(std::size_t to) const {
  if (!parsed_ || to >= children_.size() || token(to).norm != "to" || token(to).deprel != "mark" ||
      head(to) < 0)
    return kNone;
  return static_cast<std::size_t>(head(to));
}

bool SentenceSyntax::is_verb(std::size_t t) const {
  return token(t).upos == "VERB" || token(t).upos == "AUX";
}

bool SentenceSyntax::is_particle(std::size_t t) const {
  // UD marks a particle compound:prt, but "take back" often comes out as an adverb modifier.
  return token(t).is(WordClass::kParticle) &&
         (token(t).deprel == "compound:prt" || token(t).deprel == "advmod");
}

bool SentenceSyntax::is_noun(std::size_t t) const {
  return token(t).upos == "NOUN" || token(t).upos == "PROPN";
}

bool SentenceSyntax::no_verb_here(std::size_t t) const {
  if (!parsed_ || t >= children_.size()) return false;
  const std::string& upos = token(t).upos;
  // "very close", "too late": a verb takes no adverb of degree before it as its own modifier
  // the parse calls an adjective or adverb.
  if ((upos == "ADJ" || upos == "ADV") &&
      std::any_of(children_[t].begin(), children_[t].end(), [&](std::size_t c) {
        return c < t && relation_is(c, "advmod") && token(c).upos == "ADV";
      }))
    return true;
  std::size_t noun = t;
  if (upos == "ADJ" && relation_is(t, "amod") && head(t) > static_cast<int>(t))
    noun = static_cast<std::size_t>(head(t));
  if (token(noun).upos != "NOUN") return false;
  const std::size_t article = child(noun, "det");
  return article != kNone && article < t && token(article).is(WordClass::kArticle);
}

std::size_t SentenceSyntax::occurrence_verb(std::size_t noun, std::size_t last) const {
  if (!parsed_ || !is_noun(noun)) return kNone;
  if (token(noun).deprel.starts_with("nsubj") && token(noun).head >= 0) {
    const auto verb = static_cast<std::size_t>(token(noun).head);
    const std::string& lemma = token(verb).lemma;
    if (lemma == "happen" || lemma == "occur" || lemma == "proceed") return verb;
    if (lemma == "take" || lemma == "go")
      for (const std::size_t child : children_[verb])
        if ((lemma == "take" && token(child).norm == "place") ||
            (lemma == "go" && token(child).norm == "ahead"))
          return verb;
  }
  const std::size_t n = sentence_.tokens.size();
  auto word_is = [&](std::size_t k, std::string_view word) {
    return k < n && token(k).norm == word;
  };
  for (std::size_t k = last + 1; k < n && k <= last + 4; ++k) {
    const std::string& w = token(k).norm;
    if (w == "happen" || w == "happened" || w == "occur" || w == "occurred" ||
        ((w == "take" || w == "took") && word_is(k + 1, "place")) ||
        ((w == "go" || w == "went") && word_is(k + 1, "ahead")))
      return k;
    const std::string& upos = token(k).upos;
    if (upos != "AUX" && upos != "PART" && upos != "ADV") break;
  }
  return kNone;
}

bool SentenceSyntax::quotes_command() const {
  if (!parsed_) return false;
  const std::size_t n = sentence_.tokens.size();
  for (std::size_t q = 0; q + 1 < n; ++q) {
    if (!token(q).is(WordClass::kQuotationMark)) continue;
    // An opening mark: at the sentence's start or after a colon or comma.
    if (q > 0 && token(q - 1).norm != ":" && token(q - 1).norm != ",") continue;
    std::size_t w = q + 1;
    if (token(w).norm == "please" && w + 1 < n) ++w;
    // "Don't leave", "Do not leave": the auxiliary hangs on the command's verb.
    if (relation_is(w, "aux") && head(w) > static_cast<int>(w))
      w = static_cast<std::size_t>(head(w));
    if (token(w).xpos == "VB" && child(w, "nsubj") == kNone && child(w, "expl") == kNone &&
        (relation_is(w, "root") || relation_is(w, "parataxis") || relation_is(w, "ccomp")))
      return true;
  }
  return false;
}

bool SentenceSyntax::elaborates(std::size_t participle, std::size_t predicate) const {
  return parsed_ && participle < children_.size() && token(participle).xpos == "VBG" &&
         relation_is(participle, "advcl") && head(participle) == static_cast<int>(predicate);
}

bool SentenceSyntax::taken_steps(std::size_t noun) const {
  const std::string& lemma = token(noun).lemma;
  if (!relation_is(noun, "obj") || !(lemma == "step" || lemma == "measure" || lemma == "action"))
    return false;
  const int h = head(noun);
  return h >= 0 && token(static_cast<std::size_t>(h)).lemma == "take";
}

bool SentenceSyntax::done_by_object(std::size_t verb) const {
  // The parser sometimes reads the infinitive as a purpose clause (advcl).
  if (!parsed_ || verb >= mention_at_.size() || head(verb) < 0 ||
      !(relation_is(verb, "xcomp") || (relation_is(verb, "advcl") && infinitive(verb))))
    return false;
  const auto governor = static_cast<std::size_t>(head(verb));
  return token(governor).is(WordClass::kImplicativeVerb) && child(governor, "obj") != kNone;
}

}  // namespace dyad
