// The clause layer: who does what to whom in a parsed sentence. For a predicate — a verb or an
// event noun — it finds the actors that are its subject (over conjunctions, into relative
// clauses, participles, shared and controlled subjects), its passive patient and agent, and the
// parties of a "between A and B" noun. It reads the heads and relations the parse stage put on
// the tokens and the sentence's actor mentions, and answers in mention indices, with the path
// through the parse that led there (for `dyad explain`).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actors/actors.h"
#include "events/patterns.h"
#include "segment/segment.h"

namespace dyad {

// The head of the phrase an actor mention spans in the parse: its first token whose head lies
// outside the mention; kNone when there is none (an unparsed sentence, a mention past its end).
std::size_t mention_head(const Sentence& sentence, const ActorMention& mention);

// Actors found for one role of a predicate.
struct SyntaxActors {
  std::vector<std::size_t> actors;  // mention indices, in text order
  bool stated = false;              // the parse names this role (even when no actor fills it)
  bool first_person = false;        // the role is a quoted "we"/"our": the quotation's speaker
  // The role is "it"/"they" or a group ("the two countries", "both sides") with no antecedent
  // in this sentence: it names actors of an earlier sentence.
  bool refers_back = false;
  bool group = false;  // … and the antecedent is a group of actors
  std::string path;    // "nsubj", "xcomp > nsubj", "acl:relcl > head", …
};

class SentenceSyntax {
 public:
  SentenceSyntax(const Sentence& sentence, const std::vector<ActorMention>& mentions,
                 std::size_t index);

  // Whether the parse stage analysed this sentence; when not, no method finds anything.
  bool parsed() const { return parsed_; }

  // The doers of the verb at token `verb`.
  SyntaxActors subject_of(std::size_t verb) const;
  // The doers of the event noun at token `noun`: its possessor or country modifier ("Iran's
  // attack", "Russian strikes", "US sanctions"), its "by" phrase ("airstrikes by X"), or the
  // subject of the verb it completes ("held talks", "are in talks", "in protest against").
  SyntaxActors noun_agents(std::size_t noun) const;
  // A passive verb ("X was condemned by Y", "a truce brokered by Y", "Assad, supported by
  // Moscow,"): its patient (the subject, or the noun the participle describes) and its agent.
  struct Passive {
    SyntaxActors patient, agent;
  };
  bool passive(std::size_t verb, Passive& out) const;
  // The actors a predicate takes as its object: with `prepositions`, its obliques and noun
  // modifiers introduced by one of them ("condemned … on Monday X" → no; "sanctions … on X"),
  // or a particle's object ("called on X"); without, its direct and indirect objects.
  // With `located`, an object that names no actor stands for the country it is in ("invaded an
  // enclave in Syria's north-west": Syria), as CAMEO codes the target of force.
  SyntaxActors object_of(std::size_t predicate, const WordSet* prepositions,
                         bool located = false) const;
  // The actors heading the complement clause of `verb` ("alleged that X was responsible": X).
  SyntaxActors clause_subject(std::size_t verb) const;
  // The parties of a mutual noun: "talks between A and B", "a deal between A and B".
  SyntaxActors between(std::size_t noun) const;

  // The actors of the noun phrase headed by token `head`: the mention covering it, else country
  // or possessor modifiers ("US, British and French forces"), each with its conjuncts.
  std::vector<std::size_t> phrase_actors(std::size_t word) const;
  // `mention` and the actors conjoined to it in the parse ("Britain, France, Germany and other
  // European allies").
  std::vector<std::size_t> with_conjuncts(std::size_t mention) const;

  // The actors who report the clause of `verb`: the subject of the speech verb it completes
  // ("Russia said Sudan must return the helicopter" → Russia); `verb` may be its auxiliary.
  SyntaxActors reporter_of(std::size_t verb) const;

  // The actors heading the sentence: the subject of its root verb.
  SyntaxActors main_subject() const;

