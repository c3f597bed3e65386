// Fault tests of the TABARI/PETRARCH readers: dictionaries that refer to themselves or nest
// without end must be reported with their line, never crash or hang the load; a bad suite
// record is named and frees what it parsed.
#include <gtest/gtest.h>

#include <string>

#include "compat/foreign_dictionaries.h"
#include "compat/validation_suites.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

std::vector<std::string> problems(const ForeignDictionaries& loaded) {
  std::vector<std::string> out;
  for (const auto& p : loaded.problems) out.push_back(p.location + " " + p.message);
  return out;
}

ForeignDictionaries load(const testing::TempDir& dir, const std::string& agents,
                         const std::string& verbs) {
  dir.write("Test.actors", "ARNOR_  [ARN]\nGONDOR  [GON]\n");
  dir.write("Test.agents", agents);
  dir.write("Test.verbs", verbs);
  return load_foreign_dictionaries(find_foreign_dictionaries(dir.path()));
}

TEST(DictionaryFaults, SelfReferentialAgentsMacroIsReported) {
  testing::TempDir dir;
  const auto loaded = load(dir,
                           "!PERSON! = !PERSON!, MAN\n"
                           "!ROLE! = MINISTER, !OTHER!\n"
                           "!OTHER! = !ROLE!\n"
                           "!ROLE!_OF_STATE [~GOV]\n",
                           "CONDEMN  [111]\n");
  const auto found = problems(loaded);
  ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("Test.agents:1 macro !PERSON! refers to itself"), std::string::npos)
      << found[0];
  EXPECT_GE(loaded.agent_phrases, 2u);  // MINISTER_OF_STATE and !OTHER!_OF_STATE, both plurals
}

TEST(DictionaryFaults, MacrosThatMultiplyWithoutBoundAreReported) {
  testing::TempDir dir;
  std::string agents = "!M! = A B C D E F G H I J\n";
  agents += "!M!_!M!_!M!_!M!_!M! [~GOV]\n";  // 100,000 phrases
  const auto found = problems(load(dir, agents, "CONDEMN  [111]\n"));
  ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("Test.agents:2 macros expand to over 10000 phrases"), std::string::npos)
      << found[0];
}

TEST(DictionaryFaults, SynonymSetThatNamesItselfIsReportedWithItsLine) {
  testing::TempDir dir;
  std::string verbs = "&TIES\n+MILITARY\n";
  for (int i = 0; i < 5; ++i) verbs += "+&TIES\n";
  verbs += "RESTORE  [---]\n- * &TIES TIES [064]\n";
  const auto found = problems(load(dir, "MINISTER_ [~GOV]\n", verbs));
  ASSERT_EQ(found.size(), 1u) << ::testing::PrintToString(found);
  EXPECT_NE(found[0].find("Test.verbs:9 synonym sets refer to themselves: &TIES → &TIES"),
            std::string::npos)
      << found[0];
}

TEST(DictionaryFaults, DeeplyNestedSynonymSetsExpandOnce) {
  testing::TempDir dir;
  // &S0 names &S1 twice, &S1 names &S2 twice, …: 2^40 paths to &S40's one word.
  std::string verbs;
  for (int i = 0; i < 40; ++i)
    verbs += "&S" + std::to_string(i) + "\n+&S" + std::to_string(i + 1) + "\n+&S" +
             std::to_string(i + 1) + "\n";
  verbs += "&S40\n+MILITARY\nRESTORE  [---]\n- * &S0 TIES [064]\n";
  const auto loaded = load(dir, "MINISTER_ [~GOV]\n", verbs);
  EXPECT_TRUE(loaded.problems.empty()) << ::testing::PrintToString(problems(loaded));
  EXPECT_EQ(loaded.verb_patterns, 1u);
}

TEST(SuiteFaults, BadSentenceDateIsNamed) {
  testing::TempDir dir;
  const auto suite = dir.write("suite.xml",
                               "<Sentences><Sentence id=\"T-1\" date=\"95AB01\">"
                               "<Text>Arnor condemned Gondor.</Text></Sentence></Sentences>");
  try {
    read_validation_suite(suite);
    ADD_FAILURE() << "a bad date was accepted";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("<Sentence id=\"T-1\">: date '95AB01' is not YYYYMMDD"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace dyad
