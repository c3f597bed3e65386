// The event database on a PostgreSQL server (`--db postgresql://…`): the same tables, views and
// semantics as the SQLite file (docs/schema.md), through libpqxx.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/sql_event_store.h"

namespace dyad {

class PostgresStore final : public SqlEventStore {
 public:
  static constexpr int kSchemaVersion = 4;

  // Connects (a libpq URL: postgresql://user@host:port/db?options=-csearch_path%3Dschema) and
  // creates the schema unless present. `read_only`: requires the schema and makes the session
  // read-only instead. Throws std::runtime_error naming the URL (no password).
  explicit PostgresStore(const std::string& url, bool read_only = false);
  ~PostgresStore() override;
  PostgresStore(const PostgresStore&) = delete;
  PostgresStore& operator=(const PostgresStore&) = delete;

  const std::string& location() const override { return location_; }
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
  template <typename Action>
  auto guarded(const std::string& what, Action&& action);
  const std::string& statement_name(const std::string& sql);
  void create_schema();
  void check_schema_for_reading();
  static std::string country_days_function_sql();

  std::string location_;
  struct Session;  // the libpqxx connection and open transaction; keeps pqxx out of this header
  std::unique_ptr<Session> session_;
  std::unordered_map<std::string, std::string> statements_;  // SQL text → prepared name
};

// The URL with any password replaced by "***", for messages.
std::string redact_password(const std::string& url);

}  // namespace dyad
