// The absent side of a one-sided event (`dyad code --one-sided`): "Thousands of students
// demonstrated" has a source and no target, "A journalist was arrested" a target and no source.
// CAMEO and GDELT allow an event with one actor (GDELT leaves Actor2 empty), and PLOVER makes the
// target optional for PROTEST, RETREAT, AGREE and others. Event::source or Event::target is then
// kNoActor; readers take the mention through actor_at(), which gives an actor with no code, no
// country and no sentence for it.
#pragma once

#include <cstddef>
#include <vector>

#include "actors/actors.h"

namespace dyad {

inline constexpr std::size_t kNoActor = static_cast<std::size_t>(-1);

// mentions[m], or for kNoActor an empty mention (no code, country, text, and a sentence no
// article has), which no comparison of codes or countries takes for a named actor.
const ActorMention& actor_at(const std::vector<ActorMention>& mentions, std::size_t m);

}  // namespace dyad
