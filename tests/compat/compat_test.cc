// TABARI/PETRARCH dictionaries and the peers' validation suites.
#include <gtest/gtest.h>

#include "compat/foreign_coding.h"
#include "compat/foreign_dictionaries.h"
#include "pipeline/pipeline.h"
#include "pipeline/validate.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

// Raise these as the coder improves; never lower them (docs/accuracy.md).
constexpr double kPetrarchPassFloor = 0.795;
constexpr double kTabariPassFloor = 0.46;

testing::TempDir& tiny_dictionaries() {
  static testing::TempDir dir;
  static bool written = false;
  if (!written) {
    dir.write("Tiny.actors",
              "ARNOR_  [ARN] ; a country\n"
              "GONDOR  [GON]\n"
              "+MINAS_TIRITH\n"
              "ELESSAR  [ARNGOV >19950101] [ARNREB]\n"
              "BOROMIR  [---]\n"
              "BROKEN [ARN 99999999]\n"
              "<! -- a hand-typed comment, not a <SECTION> -->\n"
              "FARAMIR [GON]\n"
              "ROHAN [ROH]\n");
    dir.write("Tiny.agents", "MINISTER_ [~GOV]\nSOLDIER [~MIL]\nBROKEN_AGENT [GOV]\n");
    dir.write("Tiny.verbs",
              "&TIES\n+MILITARY\n+ECONOMIC\n"
              "CONDEMN  [111]\n"
              "RESTORE  [---]\n"
              "- * &TIES TIES [064]\n"
              "RENEW  [---]\n"
              "- % * DIPLOMATIC [064]\n"
              "POSTPONE  [---]\n"
              "- % * [191]\n"
              "LEAVE {LEFT LEAVES LEAVING}  [---]\n"
              "- * FOR + [032:033]\n"
              "- * NOWHERE\n"  // line 13
              "CELEBRATE  [181]\n"
              "- * EID AT ^ WITH + [043]\n"
              "CLASH  [223]\n"
              "- * OVER EFFORTS [121]\n");
    written = true;
  }
  return dir;
}

struct Tiny {
  ForeignDictionaries loaded =
      load_foreign_dictionaries(find_foreign_dictionaries(tiny_dictionaries().path()));
};

using testing::code_with;

TEST(ForeignDictionaries, MalformedLinesAreReportedWithFileAndLineAndSkipped) {
  Tiny tiny;
  std::vector<std::string> where;
  for (const auto& p : tiny.loaded.problems) where.push_back(p.location + " " + p.message);
  ASSERT_EQ(where.size(), 3u) << ::testing::PrintToString(where);
  EXPECT_NE(where[0].find("Tiny.actors:6 cannot read code block '[ARN 99999999]'"),
            std::string::npos)
      << where[0];
  EXPECT_NE(where[1].find("Tiny.agents:3 agent code must be"), std::string::npos) << where[1];
  EXPECT_NE(where[2].find("Tiny.verbs:13 pattern without a [code]"), std::string::npos) << where[2];
  EXPECT_GE(tiny.loaded.verb_patterns, 3u);
}

TEST(ForeignDictionaries, CodeWithTabariVerbsSynsetsPairedCodesAndDatedActors) {
  Tiny tiny;
  const Pipeline pipeline(DYAD_DATA_DIR, std::move(tiny.loaded.lexicon),
                          std::move(tiny.loaded.patterns));
  EXPECT_EQ(code_with(pipeline, "Arnor condemned Gondor on Monday.", "1996-01-01"),
            (std::vector<std::string>{"ARN>GON:111"}));
  // The target comes after the pattern's words, any distance away in the clause.
  EXPECT_EQ(
      code_with(pipeline, "Arnor restored economic ties on Monday with Gondor.", "1996-01-01"),
      (std::vector<std::string>{"ARN>GON:064"}));
  // Paired codes: a visit (032) and receiving it (033); irregular forms from { }.
  EXPECT_EQ(code_with(pipeline, "Arnor left for Minas Tirith.", "1996-01-01"),
            (std::vector<std::string>{"ARN>GON:032", "GON>ARN:033"}));
  // "%" before the verb: a compound subject whose members act on each other.
  EXPECT_EQ(
      code_with(pipeline, "Arnor and Gondor renewed diplomatic ties on Monday.", "1996-01-01"),
      (std::vector<std::string>{"ARN>GON:064", "GON>ARN:064"}));
  EXPECT_TRUE(
      code_with(pipeline, "Arnor renewed diplomatic ties on Monday.", "1996-01-01").empty());
  // Their own meeting is no object that breaks the compound apart; another thing is.
  EXPECT_EQ(code_with(pipeline, "Arnor and Gondor postponed their meeting.", "1996-01-01"),
            (std::vector<std::string>{"ARN>GON:191", "GON>ARN:191"}));
  EXPECT_TRUE(
      code_with(pipeline, "Arnor and Gondor postponed the election.", "1996-01-01").empty());
  // "^" steps over an actor that is no party; the bare verb's code and target give way to the
  // longer pattern that read the same verb.
  EXPECT_EQ(code_with(pipeline, "Arnor celebrated Eid at Rohan with Gondor.", "1996-01-01"),
            (std::vector<std::string>{"ARN>GON:043"}));
  EXPECT_EQ(code_with(pipeline, "Arnor celebrated with Rohan.", "1996-01-01"),
            (std::vector<std::string>{"ARN>ROH:181"}));
  // The target after a noun of the pattern may be that noun's "of" complement.
  EXPECT_EQ(code_with(pipeline, "Arnor clashed over the efforts of Gondor.", "1996-01-01"),
            (std::vector<std::string>{"ARN>GON:121"}));
  // Date-restricted codes: Elessar is ARNGOV from 1995 on, ARNREB before.
  EXPECT_EQ(code_with(pipeline, "Elessar condemned Gondor.", "1996-01-01"),
            (std::vector<std::string>{"ARNGOV>GON:111"}));
  EXPECT_EQ(code_with(pipeline, "Elessar condemned Gondor.", "1990-01-01"),
            (std::vector<std::string>{"ARNREB>GON:111"}));
  // A [---] name is known and never coded; agents attach to their country.
  EXPECT_TRUE(code_with(pipeline, "Boromir condemned Gondor.", "1996-01-01").empty());
  // Names after a "<! --" comment are still read (PETRARCH's validation actors have one).
  EXPECT_EQ(code_with(pipeline, "Faramir condemned Arnor.", "1996-01-01"),
            (std::vector<std::string>{"GON>ARN:111"}));
  EXPECT_EQ(code_with(pipeline, "The Arnor minister condemned Gondor.", "1996-01-01"),
            (std::vector<std::string>{"ARNGOV>GON:111"}));
}

