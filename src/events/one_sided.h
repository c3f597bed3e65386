// One-sided events beside two-sided ones (`dyad code --one-sided`, events/absent_actor.h).
#pragma once

#include <vector>

#include "events/coder.h"
#include "segment/segment.h"

namespace dyad {

// Whether the event lacks its source or its target.
bool one_sided(const Event& event);

// Whether the verb at token `verb` is what its subject is obliged or scheduled to do, not what it
// did: "he must resign", "the rebels should surrender", "has to step down", "is due to step
// down".
bool obliged(const Sentence& sentence, std::size_t verb);

// Whether the verb at token `verb` is a passive with its auxiliary "be" or "get" ("was
// arrested", "had been killed", "got arrested"): a participle alone ("forces backed by …") may
// be a misread active verb ("U.S. warships attacked and destroyed …").
bool be_passive(const Sentence& sentence, std::size_t verb);

// Whether a passive of an act of CAMEO code `code` may be coded without its doer: acts of force
// and coercion (17–20: "was arrested", "were killed", "was kidnapped", "the pipeline was
// bombed"), whose victims news names when the doer is unknown. A statement, an appeal or a
// criticism without its author ("was told", "was widely criticised") says too little.
bool coded_without_doer(const std::string& code);

// Whether the doer the parse gives the verb at token `verb` is a weapon or an attack with no
// actor named: the subject ("a roadside bombing killed one soldier", "a minefield explosion
// killed two youths"; an explosion or blast only with a weapon among its words, since "an
// explosion in a factory" is an accident) or the passive's "by" agent ("were killed by an
// improvised explosive device"). Such a sentence says what was done to its victims and not who did it, as
// a passive without an agent does: acts of force (coded_without_doer) done so are coded with
// the doer absent.
bool done_by_thing(const Sentence& sentence, std::size_t verb);

// Why the words [first, last] of a one-sided pattern anchored at `word` are no one-sided act,
// or empty when they are one: a verb pattern's word read as a noun ("killed in riots";
// `read_as_verb` says how the parse, else the words, read it), a passive or adjective ("are
// resigned to losses"), a verb with an object or a complement clause of its own outside the
// pattern's words ("demonstrated their resolve", "demonstrated that it could strike"), a
// mandative subjunctive ("demands that he resign", "insisted that they surrender": a clause
// under a word of demanding), or an act the subject is obliged to do.
std::string not_one_sided_act(const Sentence& sentence, std::size_t word, std::size_t first,
                              std::size_t last, bool verb_pattern, bool read_as_verb);

// Drops each one-sided event that a two-sided event of the same sentence tells in full: the same
// actor on the same side and the same event word ("students demonstrated against the
// government" is one event, students → government, not also "students demonstrated").
void drop_told_in_full(std::vector<Event>& events);

// Drops each one-sided protest (CAMEO 14) whose source is the state's executive or its forces
// (GOV, MIL, COP, SPY): CAMEO's protests are dissent, and "police blocked the roads" or "troops
// blocked the streets" is control (a blockade, 191, when its target is named), not a protest.
// Legislators, parties and officials out of office do protest ("MPs staged a sit-in").
void drop_state_protests(std::vector<Event>& events, const std::vector<ActorMention>& mentions);

}  // namespace dyad
