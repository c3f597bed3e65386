// Rules on the two sides of a candidate event and on competing patterns: whether an actor acts
// on itself, whether a fight between two political figures is one of words, and which of two
// patterns on the same words wins (used by EventCoder::code, coder.cc).
#pragma once

#include "actors/actors.h"
#include "events/patterns.h"

namespace dyad {

// Whether `a` acting on `b` in an event of CAMEO `code` is an actor acting on itself (no
// event): the same code, or a bare country and one of its own state bodies or former
// office-holders. Not a town of the gazetteer, and not a capital as the target of force,
// coercion or their threat (13, 17-20): "Afghan troops shelled Kabul", "threatened to impose a
// curfew in Algiers" are domestic events on the city, as "Syrian forces shelled Idlib" is.
bool self_event(const ActorMention& a, const ActorMention& b, std::string_view code);

// Whether a fight (CAMEO 19) between `a` and `b` is one of words (111): both political figures.
bool fight_in_words(const EventPattern& pattern, const ActorMention& a, const ActorMention& b);

// Whether pattern `a` is more specific than `b` (more literal words, a longer code, then the
// earlier rule).
bool more_specific(const EventPattern& a, const EventPattern& b);

}  // namespace dyad
