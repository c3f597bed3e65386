// Helpers for the fault tests: reading results back from files, databases and JSON output.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>

#include "support/run_dyad.h"

namespace dyad::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The single integer `sql` selects from the SQLite file `db`, opened read-only.
inline long long sqlite_count(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(handle);
    throw std::runtime_error("cannot open " + db.string());
  }
  sqlite3_stmt* stmt = nullptr;
  long long value = -1;
  if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(handle);
  return value;
}

// The doc_id of every JSON line a run printed (`clean --json`, `code --jsonl -`), with repeats.
inline std::multiset<std::string> doc_ids(const Run& run) {
  std::multiset<std::string> ids;
  std::istringstream lines(run.out);
  std::string line;
  while (std::getline(lines, line))
    if (!line.empty()) ids.insert(nlohmann::json::parse(line)["doc_id"].get<std::string>());
  return ids;
}

// A database holding one coded document (its input: seed.jsonl in `dir`), as an earlier
// `dyad code --db` run leaves it.
inline std::filesystem::path coded_database(const TempDir& dir) {
  const auto input =
      dir.write("seed.jsonl", "{\"id\": \"seed\", \"text\": \"Turkey condemned Syria.\"}\n");
  const auto db = dir.path() / "events.db";
  EXPECT_EQ(run_dyad("code " + quoted(input.string()) + " --db " + quoted(db.string())).exit_code,
            0);
  return db;
}

// A prefix that runs a command as an unprivileged user when the tests run as root (root reads
// through chmod 000 and writes read-only files, so permission faults need another user).
inline std::string unprivileged() {
  return geteuid() == 0 ? "runuser -u nobody -- " : "";
}

}  // namespace dyad::testing
