// Discards (events/discards.h): phrases that keep a sentence, or an article, out of event coding.
#include "events/discards.h"

#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

std::string found(const DiscardList& list, std::string_view text) {
  const DiscardPhrase* phrase = list.find(text);
  return phrase ? phrase->phrase : "";
}

TEST(DiscardList, MatchesWholeWordsInAnyCaseAcrossRunsOfSpace) {
  DiscardList list;
  list.add("World  Cup", false, false, "t:1");
  EXPECT_EQ(found(list, "They met at the world\n cup final."), "WORLD CUP");
  EXPECT_EQ(found(list, "(World Cup)"), "WORLD CUP");
  EXPECT_EQ(found(list, "The World Cups were held."), "");  // a whole last word
  EXPECT_EQ(found(list, "The Underworld Cup."), "");        // from a word's start only
  EXPECT_EQ(found(list, "The world cooperated."), "");
}

TEST(DiscardList, AStemMatchesLongerWordsAndKeepsItsScopeAndRule) {
  DiscardList list;
  list.add("baseball", true, true, "Tiny.discards:4");
  list.add("F1", false, false, "Tiny.discards:5");
  const DiscardPhrase* phrase = list.find("Two baseballs were thrown.");
  ASSERT_NE(phrase, nullptr);
  EXPECT_TRUE(phrase->story);
  EXPECT_EQ(phrase->rule, "Tiny.discards:4");
  EXPECT_EQ(found(list, "An F1 race."), "F1");
  EXPECT_EQ(found(list, "An F16 fighter."), "");  // a short phrase is still a whole word
  EXPECT_EQ(found(list, "An F1."), "F1");
}

TEST(DiscardList, APhraseMustStartWithAWord) {
  DiscardList list;
  EXPECT_THROW(list.add("  ", false, false, "t:1"), std::runtime_error);
  EXPECT_THROW(list.add("- cup", false, false, "t:2"), std::runtime_error);
  EXPECT_TRUE(list.empty());
}

// dyad's own list (data/events/discards.tsv): sports results name countries and verbs of force.
TEST(Discards, ASportsResultGivesNoEventAndTheTraceSaysWhy) {
  const std::string sports = "France beat Germany 2-1 in the World Cup semi-final on Tuesday.";
  const std::string attack = "France attacked Germany on Tuesday.";
  const auto coded = testing::code(sports + " " + attack);
  EXPECT_EQ(coded.summary(), (std::vector<std::string>{"FRA>DEU:190"})) << coded.describe();

  Document doc;
  doc.id = "t";
  doc.text = "Headline For The Test\n\n" + sports + "\n";
  const auto traced = testing::shared_pipeline().run(doc, {.trace = true});
  EXPECT_TRUE(traced.events.empty());
  bool explained = false;
  for (const auto& t : traced.trace)
    explained |= t.verdict.starts_with("discarded: the sentence names 'WORLD CUP' (data/events/");
  EXPECT_TRUE(explained);
}

TEST(Discards, ADiplomaticRowOverASportsEventIsStillCoded) {
  // Only names of competitions are discards: the Olympics are not.
  const auto coded = testing::code("Canada condemned China over the Winter Olympics.");
  EXPECT_TRUE(coded.has("CAN", "CHN", "11")) << coded.describe();
}

}  // namespace
}  // namespace dyad
