// What a new user hits in the first hour (issue 16): options where people put them, commands that
// paste, inputs that are not articles, progress on long runs, lookups, query filters.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "support/run_dyad.h"
#include "support/shared.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::run_dyad;

std::vector<nlohmann::json> json_lines(const std::string& text) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

std::filesystem::path source_dir() {
  return std::filesystem::path(DYAD_DATA_DIR).parent_path();
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The command lines of every ```sh block in a Markdown file, without their trailing comments.
std::vector<std::string> shell_lines(const std::filesystem::path& markdown) {
  std::vector<std::string> lines;
  std::istringstream in(read_text(markdown));
  std::string line;
  bool in_block = false;
  while (std::getline(in, line)) {
    if (line.starts_with("```")) {
      in_block = !in_block && line == "```sh";
      continue;
    }
    if (!in_block) continue;
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (quote) {
        if (line[i] == quote) quote = 0;
      } else if (line[i] == '\'' || line[i] == '"') {
        quote = line[i];
      } else if (line[i] == '#' && (i == 0 || line[i - 1] == ' ')) {
        line.resize(i);
        break;
      }
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

// What would stop a line from running as pasted: a|b choices, [optional] parts, ellipses. A
// '|' between spaces is a pipe (`curl … | jq`), one between words a list of choices.
std::string paste_problem(const std::string& line) {
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '|' &&
               !(i > 0 && line[i - 1] == ' ' && i + 1 < line.size() && line[i + 1] == ' ')) {
      return "'|' (list choices in prose)";
    } else if (c == '[' || c == ']') {
      return "'[...]' (optional parts do not paste)";
    }
  }
  if (line.find("...") != std::string::npos || line.find("…") != std::string::npos)
    return "an ellipsis";
  return {};
}

TEST(FirstHour, GlobalOptionsWorkAfterTheSubcommand) {
  testing::TempDir dir;
  dir.write("dictionaries/Tiny.actors", "ARNOR_  [ARN]\nGONDOR  [GON]\n");
  dir.write("dictionaries/Tiny.agents", "MINISTER_ [~GOV]\n");
  dir.write("dictionaries/Tiny.verbs", "CONDEMN  [111]\n");
  const auto article = dir.write("a.txt", "Talks\n\nArnor condemned Gondor on Monday.\n");
  const auto dictionaries = (dir.path() / "dictionaries").string();
  for (const std::string& args : {"--dictionaries " + dictionaries + " code " + article.string(),
                                  "code --dictionaries " + dictionaries + " " + article.string(),
                                  "code " + article.string() + " --dictionaries " + dictionaries}) {
    const auto run = run_dyad(args + " --data " DYAD_DATA_DIR);
    ASSERT_EQ(run.exit_code, 0) << args << "\n" << run.err;
    const auto events = json_lines(run.out);
    ASSERT_EQ(events.size(), 1u) << args << "\n" << run.out;
    EXPECT_EQ(events[0]["source"]["code"], "ARN");
    EXPECT_EQ(events[0]["target"]["code"], "GON");
    EXPECT_EQ(events[0]["cameo"], "111");
  }
}

