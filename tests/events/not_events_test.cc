// Words of an event pattern that report no event between the actors near them: demand as an
// economic quantity, a conflict that is ended, a participle used as an adjective, and an
// infinitive that belongs to a clause reported to the addressee. Every sentence is written for
// its case (the table's form: tests/events/coded_sentence.h); each rule has a case where the
// event stands beside the case where it does not.
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

using testing::CodedCase;

const CodedCase kCases[] = {
    // "demand" of a market is a quantity bought, not a request.
    {"StrongDemandFromCountriesIsNoRequest",
     "Traders said Ghanaian grades were trading above their official prices due to strong "
     "demand from Togo and Benin.",
     {},
     {"GHA>TGO:10", "GHA>BEN:10"}},
    {"DomesticDemandIsNoRequest",
     "Ghana and Togo had both pledged at the meetings to boost domestic demand to help narrow "
     "the huge Beninese trade deficit.",
     {},
     {"GHA>BEN:10", "TGO>BEN:10"}},
    {"ReducingDemandIsNoRequest",
     "Tariffs would hurt Ghana by reducing demand in Togo for Ghanaian cocoa.",
     {},
     {"GHA>TGO:10", "TGO>GHA:10"}},
    {"SupplyAndDemandIsNoRequest",
     "Ghana published supply/demand figures for Togo.",
     {},
     {"GHA>TGO:10"}},
    // The "from" of a demand (the noun) names who demands.
    {"ADemandFromAGovernmentIsTheGovernments",
     "Ghana answered a demand from Togo for compensation.",
     {},
     {"GHA>TGO:10"}},
    {"DemandingFromAGovernmentAsksIt", "Togo demanded from Ghana a clear answer.", {"TGO>GHA:10"}},
    {"DemandingThatAnotherActIsARequest",
     "Ghana demanded that Togo withdraw its troops.",
     {"GHA>TGO:10"}},
    // Ending a conflict is not that conflict.
    {"EndingADisputeIsNoDisapproval",
     "Ghana and Togo signed an accord last year, ending a long dispute over fishing rights.",
     {"GHA>TGO:057"},
     {"GHA>TGO:110", "TGO>GHA:110"}},
    {"SettlingTheirDisputeIsNoDisapproval",
     "Ghana and Togo settled their border dispute on Monday.",
     {},
     {"GHA>TGO:110", "TGO>GHA:110"}},
    {"ADisputeItselfIsDisapproval",
     "Ghana and Togo are locked in a bitter dispute over fishing rights.",
     {"GHA>TGO:110", "TGO>GHA:110"}},
    {"TheResolveOfAnActorEndsNothing",
     "Newspapers hailed Ghanaian resolve and international pressure forcing Togo to pull back "
     "from the disputed waters.",
     {"GHA>TGO:17"}},
    // A participle before a noun after a preposition is an adjective, not the verb.
    {"AnAllegedThingIsNoAccusation",
     "Ghana imposed a duty on cocoa over alleged Togolese subsidies to farmers.",
     {},
     {"GHA>TGO:112"}},
    {"AllegingThatAnotherDidSomethingIsAnAccusation",
     "Ghana alleged that Togo subsidised its farmers.",
     {"GHA>TGO:112"}},
    // "told X to act" asks X to act; "told reporters Y agreed to act" reports what Y did.
    {"TellingSomeoneToActIsADemand",
     "The Ghanaian president told Togo to withdraw its troops.",
     {"GHAGOV>TGO:10"}},
    {"TellingTheCommitteeAnotherAgreedToActIsNoDemand",
     "The Ghanaian president told the committee Togo agreed to buy the plant's entire output.",
     {},
     {"GHAGOV>TGO:10"}},
    {"TellingANewsConferenceAnotherWouldActIsNoDemand",
     "The Ghanaian minister told a news conference the Togolese government would not hesitate to "
     "retaliate.",
     {},
     {"GHAGOV>TGOGOV:10"}},
    {"AskingOnesCounterpartsToActIsAnAppeal",
     "A group of Ghanaian lawmakers today asked their Togolese counterparts to exempt Ghana from "
     "the new tariffs.",
     {"GHALEG>TGOGOV:02"}},
    // "Togo's ally Benin" is Benin; Togo only says whose ally.
    {"AnActorNamedAfterItsOwnersRelationIsTheTarget",
     "Ghana threatened military action against Togo's ally Benin.",
     {"GHA>BEN:1"},
     {"GHA>TGO:1"}},
    {"AnOwnersClaimAboutAnActorIsTheOwners",
     "Ghana rejected Togo's claim that Benin had closed the border.",
     {"GHA>TGO:12"},
     {"GHA>BEN:12"}},
    {"AnOwnersPlaceIsNoSuchActor",
     "Ghana threatened military action against Togo's province Kara.",
     {"GHA>TGO:1"}},
    // "they" in a reported clause is the plural subject that reports it, even one that names no
    // actor.
    {"TheyAfterUnnamedOfficialsIsThoseOfficials",
     "Ghana and Togo signed an accord last year. Officials said they hope to hold a summit in "
     "May.",
     {"GHA>TGO:057"},
     {"GHA>TGO:03", "GHA>TGO:04", "TGO>GHA:03", "TGO>GHA:04"}},
    {"TheyAfterANamedCountryIsThatCountry",
     "Ghana and Togo met last year. Togo said they would sign an agreement in May.",
     {"TGO>GHA:0"}},
    // A mutual act in the passive: its subject is what was done; its parties are the agents.
    {"WhatWasNegotiatedIsNoParty",
     "Ghana and Togo signed two accords last year. They have been negotiated under the rules of "
     "the customs union.",
     {},
     {"GHA>TGO:046", "TGO>GHA:046"}},
    {"TheAgentsOfANegotiationAreItsParties",
     "The accord was negotiated by Ghana and Togo last year.",
     {"GHA>TGO:046", "TGO>GHA:046"}},
    // A country after a preposition is no second subject, however the parse hangs it.
    {"TheTargetOfAStrikeIsNoSubjectOfItsThreat",
     "Ghana said last month that it would shoot down incoming missiles if a Togolese strike on "
     "Benin threatened Ghanaian military personnel.",
     {"TGO>GHAMIL:13"},
     {"BEN>GHAMIL:13"}},
    // Nor is anything said to the subject of the clause after the addressee.
    {"TheSubjectOfAToldClauseIsNoAddressee",
     "The Ghanaian minister told a news conference the Togolese government would not hesitate to "
     "retaliate.",
     {},
     {"GHAGOV>TGOGOV:01"}},
    {"APhraseAfterTheAddresseeIsNoAddressee",
     "“We stand by the accord,” the Ghanaian minister told a press conference following the "
     "Togolese president's visit.",
     {},
     {"GHAGOV>TGOGOV:01"}},
    {"TheAddresseeOfATellingIsTheTarget",
     "The Ghanaian minister told the Togolese government that the talks would resume.",
     {"GHAGOV>TGOGOV:01"}},
    {"TellingTheAddresseeToActAfterAClauseIsADemand",
     "The Ghanaian president told Togo, in a letter sent on Monday, to withdraw its troops.",
     {"GHAGOV>TGO:10"}},
};

class NotEvents : public ::testing::TestWithParam<CodedCase> {};

TEST_P(NotEvents, AreCodedOnlyWhereTheEventIsReported) {
  testing::expect_coded(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, NotEvents, ::testing::ValuesIn(kCases), testing::case_name);

}  // namespace
}  // namespace dyad