TEST(ForeignDictionaries, PetrarchActorPhrasesAreWholeWordsTabariPhrasesStems) {
  testing::TempDir petrarch;
  petrarch.write("Mini.actors.txt", "THE_AU [IGOAFR]\nAUSTRALIA [AUS]\n+AUSTRALIAN\n");
  petrarch.write("Mini.agents.txt", "GOVERNMENT [~GOV]\n");
  petrarch.write("Mini.verbs.txt", "CONDEMN  [111]\n");
  auto loaded = load_foreign_dictionaries(find_foreign_dictionaries(petrarch.path()));
  const Pipeline pipeline(DYAD_DATA_DIR, std::move(loaded.lexicon), std::move(loaded.patterns));
  EXPECT_EQ(code_with(pipeline, "The Australian government condemned the AU.", "2020-01-01"),
            (std::vector<std::string>{"AUSGOV>IGOAFR:111"}));
  // TABARI's "GONDOR" (no final "_") is a stem: "Gondorian" is Gondor too.
  Tiny tiny;
  const Pipeline tabari(DYAD_DATA_DIR, std::move(tiny.loaded.lexicon),
                        std::move(tiny.loaded.patterns));
  EXPECT_EQ(code_with(tabari, "Gondorian troops condemned Arnor.", "1996-01-01"),
            (std::vector<std::string>{"GON>ARN:111"}));
}

// PETRARCH's discard list: "+" discards the whole story, "_" ends a whole word, else a stem.
TEST(ForeignDictionaries, PetrarchDiscardsDropASentenceOrTheWholeStory) {
  testing::TempDir petrarch;
  petrarch.write("Mini.actors.txt", "ARNOR [ARN]\nGONDOR [GON]\n");
  petrarch.write("Mini.agents.txt", "GOVERNMENT [~GOV]\n");
  petrarch.write("Mini.verbs.txt", "CONDEMN  [111]\n");
  petrarch.write("Mini.discards.txt", "# sports\nBASEBALL  # a stem\n+TYPHOON\nGOLF_\n");
  auto loaded = load_foreign_dictionaries(find_foreign_dictionaries(petrarch.path()));
  EXPECT_EQ(loaded.discards.size(), 3u);
  const Pipeline pipeline(DYAD_DATA_DIR, std::move(loaded.lexicon), std::move(loaded.patterns),
                          std::move(loaded.discards));
  const std::string event = "Arnor condemned Gondor.";
  EXPECT_EQ(code_with(pipeline, event + " Arnor condemned Gondor's baseballers.", "2020-01-01"),
            (std::vector<std::string>{"ARN>GON:111"}));
  EXPECT_EQ(code_with(pipeline, event + " Arnor condemned Gondor's golfers.", "2020-01-01"),
            (std::vector<std::string>{"ARN>GON:111", "ARN>GON:111"}));
  EXPECT_EQ(code_with(pipeline, event + " A typhoon hit Gondor.", "2020-01-01"),
            (std::vector<std::string>{}));
}

SuiteScore run_suite(const std::filesystem::path& suite_file) {
  const auto suite = read_validation_suite(suite_file);
  auto files = suite.dictionaries
                   ? *suite.dictionaries
                   : find_foreign_dictionaries(suite_file.parent_path() / "Validate.project");
  auto loaded = load_foreign_dictionaries(files);
  const Pipeline pipeline(DYAD_DATA_DIR, std::move(loaded.lexicon), std::move(loaded.patterns),
                          std::move(loaded.discards));
  return score_suite(suite, pipeline);
}

TEST(ValidationSuites, PetrarchUnitTestsAboveTheFloor) {
  DYAD_REQUIRE_SHARED("peers/petrarch2/PETR.UnitTest.records.xml");
  const auto score = run_suite(testing::shared_dir() / "peers/petrarch2/PETR.UnitTest.records.xml");
  EXPECT_EQ(score.records, 284u);
  std::cout << "PETR: " << score.passed << "/" << score.records << " precision "
            << score.precision() << " recall " << score.recall() << '\n';
  EXPECT_GE(score.pass_rate(), kPetrarchPassFloor);
}

TEST(ValidationSuites, TabariValidationAboveTheFloor) {
  DYAD_REQUIRE_SHARED("peers/tabari/Validate.text");
  const auto score = run_suite(testing::shared_dir() / "peers/tabari/Validate.text");
  EXPECT_GT(score.records, 400u);
  std::cout << "TABARI: " << score.passed << "/" << score.records << " precision "
            << score.precision() << " recall " << score.recall() << '\n';
  EXPECT_GE(score.pass_rate(), kTabariPassFloor);
}

}  // namespace
}  // namespace dyad
