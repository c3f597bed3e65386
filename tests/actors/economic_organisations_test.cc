// Economic organisations whose names hold a capital or a title: the Paris Club is no France, the
// General Agreement on Tariffs and Trade no general.
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

}  // namespace
}  // namespace dyad
