// Fault tests of `dyad code --db`: a full disk, a file that cannot grow, another writer holding
// the database, a PostgreSQL connection killed mid-run. The run must stop with the real cause
// and say what was not stored; committed documents stay intact; a re-run completes the work.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <set>
#include <sstream>
#include <thread>

#include "store/event_store.h"
#include "support/faults.h"
#include "support/run_dyad.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

using testing::quoted;
using testing::run_command;
using testing::run_dyad;

// `count` short articles as JSON Lines, each coding one event, with distinct ids and dates.
std::string articles(int count) {
  static const char* const kSentences[] = {
      "Turkey condemned Syria on Monday.", "Iran praised Armenia on Tuesday.",
      "Russia accused Ukraine of shelling the city.", "France met with Germany in Paris."};
  std::string out;
  for (int i = 0; i < count; ++i)
    out += nlohmann::json{{"id", "doc" + std::to_string(i)},
                          {"date", "2024-03-" + std::to_string(10 + i % 18)},
                          {"text", std::string("Talks\n\n") + kSentences[i % 4] +
                                       " The talks lasted " + std::to_string(i) + " hours."}}
               .dump() +
           '\n';
  return out;
}

// Every event's counts agree with its mentions (a rolled-back batch left no stale counts).
void expect_counts_consistent(const std::filesystem::path& db) {
  EXPECT_EQ(testing::sqlite_count(
                db,
                "SELECT COUNT(*) FROM events e WHERE num_mentions != (SELECT COUNT(*) FROM "
                "event_mentions m WHERE m.event_id = e.id)"),
            0);
}

int lines_starting(const std::string& text, const std::string& prefix) {
  std::istringstream lines(text);
  int count = 0;
  for (std::string line; std::getline(lines, line);) count += line.starts_with(prefix);
  return count;
}

// After a run that stopped, what it stored is whole batches, and a re-run stores everything.
void expect_stopped_then_completed(const testing::Run& stopped, const std::filesystem::path& db,
                                   const std::string& rerun, int documents, int batch) {
  EXPECT_EQ(stopped.exit_code, 3) << stopped.err;
  EXPECT_EQ(lines_starting(stopped.err, "dyad: error: "), 1) << stopped.err;
  EXPECT_NE(stopped.err.find("dyad: stopped: "), std::string::npos) << stopped.err;
  EXPECT_NE(stopped.err.find("rolled back"), std::string::npos) << stopped.err;
  EXPECT_EQ(stopped.err.find("no such savepoint"), std::string::npos) << stopped.err;
  const long long stored = testing::sqlite_count(db, "SELECT COUNT(*) FROM documents");
  EXPECT_LT(stored, documents);
  EXPECT_EQ(stored % batch, 0) << "only whole transactions are kept";
  expect_counts_consistent(db);
  const auto completed = run_command(rerun);
  EXPECT_EQ(completed.exit_code, 0) << completed.err;
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(*) FROM documents"), documents);
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(DISTINCT document_id) FROM event_mentions"),
            documents);
  expect_counts_consistent(db);
}

TEST(StoreFaults, DiskFullStopsTheRunWithTheRealCause) {
  if (geteuid() != 0) GTEST_SKIP() << "mounting a small tmpfs needs root";
  testing::TempDir dir;
  const auto disk = dir.path() / "disk";
  std::filesystem::create_directories(disk);
  if (mount("tmpfs", disk.c_str(), "tmpfs", 0, "size=400k") != 0)
    GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
  const auto input = dir.write("in.jsonl", articles(600));
  const auto db = disk / "events.db";
  const std::string code = testing::dyad_binary() + " code " + quoted(input.string()) + " --db " +
                           quoted(db.string()) + " --db-batch 20";
  const auto stopped = run_command(code);
  EXPECT_NE(stopped.err.find("database or disk is full"), std::string::npos) << stopped.err;
  // The re-run gets room: the database moves to an ordinary folder.
  const auto roomy = dir.path() / "events.db";
  std::filesystem::copy_file(db, roomy);
  for (const char* suffix : {"-wal", "-shm"})
    if (std::filesystem::exists(db.string() + suffix))
      std::filesystem::copy_file(db.string() + suffix, roomy.string() + suffix);
  umount(disk.c_str());
  expect_stopped_then_completed(stopped, roomy,
                                testing::dyad_binary() + " code " + quoted(input.string()) +
                                    " --db " + quoted(roomy.string()) + " --db-batch 20",
                                600, 20);
}

