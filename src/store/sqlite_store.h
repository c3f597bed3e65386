// The embedded event database (SQLite). Schema: docs/schema.md.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>

#include "store/sql_event_store.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad {

class SqliteStore final : public SqlEventStore {
 public:
  static constexpr int kSchemaVersion = 4;

  // Opens or creates the database (WAL mode), creating the schema or migrating an older one in
  // one transaction. `read_only`: for readers, which write nothing (unless an older schema needs
  // migrating) and so can read a file they may not write. Throws std::runtime_error naming the
  // file.
  explicit SqliteStore(const std::filesystem::path& file, bool read_only = false);
  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

  const std::string& location() const override { return file_; }
  void set_busy_wait(double seconds) override;

 protected:
  void execute(const std::string& sql, const Params& params) override;
  void execute_script(const std::string& sql) override;
  std::vector<Row> select(const std::string& sql, const Params& params) override;
  void begin_transaction() override;
  void commit_transaction() override;
  void rollback_transaction() override;
  std::string search_condition(const std::string& placeholder) const override;
  std::string search_parameter(const std::string& text) const override;
  std::string sentence_offset_sql() const override;

 private:
  [[noreturn]] void fail(const std::string& what) const;
  // Throws `message` as StoreUnavailable when the last error was the database's own.
  [[noreturn]] void throw_error(const std::string& message) const;
  sqlite3_stmt* prepared(const std::string& sql, const Params& params);
  void open_connection(bool read_only, bool immutable = false);
  void close_connection();
  void check_not_newer(int found) const;
  int schema_version();
  void open_read_only();
  void create_schema();
  bool has_country_days();
  void add_country_days();
  void migrate_from_v1();
  void migrate_from_v2();
  void add_schema4_columns();

  std::string file_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;  // by SQL text
};

}  // namespace dyad
