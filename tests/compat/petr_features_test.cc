// Features of the TABARI/PETRARCH verb dictionaries: "_" (words that follow each other),
// multi-word synonym-set phrases, TreeBank contractions ("DID N'T").
#include <gtest/gtest.h>

#include "compat/foreign_coding.h"
#include "compat/foreign_dictionaries.h"
#include "compat/foreign_phrases.h"
#include "events/patterns.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::code_with;

TEST(ForeignPhrases, ContractionsJoinTheWordBefore) {
  EXPECT_EQ(foreign::join_contractions("DID N'T"), "DIDN'T");
  EXPECT_EQ(foreign::join_contractions("WO_N'T * OVER"), "WON'T * OVER");
  EXPECT_EQ(foreign::join_contractions("REALLY DID NOT"), "REALLY DID NOT");
}

TEST(ForeignPhrases, UnderscoreJoinsAndSpacesJoinOnlyInPetrarchPhrases) {
  auto flags = [](const foreign::Run& run) {
    std::string out;
    for (const auto& w : run) out += (w.joined ? "_" : " ") + w.text;
    return out;
  };
  EXPECT_EQ(flags(foreign::phrase_words("ASSURANCES_ON &TIETYPES", false)),
            " assurances_on &tietypes");
  EXPECT_EQ(flags(foreign::phrase_words("AUSTRIAN GOLD FLORIN", true)), " austrian_gold_florin");
  // A "_" before a space is TABARI's whole-word mark, not a join.
  EXPECT_EQ(flags(foreign::phrase_words("SUGGESTED_ +", false)), " suggested +");
}

TEST(ForeignPhrases, EachLongerRunIsItsOwnPatternTheSingleWordsOneSet) {
  foreign::Slot verb{"*", {}, false};
  foreign::Slot money;
  money.runs = {{{"dollars", false}}, {{"euros", false}}, {{"swiss", false}, {"francs", true}}};
  money.adjacent = false;
  const auto patterns = foreign::spell_out({verb, money}, 64);
  ASSERT_EQ(patterns.size(), 2u);
  EXPECT_EQ(patterns[0][1].text, "[dollars|euros]");
  EXPECT_EQ(patterns[1][1].text, "swiss_francs");
  // Past the limit, each run keeps its first word.
  const auto shortened = foreign::spell_out({verb, money}, 1);
  ASSERT_EQ(shortened.size(), 1u);
  EXPECT_EQ(shortened[0][1].text, "[dollars|euros|swiss]");
}

TEST(PatternLanguage, UnderscoreMeansNoWordBetween) {
  PatternBook book;
  book.add("903", "{abandon} new_[economic|military]_relations $T*", "", "test:1");
  book.finish();
  const auto& elements = book.patterns().front().elements;
  ASSERT_EQ(elements.size(), 5u);
  EXPECT_FALSE(elements[1].adjacent);
  EXPECT_TRUE(elements[2].adjacent);
  EXPECT_TRUE(elements[3].adjacent);
  EXPECT_THROW(book.add("903", "{abandon} new_(economic)", "", "test:2"), std::runtime_error);
}

struct Petrarch {
  Petrarch() {
    dir.write("Mini.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\nELESSAR [ARN]\n");
    dir.write("Mini.agents.txt", "GOVERNMENT [~GOV]\nPRIME_MINISTER [~GOV]\n");
    dir.write("Mini.verbs.txt",
              "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n"
              "&TIETYPES\n+MILITARY\n+ECONOMIC\n"
              "&NEGAUX\n+DID N'T\n+REALLY DID NOT\n"
              "--- CONTRIBUTE [070] ---\nCONTRIBUTE\n- * &CURRENCY [071]\n"
              "--- ABANDON [345] ---\nABANDON\n- * NEW_&TIETYPES_RELATIONS [903]\n"
              "--- CLASH [223] ---\nCLASH\n- &NEGAUX * OVER EFFORTS [904]\n"
              "- * OVER EFFORTS [121]\n"
              "--- VISIT [042] ---\nVISIT\n--- BRIEF [025] ---\nBRIEF\n");
    auto loaded = load_foreign_dictionaries(find_foreign_dictionaries(dir.path()));
    EXPECT_TRUE(loaded.problems.empty());
    pipeline = std::make_unique<Pipeline>(DYAD_DATA_DIR, std::move(loaded.lexicon),
                                          std::move(loaded.patterns));
  }
  std::vector<std::string> code(const std::string& text) const {
    return code_with(*pipeline, text, "2020-01-01");
  }
  testing::TempDir dir;
  std::unique_ptr<Pipeline> pipeline;
};

