// Features of the TABARI/PETRARCH verb dictionaries: "_" (words that follow each other),
// multi-word synonym-set phrases, TreeBank contractions ("DID N'T").
#include <gtest/gtest.h>

#include "compat/foreign_coding.h"
#include "compat/foreign_dictionaries.h"
#include "compat/foreign_phrases.h"
#include "compat/validation_suites.h"
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
    dir.write("Mini.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\nELESSAR [ARN]\nROHAN [ROH]\n");
    dir.write("Mini.agents.txt",
              "GOVERNMENT [~GOV]\nPRIME_MINISTER [~GOV]\nDIPLOMAT [~GOV]\nMSF {} [NGO~]\n");
    dir.write("Mini.verbs.txt",
              "&CURRENCY\n+DOLLARS\n+SWISS FRANCS\n"
              "&TIETYPES\n+MILITARY\n+ECONOMIC\n"
              "&NEGAUX\n+DID N'T\n+REALLY DID NOT\n"
              "--- CONTRIBUTE [070] ---\nCONTRIBUTE\n- * &CURRENCY [071]\n"
              "--- ABANDON [345] ---\nABANDON\n- * NEW_&TIETYPES_RELATIONS [903]\n"
              "--- CLASH [223] ---\nCLASH\n- &NEGAUX * OVER EFFORTS [904]\n"
              "- * OVER EFFORTS [121]\n"
              "--- VISIT [042] ---\nVISIT\n--- BRIEF [025] ---\nBRIEF\n"
              "--- MARCH [181] ---\nMARCH\n--- CLOSE [---] ---\nCLOSE\n- * BORDER [192]\n"
              "--- CONDEMN [111] ---\nCONDEMN\n"
              "--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR IN ^ + [045]\n"
              "--- WARN [160] ---\nWARN\n- * AT ^ + [162]\n");
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

// Each sentence, then the events the mini dictionaries above must give it ("|" between).
const char* const kCases[][2] = {
    // A synonym-set phrase of several words; PETRARCH's are consecutive words, so with a word
    // between it is none and the verb's own code stands.
    {"Arnor contributed swiss francs to Gondor.", "ARN>GON:071"},
    {"Arnor contributed swiss gold francs to Gondor.", "ARN>GON:070"},
    // "_" in a pattern allows no word between.
    {"Arnor abandoned new economic relations with Gondor.", "ARN>GON:903"},
    {"Arnor abandoned new global economic relations with Gondor.", "ARN>GON:345"},
    // TreeBank's "did n't" is our "didn't"; the plain pattern is negated.
    {"Arnor clashed over the efforts of Gondor.", "ARN>GON:121"},
    {"Arnor didn't clash over the efforts of Gondor.", "ARN>GON:904"},
    {"Arnor really did not clash over the efforts of Gondor.", "ARN>GON:904"},
    // PETRARCH codes only what its parse calls a verb: a noun with an article, and its
    // adjective, are none.
    {"Arnor visited Gondor.", "ARN>GON:042"},
    {"Arnor briefed Gondor.", "ARN>GON:025"},
    {"Arnor spoke during a brief private visit to Gondor.", ""},
    // Nor is one an adverb of degree modifies.
    {"Arnor closed the border with Gondor.", "ARN>GON:192"},
    {"Arnor marched very close to the border with Gondor.", "ARN>GON:181"},
    // "ELESSAR [ARN]" names an Arnorian; right after an office of Arnor, the office holder.
    {"Arnor Prime Minister Elessar visited Gondor.", "ARNGOV>GON:042"},
    {"Elessar visited Gondor.", "ARN>GON:042"},
    {"The Arnor Prime Minister visited Gondor.", "ARNGOV>GON:042"},
    // "[NGO~]": the agent is written before the country, beside any other agent.
    {"MSF Arnor condemned Gondor.", "NGOARN>GON:111"},
    {"An MSF Arnor diplomat condemned Gondor.", "NGOARNGOV>GON:111"},
    // An office after its country, past "former": an elite (ELI).
    {"Arnor former diplomats condemned Gondor.", "ARNELI>GON:111"},
    // "^" skips the actor that is there; without one, the pattern goes on.
    {"Arnor celebrated Iftar in Rohan with Gondor.", "ARN>GON:045"},
    {"Arnor celebrated Iftar in Gondor.", "ARN>GON:045"},
    // An "of" after the actor "^" steps over begins the target the pattern asks for.
    {"Arnor warned at Rohan of Gondor.", "ARN>GON:162"},
};

TEST(PetrarchDictionaries, PhrasesNegationNounsAndOfficeHolders) {
  const Petrarch petrarch;
  for (const auto& [sentence, expected] : kCases) {
    std::string events;
    for (const auto& event : petrarch.code(sentence)) events += (events.empty() ? "" : "|") + event;
    EXPECT_EQ(events, expected) << sentence;
  }
}

// The suites join a name's words with "_" as their dictionaries do: in a record's text, words.
TEST(ValidationSuiteRecords, UnderscoresBetweenLettersAreSpaces) {
  testing::TempDir dir;
  dir.write("Mini.records.xml",
            "<Validation><Sentences><Sentence date=\"19950101\" id=\"T-1\">"
            "<Text>Ithilen warned of the Prince of Dol_Amroth (code _X_).</Text>"
            "</Sentence></Sentences></Validation>");
  const auto suite = read_validation_suite(dir.path() / "Mini.records.xml");
  ASSERT_EQ(suite.records.size(), 1u);
  EXPECT_EQ(suite.records[0].text, "Ithilen warned of the Prince of Dol Amroth (code _X_).");
}

}  // namespace
}  // namespace dyad
