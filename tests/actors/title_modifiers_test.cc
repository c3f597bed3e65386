// An office after its country, past the modifiers of a title ("Italian acting Finance Minister").
#include <gtest/gtest.h>

#include <string>

#include "actors/analyze.h"

namespace dyad {
namespace {

// Each phrase of the text below, then its code. "first" with no office after it ends the
// country's phrase.
constexpr const char* kText =
    "Italian acting Finance Minister Giovanni Goria spoke. Syrian former officials met. "
    "Iran first said no.";
constexpr const char* kCodes[][2] = {
    {"Italian acting Finance Minister Giovanni Goria", "ITAGOV"},
    {"Syrian former officials", "SYRELI"},
    {"Iran", "IRN"},
};

TEST(Actors, AnOfficeAfterItsCountryPastTitleModifiers) {
  const auto analysis = testing::analyze(kText);
  for (const auto& [phrase, code] : kCodes) EXPECT_EQ(analysis.code_of(phrase), code) << phrase;
}

}  // namespace
}  // namespace dyad
