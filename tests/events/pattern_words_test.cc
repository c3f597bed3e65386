// A pattern's own noun inside an actor's name: "sending Turkish forces into X" is "{send}
// [troops|forces] into $T" done by the sender; the country before the noun only says whose forces
// they are. Every sentence is written for its case.
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

TEST(PatternWords, ANounOfThePatternMayHeadAnActorsName) {
  const auto sent = testing::code("Ghana began sending Ghanaian troops into Togo on Monday.");
  EXPECT_TRUE(sent.has("GHA", "TGO", "192")) << sent.describe();
  const auto withdrew = testing::code("Kenya withdrew Kenyan soldiers from Somalia.");
  EXPECT_TRUE(withdrew.has("KEN", "SOM", "087")) << withdrew.describe();
}

TEST(PatternWords, TheActorWhoseNounThePatternTookIsNeitherSourceNorTarget) {
  const auto c = testing::code("Ghana began sending Ghanaian troops into Togo on Monday.");
  EXPECT_FALSE(c.has("GHAMIL", "TGO", "19")) << c.describe();
  // Without a subject the parse can show, no actor nearby is taken for the sender.
  const auto no_subject =
      testing::code("Benin rebels were quiet, all while sending Ghanaian troops into Togo.");
  EXPECT_FALSE(no_subject.has("BENREB", "TGO", "19")) << no_subject.describe();
}

TEST(PatternWords, AConjunctNamingNoActorSharesTheModalWithTheActor) {
  const auto c = testing::code(
      "“Ghana and the armed opposition groups must withdraw,” the Togolese president said.");
  EXPECT_TRUE(c.has("TGOGOV", "GHA", "10")) << c.describe();
}

}  // namespace
}  // namespace dyad
