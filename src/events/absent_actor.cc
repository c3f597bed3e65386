#include "events/absent_actor.h"

namespace dyad {

namespace {

ActorMention make_absent() {
  ActorMention absent;
  absent.sentence = kNoActor;  // in no sentence: never spans evidence or places an event
  absent.kind = "absent";
  return absent;
}

}  // namespace

const ActorMention& actor_at(const std::vector<ActorMention>& mentions, std::size_t m) {
  static const ActorMention absent = make_absent();
  return m == kNoActor ? absent : mentions[m];
}

}  // namespace dyad
