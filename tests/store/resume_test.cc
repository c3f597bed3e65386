// The real `dyad` binary against the store: SIGKILL at any moment then a re-run ends with the
// database one uninterrupted run gives; export and query on the command line.
#include <signal.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "store/store_test_support.h"

namespace dyad {
namespace {

using testing::Backend;

constexpr int kCorpusDocuments = 400;

// A JSON Lines corpus whose articles report overlapping events: 10 countries, 6 verbs, 9 days
// and 7 outlets, so groups collect mentions from many articles; every 25th article is undated.
std::string write_corpus(const testing::TempDir& dir) {
  static const char* kCountries[] = {"Iran",   "Azerbaijan", "Armenia", "Turkey", "Syria",
                                     "Russia", "France",     "Germany", "Israel", "Egypt"};
  static const char* kVerbs[] = {"condemned", "praised",    "accused",
                                 "met with",  "threatened", "criticized"};
  const auto file = dir.path() / "corpus.jsonl";
  std::ofstream out(file);
  for (int i = 0; i < kCorpusDocuments; ++i) {
    const char* a = kCountries[i % 10];
    const char* b = kCountries[(i * 3 + 1) % 10 == i % 10 ? (i + 5) % 10 : (i * 3 + 1) % 10];
    const char* c = kCountries[(i / 10) % 10];
    const char* d = kCountries[(i / 10 + 4) % 10];
    nlohmann::json line{
        {"id", "gen-" + std::to_string(i)},
        {"url", "https://outlet" + std::to_string(i % 7) + ".example/news/" + std::to_string(i)},
        {"title", std::string(a) + " and " + b},
        {"text", std::string(a) + " " + kVerbs[i % 6] + " " + b + " on Monday.\n\n" + c + " " +
                     kVerbs[(i / 6) % 6] + " " + d + ", officials said.\n"}};
    if (i % 25 != 0) line["date"] = "2024-03-0" + std::to_string(1 + i % 9);
    out << line.dump() << '\n';
  }
  return file.string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Kills `pid` with SIGKILL once `ready` says so (or the process ended by itself).
template <typename Ready>
void kill_when(pid_t pid, Ready ready) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  int status = 0;
  while (!ready() && std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) return;  // finished before the kill point
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  kill(pid, SIGKILL);
  testing::wait_for(pid);
}

class ResumeTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { DYAD_REQUIRE_BACKEND(GetParam()); }
};

TEST_P(ResumeTest, KilledRunsResumeToTheDatabaseOfOneUninterruptedRun) {
  testing::Databases databases(GetParam());
  const std::string corpus = write_corpus(databases.dir());
  const std::string log = (databases.dir().path() / "dyad.log").string();
  // Small transactions, so kills land between commits as well as inside them.
  auto code_args = [&](const std::string& db) {
    return std::vector<std::string>{"code",       corpus, "--db",      db,
                                    "--db-batch", "20",   "--threads", "2"};
  };
  const std::string reference = databases.create();
  ASSERT_EQ(testing::wait_for(testing::spawn_dyad(code_args(reference), log)), 0) << read_file(log);
  ASSERT_EQ(testing::count_documents(reference), kCorpusDocuments);

  const std::string resumed = databases.create();
  // First kill by time: while dyad loads its dictionaries or creates the schema.
  const auto started = std::chrono::steady_clock::now();
  kill_when(testing::spawn_dyad(code_args(resumed), log), [&] {
    return std::chrono::steady_clock::now() - started > std::chrono::milliseconds(50);
  });
  // Then by progress: mid-corpus, at points the previous run did not reach.
  int partial_states = 0;
  for (const long stored : {60L, 200L, 330L}) {
    kill_when(testing::spawn_dyad(code_args(resumed), log),
              [&] { return testing::count_documents(resumed) >= stored; });
    const long after = testing::count_documents(resumed);
    if (after > 0 && after < kCorpusDocuments) ++partial_states;
  }
  EXPECT_GE(partial_states, 2) << "the kills should land mid-run; the test proves too little";
  std::ofstream(log, std::ios::trunc).close();
  ASSERT_EQ(testing::wait_for(testing::spawn_dyad(code_args(resumed), log)), 0) << read_file(log);
  // The last run skipped what the killed runs had committed, rather than coding it again.
  std::smatch unchanged;
  const std::string summary = read_file(log);
  ASSERT_TRUE(std::regex_search(summary, unchanged, std::regex(R"(\((\d+) unchanged in )")))
      << summary;
  EXPECT_GT(std::stoi(unchanged[1]), 0) << summary;

  const auto expected = testing::canonical_dump(reference);
  const auto actual = testing::canonical_dump(resumed);
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i)
    ASSERT_EQ(actual[i], expected[i]) << "first difference at line " << i;
  // Groups really merged mentions across articles and outlets.
  const auto store = open_event_store(resumed, false);
  std::int64_t most_articles = 0, most_sources = 0;
  for (const auto& g : store->events({})) {
    most_articles = std::max(most_articles, g.num_articles);
    most_sources = std::max(most_sources, g.num_sources);
  }
  EXPECT_GT(most_articles, 3);
  EXPECT_GT(most_sources, 2);
}

