// One-sided events (`dyad code --one-sided`, events/absent_actor.h): acts that need no target,
// and passives without an agent actor. Every sentence is written for its case. Events are
// written "SRC>TGT:root" as in coded_sentence.h, an absent side empty ("ARM>:141").
#include "events/one_sided.h"

#include <gtest/gtest.h>

#include "events/absent_actor.h"
#include "events/coded_sentence.h"

namespace dyad {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> coded;  // with --one-sided
  std::vector<std::string> absent = {};
  bool nothing_else = false;  // with `coded` empty: no event at all
};

const Case kCases[] = {
    // Acts complete without a target: the source alone.
    {"AnIntransitiveDemonstration",
     "Thousands of Armenian students demonstrated on Monday.",
     {"ARMEDU>:141"}},
    {"ARallyStaged",
     "Georgian opposition supporters staged a large rally in the capital.",
     {"GEOOPP>:141"}},
    {"AHungerStrikeIsNoOtherStrike",
     "Jailed Turkish journalists began a hunger strike.",
     {"TURMED>:142"},
     {"TURMED>:143"}},
    {"AStrike", "French rail workers went on strike on Tuesday.", {"FRA>:143"}},
    {"ARiot", "Hungarian prisoners rioted at the jail on Sunday.", {"HUNCVL>:145"}},
    {"AResignation", "The Peruvian prime minister resigned on Sunday.", {"PERGOV>:0831"}},
    // A counted group an actor names itself is that actor, not a reference back ("the two
    // parties" with no actor of its own refers back to the last pair named).
    {"ACountedGroupThatIsAnActor",
     "Five Bolivian opposition parties have organized a general strike.",
     {"BOLOPP>:143"}},
    // A member of an institution acts as part of it.
    {"AMemberOfAnInstitution",
     "A member of the Peruvian parliament started a hunger strike on Monday.",
     {"PERLEG>:142"}},
    // A bare day is when, not what: no object of the verb.
    {"ABareDayIsNoObject", "The Romanian prime minister resigned Sunday.", {"ROUGOV>:0831"}},
    {"ARiotOnABareDay", "Hungarian prisoners rioted Monday at the jail.", {"HUNCVL>:145"}},
    {"ASurrender", "Four hundred Ugandan rebels surrendered last week.", {"UGAREB>:0874"}},
    {"ACeasefireDeclared",
     "Colombian rebels declared a unilateral ceasefire on Friday.",
     {"COLREB>:0871"}},
    {"RoadsBlocked",
     "Angry Peruvian farmers blocked roads near the border on Monday.",
     {"PERCVL>:144"}},
    // The state's forces blocking roads control them; they do not protest.
    {"PoliceBlockingRoadsIsNoProtest",
     "Peruvian police blocked roads near the border.",
     {},
     {},
     true},
    // A verb that takes an object or a clause of its own is another act.
    {"DemonstratingAnObjectIsNoProtest",
     "Chinese officials demonstrated their new rockets.",
     {},
     {},
     true},
    {"DemonstratingThatIsNoProtest",
     "Brazilian scientists demonstrated that the vaccine works.",
     {},
     {},
     true},
    // A transitive act whose object is unknown is no event: "criticised" needs whom.
    {"ATransitiveVerbWithoutItsObjectIsNoEvent",
     "Iranian officials strongly criticised.",
     {},
     {},
     true},
    // The verb's word read as a noun is no act: "riots" here are what people died in.
    {"ARiotNounIsNoRiot", "Dozens of Indian civilians died in riots last year.", {}, {}, true},
    // What the doer must do is not done.
    {"AnObligationIsNoAct",
     "The Danish opposition said the prime minister must resign.",
     {},
     {"DNKGOV>:0831"}},
    {"ADueActIsNotDone",
     "The Japanese prime minister is due to step down in October.",
     {},
     {"JPNGOV>:0831"}},
    {"ASubjunctiveIsAskedFor",
     "The Peruvian president ignored calls from the opposition that he step down.",
     {},
     {"PERGOV>:0831"}},
    {"AnAdjectiveIsNoAct", "Saudi banks are resigned to heavy losses this year.", {}, {}, true},
    // Two acts of one doer: the rioting is not told by the demand that follows it.
    {"AnActBesideATwoSidedOne",
     "Egyptian demonstrators rioted after a rally demanding the removal of the Egyptian "
     "president.",
     {"EGYOPP>:145"}},
    // Where the target is named, the two-sided event tells it in full.
    {"ATargetNamedGivesTheTwoSidedEventAlone",
     "Turkish students demonstrated against Israel on Monday.",
     {"TUREDU>ISR:141"},
     {"TUREDU>:141"}},
    {"ASurrenderToSomeone",
     "Armenian troops surrendered to Azerbaijan.",
     {"ARMMIL>AZE:0874"},
     {"ARMMIL>:0874"}},
    // Asked to resign is not resigning: the infinitive's doer is not stated.
    {"AskedToResignIsNoResignation",
     "France urged Egypt's president to resign.",
     {"FRA>EGYGOV:0241"},
     {"EGYGOV>:0831"}},
    // Passives without an agent actor: the target alone.
    {"APassiveWithoutAgent",
     "A Canadian missionary was arrested in Beirut on Monday.",
     {">CANREL:173"}},
    // A statement or criticism without its author says too little: only acts of force and
    // coercion are coded without their doer.
    {"AStatementWithoutItsAuthorIsNoEvent",
     "The Iranian government was told of the decision.",
     {},
     {},
     true},
    {"AKillingWithoutItsDoer", "Three Canadian soldiers were killed on Sunday.", {">CANMIL:190"}},
    {"AScheduledActIsNotDone",
     "The Japanese prime minister is supposed to step down in October.",
     {},
     {"JPNGOV>:0831"}},
    // One party agreeing to do a thing, or accepting a plan or a compromise, with nobody named it
    // agreed with, expresses intent to cooperate (CAMEO 030); two parties agreeing are the mutual
    // event alone, and a proposal's named author the target.
    {"OnePartyAgreesToAnAct",
     "The Kenyan parliament agreed to lift the ban on fishing.",
     {"KENLEG>:030"}},
    {"OnePartyAgreesToAThing", "The Nordic Council agreed to a new budget.", {"IGOEURNRD>:030"}},
    {"OnePartyAcceptsACompromise",
     "The Norwegian government accepted a compromise on Friday.",
     {"NORGOV>:030"}},
    {"AnAcceptedProposalFromANamedPartyIsTwoSided",
     "Armenia accepted a compromise proposal from Georgia.",
     {"ARM>GEO:030"},
     {"ARM>:030"}},
    {"TwoPartiesAgreeingAreMutualOnly",
     "Chile and Peru agreed to set up a fisheries office.",
     {"CHL>PER:030", "PER>CHL:030"},
     {"CHL>:030", "PER>:030"}},
    {"AnAgreedPassiveHasNoAgreeingParty",
     "The plan was agreed to by the Kenyan parliament.",
     {},
     {"KENLEG>:030"}},
    {"AnAgreementRefusedIsNoIntent",
     "The Kenyan parliament refused to agree to the plan.",
     {},
     {"KENLEG>:030"}},
    // Ordering or stepping up patrols mobilizes police or troops (CAMEO 153).
    {"PatrolsOrdered",
     "The Kenyan government ordered police patrols in the capital.",
     {"KENGOV>:153"}},
    {"PatrolsSteppedUp",
     "Nigerian authorities stepped up security patrols in Lagos.",
     {"NGAGOV>:153"}},
    // Who takes steps or measures to do a thing does it.
    {"StepsTakenToRestoreFreedoms",
     "The Kenyan government took measures to restore political freedoms.",
     {"KENGOV>:0811"}},
    {"APassiveWithAnAgentStaysTwoSided",
     "A Canadian missionary was arrested by Lebanese police.",
     {"LBNCOP>CANREL:173"},
     {">CANREL:173"}},
};

