// Rules of branch plover8 (docs/accuracy.md, "Branch plover8"): the roles of an event over
// parse repairs of clause boundaries (a subject before "unless", a "by" agent after an inserted
// clause, an object shifted after an "as" phrase, a clause fronted with "In what …"), the doer
// of an event noun read as the object of a light verb the parser hung on it as a modifier, and
// the people a camp or shelter is for as the target of what is done to it, and the doer of an
// infinitive of steps or measures taken.
// Every sentence is written for its case.
// Events are written "SRC>TGT:code-prefix" as in coded_sentence.h (testing::has), an absent
// side empty; each case says whether it is coded with --one-sided.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using Case = testing::CodedModeCase;

const Case kCases[] = {
    // "launched … fire against X" read as a noun phrase with "launched" its modifier.
    {"LightVerbReadAsAModifierNamesTheDoer",
     "Russian forces launched artillery, mortar and rocket fire against Ukrainian positions "
     "near the border today.",
     false,
     {"RUSMIL>UKR:19"}},
    // A camp for a people: what is done to the camp is done to them.
    {"ACampForRefugeesStandsForThem",
     "A camp for Syrian refugees was attacked by Turkish soldiers on Monday.",
     false,
     {"TURMIL>SYRREF:19"}},
    {"ACampForNoOneNamesNoTarget",
     "A camp for the summer was attacked by Turkish soldiers on Monday.",
     false,
     {},
     {},
     true},
    // The main clause's subject before "unless", and its infinitive.
    {"ThreatenedUnless",
     "The Iranian parliament threatened on Monday to break relations with Britain unless "
     "London closed its embassy.",
     false,
     {"IRNLEG>GBR:13"}},
    // A "by" agent after a clause set off by commas.
    {"AgentAfterAnInsertedClause",
     "Former president Jacob Zuma has been accused of misusing public funds, much of it "
     "believed to have been stolen, by South African government officials.",
     false,
     {"ZAFGOV>ZAFELI:11"}},
    // The object after an "as" phrase.
    {"ObjectShiftedAfterAnAsPhrase",
     "Greece on Friday denounced as an ugly crime Turkey's occupation of northern Cyprus.",
     false,
     {"GRC>TUR:11"}},
    // The main clause after "In what …,".
    {"MainClauseAfterAFrontedWhatClause",
     "In what has been described as a policy u-turn, President Vladimir Putin has reneged on "
     "his commitment to the Ukrainian people.",
     false,
     {"RUSGOV>UKRCVL:16"}},
    // Who takes steps or measures does what they are for; not who welcomes them.
    {"TakenStepsToDoIt",
     "President William Ruto has taken several steps to enhance political freedoms in Kenya.",
     true,
     {"KENGOV>:0811"}},
    {"WelcomedStepsAreNotTheWelcomers",
     "Iran welcomed steps to enhance political freedoms in Iraq.",
     true,
     {},
     {"IRN>:0811"}},
};

class Plover8Case : public ::testing::TestWithParam<Case> {};

TEST_P(Plover8Case, Codes) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Plover8Case, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
