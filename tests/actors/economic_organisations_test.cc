// Organisations whose names hold a capital or a title (the Paris Club is no France, the General
// Agreement on Tariffs and Trade no general), and a country's diplomats posted to one.
#include <gtest/gtest.h>

#include "actors/analyze.h"

namespace dyad {
namespace {

TEST(EconomicOrganisations, TheParisClubIsTheCreditorsGroupNotFrance) {
  const auto a = testing::analyze(
      "Nigeria reached an accord with the Paris Club of western creditor governments.");
  EXPECT_EQ(a.code_of("the Paris Club"), "IGOBUSPRC");
  EXPECT_EQ(a.code_of("Paris"), "<none>");
}

TEST(EconomicOrganisations, TheGeneralAgreementIsTheWorldTradeOrganisationsForerunner) {
  const auto a = testing::analyze(
      "Chile filed a complaint with the General Agreement on Tariffs and Trade (GATT).",
      "1987-05-01");
  EXPECT_EQ(a.code_of("the General Agreement on Tariffs and Trade"), "IGOBUSWTO");
  EXPECT_EQ(a.code_of("GATT"), "IGOBUSWTO");
}

TEST(EconomicOrganisations, ACountrysDiplomatPostedToAnOrganisationIsTheCountrys) {
  const auto a = testing::analyze(
      "French UN ambassador Francois Delattre said the decision was grave. The Chinese UN envoy "
      "said nothing. The UN envoy met them.");
  EXPECT_EQ(a.code_of("French UN ambassador Francois Delattre"), "FRAGOV");
  EXPECT_EQ(a.code_of("The Chinese UN envoy"), "CHNGOV");
  EXPECT_EQ(a.code_of("The UN envoy"), "IGOUNO");
}

}  // namespace
}  // namespace dyad
