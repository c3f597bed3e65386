// The event coder's sentence analysis, one behaviour per test, on sentences written for it.
#include <gtest/gtest.h>

#include "events/coded_sentence.h"
#include "pipeline/pipeline.h"
#include "segment/word_classes.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::code;

TEST(EventCoder, CompoundTargetsGiveOneEventEach) {
  const auto c = code("Iran called on Armenia and Azerbaijan to avoid renewed tensions.");
  EXPECT_NE(c.find("IRN", "ARM", "02"), nullptr);
  EXPECT_NE(c.find("IRN", "AZE", "02"), nullptr);
}

TEST(EventCoder, SourceIsTheSubjectNotAnObjectOfAPreposition) {
  const auto c = code("After talks with Russia, Turkey condemned Syria.");
  EXPECT_NE(c.find("TUR", "SYR", "111"), nullptr);
  EXPECT_EQ(c.find("RUS", "SYR", "111"), nullptr);
}

TEST(EventCoder, PassiveVoiceSwapsSourceAndTarget) {
  const auto c = code("Iran was condemned by Azerbaijan on Monday.");
  const Event* e = c.find("AZE", "IRN", "111");
  ASSERT_NE(e, nullptr) << ::testing::PrintToString(c.summary());
  EXPECT_TRUE(e->passive);
}

TEST(EventCoder, NegationAndRefusalAreNotCodedAsTheEvent) {
  EXPECT_TRUE(code("Azerbaijan did not condemn Iran.").summary().empty());
  EXPECT_TRUE(code("Azerbaijan refused to condemn Iran.").summary().empty());
  EXPECT_TRUE(code("Turkey never threatened Greece.").summary().empty());
}

// "unwilling to meet" refuses to meet (125, as "refused to meet"); "reluctant to" does not act
// yet, and refuses nothing either.
TEST(EventCoder, UnwillingIsARefusalAndReluctantNoAct) {
  const auto unwilling = code("Brazil was unwilling to meet Argentina's president.");
  EXPECT_NE(unwilling.find("BRA", "ARGGOV", "125"), nullptr)
      << ::testing::PrintToString(unwilling.summary());
  EXPECT_EQ(unwilling.find("BRA", "ARGGOV", "040"), nullptr);
  EXPECT_TRUE(code("Brazil is reluctant to meet Argentina's president.").summary().empty());
  EXPECT_TRUE(code("Brazil was unwilling to accept Argentina's proposal.").summary().empty());
}

TEST(EventCoder, ModalityMarksFutureAndHypotheticalEvents) {
  const auto will = code("Russia will condemn Ukraine.");
  ASSERT_FALSE(will.coded.events.empty());
  EXPECT_EQ(will.coded.events[0].modality, "future");
  const auto would = code("If talks fail, Russia would condemn Ukraine.");
  ASSERT_FALSE(would.coded.events.empty());
  EXPECT_EQ(would.coded.events[0].modality, "hypothetical");
  const auto did = code("Russia condemned Ukraine.");
  ASSERT_FALSE(did.coded.events.empty());
  EXPECT_EQ(did.coded.events[0].modality, "asserted");
}

TEST(EventCoder, AnActInAnAccusationOrClaimIsAlleged) {
  for (const char* text : {"Ghana's accusation that Togo attacked Benin is false.",
                           "Ghana repeated its claim that Togo attacked Benin.",
                           "A report that Togo attacked Benin was denied."}) {
    const auto c = code(text);
    const Event* attack = c.find("TGO", "BEN", "19");
    ASSERT_NE(attack, nullptr) << text << ::testing::PrintToString(c.summary());
    EXPECT_EQ(attack->modality, "alleged") << text;
  }
}

TEST(EventCoder, QuotedWeIsTheSpeaker) {
  const auto c =
      code("\"We strongly condemn Iran for the flight,\" Azerbaijan's Foreign Ministry said.");
  EXPECT_NE(c.find("AZEGOV", "IRN", "111"), nullptr) << ::testing::PrintToString(c.summary());
}

TEST(EventCoder, ReportedSpeechCodesTheEmbeddedEvent) {
  const auto c = code("Iran's foreign minister said Russia condemned Ukraine.");
  EXPECT_NE(c.find("RUS", "UKR", "111"), nullptr) << ::testing::PrintToString(c.summary());
}