  bool is_verb(std::size_t t) const;
  // Whether the parse found no verb at all: a headline-like reading of a sentence that has one
  // ("Kenya and Somalia cut relations last year" as a noun phrase).
  bool verbless() const { return verbless_; }
  // A "to"-infinitive ("to pledge").
  bool infinitive(std::size_t verb) const;
  // The "to" of an infinitive clause that completes the predicate at `predicate` and begins
  // after token `after` ("asking Britain, France and other allies to take back …"), or kNone.
  std::size_t infinitive_after(std::size_t predicate, std::size_t after) const;
  // Whether the verb at `verb` states what its subject will do rather than what it did: "will
  // launch", "vowed to expel", "is determined to cross", "warned it would strike".
  bool intended(std::size_t verb) const;
  // Whether the verb at `verb` is what its subject threatens to do: "threatened to break ties".
  bool threatened(std::size_t verb) const;
  // The verb whose infinitive marker is the "to" at token `to`, or kNone.
  std::size_t infinitive_verb(std::size_t to) const;
  // A phrasal verb's particle or an adverb ("take back", "turn down"): never an event verb.
  bool is_particle(std::size_t t) const;
  // Whether the verb at `verb` has a direct object outside tokens [first, last] (the pattern's
  // own words): "A and B met" is mutual, "the demand met a mixed response" is not.
  bool has_object_outside(std::size_t verb, std::size_t first, std::size_t last) const;
  // The verb of another clause between the predicate at `predicate` and `mention` after it that
  // the mention belongs to: it hangs on that verb, whose subject comes after the predicate too
  // ("insisted it would attack the militants": the militants are attacked, not insisted on),
  // or an infinitive completing a proposal or attempt ("received an invitation to visit X").
  // kNone when there is none.
  std::size_t later_clause_of(std::size_t predicate, std::size_t mention) const;
  // Whether `mention` (or the list or apposition it belongs to) is the subject of a clause
  // whose predicate is `word` or dominates it: "A and B, …, negotiated a deal" (yes for
  // "deal"); "After visiting A and B, he flew to Tokyo for talks" (no: an object elsewhere).
  bool subject_above(std::size_t mention, std::size_t word) const;
  // A participle the parser hung on the sentence's root noun, which is really the main verb.
  bool misread_main_verb(std::size_t t) const;
  bool is_noun(std::size_t t) const;
  // Whether the word at `t` is a noun with an article before it ("a visit"), an adjective of
  // such a noun ("a brief private visit"), or an adjective or adverb with an adverb of degree
  // of its own ("very close to the border"): no verb, whatever verb the word may also be.
  bool no_verb_here(std::size_t t) const;
  // The verb that says whether the event noun at `noun` happens: the noun is its subject and
  // it is "happen", "occur", "proceed", "take place" or "go ahead" ("an attack on Syria may not
  // take place"); where the parse does not read it so, such a verb right after the event's
  // last word `last` (auxiliaries, adverbs and "not" between). kNone when there is none.
  std::size_t occurrence_verb(std::size_t noun, std::size_t last) const;
  // A relation verb ("back", "support", "partner") that states a standing relation rather than
  // an act of the day: in the perfect ("has long backed"), in a relative clause ("who have
  // backed"), or as a participle ("forces backing Assad", "backed by Moscow and Tehran").
  bool standing_relation(std::size_t verb) const;
  // Whether `mention` only modifies the verb's direct object, which is no actor ("address
  // Turkey's concerns", "address US suspicions"): the possessor, not the object.
  bool modifies_object(std::size_t verb, std::size_t mention) const;
  // Whether the verb's direct object is a word of `word_class` ("met IMF requirements").
  bool object_is(std::size_t verb, WordClass word_class) const;
  // The words heading the verb's direct object and the conjuncts of that object ("providing
  // aerial photographs and other military intelligence": photographs, intelligence).
  std::vector<std::size_t> object_words(std::size_t verb) const;
  // Whether the verb's clausal complement is finite in the past or the third person present
  // ("insisted that Isis remained a threat", "… that it was safe"): stated as a fact, where a
  // demand takes the base form ("insisted that Togo leave", "… that Togo be punished").
  bool indicative_complement(std::size_t verb) const;
  // "forced Togo to withdraw": an infinitive whose governing verb says its object did it.
  bool done_by_object(std::size_t verb) const;
  // Whether a quotation in the sentence opens with a command: a verb in its base form with no
  // subject, perhaps after "do not" or "please" ("“Don't overburden Iraq,” Salih told Trump",
  // "He told them: “Leave Syria now”").
  bool quotes_command() const;
  // Whether the verb at `participle` is an -ing adjunct of the predicate at `predicate`, which
  // it elaborates: "hit back at X, saying that …", "condemned X, adding …".
  bool elaborates(std::size_t participle, std::size_t predicate) const;

 private:
  const Token& token(std::size_t t) const { return sentence_.tokens[t]; }
  int head(std::size_t t) const { return token(t).head; }
  bool relation_is(std::size_t t, std::string_view relation) const;   // "obl" matches "obl:tmod"
  std::size_t child(std::size_t t, std::string_view relation) const;  // first, or kNone
  std::string_view case_word(std::size_t t) const;  // the preposition of an obl/nmod
  void add_phrase(std::size_t word, std::vector<std::size_t>& out, int depth) const;
  SyntaxActors phrase_role(std::size_t word, std::string path) const;
  // Whether a word in tokens [first, last] has `word` as its head.
  bool modifies(std::size_t first, std::size_t last, std::size_t word) const;
  // What a quantity noun counts: the "of" phrase of "a group of", "dozens of" (else kNone).
  std::size_t counted_by(std::size_t word) const;
  // Whether `word` is `head_word` or inside the phrase it heads.
  bool ends_phrase_of(std::size_t word, std::size_t head_word) const;
  // The bare countries of the "in" phrases on `word` ("an enclave in Syria's north-west").
  std::vector<std::size_t> countries_in(std::size_t word) const;
  // Whether the noun at `noun` is the object of "take" and names a means ("took steps",
  // "has taken measures", "take action"): its infinitive is done by who takes it.
  bool taken_steps(std::size_t noun) const;
  // Whether the participle at `verb` opens with "after", "while", "when" …: an adverbial
  // clause whose subject is that of the clause it belongs to.
  bool subordinated(std::size_t verb) const;
  // The actor subject of the clause that governs the clause of `verb`, if any. With no actor,
  // no actors: `stated` when that clause has a subject of its own (not a pronoun that refers
  // back), and `group` when that subject is a plural noun ("officials").
  SyntaxActors governing_subject(std::size_t verb) const;

  const Sentence& sentence_;
  const std::vector<ActorMention>& mentions_;
  std::vector<std::size_t> mention_at_;  // per token: the mention covering it, or kNone
  std::vector<std::vector<std::size_t>> children_;
  bool parsed_ = false;
  bool verbless_ = true;  // no token of the parse is a verb (set once, by the constructor)
};

}  // namespace dyad