TEST(PetrarchVerbs, SynonymSetPhrasesAreConsecutiveWords) {
  const Petrarch petrarch;
  EXPECT_EQ(petrarch.code("Arnor contributed swiss francs to Gondor."),
            (std::vector<std::string>{"ARN>GON:071"}));
  // "swiss … francs" with a word between is no phrase of the set: the verb's own code.
  EXPECT_EQ(petrarch.code("Arnor contributed swiss gold francs to Gondor."),
            (std::vector<std::string>{"ARN>GON:070"}));
}

TEST(PetrarchVerbs, UnderscoreInAPatternAllowsNoWordBetween) {
  const Petrarch petrarch;
  EXPECT_EQ(petrarch.code("Arnor abandoned new economic relations with Gondor."),
            (std::vector<std::string>{"ARN>GON:903"}));
  EXPECT_EQ(petrarch.code("Arnor abandoned new global economic relations with Gondor."),
            (std::vector<std::string>{"ARN>GON:345"}));
}

TEST(PetrarchVerbs, NegationWrittenInThePatternIsItsOwnEvent) {
  const Petrarch petrarch;
  EXPECT_EQ(petrarch.code("Arnor clashed over the efforts of Gondor."),
            (std::vector<std::string>{"ARN>GON:121"}));
  // TreeBank's "did n't" is our "didn't"; the plain pattern is negated and gives nothing.
  EXPECT_EQ(petrarch.code("Arnor didn't clash over the efforts of Gondor."),
            (std::vector<std::string>{"ARN>GON:904"}));
  EXPECT_EQ(petrarch.code("Arnor really did not clash over the efforts of Gondor."),
            (std::vector<std::string>{"ARN>GON:904"}));
}

// PETRARCH codes only what its parse calls a verb: a verb's word in a noun phrase with an
// article is a noun ("a visit") or its adjective ("a brief visit").
TEST(PetrarchVerbs, AWordAfterAnArticleIsNoVerb) {
  const Petrarch petrarch;
  EXPECT_EQ(petrarch.code("Arnor visited Gondor."), (std::vector<std::string>{"ARN>GON:042"}));
  EXPECT_EQ(petrarch.code("Arnor briefed Gondor."), (std::vector<std::string>{"ARN>GON:025"}));
  EXPECT_TRUE(petrarch.code("Arnor spoke during a brief private visit to Gondor.").empty());
}

// "ELESSAR [ARN]" names an Arnorian; right after an office of Arnor, the office holder.
TEST(PetrarchActors, ANameAfterAnOfficeOfItsCountryIsTheOfficeHolder) {
  const Petrarch petrarch;
  EXPECT_EQ(petrarch.code("Arnor Prime Minister Elessar visited Gondor."),
            (std::vector<std::string>{"ARNGOV>GON:042"}));
  EXPECT_EQ(petrarch.code("Elessar visited Gondor."), (std::vector<std::string>{"ARN>GON:042"}));
  // Without a name, the office alone.
  EXPECT_EQ(petrarch.code("The Arnor Prime Minister visited Gondor."),
            (std::vector<std::string>{"ARNGOV>GON:042"}));
}

}  // namespace
}  // namespace dyad
