// Who a group of people is: a country's ethnic group ("Bosnian Serbs" live in Bosnia), the
// leaders and elders of a people (not a government), settlers by the state that settles them,
// refugees by the country they flee, extremists by the country they are in, a human rights group
// with no country (an NGO), and an abbreviation the article defines in parentheses (not the
// dictionary's namesake).
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "actors/analyze.h"

namespace dyad {
namespace {

using GroupCase = testing::PhraseCodesCase;

const GroupCase kCases[] = {
    // A country's adjective before another country's people noun names that people's part
    // living in the first country: one actor, of the country they live in; a people, not the
    // state (civilians; its forces are rebels).
    {"ACountrysSerbsAreOneActorOfThatCountry",
     "Bosnian Serbs said their forces had left the town. Croatian Serb refugees returned home.",
     nullptr,
     {{"Bosnian Serbs", "BIHCVL"}, {"Croatian Serb refugees", "HRVREF"}, {"Serbs", "<none>"}}},
    {"ACountrysEthnicGroupBeforeAnOfficeIsThatCountrysOffice",
     "Kosovo Albanians boycotted the vote. Bosnian Croat forces shelled the village.",
     nullptr,
     {{"Kosovo Albanians", "KSVCVL"}, {"Bosnian Croat forces", "BIHREB"}}},
    // After a country's adjective, an adjective's demonym names citizens of the second country
    // by their origin, not an ethnic group of the first.
    {"OriginBeforeACitizenshipIsNoEthnicGroupOfTheOrigin",
     "Iranian Americans voted. Turkish Cypriots voted.",
     nullptr,
     {{"Iranian", "IRN"}, {"Americans", "USA"}, {"Turkish Cypriots", "CYP"}}},
    // Two countries' adjectives before a thing they share stay two actors.
    {"TwoCountriesAdjectivesBeforeASharedThingStayTwoActors",
     "Fighting broke out on the Syrian Turkish border. Russian Ukrainian talks resumed.",
     nullptr,
     {{"the Syrian", "SYR"}, {"Turkish", "TUR"}, {"Russian", "RUS"}, {"Ukrainian", "UKR"}}},
    // A people without a state of its own has no government: its leaders speak for the people
    // (civilians), not for the state.
    {"TheLeadersOfAPeopleAreNotTheGovernment",
     "A group of Yoruba leaders said they would forgive President Olusegun Obasanjo.",
     "2002-05-01",
     {{"Yoruba leaders", "NGACVL"}}},
    {"APeoplesEldersSpeakForThePeople",
     "Ibo traditional elders demanded control of the ministry. Afghan tribal elders met the "
     "governor.",
     nullptr,
     {{"Ibo traditional elders", "NGACVL"}, {"Afghan tribal elders", "AFGCVL"}}},
    {"AnExtremistOrganisationInACountryIsItsRadicals",
     "The government outlawed the largest extremist organization in Northern Ireland.",
     nullptr,
     {{"the largest extremist organization in Northern Ireland", "GBRRAD"}}},
    {"APeoplesOfficialsHoldAnOffice",
     "Kurdish officials asked for help. Agriculture Minister Mohammad Ibrahim Baluch said the "
     "crop was good.",
     nullptr,
     {{"Kurdish officials", "SYRGOV"}, {"Minister Mohammad Ibrahim Baluch", "PAKGOV"}}},
    {"APeoplesArmedMenAreStillRebels",
     "Kurdish fighters took the town.",
     nullptr,
     {{"Kurdish fighters", "SYRREB"}}},
    // Jewish settlers in the land Israel holds are Israel's; "Jewish" alone names no state.
    {"JewishSettlersAreIsraels",
     "Jewish settlers in the West Bank city of Hebron set fire to the offices. A Jewish settler "
     "leader spoke.",
     nullptr,
     {{"Jewish settlers", "ISR"}, {"A Jewish settler leader", "ISRCVL"}}},
    {"JewishAloneNamesNoState",
     "Jewish groups in London criticised the decision.",
     nullptr,
     {{"Jewish", "<none>"}}},
    // A human rights group that no country owns is a non-governmental organisation; with a
    // country, it is that country's.
    {"ARightsGroupWithoutACountryIsAnNgo",
     "Croatian authorities are failing refugees, a human rights group said. Rights groups "
     "protested.",
     nullptr,
     {{"Croatian authorities", "HRVGOV"},
      {"a human rights group", "NGOHRI"},
      {"Rights groups", "NGOHRI"}}},
    {"ACountrysRightsGroupIsThatCountrys",
     "An Egyptian rights group condemned the arrests.",
     nullptr,
     {{"An Egyptian rights group", "EGYHRI"}}},
    {"AWatchdogIsNotARightsGroup",
     "The watchdog said it would investigate.",
     nullptr,
     {{"The watchdog", "<none>"}}},
    // Refugees are the country they flee or come from.
    {"RefugeesFleeingAWarInACountryAreItsRefugees",
     "The UN will give food to refugees fleeing the civil war in Liberia. Turkey hosts refugees "
     "fleeing Syria. France accepted refugees from Egypt.",
     nullptr,
     {{"refugees fleeing the civil war in Liberia", "LBRREF"},
      {"refugees fleeing Syria", "SYRREF"},
      {"Egypt", "EGY"}}},
    // An institution is its seat's country; a state's troops or envoys are based abroad.
    {"AnInstitutionBasedInACountryIsItsCountrys",
     "A newspaper based in Christian east Beirut defied the ban. A charity based in London "
     "helped. An embassy based in Beirut closed.",
     nullptr,
     {{"A newspaper based in Christian east Beirut", "LBNMED"},
      {"A charity based in London", "GBRNGO"},
      {"Beirut", "LBN"}}},
    // An acronym in parentheses after a name is the name's abbreviation, not a person of the
    // dictionary with the same initials (AKK, Annegret Kramp-Karrenbauer).
    {"AnAbbreviationTheArticleDefinesIsNotAPerson",
     "Montenegro Municipality Association (AKK) officials demanded support from the Montenegro "
     "Assembly.",
     "2020-05-01",
     {{"Montenegro Municipality Association (AKK) officials", "MNEGOV"}, {"AKK", "<none>"}}},
    {"ThePersonsOwnAbbreviationIsThePerson",
     "Annegret Kramp-Karrenbauer (AKK) visited the troops. AKK said they were ready.",
     "2020-05-01",
     {{"Annegret Kramp-Karrenbauer", "DEUGOV"}, {"AKK", "DEUGOV"}}},
    {"TheEuropeanCommonMarketIsTheEec",
     "Denmark ended its dispute with its European common market partners. The Common Market "
     "agreed.",
     "1987-05-01",
     {{"its European common market", "IGOEEC"}, {"The Common Market", "IGOEEC"}}},
};

class GroupsOfPeople : public ::testing::TestWithParam<GroupCase> {};

TEST_P(GroupsOfPeople, AreCodedAsWhoTheyAre) {
  testing::expect_phrase_codes(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, GroupsOfPeople, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
