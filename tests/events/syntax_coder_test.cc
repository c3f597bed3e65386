// Events read off the parse (issue 13): mutual events, brokers, nominal events, relative
// clauses, participles and passives, and actors referred to again as "it", "they" or a group.
// Every sentence is written for its test.
#include <gtest/gtest.h>

#include <algorithm>

#include "pipeline/pipeline.h"

namespace dyad {
namespace {

const Pipeline& pipeline() {
  static const Pipeline instance(DYAD_DATA_DIR);
  return instance;
}

struct Coded {
  AnalyzedDocument doc;
  bool has(const std::string& source, const std::string& target, const std::string& root) const {
    return std::any_of(doc.events.begin(), doc.events.end(), [&](const Event& e) {
      return doc.mentions[e.source].code == source && doc.mentions[e.target].code == target &&
             e.code().starts_with(root);
    });
  }
  std::string summary() const {
    std::string out;
    for (const auto& e : doc.events)
      out += " " + doc.mentions[e.source].code + ">" + doc.mentions[e.target].code + ":" +
             e.code() + " [" + e.path + "]";
    return out.empty() ? " (none)" : out;
  }
};

Coded code(const std::string& body) {
  Document doc;
  doc.id = "t";
  doc.text = "Headline For The Test\n\n" + body + "\n";
  return {pipeline().run(doc)};
}

// 1. Mutual and joint events: every direction between the parties.
TEST(SyntaxCoder, CompoundSubjectOfAMutualVerbGivesEveryDirection) {
  const auto c = code("Greece and Bulgaria met in Sofia on Tuesday.");
  EXPECT_TRUE(c.has("GRC", "BGR", "04")) << c.summary();
  EXPECT_TRUE(c.has("BGR", "GRC", "04")) << c.summary();
}

TEST(SyntaxCoder, PartiesInTalksAreMutual) {
  const auto c = code("Chile and Peru are in talks over the maritime border.");
  EXPECT_TRUE(c.has("CHL", "PER", "04")) << c.summary();
  EXPECT_TRUE(c.has("PER", "CHL", "04")) << c.summary();
}

TEST(SyntaxCoder, ADealBetweenTwoPartiesBindsBoth) {
  const auto c = code("Officials praised a deal between Ghana and Togo on fishing rights.");
  EXPECT_TRUE(c.has("GHA", "TGO", "05")) << c.summary();
  EXPECT_TRUE(c.has("TGO", "GHA", "05")) << c.summary();
}

TEST(SyntaxCoder, TalksBetweenSourceAndTargetHoldBothWays) {
  const auto c = code("Talks between Norway and Iceland ended without a result.");
  EXPECT_TRUE(c.has("NOR", "ISL", "04")) << c.summary();
  EXPECT_TRUE(c.has("ISL", "NOR", "04")) << c.summary();
}

TEST(SyntaxCoder, AMutualVerbWithItsOwnObjectIsNotMutual) {
  // "met" here takes an object: a demand meets a response, the countries do not meet.
  const auto c = code("The demand that Spain and Portugal pay met a cold response.");
  EXPECT_FALSE(c.has("ESP", "PRT", "04")) << c.summary();
}

TEST(SyntaxCoder, OneActorAloneIsNoMutualEvent) {
  const auto c = code("Hungary met in Vienna on Tuesday.");
  EXPECT_TRUE(c.doc.events.empty()) << c.summary();
}

// 2. Brokers: a truce brokered by two parties is a meeting of the brokers.
TEST(SyntaxCoder, PassiveParticipleTakesItsAgentAsSource) {
  const auto c = code("The talks ended after a truce brokered by Moscow and Ankara.");
  EXPECT_TRUE(c.has("RUS", "TUR", "04")) << c.summary();
  EXPECT_TRUE(c.has("TUR", "RUS", "04")) << c.summary();
}

// 3. Nominal events.
TEST(SyntaxCoder, TheParseFindsATargetTheWordsCannotReach) {
  // Seven words between "called" and "on Bolivia": beyond the word matcher's gaps.
  const auto c = code("Peru called on Monday and again on Friday on Bolivia to end the blockade.");
  EXPECT_TRUE(c.has("PER", "BOL", "02")) << c.summary();
}

TEST(SyntaxCoder, CountryModifiersOfAnEventNounAreItsSources) {
  const auto c = code("Danish and Dutch airstrikes on Libya began at dawn.");
  EXPECT_TRUE(c.has("DNK", "LBY", "19")) << c.summary();
  EXPECT_TRUE(c.has("NLD", "LBY", "19")) << c.summary();
}

TEST(SyntaxCoder, AnEventNounOnlyMentionedHasNoSource) {
  const auto c = code("Analysts discussed the possibility of an attack on Estonia.");
  EXPECT_TRUE(c.doc.events.empty()) << c.summary();
}

// 4. Relative clauses, participles, passives.
TEST(SyntaxCoder, RelativeClauseSubjectIsTheNounItDescribes) {
  const auto c = code("Officials welcomed Qatar, which has condemned Bahrain for the raid.");
  EXPECT_TRUE(c.has("QAT", "BHR", "11")) << c.summary();
}

TEST(SyntaxCoder, ParticipleAfterTheClauseSharesItsSubject) {
  const auto c = code("Kenya withdrew its envoy on Monday, accusing Uganda of arming rebels.");
  EXPECT_TRUE(c.has("KEN", "UGA", "112")) << c.summary();
}

TEST(SyntaxCoder, AStatementPublishedSpeaksForItsAuthor) {
  const auto c = code("Serbia published a statement accusing Croatia of provocations.");
  EXPECT_TRUE(c.has("SRB", "HRV", "112")) << c.summary();
}

TEST(SyntaxCoder, PassiveWithAgentReversesTheVerbObjectPattern) {
  const auto c = code("Mali was condemned by Niger on Monday.");
  EXPECT_TRUE(c.has("NER", "MLI", "11")) << c.summary();
  EXPECT_FALSE(c.has("MLI", "NER", "11")) << c.summary();
}

TEST(SyntaxCoder, ASubjectThatIsNoActorGivesNoEvent) {
  // The window coder took the nearest actor before the verb ("Chad"); the parse knows the
  // subject is "the report".
  const auto c = code("After a visit to Chad, the report condemned Sudan.");
  EXPECT_FALSE(c.has("TCD", "SDN", "11")) << c.summary();
}

TEST(SyntaxCoder, ListOfTargetsFollowsTheParse) {
  const auto c = code("Canada condemned Spain, Italy, Greece and their allies.");
  for (const char* target : {"ESP", "ITA", "GRC"})
    EXPECT_TRUE(c.has("CAN", target, "11")) << target << c.summary();
}

TEST(SyntaxCoder, APurposeInfinitiveBelongsToTheMainSubject) {
  // The ministers, not Russia, pledge support; the words alone took the nearest actor.
  const auto c = code(
      "Russia bombed the town, as foreign ministers met in Brussels to support Jordan and Chad.");
  EXPECT_FALSE(c.has("RUS", "JOR", "05")) << c.summary();
  EXPECT_FALSE(c.has("RUS", "TCD", "05")) << c.summary();
}

TEST(SyntaxCoder, APhrasalVerbsParticleIsNotTheVerb) {
  // "take back" is not "back" (to endorse).
  const auto c = code("France is ready to take back its citizens, but Britain refuses.");
  EXPECT_FALSE(c.has("FRA", "GBR", "05")) << c.summary();
}

// 5. "it", "they" and groups refer back.
TEST(SyntaxCoder, ItInAReportedClauseIsTheReporter) {
  const auto c = code("Ethiopia said it would condemn Eritrea at the summit.");
  EXPECT_TRUE(c.has("ETH", "ERI", "11")) << c.summary();
}

TEST(SyntaxCoder, TheTwoCountriesAreTheGroupNamedBefore) {
  const auto c = code(
      "Armenia and Georgia opened a new border crossing. The two countries signed an agreement "
      "on trade.");
  EXPECT_TRUE(c.has("ARM", "GEO", "057")) << c.summary();
  EXPECT_TRUE(c.has("GEO", "ARM", "057")) << c.summary();
}

TEST(SyntaxCoder, TheyAreTheGroupNamedBefore) {
  const auto c = code("Japan and China sent envoys to Hanoi. They met in Hanoi on Friday.");
  EXPECT_TRUE(c.has("JPN", "CHN", "04")) << c.summary();
  EXPECT_TRUE(c.has("CHN", "JPN", "04")) << c.summary();
}

TEST(SyntaxCoder, EventsSayHowTheirSourceWasFound) {
  const auto c = code("Ireland condemned Iceland on Monday.");
  ASSERT_EQ(c.doc.events.size(), 1u) << c.summary();
  EXPECT_EQ(c.doc.events[0].path, "nsubj");
}

}  // namespace
}  // namespace dyad
