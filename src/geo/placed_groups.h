// Groups placed by a town: "rebels in Bouaké", "students in Kirkuk", "the governor of Basra".
// The actor stage gives a group with no country of its own the country of a country or capital
// named "in" or "of" it ("rebels in the Ivory Coast": CIVREB; actors/actors.h, acts_where_it_is);
// a town of the gazetteer places it as well, once the places stage has found the town.
#pragma once

#include <vector>

#include "actors/actors.h"
#include "actors/lexicon.h"
#include "clean/article.h"
#include "segment/segment.h"

namespace dyad {

// For each town mention (add_place_mentions) right after "in" or "of" (and perhaps "the"), where
// the words before are a dictionary group no mention covers that acts where it is
// (acts_where_it_is; not after a possessive determiner, "its militias in Tikrit"; not who only
// stays or watches there, "tourists in Luxor"): replaces the town with one mention of the group
// and the town, coded the town's country and the group's agent ("rebels in Bouaké": CIVREB).
// After "from", the people the words before name come from the town, and are coded so ("a
// missionary from Calgary": CANREL; not troops, officials or aid workers, placed_groups.cc says why).
void place_groups_by_town(const Article& article, const std::vector<Sentence>& sentences,
                          const ActorLexicon& lexicon, std::vector<ActorMention>& mentions);

}  // namespace dyad
