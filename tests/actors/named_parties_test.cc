// Named parties and movements (data/actors/parties.tsv), regional organisations and UN missions
// (international.tsv), and the UN's organs named bare (src/actors/un_organs.h).
#include <gtest/gtest.h>

#include <string>

#include "actors/analyze.h"
#include "actors/un_organs.h"

namespace dyad {
namespace {

TEST(NamedParties, APartyIsItsCountrysParty) {
  const auto a = testing::analyze(
      "Fatah accused Hamas of a coup. The ANC won the vote. Likud left the coalition talks.");
  EXPECT_EQ(a.code_of("Fatah"), "PSEPTY");
  EXPECT_EQ(a.code_of("The ANC"), "ZAFPTY");
  EXPECT_EQ(a.code_of("Likud"), "ISRPTY");
}

TEST(NamedParties, TheWordPartyAfterTheNameStaysTheParty) {
  const auto a = testing::analyze("Activists of the Fatah Party marched in Ramallah.");
  EXPECT_EQ(a.code_of("Activists of the Fatah Party"), "PSEPTY");
}

TEST(NamedParties, AMovementOfOppositionIsOPP) {
  const auto a = testing::analyze("The Kifaya movement called a rally in Cairo.");
  EXPECT_EQ(a.code_of("The Kifaya"), "EGYOPP");
}

TEST(NamedParties, ANameSeveralCountriesShareIsNotListed) {
  // "Labour Party" names parties of Britain, Israel, New Zealand...: only its country decides.
  const auto a =
      testing::analyze("The Labour Party criticised the plan. Britain's Labour Party agreed.");
  EXPECT_EQ(a.code_of("The Labour Party"), "<none>");
  EXPECT_EQ(a.code_of("Britain's Labour Party"), "GBRPTY");
}

TEST(NamedParties, ArmedFactionsOfACivilWarAreRebels) {
  const auto a = testing::analyze("The NPFL shelled Monrovia. The RUF freed the hostages.");
  EXPECT_EQ(a.code_of("The NPFL"), "LBRREB");
  EXPECT_EQ(a.code_of("The RUF"), "SLEREB");
}

TEST(InternationalOrganisations, RegionalBodiesAndUnMissions) {
  const auto a = testing::analyze(
      "APEC leaders met in Bangkok. UNAMSIL troops patrolled Freetown. The ICTY indicted him.");
  EXPECT_EQ(a.code_of("APEC leaders"), "IGOASAAPE");
  EXPECT_EQ(a.code_of("UNAMSIL troops"), "IGOUNO");
  EXPECT_EQ(a.code_of("The ICTY"), "IGOUNOJUD");
}

TEST(UnOrgans, TheSecurityCouncilNamedBareIsTheUnitedNations) {
  const auto a = testing::analyze("The Security Council extended the mandate of the force.");
  EXPECT_EQ(a.code_of("The Security Council"), "IGOUNO");
}

TEST(UnOrgans, ANationalCouncilNamedBeforeIsReferredBack) {
  const auto a = testing::analyze(
      "Armenia's Security Council met on Monday. The Security Council said the border was calm.");
  EXPECT_EQ(a.code_of("The Security Council"), "ARMGOV");
}

TEST(UnOrgans, InLowerCaseOrAfterANameItIsNoUnOrgan) {
  const auto a = testing::analyze(
      "The security council met in secret. The Virginia General Assembly passed the bill.");
  EXPECT_EQ(a.code_of("The security council"), "<none>");
  EXPECT_EQ(a.code_of("General Assembly"), "<none>");
}

TEST(UnOrgans, OnlyTheOrgansBareNames) {
  EXPECT_TRUE(names_un_organ("the Security Council"));
  EXPECT_TRUE(names_un_organ("a Security Council"));
  EXPECT_TRUE(names_un_organ("The General Assembly"));
  EXPECT_FALSE(names_un_organ("the security council"));
  EXPECT_FALSE(names_un_organ("the National Security Council"));
  EXPECT_FALSE(names_un_organ("Security Council secretary"));
}

TEST(People, OfficesOfTheArticlesDate) {
  EXPECT_EQ(testing::analyze("Ouattara met the envoy.", "2015-05-01").code_of("Ouattara"), "CIVGOV");
  EXPECT_EQ(testing::analyze("Ouattara met the envoy.", "1992-05-01").code_of("Ouattara"), "CIVGOV");
  EXPECT_EQ(testing::analyze("Ouattara met the envoy.", "2000-05-01").code_of("Ouattara"), "CIVELI");
  EXPECT_EQ(testing::analyze("Vice-President Moody Awori spoke.", "2005-05-01")
                .code_of("Moody Awori"),
            "KENGOV");
  EXPECT_EQ(testing::analyze("Archbishop Desmond Tutu spoke.", "1990-05-01")
                .codes_of("Archbishop Desmond Tutu").size() +
                testing::analyze("Archbishop Desmond Tutu spoke.", "1990-05-01")
                    .codes_of("Desmond Tutu")
                    .size(),
            1U);
}

// "the government of Nouri al-Maliki" is Iraq's government; so with the person's title between.
TEST(People, ABodyOfATitledPersonIsThePersonsCountrys) {
  const auto a = testing::analyze(
      "The military government of President Prosper Avril declared a curfew.", "2000-01-01");
  EXPECT_EQ(a.code_of("The military government of President Prosper Avril"), "HTIGOV");
  const auto b = testing::analyze("The government of Prosper Avril fell.", "2000-01-01");
  EXPECT_EQ(b.code_of("The government of Prosper Avril"), "HTIGOV");
  // Without the body, the person alone: out of office in 2000, an elite.
  const auto c = testing::analyze("President Prosper Avril spoke.", "2000-01-01");
  EXPECT_EQ(c.code_of("President Prosper Avril"), "HTIELI");
}

// The name in apposition after "a member of" a body is one of the body's people.
TEST(People, ANameAfterAMemberOfABodyIsTheBodys) {
  const auto a = testing::analyze(
      "A member of the Jordanian parliament, Khalil Attiyeh, resigned on Monday.");
  EXPECT_EQ(a.code_of("Khalil Attiyeh"), "JORLEG");
  // Many members, or a thing "of" the body, name no one person.
  const auto b = testing::analyze(
      "Members of the Jordanian parliament, Khalil Attiyeh said, resigned. A session of the "
      "Jordanian parliament, Amman Radio said, was held.");
  EXPECT_EQ(b.code_of("Khalil Attiyeh"), "<none>");
  EXPECT_EQ(b.code_of("Amman Radio"), "<none>");
}

}  // namespace
}  // namespace dyad
