// What a speaker says about another actor, quoted or reported (CAMEO 11: criticism). Every
// sentence is written for its case.
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

TEST(Statements, SayingAnActorIsNotHonestIsCriticism) {
  const auto quoted = testing::code("“Ghana is not being honest,” the Togolese president said.");
  EXPECT_TRUE(quoted.has("TGOGOV", "GHA", "111")) << quoted.describe();
  const auto reported = testing::code("Togo said Ghana was not sincere about the talks.");
  EXPECT_TRUE(reported.has("TGO", "GHA", "111")) << reported.describe();
  // Nobody says it: no source.
  EXPECT_TRUE(testing::code("Ghana is not honest, analysts said.").coded.events.empty());
}

TEST(Statements, SayingAnActorWouldMakeAMistakeIsCriticism) {
  const auto quoted = testing::code(
      "“Ghana and Benin would be making a grave political mistake,” the Togolese president "
      "said.");
  EXPECT_TRUE(quoted.has("TGOGOV", "GHA", "111")) << quoted.describe();
  EXPECT_TRUE(quoted.has("TGOGOV", "BEN", "111")) << quoted.describe();
  EXPECT_TRUE(testing::code("Ghana made a big mistake, analysts said.").coded.events.empty());
}

}  // namespace
}  // namespace dyad
