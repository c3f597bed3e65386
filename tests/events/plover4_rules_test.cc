// Rules of branch plover4 (docs/accuracy.md, "Branch plover4"): force done by a thing with no
// actor named ("a roadside bomb killed two soldiers", "were killed by an improvised explosive
// device") coded with the doer absent under --one-sided, and a verb of intending ("plans to")
// read as an intention, not as the noun "plans"; people who stand for the organisation they are
// from, affiliated with or loyal to; amounts rounded by "about" or "nearly" inside a pattern's
// gap; a region of one state as the target of force; a subject owned by "its" or "their" in a
// reported clause. Every sentence is written for its case.
// Events are written "SRC>TGT:code-prefix" as in coded_sentence.h (testing::has), an absent
// side empty; each case says whether it is coded with --one-sided, which CodedCase does not.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using Case = testing::CodedModeCase;

const Case kCases[] = {
    // A weapon or an attack as the doer of an act of force: the victims, the doer absent.
    {"ARoadsideBombKills",
     "A roadside bomb near the town of Kandahar killed three Canadian soldiers on Monday.",
     true,
     {">CANMIL:19"}},
    {"KilledByAnImprovisedDevice",
     "Two British soldiers were killed by an improvised explosive device on Sunday.",
     true,
     {">GBRMIL:19"}},
    {"AMortarAttackKills",
     "A mortar attack killed four Ukrainian soldiers near the front.",
     true,
     {">UKRMIL:19"}},
    // A blast is an attack only when its words say what blew up.
    {"ACarBombExplosion",
     "A car bomb explosion killed six Iraqi policemen in the city.",
     true,
     {">IRQCOP:19"}},
    {"AnExplosionInAFactoryIsAnAccident",
     "A huge explosion in a chemical factory killed twelve Chinese workers.",
     true,
     {},
     {},
     true},
    // A doer that is an actor is the source as before, and a thing never stands for one that is.
    {"AnActorsAttackHasItsDoer",
     "Syrian government forces killed five Turkish soldiers on Monday.",
     true,
     {"SYRMIL>TURMIL:19"}},
    // Not an act of force: a thing as the doer of a statement or an appeal says nothing.
    {"NoStatementByAThing",
     "The explosion was condemned by nobody in the Turkish government.",
     true,
     {},
     {">TURGOV:"}},
    // Without --one-sided, no event lacks its source.
    {"OffByDefault",
     "A roadside bomb near the town of Kandahar killed three Canadian soldiers on Monday.",
     false,
     {},
     {},
     true},
    // "plans to" as a verb states an intention: what is planned is coded as intended (a threat
    // of force, CAMEO 138), never dropped as the infinitive of the noun "plans".
    {"PlansToAttackIsAThreat", "Iran plans to attack Israel next week.", false, {"IRN>ISR:13"}},
    {"PlansToExpelIsIntended", "Russia plans to expel British diplomats.", false, {"RUS>GBRGOV:"}},
    // The noun still proposes only: "the plans to attack" are no attack.
    {"ThePlansToAttackAreNoAttack",
     "Iran discussed the plans to attack Israel.",
     false,
     {},
     {"IRN>ISR:19"}},
    // Members stand for what they belong to: "activists from the party", "workers affiliated
    // with the union", "fighters loyal to the government".
    {"ActivistsFromAParty",
     "Angry activists from the ruling Georgian Dream party staged rallies in Tbilisi.",
     true,
     {"GEOPTY>:141"}},
    {"WorkersAffiliatedWithAUnion",
     "Some 5,000 workers affiliated with the Polish Solidarity union stopped work on Monday.",
     true,
     {"POLLAB>:143"}},
    {"FightersLoyalToAGovernment",
     "Hundreds of fighters loyal to the Libyan government have attacked Egyptian workers near "
     "the border.",
     false,
     {"LBYGOV>EGYLAB:19"}},
    // A thing from a country is no member of it: who sought them is the source.
    {"DronesFromACountryAreNoMembers", "Turkey sought drones from Israel.", false, {"TUR>ISR:"}},
    // Force patterns of plover4: retaking a place in a country, aid suspended in a country.
    {"RetakingAVillageInACountry",
     "Armenian forces retook a village in Azerbaijan on Sunday.",
     false,
     {"ARMMIL>AZE:192"}},
    {"AidSuspendedInACountry",
     "The Red Cross suspended aid deliveries in Yemen on Monday.",
     false,
     {"NGOHLHIRC>YEM:1623"}},
    // A word that rounds an amount is part of it: the pattern "{provide} aid to $T" spans "about
    // 70 million dollars of" as it spans "70 million dollars of".
    {"AnAmountRoundedByAbout",
     "The EU will provide about 70 million dollars of aid to Romania.",
     false,
     {"IGOEEC>ROU:03"}},
    {"AnAmountRoundedByNearly",
     "Japan provided nearly 40 million dollars of aid for Egypt last year.",
     false,
     {"JPN>EGY:07"}},
    // "offered to hand over to $T" with the handed-over people after the target: a judicial
    // cooperation offered (CAMEO 0313).
    {"OfferedToHandOverTo",
     "Libya offered to hand over to Italy two men suspected of the bombing.",
     false,
     {"LBY>ITA:0313"}},
    // A region of one state is, as a town is, what force or coercion is done to: the state's.
    {"ABlockadeInARegion",
     "Israel reimposed blockades in the West Bank on Friday.",
     false,
     {"ISR>PSE:191"}},
    {"ARegionBombed", "Israeli jets bombed the Golan Heights on Monday.", false, {"ISRMIL>SYR:19"}},
    // … and never an actor: a region does nothing, and is no party to words.
    {"ARegionIsNoSource", "The West Bank condemned Israel on Monday.", false, {}, {"PSE>ISR:"}},
    {"ARegionIsNoTargetOfWords",
     "Israel criticised the West Bank on Monday.",
     false,
     {},
     {"ISR>PSE:"}},
    // An infinitive hung as an adverbial of a verb of commitment completes it: an intention.
    {"AgreedOnADayToProvide",
     "Japan offered on Monday to provide aid to Egypt.",
     false,
     {"JPN>EGY:03"},
     {"JPN>EGY:07"}},
    // A subject owned by "its" or "their" is the reporting subject's ("Iran said its troops
    // had attacked …"), not a subject that names no actor.
    {"ItsTroopsInAReportedClause",
     "Iran said on Tuesday its troops had attacked Iraqi positions.",
     false,
     {"IRN>IRQ:19"}},
    {"ItsJetsBombed", "Russia said its jets bombed Syrian rebels.", false, {"RUS>SYRREB:19"}},
    // With no clause above it to own it, the possessive names nobody of this sentence.
    {"ItsTroopsWithoutAReporter",
     "Its troops attacked Iraqi positions on Monday.",
     false,
     {},
     {},
     true},
};

class Plover4Case : public ::testing::TestWithParam<Case> {};

TEST_P(Plover4Case, Codes) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Plover4Case, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
