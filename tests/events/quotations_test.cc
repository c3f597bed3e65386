// Who speaks a quotation that runs over several sentences (events/quotations.h): a quoted demand
// ("Somalia must withdraw") is its speaker's, wherever the speaker is named. Every text is
// written for its case.
#include <gtest/gtest.h>

#include "events/coded_sentence.h"

namespace dyad {
namespace {

TEST(Quotations, AQuotationReopenedInEachParagraphKeepsTheSpeakerNamedBeforeIt) {
  const auto c = testing::code(
      "The Kenyan foreign minister said: “We are hopeful. “The talks went well. “Somalia must "
      "withdraw its troops.” Officials in Nairobi agreed.");
  EXPECT_TRUE(c.has("KENGOV", "SOM", "10")) << c.describe();
}

TEST(Quotations, AQuotationReopenedInEachParagraphKeepsTheSpeakerNamedAfterIt) {
  const auto c = testing::code(
      "“Somalia must withdraw its troops. “The talks went well,” the Kenyan foreign minister "
      "said.");
  EXPECT_TRUE(c.has("KENGOV", "SOM", "10")) << c.describe();
}

TEST(Quotations, TheSpeakerMayBeNamedInTheSentenceAfterTheQuotation) {
  const auto c = testing::code(
      "“Somalia must withdraw its troops. Do it now!” The Kenyan foreign minister tweeted.");
  EXPECT_TRUE(c.has("KENGOV", "SOM", "10")) << c.describe();
  const auto verb_first = testing::code("“Somalia must withdraw its troops.” said Kenya.");
  EXPECT_TRUE(verb_first.has("KEN", "SOM", "10")) << verb_first.describe();
}

TEST(Quotations, ASentenceAfterTheQuotationThatSaysNothingNamesNoSpeaker) {
  const auto c =
      testing::code("“Somalia must withdraw its troops.” Kenya sent more soldiers to the border.");
  EXPECT_FALSE(c.has("KEN", "SOM", "10")) << c.describe();
  const auto reporting =
      testing::code("“Somalia must withdraw its troops.” Kenya told reporters that it would wait.");
  EXPECT_FALSE(reporting.has("KEN", "SOM", "10")) << reporting.describe();
}

TEST(Quotations, AQuotationOpenedInTheMiddleOfASentenceIsNoReopening) {
  // The first quotation is never closed; the second opens mid-sentence with its own speaker.
  const auto c = testing::code(
      "Kenya said: “We are hopeful. Ghana replied that “Somalia must withdraw its troops.”");
  EXPECT_TRUE(c.has("GHA", "SOM", "10")) << c.describe();
  EXPECT_FALSE(c.has("KEN", "SOM", "10")) << c.describe();
}

}  // namespace
}  // namespace dyad
