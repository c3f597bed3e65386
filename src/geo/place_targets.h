// Towns and cities an event is done to: "Russian jets bombed Aleppo", "Israeli tanks shelled
// targets in Jericho". GDELT and Phoenix code such a place as its country, and the dev set's
// coders did too ("took control of Deraa": Syria). dyad adds each capitalised name the
// gazetteer knows as a town or city (not a country, a capital or a region: those are actors or
// deliberate locations already) as a location mention that carries its country; the coder takes
// it as the target of force and coercion only, never as a source (events/coder.cc).
#pragma once

#include <vector>

#include "actors/actors.h"
#include "clean/article.h"
#include "geo/places.h"
#include "segment/segment.h"

namespace dyad {

// Adds the place mentions of the body sentences to `mentions`, which stay in text order. A
// place is a run of capitalised words no actor covers, after a word that is not capitalised
// (so never the start of a sentence, nor the end of a longer name), that the gazetteer resolves
// to a town or city (Gazetteer::resolve_town).
void add_place_mentions(const Article& article, const std::vector<Sentence>& sentences,
                        const Gazetteer& gazetteer, std::vector<ActorMention>& mentions);

}  // namespace dyad