class OneSidedCase : public ::testing::TestWithParam<Case> {};

TEST_P(OneSidedCase, Codes) {
  const Case& c = GetParam();
  const auto coded = testing::code(c.text, /*one_sided=*/true);
  const auto summary = coded.summary();
  auto has = [&](const std::string& want) {
    const auto colon = want.find(':');
    return std::any_of(summary.begin(), summary.end(), [&](const std::string& got) {
      const auto got_colon = got.find(':');
      return got.substr(0, got_colon) == want.substr(0, colon) &&
             got.substr(got_colon + 1).starts_with(want.substr(colon + 1));
    });
  };
  for (const auto& want : c.coded) EXPECT_TRUE(has(want)) << want << ":" << coded.describe();
  for (const auto& unwanted : c.absent)
    EXPECT_FALSE(has(unwanted)) << unwanted << ":" << coded.describe();
  if (c.nothing_else) {
    EXPECT_TRUE(summary.empty()) << coded.describe();
  }
}

INSTANTIATE_TEST_SUITE_P(Sentences, OneSidedCase, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

// Without the option, none of these codes a one-sided event: the coder's default output is
// what it was.
TEST(OneSided, OffByDefault) {
  for (const Case& c : kCases) {
    const auto coded = testing::code(c.text);
    for (const Event& e : coded.coded.events) EXPECT_FALSE(one_sided(e)) << c.text;
  }
}

// The absent side reads as an actor with no code, country, text or sentence.
TEST(OneSided, AbsentActorHasNothing) {
  const std::vector<ActorMention> mentions(1);
  const ActorMention& absent = actor_at(mentions, kNoActor);
  EXPECT_TRUE(absent.code.empty());
  EXPECT_TRUE(absent.country.empty());
  EXPECT_TRUE(absent.text.empty());
  EXPECT_EQ(absent.kind, "absent");
  EXPECT_EQ(&actor_at(mentions, 0), &mentions[0]);
}

}  // namespace
}  // namespace dyad
