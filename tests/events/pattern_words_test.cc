// How the word matcher reads a pattern's words around actors: a pattern's noun that heads an
// actor's name ("sending Turkish forces into X" is "{send} [troops|forces] into $T" done by the
// sender; the country only says whose forces they are), and a conjunct naming no actor before a
// modal. Every sentence is written for its case (the table's form: tests/events/coded_sentence.h).
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using testing::CodedCase;

const CodedCase kCases[] = {
    // The actor whose noun the pattern took is neither source nor target.
    {"ANounOfThePatternMayHeadAnActorsName",
     "Ghana began sending Ghanaian troops into Togo on Monday.",
     {"GHA>TGO:192"},
     {"GHAMIL>TGO:19"}},
    {"AWithdrawalOfOnesOwnNamedSoldiers",
     "Kenya withdrew Kenyan soldiers from Somalia.",
     {"KEN>SOM:087"}},
    // Without a subject the parse can show, no actor nearby is taken for the sender.
    {"NoNearbyActorIsGuessedForTheDoer",
     "Benin rebels were quiet, all while sending Ghanaian troops into Togo.",
     {},
     {"BENREB>TGO:19"}},
    {"AConjunctNamingNoActorSharesTheModalWithTheActor",
     "“Ghana and the armed opposition groups must withdraw,” the Togolese president said.",
     {"TGOGOV>GHA:10"}},
};

class PatternWords : public ::testing::TestWithParam<CodedCase> {};

TEST_P(PatternWords, AreReadAroundActors) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, PatternWords, ::testing::ValuesIn(kCases), testing::case_name);

}  // namespace
}  // namespace dyad
