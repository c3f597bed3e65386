// End-to-end tests of the dyad command: exit codes, help, errors on stderr, JSON output.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/run_dyad.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::run_dyad;

TEST(Cli, VersionAndHelp) {
  const auto version = run_dyad("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_TRUE(version.out.starts_with("dyad ")) << version.out;
  const auto help = run_dyad("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("clean"), std::string::npos);
  const auto clean_help = run_dyad("clean --help");
  EXPECT_EQ(clean_help.exit_code, 0);
  EXPECT_NE(clean_help.out.find("--json"), std::string::npos);
}

// The PostgreSQL store and the web server are modules (util/module.h): the executable does not
// load libpq, OpenSSL, cpp-httplib or the ~25 libraries they bring, which cost every run ~15 ms.
TEST(Cli, TheExecutableLoadsNeitherLibpqNorTheWebServer) {
  const auto loaded = testing::run_command("LD_TRACE_LOADED_OBJECTS=1 " + testing::dyad_binary());
  EXPECT_EQ(loaded.exit_code, 0);
  EXPECT_NE(loaded.out.find("libicuuc"), std::string::npos) << loaded.out;  // the list is there
  EXPECT_EQ(loaded.out.find("libpq"), std::string::npos) << loaded.out;
  EXPECT_EQ(loaded.out.find("libssl"), std::string::npos) << loaded.out;
  EXPECT_EQ(loaded.out.find("httplib"), std::string::npos) << loaded.out;
}

// Commands that load the data put glibc's heap on transparent huge pages in the process itself
// (util/huge_pages.h): dyad no longer starts again with glibc.malloc.hugetlb=1 set, which cost a
// second start of the dynamic loader (LD_DEBUG=statistics reports each start). The output is
// the same with the heap on huge pages, with the user's hugetlb=1 and with hugetlb=0.
TEST(Cli, CommandsThatLoadTheDataStartOnce) {
  testing::TempDir dir;
  const auto input = dir.write("tiny.jsonl",
                               "{\"id\":\"t\",\"text\":\"Russia and Turkey signed an agreement "
                               "on Monday.\"}\n");
  auto starts = [](const testing::Run& run) {
    std::size_t count = 0;
    for (std::size_t at = run.err.find("total startup time"); at != std::string::npos;
         at = run.err.find("total startup time", at + 1))
      ++count;
    return count;
  };
  const std::string code = testing::dyad_binary() + " code " + input.string() + " --jsonl -";
  const auto run = testing::run_command("LD_DEBUG=statistics " + code);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(starts(run), 1u) << run.err;
  EXPECT_NE(run.out.find("\"RUS\""), std::string::npos) << run.out;
  for (const char* tunable : {"glibc.malloc.hugetlb=0", "glibc.malloc.hugetlb=1"}) {
    const auto as_asked =
        testing::run_command("GLIBC_TUNABLES=" + std::string(tunable) + " " + code);
    EXPECT_EQ(as_asked.exit_code, 0) << as_asked.err;
    EXPECT_EQ(as_asked.out, run.out) << tunable;
  }
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_dyad("").exit_code, 2);
  EXPECT_EQ(run_dyad("frobnicate").exit_code, 2);
  EXPECT_EQ(run_dyad("clean").exit_code, 2);  // INPUT is required
  EXPECT_EQ(run_dyad("clean --no-such-flag x").exit_code, 2);
}

TEST(Cli, BadDocumentsAreReportedOneLineEachAndTheRestRuns) {
  testing::TempDir dir;
  dir.write("good.txt",
            "Ministers Meet\n\nThe foreign ministers of two countries met on Monday in Geneva.\n");
  dir.write("empty.txt", "");
  dir.write("broken.jsonl", "{oops\n");
  const auto run = run_dyad("clean --json " + dir.path().string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(
      run.err.find("dyad: error: " + (dir.path() / "empty.txt").string() + ": empty document\n"),
      std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find((dir.path() / "broken.jsonl").string() + ":1: not valid JSON\n"),
            std::string::npos)
      << run.err;
  const auto article = nlohmann::json::parse(run.out);
  EXPECT_EQ(article["doc_id"], "good");
  EXPECT_EQ(article["title"], "Ministers Meet");
}

TEST(Cli, DocumentsNotInEnglishAreNotCodedAndAreCounted) {
  testing::TempDir dir;
  dir.write("de.txt",
            "Die Außenminister Armeniens und Aserbaidschans haben sich am Dienstag in Wien zu "
            "einer dritten Gesprächsrunde über die Grenze getroffen, teilte das österreichische "
            "Außenministerium mit. Der iranische Außenminister rief beide Seiten zur Ruhe auf.\n");
  dir.write("en.txt",
            "Iran urges calm\n\nIranian Foreign Minister Hossein Amir-Abdollahian called on "
            "Armenia and Azerbaijan on Monday to resolve their differences through dialogue.\n");
  const auto run = run_dyad("code --jsonl - " + dir.path().string());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("dyad: coded 1 documents (1 not in English, not coded)"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.out.find("\"de\""), std::string::npos);  // no event from the German text
  const auto clean = run_dyad("clean --json " + (dir.path() / "de.txt").string());
  const auto article = nlohmann::json::parse(clean.out);
  EXPECT_EQ(article["language"], "de");
  EXPECT_EQ(article["language_reliable"], true);
  EXPECT_EQ(article["encoding"], "utf-8");
}

TEST(Cli, CleanJsonOnSamplesGivesOneObjectPerArticle) {
  DYAD_REQUIRE_SHARED("samples");
  const auto run = run_dyad("clean --json " + (testing::shared_dir() / "samples").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    const auto article = nlohmann::json::parse(line);
    for (const char* key : {"doc_id", "title", "date", "date_basis", "dateline", "credited_source",
                            "text", "paragraphs", "removed"})
      EXPECT_TRUE(article.contains(key)) << key;
    ++count;
  }
  EXPECT_EQ(count, 5);
}

TEST(Cli, ReadableViewShowsRemovedLinesWithReasons) {
  DYAD_REQUIRE_SHARED("samples");
  const auto run = run_dyad(
      "clean " + (testing::shared_dir() / "samples" / "001_b248dad918f6569c.txt").string());
  ASSERT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("title:    Iran in Contact with Armenia, Azerbaijan to Ease Tensions"),
            std::string::npos);
  EXPECT_NE(run.out.find("source:   Tasnim News"), std::string::npos);
  EXPECT_NE(run.out.find("\"top of page\"\n      furniture.top_of_page:"), std::string::npos);
}

TEST(Cli, ActorsJsonListsMentionsPerSentence) {
  DYAD_REQUIRE_SHARED("samples");
  const auto run = run_dyad(
      "actors --json " + (testing::shared_dir() / "samples" / "002_16f7275ee4e4b690.txt").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto doc = nlohmann::json::parse(run.out);
  EXPECT_EQ(doc["doc_id"], "002_16f7275ee4e4b690");
  const auto& sentence = doc["sentences"][1];
  EXPECT_EQ(sentence["index"], 1);
  ASSERT_FALSE(sentence["mentions"].empty());
  EXPECT_EQ(sentence["mentions"][0]["text"], "Iran's Deputy Foreign Minister Ali Bagheri-Kani");
  EXPECT_EQ(sentence["mentions"][0]["code"], "IRNGOV");
  EXPECT_EQ(sentence["mentions"][0]["country"], "IRN");
  EXPECT_EQ(sentence["mentions"][0]["agent"], "GOV");
}

TEST(Cli, CodeWritesJsonlTsvAndSqliteAndSameOutputWithTwoThreads) {
  DYAD_REQUIRE_SHARED("samples");
  testing::TempDir dir;
  const std::string samples = (testing::shared_dir() / "samples").string();
  const auto tsv = dir.path() / "events.tsv";
  const auto db = dir.path() / "events.db";
  const auto one = run_dyad("code " + samples + " --date 2023-09-21 --jsonl - --tsv " +
                            tsv.string() + " --db " + db.string());
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_NE(one.err.find("dyad: coded 5 documents"), std::string::npos) << one.err;
  std::istringstream lines(one.out);
  std::string line;
  int events = 0;
  bool appeal = false;
  while (std::getline(lines, line)) {
    const auto e = nlohmann::json::parse(line);
    ++events;
    appeal |= e["doc_id"] == "002_16f7275ee4e4b690" && e["sentence"] == 1 &&
              e["source"]["code"] == "IRNGOV" && e["target"]["country"] == "ARM" &&
              e["root"] == "02";
  }
  EXPECT_GT(events, 10);
  EXPECT_TRUE(appeal) << "the Bagheri-Kani appeal to Armenia";
  std::ifstream tsv_in(tsv);
  int rows = 0;  // no header line, as in GDELT's files
  while (std::getline(tsv_in, line)) ++rows;
  EXPECT_EQ(rows, events);
  EXPECT_TRUE(std::filesystem::exists(db));
  const auto two = run_dyad("code --threads 2 --date 2023-09-21 " + samples);
  EXPECT_EQ(two.out, one.out);
}

TEST(Cli, ExplainShowsRulesAndVerdicts) {
  testing::TempDir dir;
  dir.write("a.txt", "Talks\n\nAzerbaijan did not condemn Iran. Turkey condemned Syria.\n");
  const auto run = run_dyad("explain " + (dir.path() / "a.txt").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("negated by 'not'"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("EVENT  TUR → SYR  111"), std::string::npos) << run.out;
}

// The CoNLL-U lines of `text` that are words: ten tab-separated columns.
std::vector<std::vector<std::string>> conllu_words(const std::string& text) {
  std::vector<std::vector<std::string>> words;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> columns;
    std::istringstream fields(line);
    std::string field;
    while (std::getline(fields, field, '\t')) columns.push_back(field);
    words.push_back(columns);
  }
  return words;
}

TEST(Cli, ParseArticlesPrintsCoNLLU) {
  const auto run =
      run_dyad(std::string("parse ") + DYAD_DATA_DIR + "/../examples/caucasus_talks.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("# newdoc id = "), std::string::npos);
  EXPECT_NE(run.out.find("# sent_id = "), std::string::npos);
  EXPECT_NE(run.out.find("# text = "), std::string::npos);
  const auto words = conllu_words(run.out);
  ASSERT_GT(words.size(), 20u);
  std::size_t roots = 0, sentences = 0;
  for (const auto& w : words) {
    ASSERT_EQ(w.size(), 10u);
    roots += w[7] == "root";
  }
  for (std::size_t at = run.out.find("# sent_id"); at != std::string::npos;
       at = run.out.find("# sent_id", at + 1))
    ++sentences;
  EXPECT_EQ(roots, sentences) << "one root per sentence";
}

TEST(Cli, ParseConlluAndEvaluate) {
  testing::TempDir dir;
  const auto file = dir.path() / "s.conllu";
  std::ofstream(file) << "# text = Iran summoned the ambassador.\n"
                         "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                         "2\tsummoned\tsummon\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                         "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                         "4\tambassador\tambassador\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
                         "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
  const auto parsed = run_dyad("parse --conllu " + file.string());
  ASSERT_EQ(parsed.exit_code, 0) << parsed.err;
  const auto words = conllu_words(parsed.out);
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[1][2], "summon");
  EXPECT_EQ(words[1][7], "root");
  EXPECT_EQ(words[3][9], "SpaceAfter=No");
  const auto scored = run_dyad("parse --conllu " + file.string() + " --evaluate");
  ASSERT_EQ(scored.exit_code, 0) << scored.err;
  EXPECT_NE(scored.out.find("UPOS 100.00"), std::string::npos) << scored.out;
  EXPECT_NE(scored.out.find("UAS 100.00"), std::string::npos) << scored.out;

  const auto missing = run_dyad("parse --model " + (dir.path() / "none.model").string() +
                                " --conllu " + file.string());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("none.model: cannot open the parser model"), std::string::npos)
      << missing.err;
  EXPECT_EQ(run_dyad("parse").exit_code, 2);
  EXPECT_EQ(run_dyad("train --train " + file.string()).exit_code, 2);  // --dev, -o required
}

}  // namespace
}  // namespace dyad
