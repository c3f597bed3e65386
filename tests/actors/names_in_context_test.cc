// Names whose code depends on what stands around them: a surname the article gave to a person of
// its own (not the dictionary's namesake, data/actors/people.tsv), organisations whose names hold
// a capital or a title (the Paris Club is no France, the General Agreement on Tariffs and Trade
// no general), and a country's diplomats posted to an organisation.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "actors/analyze.h"

namespace dyad {
namespace {

using NameCase = testing::PhraseCodesCase;

const NameCase kCases[] = {
    // Jens Stoltenberg (NATO, 2014–2024) is in the dictionary; Gerhard Stoltenberg, West German
    // finance minister in 1987, is not.
    {"ASurnameTheArticleIntroducedIsItsOwnPerson",
     "West German Finance Minister Gerhard Stoltenberg met his French counterpart. "
     "Stoltenberg said the talks went well.",
     "1987-03-02",
     {{"West German Finance Minister Gerhard Stoltenberg", "DEUGOV"}, {"Stoltenberg", "DEUGOV"}}},
    {"ADictionarySurnameWithoutANamesakeIsTheDictionarysPerson",
     "The allies met in Brussels. Stoltenberg said the talks went well.",
     "2019-03-02",
     {{"Stoltenberg", "IGOWSTNAT"}}},
    {"TheParisClubIsTheCreditorsGroupNotFrance",
     "Nigeria reached an accord with the Paris Club of western creditor governments.",
     nullptr,
     {{"the Paris Club", "IGOBUSPRC"}, {"Paris", "<none>"}}},
    {"TheGeneralAgreementIsTheWorldTradeOrganisationsForerunner",
     "Chile filed a complaint with the General Agreement on Tariffs and Trade (GATT).",
     "1987-05-01",
     {{"the General Agreement on Tariffs and Trade", "IGOBUSWTO"}, {"GATT", "IGOBUSWTO"}}},
    {"ACountrysDiplomatPostedToAnOrganisationIsTheCountrys",
     "French UN ambassador Francois Delattre said the decision was grave. The Chinese UN envoy "
     "said nothing. The UN envoy met them.",
     nullptr,
     {{"French UN ambassador Francois Delattre", "FRAGOV"},
      {"The Chinese UN envoy", "CHNGOV"},
      {"The UN envoy", "IGOUNO"}}},
};

class NamesInContext : public ::testing::TestWithParam<NameCase> {};

TEST_P(NamesInContext, AreCodedAsTheirContextSays) {
  testing::expect_phrase_codes(GetParam());
}

INSTANTIATE_TEST_SUITE_P(Cases, NamesInContext, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace dyad
