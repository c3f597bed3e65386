// A surname the article gives to a person of its own is that person, not a namesake the people
// dictionaries hold (data/actors/people.tsv).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/analyze.h"

namespace dyad {
namespace {

// Jens Stoltenberg (NATO, 2014–2024) is in the dictionary; Gerhard Stoltenberg, West German
// finance minister in 1987, is not.
TEST(Namesakes, ASurnameTheArticleIntroducedIsItsOwnPerson) {
  const auto analysis = testing::analyze(
      "West German Finance Minister Gerhard Stoltenberg met his French counterpart. "
      "Stoltenberg said the talks went well.",
      "1987-03-02");
  EXPECT_EQ(analysis.code_of("West German Finance Minister Gerhard Stoltenberg"), "DEUGOV");
  EXPECT_EQ(analysis.code_of("Stoltenberg"), "DEUGOV");
}

TEST(Namesakes, ADictionarySurnameWithoutANamesakeIsTheDictionarysPerson) {
  const auto analysis = testing::analyze(
      "The allies met in Brussels. Stoltenberg said the talks went well.", "2019-03-02");
  EXPECT_EQ(analysis.code_of("Stoltenberg"), "IGOWSTNAT");
}

}  // namespace
}  // namespace dyad
