// The embedded event database (SQLite). Schema: docs/schema.md.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "clean/article.h"
#include "ingest/document.h"
#include "store/record.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad {

class SqliteStore {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens or creates the database (WAL mode) and creates the schema. Throws std::runtime_error.
  explicit SqliteStore(const std::filesystem::path& file);
  ~SqliteStore();
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  // Stores one article and its events, replacing what an earlier run stored for the same doc_id.
  // Writes are grouped into transactions of many documents; commit() ends the current one.
  void put(const Document& doc, const Article& article, const std::vector<EventRecord>& events);
  void commit();

 private:
  void exec(const char* sql);
  sqlite3_stmt* prepare(const char* sql);

  sqlite3* db_ = nullptr;
  sqlite3_stmt* delete_events_ = nullptr;
  sqlite3_stmt* upsert_document_ = nullptr;
  sqlite3_stmt* insert_event_ = nullptr;
  bool in_transaction_ = false;
  int pending_ = 0;
};

}  // namespace dyad
