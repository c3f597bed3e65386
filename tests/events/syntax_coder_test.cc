// Events read off the parse (issue 13), one rule per case: mutual events, brokers, nominal
// events, relative clauses, participles and passives, and actors referred to again as "it",
// "they" or a group. Every sentence is written for its case. Events are written "SRC>TGT:root"
// (the code must start with root); `absent` lists events that must not be coded, and an empty
// `coded` with `nothing_else` means no event at all.
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> coded;
  std::vector<std::string> absent = {};
  bool nothing_else = false;
};

const Case kCases[] = {
    // 1. Mutual and joint events: every direction between the parties.
    {"CompoundSubjectOfAMutualVerb",
     "Greece and Bulgaria met in Sofia on Tuesday.",
     {"GRC>BGR:04", "BGR>GRC:04"}},
    {"PartiesInTalks",
     "Chile and Peru are in talks over the maritime border.",
     {"CHL>PER:04", "PER>CHL:04"}},
    {"ADealBetweenTwoParties",
     "Officials praised a deal between Ghana and Togo on fishing rights.",
     {"GHA>TGO:05", "TGO>GHA:05"}},
    {"PartiesOnTheClauseDescribingAMutualNoun",
     "The two-way talks that started late last year between Kenya and Somalia ended.",
     {"KEN>SOM:04", "SOM>KEN:04"}},
    {"TalksBetweenSourceAndTargetHoldBothWays",
     "Talks between Norway and Iceland ended without a result.",
     {"NOR>ISL:04", "ISL>NOR:04"}},
    // "met" takes an object here: a demand meets a response, the countries do not meet.
    {"AMutualVerbWithItsOwnObjectIsNotMutual",
     "The demand that Spain and Portugal pay met a cold response.",
     {},
     {"ESP>PRT:04"}},
    // Leaders clash in words (CAMEO 111); troops clash with force (190).
    {"LeadersClashInWords",
     "Macron and Erdoğan clashed over Libya on Tuesday.",
     {"FRAGOV>TURGOV:111", "TURGOV>FRAGOV:111"},
     {"FRAGOV>TURGOV:19"}},
    {"TroopsClashWithForce",
     "Indian and Chinese troops clashed in the Himalayas.",
     {"IND>CHNMIL:190", "CHNMIL>IND:190"}},
    {"OneActorAloneIsNoMutualEvent", "Hungary met in Vienna on Tuesday.", {}, {}, true},
    // The parties of an event noun are the subject of a clause it belongs to, not a list
    // elsewhere in the sentence.
    {"AListOfPlacesVisitedAreNoPartiesOfTalks",
     "After visiting Ghana, Togo and Benin, the Kenyan minister flew to Tokyo for talks.",
     {},
     {"GHA>TGO:04", "TGO>BEN:04", "GHA>BEN:04"}},
    {"AnAccordThatHelpsAListIsNoAccordBetweenThem",
     "The five-year accord increases aid to the states, Chad, Niger and Mali, by half.",
     {},
     {"TCD>NER:05", "NER>MLI:05"},
     true},
    // Meeting a demand, target or criterion satisfies it; it is no meeting.
    {"MeetingRequirementsIsNoMeeting",
     "Kenya has met IMF requirements on its budget, and Kenyan officials met Ugandan envoys.",
     {"KENGOV>UGAGOV:04"},
     {"KEN>IGOBUSIMF:04"}},
    {"UnableToAgreeIsNoAgreement",
     "Kenya and Uganda have been unable to agree on the mix of aid.",
     {},
     {"KEN>UGA:05", "UGA>KEN:05"}},
    // What is prevented, averted, avoided, thwarted or blocked did not happen.
    {"APreventedAttackIsNoAttack",
     "Egypt worked to prevent an Israeli attack on Gaza.",
     {},
     {"ISR>PSE:19"}},
    {"ABlockedCondemnationIsNoCondemnation",
     "Russia blocked a resolution condemning Syria.",
     {"RUS>SYR:129"},
     {"RUS>SYR:11"}},
    // A participle clause opened by "after", "before", "while" … shares its clause's subject.
    {"AParticipleAfterASubordinatorSharesTheMainSubject",
     "After visiting Ghana and Togo, the Kenyan foreign minister flew home.",
     {"KENGOV>GHA:042", "KENGOV>TGO:042"}},
    {"AParticipleBeforeTheSubject",
     "Before invading Somalia, Kenya warned Ethiopia of the risks.",
     {"KEN>SOM:19"}},
    {"AParticipleAfterTheVerbSharesItsSubject",
     "The Kenyan minister told reporters after meeting Ugandan and Tanzanian ministers that "
     "trade would grow.",
     {"KENGOV>UGA:04", "KENGOV>TZAGOV:04"},
     {"UGA>TZA:04", "UGA>TZAGOV:04", "TZAGOV>UGA:04"}},
    // "They will be difficult negotiations": the subject of an event noun without a
    // preposition is the event ("they" = the negotiations), not its parties.
    {"TheSubjectOfAPredicateEventNounIsTheEvent",
     "Kenya and Somalia will meet in May. They will be difficult negotiations, an official said.",
     {"KEN>SOM:03"},
     {"KEN>SOM:046", "SOM>KEN:046"}},
    {"NegotiatingADealMakesTheSubjectItsParties",
     "After a long dispute, Chile and Peru negotiated a new deal on fishing.",
     {"CHL>PER:05", "PER>CHL:05"}},
    {"ModifiersOfTheSubjectAreTheParties",
     "Chilean and Peruvian negotiators spent a week in Lima for talks on the border.",
     {"CHL>PERGOV:04", "PERGOV>CHL:04"}},
    {"PartiesOnTheVerbOfAMutualNoun",
     "A bitter feud has ebbed and flowed between Qatar and Bahrain for years.",
     {"QAT>BHR:11", "BHR>QAT:11"}},
    {"APassiveAgreementNamesItsPartiesAsAgents",
     "The plan was agreed on Monday by Armenia and Georgia in Tbilisi.",
     {"ARM>GEO:057", "GEO>ARM:057"}},
    // CAMEO: refusing to meet rejects the proposal to meet (125); it is no meeting.
    {"ARefusedMeetingIsARejection",
     "Kenya refused to meet Somalia in Nairobi.",
     {"KEN>SOM:125"},
     {"KEN>SOM:04"}},
    // CAMEO codes other refused cooperation as rejections too, by what is refused.
    {"AidOneSaysOneWillNotGiveIsARejection",
     "Ghana will not provide Togo with aid until the election.",
     {"GHA>TGO:122"},
     {"GHA>TGO:07"}},
    {"ARefusedAgreementIsARejectedAgreement",
     "Chile refused to sign an agreement with Peru.",
     {"CHL>PER:127"},
     {"CHL>PER:057"}},
    {"ARefusedReleaseIsARefusalToYield",
     "Ghana refused to release Togolese prisoners.",
     {"GHA>TGOCVL:1243"}},
    {"AidNotGivenIsNoEvent", "Ghana did not provide Togo with aid.", {}, {}, true},
    {"ARefusalToCondemnIsNoEvent", "Ghana would not condemn Togo.", {}, {}, true},
    {"ARefusalToMeetIsARejection",
     "Turkey's refusal to meet Armenia angered Moscow.",
     {"TUR>ARM:125"},
     {"TUR>ARM:04"}},
    {"SanctionsImposedOnATarget",
     "Sweeping Dutch sanctions imposed on Iran took effect.",
     {"NLD>IRN:163"}},
    // 2. Brokers of a truce consult each other.
    {"BrokersNamedByAPassiveParticiple",
     "The talks ended after a truce brokered by Moscow and Ankara.",
     {"RUS>TUR:04", "TUR>RUS:04"}},
    // 3. Nominal events, and targets the word matcher cannot reach.
    {"TheParseFindsATargetBeyondTheWordGaps",
     "Peru called on Monday and again on Friday on Bolivia to end the blockade.",
     {"PER>BOL:02"}},
    {"CountryModifiersOfAnEventNounAreItsSources",
     "Danish and Dutch airstrikes on Libya began at dawn.",
     {"DNK>LBY:19", "NLD>LBY:19"}},
    // The parser hangs "on …" on the agent; the agent's coordinated modifiers are actors too.
    {"AnEventNounsTargetHungOnItsAgent",
     "Airstrikes by US, British and French forces on Libyan army targets after the attack in "
     "Sirte were intended to send a message.",
     {"USA>LBYMIL:195", "GBR>LBYMIL:195", "FRAMIL>LBYMIL:195"}},
    {"AnEventNounsTargetHungOnTheLastOfItsAgents",
     "Airstrikes by US, Danish and Dutch forces on Libyan army positions were meant to reassure "
     "the rebels.",
     {"USA>LBYMIL:195", "DNK>LBYMIL:195", "NLDMIL>LBYMIL:195"}},
    {"AnActClaimedByAnActorIsThatActorsAct",
     "A suicide bombing claimed by Boko Haram killed four Nigerian soldiers.",
     {"NGAINS>NGAMIL:19"}},
    // "its" on the object of a verb is the verb's subject.
    {"AnObjectsPossessivePronounIsTheSubject",
     "After the vote, Chile again announces its readiness to mediate between Peru and Bolivia.",
     {"CHL>PER:039", "CHL>BOL:039"}},
    {"AnEventNounOnlyMentionedHasNoSource",
     "Analysts discussed the possibility of an attack on Estonia.",
     {},
     {},
     true},
    // 4. Relative clauses, participles, passives.
    {"RelativeClauseSubjectIsTheNounItDescribes",
     "Officials welcomed Qatar, which has condemned Bahrain for the raid.",
     {"QAT>BHR:11"}},
    {"ParticipleAfterTheClauseSharesItsSubject",
     "Kenya withdrew its envoy on Monday, accusing Uganda of arming rebels.",
     {"KEN>UGA:112"}},
    {"AStatementPublishedSpeaksForItsAuthor",
     "Serbia published a statement accusing Croatia of provocations.",
     {"SRB>HRV:112"}},
    {"APassiveWithoutAgentMovesItsSubjectTowardTheTarget",
     "Israeli missiles were fired at Syrian positions on Monday.",
     {"ISR>SYR:19"}},
    {"PassiveWithAgentReversesTheVerbObjectPattern",
     "Mali was condemned by Niger on Monday.",
     {"NER>MLI:11"},
     {"MLI>NER:11"}},
    // The window coder took the nearest actor before the verb; the subject is "the report".
    {"ASubjectThatIsNoActorGivesNoEvent",
     "After a visit to Chad, the report condemned Sudan.",
     {},
     {"TCD>SDN:11"}},
    {"ATargetListBeforeAnInfinitiveFollowsTheParse",
     "Canada is asking Spain, Italy, Greece and other southern allies to share the costs of the "
     "mission.",
     {"CAN>ESP:02", "CAN>ITA:02", "CAN>GRC:02"}},
    // The word after "to" must be the infinitive: "take back" is not "back" (to support, 022).
    {"TheInfinitiveNotItsParticleChoosesTheAppeal",
     "Chile asked Peru, Bolivia, Ecuador and their neighbours to take back the migrants.",
     {"CHL>PER:020", "CHL>BOL:020", "CHL>ECU:020"},
     {"CHL>PER:022"}},
    {"AnAgentAfterADateIsStillTheAgent",
     "The plan was agreed on Monday by Vladimir Putin and his Kazakh counterpart, Kassym-Jomart "
     "Tokayev, at a summit in Astana.",
     // … and the summit it was agreed at is a meeting of its agents: another event word.
     {"RUSGOV>KAZGOV:05", "KAZGOV>RUSGOV:05", "RUSGOV>KAZGOV:04", "KAZGOV>RUSGOV:04"}},
    // "to" marks an infinitive here: Peru is what is removed, not whom Chile speaks to.
    {"AnInfinitivesToIsNoPreposition",
     "Chile said the plan to remove Peru from the talks had failed.",
     {},
     {"CHL>PER:01"}},
    {"AListAfterAnOfficesCountrySharesTheOffice",
     "Courts in France, Germany and Sweden are currently investigating several Syrian officers.",
     {"FRAJUD>SYRMIL:09", "DEUJUD>SYRMIL:09", "SWEJUD>SYRMIL:09"}},
    {"ListOfTargetsFollowsTheParse",
     "Canada condemned Spain, Italy, Greece and their allies.",
     {"CAN>ESP:11", "CAN>ITA:11", "CAN>GRC:11"}},
    // The ministers, not Russia, support Jordan and Chad.
    {"APurposeInfinitiveBelongsToTheMainSubject",
     "Russia bombed the town, as foreign ministers met in Brussels to support Jordan and Chad.",
     {},
     {"RUS>JOR:05", "RUS>TCD:05"}},
    // "take back" is not "back" (to endorse).
    {"APhrasalVerbsParticleIsNotTheVerb",
     "France is ready to take back its citizens, but Britain refuses.",
     {},
     {"FRA>GBR:05"}},
    // A quantity stands for what it counts.
    {"AGroupOfActorsIsTheActors",
     "The Chilean president met a group of Peruvian diplomats in Lima.",
     {"CHLGOV>PERGOV:04"}},
    {"DozensOfSoldiersAreTheSoldiers",
     "Dozens of Kenyan soldiers attacked a Somali village on Friday.",
     {"KENMIL>SOM:19"}},
    // Backing and support as a standing relation are background; as an act of the day, events.
    {"WhoHasBackedIsBackground",
     "Putin, who has backed the Syrian government, met Erdoğan in Sochi.",
     {"RUSGOV>TURGOV:04"},
     {"RUSGOV>SYRGOV:05"}},
    {"ALongPartnershipIsBackground", "Chile has long supported Peru.", {}, {}, true},
    {"AParticipleOfSupportIsBackground",
     "Troops backing Peru crossed into Bolivia.",
     {},
     {"PERMIL>PER:05"}},
    {"BackingOnTheDayIsAnEvent", "Chile backed Peru on the issue.", {"CHL>PER:051"}},
    // A meeting place is no party; a statement is made to its addressee, not to what it owns.
    {"AMeetingPlaceIsNoParty",
     "The Chilean president is due to meet in Lima on Friday.",
     {},
     {"CHLGOV>PER:03"}},
    {"AnActorsConcernsAreNotTheActor",
     "Chile will have to address Peru's concerns about the border.",
     {},
     {"CHL>PER:01"}},
    {"AnAddressIsToItsAddressee",
     "The Chilean president addressed Peru's parliament on Monday.",
     {"CHLGOV>PERLEG:01"}},
    // "to" between numbers is a range, not a preposition.
    {"ToInARangeIsNoPreposition",
     "Kenya said 800 to 900 Somali fighters were held in prisons.",
     {},
     {"KEN>SOM:01"}},
    // The leader inside a hyphenated word leads the act; the speaker after a comma is no target.
    {"ARussianLedAttackIsRussias", "A Russian-led attack on Syria killed dozens.", {"RUS>SYR:19"}},
    {"TheReportingSpeakerIsNoTarget",
     "Ghana condemned the attack, Togo's president said.",
     {},
     {"GHA>TGOGOV:11"}},
    // A verb's object is never behind "to": after a skipped noun, "to X" completes the noun.
    {"ToAfterASkippedNounIsNoObject",
     "Russia has effectively killed off any political challenge to Assad.",
     {},
     {"RUS>SYRGOV:19"}},
    {"MeetingObligationsToACountryIsNoMeeting",
     "Poland would meet its financial obligations to the United States.",
     {},
     {"POL>USA:04"}},
    // "it" right before the verb is its subject: an actor before it heads another clause.
    {"APronounBeforeTheVerbIsItsSubject",
     "These developments came months after the regime made gains against the opposition since "
     "Syria's insurgency erupted, when it took control of Deraa.",
     {},
     {"SYRREB>SYR:19"}},
    // "from X" names a giver or an origin, never the object of the verb.
    {"SupportFromACountryIsNotSupportForIt",
     "Israel exploited fears of Iran to maximise support from the United States.",
     {},
     {"ISR>USA:05"}},
    {"PressureFromACountryIsNotPressureOnIt",
     "South Korea has been under pressure from Washington to revalue the won.",
     {},
     {"KOR>USA:17"}},
    // An event noun is as its verb of occurring says: "may not take place" is no attack.
    {"AnAttackThatMayNotTakePlaceIsNone",
     "In his latest tweet Trump claims an attack on Syria may not take place.",
     {},
     {"USAGOV>SYR:19"}},
    // A word of a name is no verb: Shell does not shell, the Free Syrian Army is not freed.
    {"ACompanysNameIsNoVerb",
     "The Royal Dutch/Shell Group unit Shell Australia said its net profit fell in 1986.",
     {},
     {"NLD>AUS:19"}},
    {"TheFreeSyrianArmyIsAnArmedGroup",
     "On Sunday, the Turkish backed Free Syrian Army rebels said they had entered the town.",
     {},
     {"TUR>SYRREB:08"}},
    // A quantity stands for what it counts, over "tens of thousands of".
    {"TensOfThousandsOfProtestersAreTheProtesters",
     "Tens of thousands of Iranian protesters condemned Israel.",
     {"IRNOPP>ISR:11"}},
    // "in order to" is no order.
    {"InOrderToIsNoOrder",
     "Britain accused Moscow of wasting time in order to allow Assad to retake the enclave.",
     {"GBR>RUS:11"},
     {"GBR>SYRGOV:10", "RUS>SYRGOV:10"}},
    // The alternative set aside is not done.
    {"WhatIsDoneRatherThanAnActIsNotThatAct",
     "Egypt should release, rather than prosecute, the Sudanese fishermen.",
     {},
     {"EGY>SDN:17"}},
    {"WhatIsDoneInsteadOfAnActIsNotThatAct",
     "Turkey chose to negotiate with Greece instead of attacking Cyprus.",
     {"TUR>GRC:04"},
     {"TUR>CYP:19"}},
    // A noun that modifies a noun names a kind of thing, not an act.
    {"ATradeSurplusIsNoTrade",
     "South Korea's trade surplus with the United States rose to 7 billion dollars.",
     {},
     {"KOR>USA:06"}},
    {"AStrikeForceIsNoStrike",
     "The largest US strike force since the Iraq war is heading to the region.",
     {},
     {"USA>IRQ:19"}},
    // A list of targets ends where an actor begins a clause of its own.
    {"AListEndsAtTheSubjectOfANewClause",
     "Russia announced a partnership with Syria, and Turkey has threatened to respond.",
     {"RUS>SYR:06"},
     {"RUS>TUR:06"}},
    {"TheReportingSpeakerAfterAnArticleAndAdjectivesIsNoTarget",
     "Ghana condemned the attack, a senior Togolese official said.",
     {},
     {"GHA>TGOGOV:11"}},
    // A country and its own state bodies are one actor; its rebels or radicals are others.
    {"ACountryAndItsRadicalsAreTwoActors",
     "Kenya condemned Kenyan extremists on Monday.",
     {"KEN>KENRAD:11"}},
    {"ACountryAndItsArmyAreOneActor", "Kenya praised the Kenyan army.", {}, {}, true},
    // "forced X to": X did it; "asked/empowered X to": it has not happened.
    {"WhatAnActorWasForcedToDoItDid",
     "Ghana forced Togo's army to attack Benin.",
     {"TGOMIL>BEN:19", "GHA>TGOMIL:17"}},
    {"WhatAnActorWasEmpoweredToDoIsNotDone",
     "Ghana empowered the African Union (AU) to investigate Togo.",
     {},
     {"IGOAFR>TGO:09"}},
    // CAMEO codes force against what of a country is hit as force against the country; other
    // acts toward a place are not acts toward its country.
    {"ForceOnAPlaceIsForceOnItsCountry",
     "Turkish jets bombed a crowded hospital and a school in Syria.",
     {"TURMIL>SYR:19"}},
    {"CriticismOfAPlaceIsNotOfItsCountry",
     "Russia criticised a crowded hospital and a school in Syria.",
     {},
     {"RUS>SYR:11"}},
    // An -ing word right after an object, with no comma, describes the object; after a comma
    // it tells what the subject did.
    {"AnIngWordAfterTheObjectDescribesTheObject",
     "Mr Mensah is leading a Togolese delegation touring Paris and London.",
     {"TGOGOV>FRA:04", "TGOGOV>GBR:04"}},
    {"AnIngWordAfterACommaIsTheSubjectsAct",
     "Ghana welcomed a Togolese delegation on Monday, touring Paris and London.",
     {"GHA>FRA:04"},
     {"TGOGOV>FRA:04"}},
    // "stand by and watch": a word followed by "and" is an adverb, not a preposition.
    {"StandingByAndWatchingIsNoSupport",
     "Ghana stood by and watched Togo fall into chaos.",
     {},
     {"GHA>TGO:05", "GHA>TGO:12"}},
    {"StandingByAnActorIsSupport", "Ghana stood by Togo during the crisis.", {"GHA>TGO:05"}},
    // Receiving an invitation is being invited; the visit has not happened.
    {"AnInvitationReceivedIsTheInvitersIntent",
     "Ghana has received an invitation to visit Togo next year.",
     {"TGO>GHA:036"},
     {"GHA>TGO:04"}},
    // "(that) $T": the subject of the complement clause, however long ("senior members of").
    {"AnAllegationIsAgainstTheClausesSubject",
     "Ghana alleged that senior members of the Togolese army were responsible for the raid.",
     {"GHA>TGOMIL:112"}},
    // A participle with an object of its own is a verb, not a passive describing a noun.
    {"AParticipleWithAnObjectIsNoPassive",
     "Ghanaian aircraft including helicopter gunships killed 46 Togolese civilians in an attack "
     "on a village.",
     {"GHAMIL>TGOCVL:18"}},
    // Plans and preparations to attack are a show of force, not yet the attack.
    {"PreparationsToAttackAreAShowOfForce",
     "Ghana's army has finished preparations to enter Togo, the minister said.",
     {"GHAMIL>TGO:15"},
     {"GHAMIL>TGO:19"}},
    // A capital that names a process or meeting held there is no government.
    {"ACapitalNamingAProcessIsNoActor",
     "Ghana praised the Nairobi process on Monday.",
     {},
     {"GHA>KEN:05"},
     true},
    {"ACapitalStandsForItsGovernment", "Ghana praised Nairobi on Monday.", {"GHA>KEN:05"}},
    // A thing stands for whoever made it ("the plan drawn up by X").
    {"AThingMadeByAnActorStandsForIt",
     "Ghana criticised the plan drawn up by Togo last week.",
     {"GHA>TGO:11"}},
    {"ABoycottedEventStandsForItsOrganiser",
     "The Ghanaian minister will boycott the summit, organised by Togo as a way to press its "
     "neighbours.",
     {"GHAGOV>TGO:14"}},
    // An amount is one modifier: it does not keep a pattern's words apart.
    {"AnAmountIsNoGap", "Ghana gave Togo 5.1 million dollars of aid on Monday.", {"GHA>TGO:07"}},
    // A relative pronoun object stands for the actor before it.
    {"ARelativeObjectIsTheActorItFollows",
     "Chile criticised the backing of Peru's president, whom Bolivia accuses of fraud.",
     {"BOL>PERGOV:112"},
     {"BOL>CHL:112"}},
    // 5. "it", "they" and groups refer back.
    {"ItInAReportedClauseIsTheReporter",
     "Ethiopia said it would condemn Eritrea at the summit.",
     {"ETH>ERI:11"}},
    {"TheTwoCountriesAreTheGroupNamedBefore",
     "Armenia and Georgia opened a new border crossing. The two countries signed an agreement on "
     "trade.",
     {"ARM>GEO:057", "GEO>ARM:057"}},
    {"AnAgreementReachedByAGroupIsTheGroupsAgreement",
     "The guarantors of the process, Peru, Chile and Bolivia, rejected the plan. The agreement "
     "was formally reached by the three countries on Tuesday.",
     {"PER>CHL:05", "CHL>PER:05", "PER>BOL:05", "BOL>CHL:05"}},
    {"ACountedGroupWithAnOrganisationIsStillTheGroup",
     "Turkey and Greece held talks in Ankara. The two Nato allies have come to an agreement on "
     "several issues.",
     {"TUR>GRC:057", "GRC>TUR:057"}},
    {"FollowingSuitRepeatsThePreviousEvent",
     "Jordan has reopened its embassy in Damascus. Bahrain followed suit and other countries are "
     "expected to do the same.",
     {"JOR>SYR:054", "BHR>SYR:054"}},
    {"FollowingSuitLaterRepeatsNothing",
     "Jordan has reopened its embassy in Damascus. The weather was fine. Bahrain followed suit.",
     {"JOR>SYR:054"},
     {"BHR>SYR:054"}},
    {"TheTwoAreTheTwoCountriesOfTheSentenceBefore",
     "The Kenyan president flew to Addis Ababa to see Ethiopia's prime minister. The two "
     "neighbours signed an agreement on trade.",
     {"KENGOV>ETH:057", "ETH>KENGOV:057"}},
    {"AListAfterADashLeavesTheAgreementMutual",
     "Chile and Peru have come to an agreement on several issues that have divided them in "
     "recent years – chiefly, Peruvian support for Bolivian militias in Chile, and Chile’s "
     "two-year-long detention of a Peruvian citizen, the pastor Juan Perez.",
     {"CHL>PER:057", "PER>CHL:057"}},
    {"TheyAreTheGroupNamedBefore",
     "Japan and China sent envoys to Hanoi. They met in Hanoi on Friday.",
     {"JPN>CHN:04", "CHN>JPN:04"}},
    // 6. What an actor says it will do: CAMEO codes an announced or vowed attack as a threat
    // (13) and promised cooperation as an intent to cooperate (03).
    {"AnAnnouncedAttackIsAThreat",
     "Kenya will launch airstrikes on Somalia next week.",
     {"KEN>SOM:138"},
     {"KEN>SOM:19"}},
    {"AnAttackOneIsDeterminedToMakeIsAThreat",
     "Ghana is determined to invade Togo.",
     {"GHA>TGO:13"},
     {"GHA>TGO:19"}},
    // A threat to cut relations is a threat (131x); a promise to cut them is the cut itself.
    {"AThreatToCutRelationsIsAThreat",
     "Kenya threatened to withdraw its ambassador from Somalia.",
     {"KEN>SOM:1313"},
     {"KEN>SOM:16"}},
    {"AnInternationalMilitarisedGroupThreatens",
     "Al-Qaeda has threatened to deliver devastating blows to Kenya and Uganda.",
     {"IMGMUSALQ>KEN:13", "IMGMUSALQ>UGA:13"}},
    {"AThreatToRejectIsAThreat",
     "Kenya threatened to reject the Somali proposal.",
     {"KEN>SOM:130"},
     {"KEN>SOM:12"}},
    {"APromiseToCutRelationsIsTheCut",
     "Kenya vowed to withdraw its ambassador from Somalia.",
     {"KEN>SOM:161"},
     {"KEN>SOM:13"}},
    {"PromisedAidIsAnIntentToGiveAid",
     "Chile vowed to provide humanitarian aid to Peru.",
     {"CHL>PER:0333"},
     {"CHL>PER:07"}},
    {"APledgedMeetingIsAnIntentToMeet", "Ghana pledged to meet Togo in Accra.", {"GHA>TGO:036"}},
    {"AnOfferToReleaseIsAnIntentToYield",
     "Ghana offered to release the Togolese detainees.",
     {"GHA>TGOCVL:035"},
     {"GHA>TGOCVL:08"}},
    // "Forces" in a name is no verb "force"; an invitation is an intent to meet.
    {"AWordOfANameIsNoVerb",
     "Ghana invited two leaders of the Syrian Democratic Forces to Accra.",
     {"GHA>SYRREB:036"},
     {"GHA>SYRREB:17"}},
    {"PartiesAgreeingToActTogetherIntendToCooperate",
     "Chile and Peru have agreed to hold joint naval exercises next month.",
     {"CHL>PER:03", "PER>CHL:03"}},
    // A forecast by others is no threat by the one forecast to act.
    {"AnExpectedAttackIsNoThreat", "Ghana is expected to invade Togo.", {}, {"GHA>TGO:13"}},
    // Reported speech shifts "will" to "would": what the speaker says it would do is its own
    // intent; what it says another would do is not.
    {"WhatASpeakerSaysItWouldDoIsItsIntent",
     "Ghana said it would invade Togo.",
     {"GHA>TGO:13"},
     {"GHA>TGO:19"}},
    {"WhatASpeakerSaysAnotherWouldDoIsNoThreat",
     "Ghana said Togo would invade Benin.",
     {},
     {"TGO>BEN:13", "GHA>TGO:13", "GHA>BEN:13"}},
    // The object of a later clause with its own subject is not the first verb's target.
    {"ATargetInALaterClauseBelongsToThatClause",
     "Kenya insisted it would attack the rebels in Somalia.",
     {"KEN>SOMREB:13"},
     {"KEN>SOMREB:10"}},
    // 7. What a quotation says an actor must do is the speaker's demand.
    {"AQuotedMustIsTheSpeakersDemand",
     "“Kenya must withdraw its troops,” the Somali foreign minister said on Monday.",
     {"SOMGOV>KEN:10"}},
    // A quotation over several sentences has one speaker, named before or after it.
    {"AQuotationOverSentencesHasTheSpeakerNamedAfterIt",
     "“Somalia must respect the deal. It is a good deal,” the Kenyan foreign minister said.",
     {"KENGOV>SOM:10"}},
    {"AQuotationOverSentencesHasTheSpeakerNamedBeforeIt",
     "The Kenyan foreign minister said: “We are hopeful. The talks went well. Somalia must "
     "withdraw its troops.”",
     {"KENGOV>SOM:10"}},
    {"AnUnquotedMustHasNoSpeaker", "Kenya must withdraw its troops, analysts said.", {}, {}, true},
    {"AReportedMustIsTheReportersDemand",
     "Ghana said on Tuesday that Togo must hand over the suspects.",
     {"GHA>TGO:10"}},
    {"AMustReportedAsBeliefIsNoDemand",
     "Ghana believes that Togo must hand over the suspects.",
     {},
     {},
     true},
    // A command told to someone is a demand, whichever side of the quotation the speaker is.
    {"AQuotedCommandToldToSomeoneIsADemand",
     "“Don’t send troops to the border,” the Kenyan president told Somalia.",
     {"KENGOV>SOM:10"},
     {"KENGOV>SOM:01"}},
    {"ACommandAfterAColonIsADemand",
     "Kenya told Somalia: “Leave the border area now.”",
     {"KEN>SOM:10"}},
    {"AQuotedStatementToldToSomeoneStaysAStatement",
     "“We will leave the border area,” Kenya told Somalia.",
     {"KEN>SOM:01"},
     {"KEN>SOM:10"}},
    // Not acting on a request is refusing to yield to it (CAMEO 124), whoever reports it.
    {"NotActingOnARequestIsARefusalToYield",
     "Japan said it would not act on China’s request to close the port.",
     {"JPN>CHN:124"},
     {"JPN>CHN:080"}},
    // A claim that someone did wrong accuses them; a claim of anything else does not.
    {"AClaimOfAnAttackIsAnAccusation",
     "Ghana has claimed that Togo’s forces shelled the border villages in April.",
     {"GHA>TGOMIL:112"}},
    {"AClaimOfAnOrdinaryActIsNoAccusation",
     "Ghana claimed that Togo used the border crossing.",
     {},
     {"GHA>TGO:112"}},
    // Words that keep an actor out of an event.
    {"AVerbFormAfterWhoseIsANoun",
     "Ghana praised Togo, whose address from the Nigerian capital set the course.",
     {},
     {"TGO>NGA:01", "GHA>NGA:01"}},
    {"AidThatIsProhibitedIsNotGiven",
     "Kenya prohibited all aid to Somalia on Monday.",
     {"KEN>SOM:162"},
     {"KEN>SOM:07"}},
    {"AnActorAfterExceptIsLeftOut",
     "Ghana has trade ties with all its neighbours except Togo.",
     {},
     {"GHA>TGO:06"}},
    {"AnAirbaseNamedAfterAssadIsAPlaceInIraq",
     "Kenyan troops visited Ayn al-Assad on Monday.",
     {},
     {"KENMIL>SYRGOV:04"}},
    // "…, saying that …" after an act is that act's content, not a statement of its own.
    {"SayingAfterAnActIsItsContent",
     "Ghana hit back at Togo on Monday, saying that Togo had broken the deal.",
     {"GHA>TGO:111"},
     {"GHA>TGO:01"}},
    {"AnActAskedAboutIsNotDone",
     "Ghana hosted Togo’s leaders to discuss how to protect Benin from an attack.",
     {},
     {"GHA>BEN:07", "TGOGOV>BEN:07"}},
    // Positions, bases and camps of X stand for X, as parts do.
    {"PositionsOfAnActorStandForIt",
     "Kenyan tanks shelled the positions of the Somali army near the border.",
     {"KENMIL>SOMMIL:19"}},
    {"AnAttackThatHappenedStaysAnAttack",
     "Kenya launched airstrikes on Somalia last week.",
     {"KEN>SOM:19"},
     {"KEN>SOM:13"}},
    // A town an act of force or coercion is done to stands for its country (GDELT's and
    // Phoenix's convention); a state's own town makes a domestic event.
    {"ATownBombedIsItsCountry",
     "The talks failed on Monday. Kenyan jets bombed Kismayo on Tuesday.",
     {"KENMIL>SOM:19"}},
    {"ATownTheParserReadsAsANounThatTheVerbModifies",
     "The talks failed on Monday. Russian jets bombed Homs on Monday.",
     {"RUSMIL>SYR:19"}},
    {"AnAssaultOnATown",
     "The talks failed on Monday. Kenya launched an assault on Baidoa.",
     {"KEN>SOM:19"}},
    {"ACurfewInTheTownOfX",
     "The talks failed on Monday. Somali authorities imposed a curfew in the town of Baidoa.",
     {"SOMGOV>SOM:172"}},
    {"ATownIsNoTargetOfWords",
     "The talks failed on Monday. Kenya praised Kismayo and visited Baidoa.",
     {},
     {"KEN>SOM:05", "KEN>SOM:04"},
     true},
    {"ATownIsNoTargetOfAnArrest",
     "The talks failed on Monday. Kenyan police arrested Kismayo on Tuesday.",
     {},
     {"KENCOP>SOM:17"}},
    {"ATownHeadingAClauseIsNoTarget",
     "The talks failed on Monday. Kenyan jets bombed camps while Kismayo said it was safe.",
     {},
     {"KENMIL>SOM:19"}},
};

class SyntaxCoder : public ::testing::TestWithParam<Case> {};

bool has(const testing::Coded& c, const std::string& event) {
  const auto arrow = event.find('>'), colon = event.find(':');
  return c.has(event.substr(0, arrow), event.substr(arrow + 1, colon - arrow - 1),
               event.substr(colon + 1));
}

TEST_P(SyntaxCoder, CodesWhatTheSentenceSays) {
  const Case& test = GetParam();
  const auto c = testing::code(test.text);
  for (const auto& event : test.coded) EXPECT_TRUE(has(c, event)) << event << ":" << c.describe();
  for (const auto& event : test.absent) EXPECT_FALSE(has(c, event)) << event << ":" << c.describe();
  if (test.nothing_else) {
    EXPECT_TRUE(c.coded.events.empty()) << c.describe();
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, SyntaxCoder, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(SyntaxCoderPath, EventsSayHowTheirSourceWasFound) {
  const auto c = testing::code("Ireland condemned Iceland on Monday.");
  ASSERT_EQ(c.coded.events.size(), 1u) << c.describe();
  EXPECT_EQ(c.coded.events[0].path, "nsubj");
}

}  // namespace
}  // namespace dyad
