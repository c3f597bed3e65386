// Rules of branch plover5 (docs/accuracy.md, "Branch plover5"): a pattern "{verb} noun
// preposition $T" read over the parse, whatever the words between the verb and its object's
// noun ("sent 21 military and civilian personnel to Bosnia") and whatever the object's own list
// ("aerial photographs and other military intelligence"); whom one sends somewhere is sent to
// the country the place is in; a passive agent without "by" is a parser's misreading of a main
// verb's object. And the wording of CAMEO categories added to data/events (paying compensation,
// speeding up a withdrawal, reneging on a commitment, dying of torture in custody, banning
// voting in a place, resuming attacks, preventing, banning or dispersing demonstrations, tear
// gas, rejecting a call for one's troops to be deployed, gathering for a rally); a name, "today"
// and a finite verb read as subject, adverb and verb; a member "of" a body stands for it.
// Every sentence is written for its case.
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
    // The object's noun however many words name it: a number and adjectives before it.
    {"SentManyWordsOfPersonnel",
     "The United Nations sent 35 military and civilian personnel to Bosnia on Friday to "
     "investigate the killings.",
     false,
     {"IGOUNO>BIH:090"}},
    {"SentNoTargetNoEvent",
     "The United Nations sent 35 military and civilian personnel on Friday to investigate the "
     "killings.",
     false,
     {},
     {},
     true},
    // A conjunct of the object is the object too.
    {"ProvidedALongListToTheTarget",
     "Britain is providing satellite images and other military intelligence to Ukraine.",
     false,
     {"GBR>UKR:064"}},
    // Not a conjunct that follows a modifier of the object: it is that modifier's.
    {"NoConjunctPastTheObjectsModifier",
     "Paris expressed its regret over German and Italian support for Hungary.",
     false,
     {},
     {"FRA>HUN:05"}},
    // Sent to a place in a country: to the country.
    {"InspectorsToAFacilityInACountry",
     "The IAEA dispatched inspectors to the Natanz Enrichment Facilities in central Iran.",
     false,
     {"IGOUNOIAE>IRN:090"}},
    {"TroopsToABaseInACountry",
     "Russia sent troops to a large air base in western Syria.",
     false,
     {"RUS>SYR:"}},
    // The place's country only for sending: a statement "to" a place stays no statement to it.
    {"NoReportToAPlaceInACountry",
     "The agency sent a report to a newspaper in Iran.",
     false,
     {},
     {},
     true},
    // A passive agent needs "by": without it, the words are a main verb and its object.
    {"KilledAtLeastIsNoPassive",
     "Israeli troops killed at least eight Palestinian militants.",
     false,
     {"ISRMIL>PSEREB:19"}},
    {"ARealPassiveStays",
     "Eight Palestinian militants were killed by Israeli troops.",
     false,
     {"ISRMIL>PSEREB:19"},
     {"PSEREB>ISRMIL:19"}},
    // CAMEO's wording, a category at a time.
    {"PaidCompensation",
     "Kuwait said it had paid compensation to 300 Egyptian workers for their lost savings.",
     false,
     {"KWT>EGYLAB:0842"}},
    {"SpeededUpTheWithdrawalOfForces",
     "Russia speeded up the withdrawal of its remaining combat forces from Georgia.",
     false,
     {"RUS>GEO:0874"}},
    {"AcceleratedTheWithdrawal",
     "Israel accelerated its withdrawal from southern Lebanon.",
     false,
     {"ISR>LBN:0874"}},
    {"RenegedOnACommitment",
     "Ukraine reneged on its commitment to Russia.",
     false,
     {"UKR>RUS:160"}},
    {"DiedOfTortureInCustody",
     "A Palestinian prisoner died as a result of torture in Israeli police custody.",
     false,
     {"ISRCOP>PSECVL:1822"}},
    {"DyingElsewhereIsNoTorture",
     "A Syrian refugee died of a heart attack in a Turkish hospital.",
     false,
     {},
     {},
     true},
    {"ThreatenedToBanVoting",
     "Israel threatened to ban voting in East Jerusalem.",
     false,
     {"ISR>PSE:13"}},
    {"ThreatenedToResumeTerroristActivities",
     "Hamas threatened to resume suicide attacks in Israel.",
     false,
     {"PSEREB>ISR:"}},
    {"ResumedAirstrikes",
     "Turkey resumed its airstrikes on Syrian army positions.",
     false,
     {"TUR>SYRMIL:19"}},
    // A name, "today" and a verb are subject, adverb and verb however the parser hangs them.
    {"TodayAnnouncedItWillWithdraw",
     "Nigeria today announced that it will withdraw its troops from Chad.",
     false,
     {"NGA>TCD:0356"}},
    {"YesterdayAccused",
     "Turkey yesterday accused Greece of harassing its fishermen.",
     false,
     {"TUR>GRC:112"}},
    // Rejecting a call for one's forces to be deployed somewhere: refusing peacekeeping (1224).
    {"RejectedCallsForItsTroops",
     "The European Union rejected calls for its troops to be sent to Libya.",
     false,
     {"IGOEEC>LBY:1224"}},
    {"GatheredForAProtest",
     "Hundreds of Chilean students assembled for a protest in Santiago.",
     true,
     {"CHLEDU>:141"}},
    // A member "of" a body stands for it; a supporter "of" someone is not that one.
    {"AMemberOfParliament",
     "A member of the Syrian parliament started a hunger strike on Monday.",
     true,
     {"SYRLEG>:142"}},
    {"MembersOfParliamentStagedASitIn",
     "Members of the Egyptian parliament staged a sit-in on Monday.",
     true,
     {"EGYLEG>:141"}},
    {"SupportersOfAPresidentAreNotHim",
     "Supporters of the Egyptian president demonstrated in Cairo on Friday.",
     true,
     {},
     {"EGYGOV>:141"}},
    // Repression without a named target: one-sided.
    {"PolicePreventedTheDemonstration",
     "Egyptian police prevented the demonstration in Cairo on Friday.",
     true,
     {"EGYCOP>:1721"}},
    {"UsedTearGas",
     "Kenyan riot police used tear gas to disperse the crowd.",
     true,
     {"KENCOP>:175"}},
    {"TearGasOneSidedOnly",
     "Kenyan riot police used tear gas to disperse the crowd.",
     false,
     {},
     {},
     true},
};

class Plover5Case : public ::testing::TestWithParam<Case> {};

TEST_P(Plover5Case, Codes) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Sentences, Plover5Case, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