TEST(FirstHour, FilesThatAreNotArticlesAreCountedNamedAndNeverCoded) {
  testing::TempDir dir;
  dir.write("corpus/2024/article.txt",
            "Talks\n\nIran condemned Armenia on Monday for the shelling of the border town.\n");
  // Each of these would yield "Iran condemned Armenia" events if it were coded as an article.
  dir.write("corpus/SOURCE.txt",
            "Source repository: https://example.org/iran-armenia\nCommit: 65e3d8e\n"
            "License: see LICENSE\nIran condemned Armenia -> notes.txt\n");
  std::string list;
  for (int i = 0; i < 12; ++i) list += "Iran condemned Armenia\nIRN\n";
  dir.write("corpus/lookup.txt", list);
  const std::string sgml =
      "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS><TEXT><BODY>Iran condemned Armenia on "
      "Monday for the shelling of the border town.</BODY></TEXT></REUTERS>\n";
  dir.write("corpus/reut2-000.sgm", sgml);
  dir.write("loose.sgm", sgml);
  const auto run = run_dyad("code " + (dir.path() / "corpus").string() + " " +
                            (dir.path() / "loose.sgm").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const auto& event : json_lines(run.out)) EXPECT_EQ(event["doc_id"], "article") << event;
  EXPECT_FALSE(json_lines(run.out).empty()) << run.err;
  EXPECT_NE(run.err.find("dyad: 4 files not read as articles (not coded):"), std::string::npos)
      << run.err;
  for (const auto* name :
       {"corpus/SOURCE.txt", "corpus/lookup.txt", "corpus/reut2-000.sgm", "loose.sgm"})
    EXPECT_NE(run.err.find((dir.path() / name).string() + " ("), std::string::npos) << name << "\n"
                                                                                    << run.err;
  EXPECT_NE(run.err.find("a list or table"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("SGML/XML markup"), std::string::npos) << run.err;
}

TEST(FirstHour, ProgressLinesWhenStderrIsNotATerminal) {
  DYAD_REQUIRE_SHARED("samples");
  const auto run =
      run_dyad("code " + (testing::shared_dir() / "samples").string() + " --progress 0.000001");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // stderr is a file here: whole lines, not a line rewritten with carriage returns.
  EXPECT_EQ(run.err.find('\r'), std::string::npos);
  EXPECT_NE(run.err.find("dyad: 5 documents, "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(" events, "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(" documents/s, "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("% of input, about "), std::string::npos) << run.err;
  const auto quiet =
      run_dyad("code " + (testing::shared_dir() / "samples").string() + " --progress 0");
  EXPECT_EQ(quiet.err.find("documents/s, "), quiet.err.rfind("documents/s, "))
      << "only the summary line: " << quiet.err;
}

TEST(FirstHour, DocumentedCommandsPasteIntoAShell) {
  std::vector<std::filesystem::path> documents = {source_dir() / "README.md"};
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "docs"))
    if (entry.path().extension() == ".md") documents.push_back(entry.path());
  std::size_t checked = 0;
  for (const auto& document : documents)
    for (const auto& line : shell_lines(document)) {
      ++checked;
      const std::string problem = paste_problem(line);
      EXPECT_TRUE(problem.empty()) << document.filename().string() << ": " << problem << " in\n"
                                   << line;
    }
  EXPECT_GT(checked, 20u);
}

TEST(FirstHour, EveryReadmeDyadCommandRunsAsWritten) {
  // A scratch checkout: examples/ and ../shared where the README expects them, dyad at
  // build/src/dyad.
  testing::TempDir scratch;
  const auto root = scratch.path() / "dyad";
  std::filesystem::create_directories(root / "build" / "src");
  std::filesystem::create_directory_symlink(source_dir() / "examples", root / "examples");
  std::filesystem::create_symlink(DYAD_BINARY, root / "build" / "src" / "dyad");
  const bool have_shared = std::filesystem::exists(testing::shared_dir());
  if (have_shared)
    std::filesystem::create_directory_symlink(std::filesystem::canonical(testing::shared_dir()),
                                              scratch.path() / "shared");
  std::size_t ran = 0;
  for (const auto& line : shell_lines(source_dir() / "README.md")) {
    if (!line.starts_with("build/src/dyad ")) continue;
    if (!have_shared && line.find("../shared") != std::string::npos) continue;
    // `dyad serve` runs until stopped: it must still be serving after a few seconds (on a free
    // port, not the README's 8080, which another program may hold), then end on SIGTERM.
    const bool server = line.starts_with("build/src/dyad serve ");
    const std::string run =
        server ? "timeout 5 " + line.substr(0, line.find('#')) + " --port 0" : line;
    const std::string command = "cd '" + root.string() + "' && " + run + " >" +
                                (scratch.path() / "out").string() + " 2>" +
                                (scratch.path() / "err").string();
    const int status = std::system(command.c_str());
    if (server) {
      EXPECT_EQ(WEXITSTATUS(status), 124) << line << "\n" << read_text(scratch.path() / "err");
      EXPECT_NE(read_text(scratch.path() / "out").find("serving events.db at http://127.0.0.1:"),
                std::string::npos)
          << line << "\n"
          << read_text(scratch.path() / "err");
    } else {
      EXPECT_EQ(status, 0) << line << "\n" << read_text(scratch.path() / "err");
    }
    ++ran;
  }
  EXPECT_GE(ran, 10u);
}

TEST(FirstHour, CodesLooksUpActorAndEventCodesAndWords) {
  const auto actor = run_dyad("codes irngov");
  ASSERT_EQ(actor.exit_code, 0) << actor.err;
  EXPECT_NE(actor.out.find("code IRNGOV:"), std::string::npos) << actor.out;
  EXPECT_NE(actor.out.find("IRN      Iran "), std::string::npos) << actor.out;
  EXPECT_NE(actor.out.find("GOV      government "), std::string::npos) << actor.out;
  EXPECT_NE(actor.out.find("data/actors/countries.tsv:"), std::string::npos) << actor.out;
  const auto event = run_dyad("codes 111");
  ASSERT_EQ(event.exit_code, 0) << event.err;
  EXPECT_NE(event.out.find("111      Criticize or denounce"), std::string::npos) << event.out;
  EXPECT_NE(event.out.find("QuadClass 3"), std::string::npos) << event.out;
  const auto word = run_dyad("codes Iran");
  EXPECT_NE(word.out.find("phrases with 'Iran':\n  IRN "), std::string::npos) << word.out;
  const auto verb = run_dyad("codes condemn");
  EXPECT_NE(verb.out.find("111      {condemn} $T"), std::string::npos) << verb.out;
  EXPECT_NE(verb.out.find("Criticize or denounce  (data/events/11_disapprove.tsv:"),
            std::string::npos)
      << verb.out;
  const auto unknown = run_dyad("codes qqzzxv");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no actor or event code"), std::string::npos) << unknown.err;
}

// An article without a date anywhere: no metadata, no byline, no date line.
constexpr const char* kUndatedArticle =
    "Iran Condemns Azerbaijan\n\nIran condemned Azerbaijan over the border drills, the foreign "
    "ministry in Tehran said.\n";

TEST(FirstHour, DateOptionsDateOnlyWhatCarriesNoDate) {
  testing::TempDir dir;
  dir.write("news/2019/03/14/a.txt", kUndatedArticle);
  dir.write("news/b.txt", kUndatedArticle);
  dir.write("news/archive/2021-07-01-d.txt", kUndatedArticle);
  dir.write("news/c.jsonl", std::string("{\"id\": \"c\", \"date\": \"2018-05-06\", \"text\": ") +
                                nlohmann::json(kUndatedArticle).dump() + "}\n");
  const std::string news = (dir.path() / "news").string();
  auto dates = [](const std::string& jsonl) {
    std::map<std::string, nlohmann::json> by_doc;
    for (const auto& event : json_lines(jsonl)) by_doc[event["doc_id"]] = event["date"];
    return by_doc;
  };
  const auto plain = run_dyad("code " + news);
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  auto by_doc = dates(plain.out);
  ASSERT_EQ(by_doc.size(), 4u) << plain.out;
  EXPECT_TRUE(by_doc["a"].is_null());  // never the day of the run
  EXPECT_TRUE(by_doc["b"].is_null());
  EXPECT_EQ(by_doc["c"], "2018-05-06");
  const auto both = run_dyad("code " + news + " --date-from-path --date 2020-01-02");
  ASSERT_EQ(both.exit_code, 0) << both.err;
  by_doc = dates(both.out);
  EXPECT_EQ(by_doc["a"], "2019-03-14");             // the folders first
  EXPECT_EQ(by_doc["b"], "2020-01-02");             // then --date
  EXPECT_EQ(by_doc["2021-07-01-d"], "2021-07-01");  // a date in the file name
  EXPECT_EQ(by_doc["c"], "2018-05-06");             // a date of its own wins
  const auto cleaned = run_dyad("clean --json --date-from-path " + news + "/2019");
  EXPECT_EQ(nlohmann::json::parse(cleaned.out)["date_basis"], "path (--date-from-path)");
  EXPECT_EQ(run_dyad("code --date 2020-02-30 " + news).exit_code, 2);  // not a calendar date
}

TEST(FirstHour, UndatedEventsAreKeptFlaggedAndLeftOutOfDatedOutputs) {
  testing::TempDir dir;
  dir.write("news/undated.txt", kUndatedArticle);
  dir.write("news/dated.jsonl",
            std::string("{\"id\": \"dated\", \"date\": \"2024-03-04\", \"text\": ") +
                nlohmann::json(kUndatedArticle).dump() + "}\n");
  const std::string db = (dir.path() / "events.db").string();
  const std::string tsv = (dir.path() / "events.tsv").string();
  const auto coded =
      run_dyad("code " + (dir.path() / "news").string() + " --db " + db + " --tsv " + tsv);
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  // Headline and body both report it: two mentions from each article.
  EXPECT_NE(coded.err.find("dyad: left out 2 undated events"), std::string::npos) << coded.err;
  std::istringstream rows(read_text(tsv));
  int dated_rows = 0;
  for (std::string row; std::getline(rows, row); ++dated_rows)
    EXPECT_NE(row.find("\t20240304\t"), std::string::npos) << row;
  EXPECT_EQ(dated_rows, 2);

  const auto gdelt = run_dyad("export --db " + db);
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  EXPECT_EQ(std::count(gdelt.out.begin(), gdelt.out.end(), '\n'), 1) << gdelt.out;
  EXPECT_TRUE(gdelt.out.starts_with("1\t20240304\t") ||
              gdelt.out.find("\t20240304\t") != std::string::npos)
      << gdelt.out;
  EXPECT_NE(gdelt.err.find("dyad: left out 1 undated events"), std::string::npos) << gdelt.err;

  const auto jsonl = json_lines(run_dyad("export --db " + db + " --format jsonl").out);
  ASSERT_EQ(jsonl.size(), 2u);
  for (const auto& event : jsonl)
    EXPECT_EQ(event["date"].is_null(), event["date_is_ingest"].get<bool>()) << event;

  const auto timeline = run_dyad("query --db " + db + " timeline irn aze --by day");
  ASSERT_EQ(timeline.exit_code, 0) << timeline.err;
  EXPECT_NE(timeline.out.find("2024-03-04"), std::string::npos) << timeline.out;
  EXPECT_EQ(std::count(timeline.out.begin(), timeline.out.end(), '\n'), 3) << timeline.out;
  EXPECT_NE(timeline.err.find("dyad: left out 1 undated events"), std::string::npos);

  const auto events = run_dyad("query --db " + db + " events --actor irn");
  EXPECT_NE(events.out.find("undated"), std::string::npos) << events.out;

  // Asked for: dated by the day dyad stored them, as GDELT's DATEADDED would.
  const auto as_ingest = run_dyad("export --db " + db + " --undated as-ingest");
  EXPECT_EQ(std::count(as_ingest.out.begin(), as_ingest.out.end(), '\n'), 2) << as_ingest.out;
  const auto as_ingest_timeline =
      run_dyad("query --db " + db + " timeline IRN AZE --by day --undated as-ingest");
  EXPECT_EQ(std::count(as_ingest_timeline.out.begin(), as_ingest_timeline.out.end(), '\n'), 4)
      << as_ingest_timeline.out;
}

TEST(FirstHour, QueriesFilterByActorCountryRootAndDateInAnyCase) {
  testing::TempDir dir;
  dir.write("news.jsonl",
            "{\"id\": \"a\", \"date\": \"2024-03-04\", \"text\": \"Talks\\n\\nIran condemned "
            "Azerbaijan on Monday. Turkey praised Syria.\"}\n"
            "{\"id\": \"b\", \"date\": \"2024-04-09\", \"text\": \"Drills\\n\\nThe Iranian "
            "foreign minister praised Armenia on Tuesday.\"}\n");
  const std::string db = (dir.path() / "events.db").string();
  ASSERT_EQ(run_dyad("code " + (dir.path() / "news.jsonl").string() + " --db " + db).exit_code, 0);
  auto pairs = [&](const std::string& args) {
    std::set<std::string> out;
    for (const auto& d : json_lines(run_dyad("query --db " + db + " --json dyads " + args).out))
      out.insert(d["source_code"].get<std::string>() + ">" + d["target_code"].get<std::string>());
    return out;
  };
  const auto all = pairs("");
  ASSERT_TRUE(all.count("IRN>AZE") && all.count("TUR>SYR") && all.count("IRNGOV>ARM"))
      << ::testing::PrintToString(all);
  EXPECT_EQ(pairs("--country irn"), (std::set<std::string>{"IRN>AZE", "IRNGOV>ARM"}));
  EXPECT_EQ(pairs("--actor irngov"), (std::set<std::string>{"IRNGOV>ARM"}));
  EXPECT_EQ(pairs("--root 11"), (std::set<std::string>{"IRN>AZE"}));
  EXPECT_EQ(pairs("--from 2024-04-01"), (std::set<std::string>{"IRNGOV>ARM"}));
  const auto timeline = run_dyad("query --db " + db + " timeline irn arm --root 05");
  EXPECT_NE(timeline.out.find("2024-04"), std::string::npos) << timeline.out;
  const auto none = run_dyad("query --db " + db + " timeline irn arm --root 11");
  EXPECT_NE(none.out.find("(no rows)"), std::string::npos) << none.out;
  const auto exported = run_dyad("export --db " + db + " --format csv --country TUR");
  EXPECT_EQ(std::count(exported.out.begin(), exported.out.end(), '\n'), 2) << exported.out;
  EXPECT_EQ(run_dyad("query --db " + db + " dyads --country IRAN").exit_code, 2);
}

TEST(FirstHour, ValidatePrintsThePeersFiguresBesideItsOwn) {
  DYAD_REQUIRE_SHARED("peers/petrarch2/PETR.UnitTest.records.xml");
  const auto run = run_dyad(
      "validate --quiet " +
      (testing::shared_dir() / "peers" / "petrarch2" / "PETR.UnitTest.records.xml").string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("beside the peers on this suite:"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("  dyad "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("PETRARCH-1 (gold parse trees)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("76.5 %"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("(docs/accuracy.md"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("TABARI 0.8"), std::string::npos) << "another suite's peers";
}

}  // namespace
}  // namespace dyad