TEST(StoreFaults, WriteErrorStopsTheRunWithTheRealCause) {
  testing::TempDir dir;
  const auto input = dir.write("in.jsonl", articles(600));
  const auto db = dir.path() / "events.db";
  const std::string code = testing::dyad_binary() + " code " + quoted(input.string()) + " --db " +
                           quoted(db.string()) + " --db-batch 20";
  // No file may grow past 300 KB; SIGXFSZ ignored, so the write fails with EFBIG instead.
  const auto stopped = run_command("ulimit -f 300; trap '' XFSZ; exec " + code);
  EXPECT_NE(stopped.err.find("disk I/O error"), std::string::npos) << stopped.err;
  expect_stopped_then_completed(stopped, db, code, 600, 20);
}

// Holds the write lock of an SQLite database from this process until released.
class WriteLock {
 public:
  explicit WriteLock(const std::filesystem::path& db) {
    sqlite3_open(db.c_str(), &db_);
    EXPECT_EQ(sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  }
  ~WriteLock() {
    release();
    sqlite3_close(db_);
  }
  void release() { sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr); }

 private:
  sqlite3* db_ = nullptr;
};

TEST(StoreFaults, BusyDatabaseIsWaitedFor) {
  testing::TempDir dir;
  const auto input = dir.write("in.jsonl", articles(600));
  const auto db = testing::coded_database(dir);
  WriteLock lock(db);
  std::thread releaser([&lock] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    lock.release();
  });
  const auto run = run_dyad("code --threads 2 " + quoted(input.string()) + " --db " +
                            quoted(db.string()) + " --jsonl /dev/null --db-batch 50");
  releaser.join();
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("dyad: coded 600 documents"), std::string::npos) << run.err;
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(*) FROM documents"), 601);
}

TEST(StoreFaults, DatabaseLockedPastTheWaitStopsWithoutEmittingTwice) {
  testing::TempDir dir;
  const auto input = dir.write("in.jsonl", articles(600));
  const auto db = testing::coded_database(dir);
  const auto jsonl = dir.path() / "events.jsonl";
  {
    WriteLock lock(db);
    const auto run =
        run_dyad("code --threads 2 " + quoted(input.string()) + " --db " + quoted(db.string()) +
                 " --jsonl " + quoted(jsonl.string()) + " --db-wait 1 --db-batch 50");
    EXPECT_EQ(run.exit_code, 3) << run.err;
    EXPECT_EQ(lines_starting(run.err, "dyad: error: "), 1) << run.err;
    EXPECT_NE(run.err.find("database is locked"), std::string::npos) << run.err;
  }
  std::set<std::string> seen;
  std::istringstream lines(testing::read_file(jsonl));
  for (std::string line; std::getline(lines, line);)
    EXPECT_TRUE(seen.insert(line).second) << "emitted twice: " << line;
  EXPECT_EQ(testing::sqlite_count(db, "SELECT COUNT(*) FROM documents"), 1);
}

// A PostgreSQL server that goes away mid-run (here: the connection terminated by the server).
TEST(StoreFaults, PostgresConnectionLostStopsWithOneLine) {
  const char* url = std::getenv("DYAD_TEST_POSTGRES_URL");
  if (!url) GTEST_SKIP() << "DYAD_TEST_POSTGRES_URL is not set (scripts/test starts a server)";
  std::random_device random;
  const std::string schema =
      "dyad_faults_" + std::to_string(getpid()) + "_" + std::to_string(random() % 1000000);
  pqxx::connection admin(url);
  pqxx::nontransaction(admin).exec("CREATE SCHEMA " + schema);
  const std::string location = std::string(url) +
                               (std::string(url).find('?') == std::string::npos ? "?" : "&") +
                               "application_name=" + schema + "&options=-csearch_path%3D" + schema;
  {
    auto store = open_event_store(location);
    store->set_documents_per_transaction(2);
    StoredDocument doc;
    doc.origin = "a.txt";
    doc.text = "Turkey condemned Syria.";
    doc.doc_id = "a";
    doc.content_hash = "1";
    store->put(doc, {});
    doc.doc_id = "b";
    store->put(doc, {});  // commits a and b
    doc.doc_id = "c";
    store->put(doc, {});  // open transaction
    pqxx::nontransaction(admin).exec(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" +
        schema + "'");
    doc.doc_id = "d";
    try {
      store->put(doc, {});
      store->commit();
      ADD_FAILURE() << "storing after the connection was lost did not fail";
    } catch (const StoreUnavailable& e) {
      EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos) << e.what();
      EXPECT_EQ(e.rolled_back(), 2u) << e.what();
    }
  }
  pqxx::nontransaction check(admin);
  EXPECT_EQ(check.exec("SELECT COUNT(*) FROM " + schema + ".documents")[0][0].as<int>(), 2);
  check.exec("DROP SCHEMA " + schema + " CASCADE");
}

}  // namespace
}  // namespace dyad
