// An office after its country, past the modifiers of a title ("Italian acting Finance Minister").
#include <gtest/gtest.h>

#include <string>

#include "actors/analyze.h"

namespace dyad {
namespace {

using testing::analyze;

TEST(Actors, AnOfficeAfterItsCountryPastTitleModifiers) {
  const auto a = analyze(
      "Italian acting Finance Minister Giovanni Goria spoke. Syrian former officials met. "
      "Iran first said no.");
  EXPECT_EQ(a.code_of("Italian acting Finance Minister Giovanni Goria"), "ITAGOV");
  EXPECT_EQ(a.code_of("Syrian former officials"), "SYRELI");
  // A modifier with no office after it ends the country's phrase.
  EXPECT_EQ(a.code_of("Iran"), "IRN");
}

}  // namespace
}  // namespace dyad
