// What a speaker says about another actor, quoted or reported: criticism (CAMEO 11), refusals
// (12), intents (03), and what is no demand (10). Every sentence is written for its case (the
// table's form: tests/events/coded_sentence.h).
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using testing::CodedCase;

const CodedCase kCases[] = {
    // Saying an actor is not honest is criticism; nobody saying it, no source.
    {"SayingAnActorIsNotHonestIsCriticism",
     "“Ghana is not being honest,” the Togolese president said.",
     {"TGOGOV>GHA:111"}},
    {"ReportingThatAnActorIsNotSincereIsCriticism",
     "Togo said Ghana was not sincere about the talks.",
     {"TGO>GHA:111"}},
    {"AnUnattributedDishonestyHasNoSource", "Ghana is not honest, analysts said.", {}, {}, true},
    // Saying an actor would make a mistake is criticism, of each actor named.
    {"SayingActorsWouldMakeAMistakeIsCriticism",
     "“Ghana and Benin would be making a grave political mistake,” the Togolese president said.",
     {"TGOGOV>GHA:111", "TGOGOV>BEN:111"}},
    {"AnUnattributedMistakeHasNoSource", "Ghana made a big mistake, analysts said.", {}, {}, true},
    // Saying an actor's decision could do harm is criticism.
    {"SayingAnActorsDecisionCouldDoHarmIsCriticism",
     "“There is a danger that Ghana's decision could hurt the talks,” the Togolese president "
     "said.",
     {"TGOGOV>GHA:111"}},
    {"AnUnattributedHarmfulDecisionHasNoSource",
     "Ghana's decision could hurt the talks, analysts said.",
     {},
     {},
     true},
    // Not allowing someone's return is a refusal to yield.
    {"NotAllowingSomeonesReturnIsARefusalToYield",
     "Ghana said it will not allow the return of Togolese troops.",
     {"GHA>TGOMIL:124"}},
    // Insisting that something is so states a fact; insisting that someone act demands it.
    {"InsistingThatSomeoneActIsADemand",
     "Ghana insisted that Togo withdraw its troops.",
     {"GHA>TGO:10"}},
    {"InsistingOnAFactIsNoDemand",
     "Ghana insisted that Togo remained a threat to the region.",
     {},
     {"GHA>TGO:10"}},
    {"InsistingOnAFactWithACopulaIsNoDemand",
     "Ghana insisted that Togo was committed to the talks.",
     {},
     {"GHA>TGO:10"}},
    // An expletive clause names no doer: who says it is the source, even where the parse hangs
    // the clause on a passive speech verb ("after the truce was announced").
    {"ReportingThereWillBeNoOperationIsAnIntentToDeEscalate",
     "The Togolese defence minister said after the truce was announced that there would be no "
     "military operation in Ghana.",
     {"TGOGOVMIL>GHA:0356"}},
    {"QuotingThereWillBeNoAttackIsAnIntentToDeEscalate",
     "“There will be no attack on Ghana,” the Togolese president said.",
     {"TGOGOV>GHA:0356"}},
    {"AnUnattributedPromiseHasNoSource",
     "There will be no attack on Ghana, analysts believe.",
     {},
     {},
     true},
    // A town it is promised to spare stands for its country.
    {"ATownToBeSparedStandsForItsCountry",
     "“There will be no offensive on Aleppo,” the Russian defence minister said.",
     {"RUSGOVMIL>SYR:0356"}},
};

class Statements : public ::testing::TestWithParam<CodedCase> {};

TEST_P(Statements, AreCodedForTheirSpeaker) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, Statements, ::testing::ValuesIn(kCases), testing::case_name);

}  // namespace
}  // namespace dyad
