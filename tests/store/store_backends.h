// The store suites run once per backend: SQLite files, and PostgreSQL schemas on the server named
// by DYAD_TEST_POSTGRES_URL (scripts/test starts a throwaway one). Each test gets databases of
// its own, so parallel ctest runs never share one.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <random>
#include <string>
#include <vector>

#include "store/event_store.h"
#include "store/export.h"
#include "support/temp_dir.h"

extern char** environ;

namespace dyad::testing {

enum class Backend { kSqlite, kPostgres };

inline std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "SQLite" : "PostgreSQL";
}

inline const char* postgres_test_url() {
  return std::getenv("DYAD_TEST_POSTGRES_URL");
}

// Skips the calling test when its backend is PostgreSQL and no server is configured.
#define DYAD_REQUIRE_BACKEND(backend)                                                         \
  do {                                                                                        \
    if ((backend) == ::dyad::testing::Backend::kPostgres &&                                   \
        ::dyad::testing::postgres_test_url() == nullptr)                                      \
      GTEST_SKIP() << "DYAD_TEST_POSTGRES_URL is not set: the PostgreSQL store tests need a " \
                      "server (scripts/test starts a throwaway one and sets it)";             \
  } while (0)

// Fresh, empty databases for one test; PostgreSQL schemas are dropped when it ends.
class Databases {
 public:
  explicit Databases(Backend backend) : backend_(backend) {}
  ~Databases() {
    if (schemas_.empty()) return;
    try {
      pqxx::connection connection(postgres_test_url());
      pqxx::nontransaction drop(connection);
      for (const auto& schema : schemas_) drop.exec("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (const std::exception& e) {
      ADD_FAILURE() << "cannot drop the test schemas: " << e.what();
    }
  }
  Databases(const Databases&) = delete;
  Databases& operator=(const Databases&) = delete;

  // A new database's location: an SQLite file path or a postgresql:// URL.
  std::string create() {
    ++count_;
    if (backend_ == Backend::kSqlite)
      return (dir_.path() / ("events" + std::to_string(count_) + ".db")).string();
    std::random_device random;
    const std::string schema = "dyad_test_" + std::to_string(getpid()) + "_" +
                               std::to_string(random() % 1000000) + "_" + std::to_string(count_);
    pqxx::connection connection(postgres_test_url());
    pqxx::nontransaction create(connection);
    create.exec("CREATE SCHEMA " + schema);
    schemas_.push_back(schema);
    const std::string base = postgres_test_url();
    return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" +
           schema;
  }

  const TempDir& dir() const { return dir_; }

 private:
  Backend backend_;
  TempDir dir_;
  std::vector<std::string> schemas_;
  int count_ = 0;
};

// Documents stored so far, read without disturbing a writer; 0 before the schema exists.
inline long count_documents(const std::string& location) {
  if (is_postgres_url(location)) {
    try {
      pqxx::connection connection(location);
      pqxx::nontransaction read(connection);
      return read.exec("SELECT COUNT(*) FROM documents")[0][0].as<long>();
    } catch (const std::exception&) {
      return 0;
    }
  }
  sqlite3* db = nullptr;
  long n = 0;
  if (sqlite3_open_v2(location.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM documents", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
      n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return n;
}

// Everything a database holds, as ordered lines, without what legitimately differs between two
// databases holding the same data: row ids and the ingest dates of documents.
inline std::vector<std::string> canonical_dump(const std::string& location) {
  const auto store = open_event_store(location, /*create_missing=*/false);
  std::vector<std::string> lines;
  for (const auto& d : store->documents()) {
    const auto optional = [](const std::optional<std::string>& s) {
      return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
    };
    lines.push_back(nlohmann::json{
        {"doc_id", d.doc_id},
        {"origin", d.origin},
        {"url", optional(d.url)},
        {"title", optional(d.title)},
        {"date", optional(d.date)},
        {"credited_source", optional(d.credited_source)},
        {"outlet", d.outlet},
        {"content_hash", d.content_hash},
        {"text",
         d.text}}.dump());
  }
  std::vector<std::string> events;
  for (const auto& group : store->events({})) {
    auto json = to_json(group);
    json.erase("id");
    events.push_back(json.dump());
  }
  std::sort(events.begin(), events.end());
  lines.insert(lines.end(), events.begin(), events.end());
  return lines;
}

// Starts the dyad binary with `args`; its stdout and stderr go to `log`.
inline pid_t spawn_dyad(const std::vector<std::string>& args, const std::string& log) {
  std::vector<std::string> argv_text = {DYAD_BINARY};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_text) argv.push_back(arg.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// Waits for the process; its exit code, or -1 when a signal ended it.
inline int wait_for(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace dyad::testing