TEST(EventCoder, EventNounsNeedAPossessorOrALightVerb) {
  EXPECT_NE(code("Iran held talks with Armenia.").find("IRN", "ARM", "04"), nullptr);
  EXPECT_NE(
      code("The Iranian foreign minister paid a visit to Azerbaijan.").find("IRNGOV", "AZE", "04"),
      nullptr);
  // A noun merely mentioned is not an event of the sentence's subject.
  EXPECT_EQ(
      code("Armenia warned of the possibility of an attack on Georgia.").find("ARM", "GEO", "19"),
      nullptr);
}

TEST(EventCoder, NoSelfEventsButDomesticSectorsAreFine) {
  EXPECT_TRUE(code("Iran praised Iran.").summary().empty());
  EXPECT_TRUE(code("The Iranian government praised Iran.").summary().empty());
}

// A capital named as the target of force or coercion is the city, a domestic event; named as
// the target of words it stands for the state itself.
TEST(EventCoder, ACapitalAsTheTargetOfForceIsTheCity) {
  EXPECT_NE(code("Afghan government troops shelled Kabul on Monday.").find("AFGMIL", "AFG", "19"),
            nullptr);
  EXPECT_NE(code("The Algerian president threatened to impose a curfew in Algiers.")
                .find("DZAGOV", "DZA", "13"),
            nullptr);
  EXPECT_TRUE(code("The Iranian government praised Tehran.").summary().empty());
}

// "French and Egyptian warships": two nationalities before one noun are two parties, however
// the parser hangs the "and" (here on the noun).
TEST(EventCoder, CoordinatedNationalitiesBeforeOneNounAreTwoParties) {
  const auto c = code("French and Egyptian warships launched joint exercises.");
  EXPECT_NE(c.find("FRA", "EGYMIL", "062"), nullptr) << ::testing::PrintToString(c.summary());
  EXPECT_NE(c.find("EGYMIL", "FRA", "062"), nullptr) << ::testing::PrintToString(c.summary());
}

TEST(EventCoder, TargetInsideAPossessiveMention) {
  const auto c = code("Turkey trained Azerbaijan's army.");
  EXPECT_NE(c.find("TUR", "AZEMIL", "07"), nullptr) << ::testing::PrintToString(c.summary());
}

TEST(EventCoder, OneEventPerDyadAndCodeInASentence) {
  const auto c = code(
      "Iran's foreign minister held talks with his Armenian counterpart and the Armenian "
      "prime minister.");
  EXPECT_EQ(c.summary().size(), 1u) << ::testing::PrintToString(c.summary());
}

TEST(EventCoder, EvidenceSpanCoversActorsAndEventWords) {
  const auto c = code("On Monday, Azerbaijan condemned Iran for the flight.");
  ASSERT_EQ(c.coded.events.size(), 1u);
  const Span span = c.coded.events[0].span;
  EXPECT_EQ(c.coded.article.text.substr(span.begin, span.end - span.begin),
            "Azerbaijan condemned Iran");
  EXPECT_EQ(c.coded.events[0].pattern->rule.rfind("data/events/11_disapprove.tsv:", 0), 0u);
}

TEST(WordClasses, UnknownClassNamesFileAndLine) {
  testing::TempDir dir;
  dir.write("grammar/word_classes.tsv",
            "# comment\nnegation\tnot never\twhy\nnegatoin\tno\ttypo\n");
  try {
    WordClasses classes(dir.path());
    FAIL() << "expected an error";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "data/grammar/word_classes.tsv:3: unknown word class 'negatoin'"),
              std::string::npos)
        << e.what();
  }
}

TEST(WordClasses, ShippedFileLoadsEveryClass) {
  const WordClasses classes(DYAD_DATA_DIR);
  EXPECT_TRUE(classes.of("not") & WordClasses::bit(WordClass::kNegation));
  EXPECT_TRUE(classes.of("held") & WordClasses::bit(WordClass::kLightVerb));
  EXPECT_EQ(classes.of("azerbaijan"), 0u);
}

}  // namespace
}  // namespace dyad