TEST_P(ResumeTest, ExportAndQueryOnTheCommandLine) {
  testing::Databases databases(GetParam());
  const std::string db = databases.create();
  const auto articles = news_articles();
  {
    const auto store = open_event_store(db);
    for (const auto& article : articles) put(*store, article);
  }
  const std::string out = (databases.dir().path() / "out").string();
  auto run = [&](std::vector<std::string> args) {
    std::ofstream(out, std::ios::trunc).close();
    args.insert(args.begin() + 1, {"--db", db});
    EXPECT_EQ(testing::wait_for(testing::spawn_dyad(args, out)), 0) << read_file(out);
    return read_file(out);
  };
  const std::string gdelt_file = (databases.dir().path() / "events.tsv").string();
  run({"export", "--format", "gdelt", "-o", gdelt_file, "--from", "2024-03-04", "--to",
       "2024-03-04"});
  std::istringstream gdelt(read_file(gdelt_file));
  std::string line;
  int rows = 0;
  while (std::getline(gdelt, line)) {
    std::size_t columns = 1;
    for (const char c : line) columns += c == '\t';
    EXPECT_EQ(columns, 61u) << line;
    EXPECT_NE(line.find("\t20240304\t"), std::string::npos) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 3);  // no header, as GDELT's files; Monday's condemnation, praise and meeting

  const std::string dyads = run({"query", "dyads", "--limit", "2"});
  EXPECT_NE(dyads.find("SOURCE  TARGET  EVENTS  MENTIONS  GOLDSTEIN\nTUR     SYR          2"),
            std::string::npos)
      << dyads;
  const std::string events = run({"query", "events", "--actor", "IRN", "--json"});
  const auto event = nlohmann::json::parse(events.substr(0, events.find('\n')));
  EXPECT_EQ(event["num_mentions"], 4);
  EXPECT_EQ(event["num_sources"], 2);
  EXPECT_EQ(event["num_articles"], 3);
  const std::string timeline = run({"query", "timeline", "TUR", "SYR", "--by", "day"});
  EXPECT_NE(timeline.find("2024-03-05       1          1"), std::string::npos) << timeline;
  const std::string search = run({"query", "search", "drills"});
  EXPECT_NE(search.find("r1"), std::string::npos) << search;
  // PLOVER: a filter on the event type (any case), and the exports' --scheme.
  const std::string accuse = run({"query", "events", "--plover", "accuse", "--json"});
  EXPECT_EQ(std::count(accuse.begin(), accuse.end(), '\n'), 1) << accuse;  // Iran → Azerbaijan
  EXPECT_EQ(nlohmann::json::parse(accuse.substr(0, accuse.find('\n')))["plover_event"], "ACCUSE");
  EXPECT_NE(run({"query", "events", "--plover", "SUPPORT"}).find("PLOVER"), std::string::npos);
  const std::string csv_file = (databases.dir().path() / "events.csv").string();
  run({"export", "--format", "csv", "--scheme", "plover", "-o", csv_file});
  const std::string csv = read_file(csv_file);
  EXPECT_TRUE(
      csv.starts_with("event_id,date,date_is_ingest,source_code,target_code,plover_event,"
                      "plover_mode,plover_context,num_mentions"))
      << csv;
  EXPECT_NE(csv.find(",IRN,AZE,ACCUSE,"), std::string::npos) << csv;
  run({"export", "--format", "gdelt", "--header", "--scheme", "both", "-o", gdelt_file});
  EXPECT_NE(read_file(gdelt_file).find("\tSOURCEURL\tPloverEvent\tPloverMode\tPloverContext\n"),
            std::string::npos);
  // A reader never creates a database for a mistyped name.
  const std::string missing = (databases.dir().path() / "missing.db").string();
  if (GetParam() == Backend::kSqlite) {
    std::ofstream(out, std::ios::trunc).close();
    EXPECT_EQ(testing::wait_for(testing::spawn_dyad({"export", "--db", missing}, out)), 2);
    EXPECT_NE(read_file(out).find(missing + ": no such database file"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(missing));
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, ResumeTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::backend_name);

}  // namespace
}  // namespace dyad
