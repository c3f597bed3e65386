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

TEST(Statements, SayingAnActorsDecisionCouldDoHarmIsCriticism) {
  const auto quoted = testing::code(
      "“There is a danger that Ghana's decision could hurt the talks,” the Togolese president "
      "said.");
  EXPECT_TRUE(quoted.has("TGOGOV", "GHA", "111")) << quoted.describe();
  EXPECT_TRUE(
      testing::code("Ghana's decision could hurt the talks, analysts said.").coded.events.empty());
}

TEST(Statements, NotAllowingSomeonesReturnIsARefusalToYield) {
  const auto c = testing::code("Ghana said it will not allow the return of Togolese troops.");
  EXPECT_TRUE(c.has("GHA", "TGOMIL", "124")) << c.describe();
}

TEST(Statements, InsistingOnAFactIsNoDemand) {
  const auto demand = testing::code("Ghana insisted that Togo withdraw its troops.");
  EXPECT_TRUE(demand.has("GHA", "TGO", "10")) << demand.describe();
  const auto fact = testing::code("Ghana insisted that Togo remained a threat to the region.");
  EXPECT_FALSE(fact.has("GHA", "TGO", "10")) << fact.describe();
  const auto copula = testing::code("Ghana insisted that Togo was committed to the talks.");
  EXPECT_FALSE(copula.has("GHA", "TGO", "10")) << copula.describe();
}

TEST(Statements, SayingThereWillBeNoAttackIsAnIntentToDeEscalate) {
  // An expletive clause names no doer: who says it is the source, even where the parse hangs
  // the clause on a passive speech verb ("after the deal was announced").
  const auto reported = testing::code(
      "The Togolese defence minister said after the truce was announced that there would be no "
      "military operation in Ghana.");
  EXPECT_TRUE(reported.has("TGOGOVMIL", "GHA", "0356")) << reported.describe();
  const auto quoted =
      testing::code("“There will be no attack on Ghana,” the Togolese president said.");
  EXPECT_TRUE(quoted.has("TGOGOV", "GHA", "0356")) << quoted.describe();
  EXPECT_TRUE(
      testing::code("There will be no attack on Ghana, analysts believe.").coded.events.empty());
  // A town it is promised to spare stands for its country.
  const auto town =
      testing::code("“There will be no offensive on Aleppo,” the Russian defence minister said.");
  EXPECT_TRUE(town.has("RUSGOVMIL", "SYR", "0356")) << town.describe();
}

}  // namespace
}  // namespace dyad
