// The EventStore logic both SQL backends share: the write path (documents, mentions, dedup
// groups, their counts) and the reads, written once in SQL that SQLite and PostgreSQL both
// accept. A backend supplies the connection primitives and its dialect's DDL and full-text search.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "store/event_store.h"

namespace dyad {

class SqlEventStore : public EventStore {
 public:
  // Documents per transaction by default: large enough that commits (an fsync each) do not
  // dominate.
  static constexpr int kDocumentsPerTransaction = 500;

  PutResult put(const StoredDocument& doc, const std::vector<EventRecord>& events) override;
  void commit() override;
  void set_documents_per_transaction(int documents) override {
    documents_per_transaction_ = documents;
  }
  std::unordered_map<std::string, std::string> content_hashes() override;
  std::unordered_map<std::string, std::string> data_fingerprints() override;
  std::vector<StoredDocument> documents() override;
  std::vector<EventGroup> events(const EventFilter& filter) override;
  std::int64_t count_events(const EventFilter& filter) override;
  std::vector<DyadSummary> dyads(const EventFilter& filter) override;
  std::vector<EventDay> days(const EventFilter& filter) override;
  std::vector<ActorSummary> actors(const EventFilter& filter) override;
  std::vector<PlaceSummary> places(const EventFilter& filter) override;
  StoreSummary summary() override;
  std::vector<SearchHit> search(const std::string& text, std::int64_t limit) override;

  // The columns schema 4 added (PLOVER and the event's place), as `ALTER TABLE` clauses: "events
  // ADD COLUMN plover_event …". Both backends add them to new and older tables alike (their
  // CREATE TABLE statements stay those of schema 3), so every file has one column order.
  static const std::vector<std::string>& schema4_columns();
  // The index schema 4 added, created once its columns exist.
  static const char* schema4_index_sql();

 protected:
  // Statement parameters are written $1, $2, … in the SQL (PostgreSQL's form; the SQLite
  // backend rewrites them to ?1, ?2, …).
  using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
  using Params = std::vector<Param>;
  using Row = std::vector<std::optional<std::string>>;  // every column as text; NULL = nullopt

  // Runs one prepared statement (cached by its SQL text); select() returns its rows.
  virtual void execute(const std::string& sql, const Params& params) = 0;
  // Runs statements without parameters (DDL, savepoints), unprepared.
  virtual void execute_script(const std::string& sql) = 0;
  virtual std::vector<Row> select(const std::string& sql, const Params& params) = 0;
  virtual void begin_transaction() = 0;
  virtual void commit_transaction() = 0;
  virtual void rollback_transaction() = 0;
  // The condition selecting event_mentions rows (alias m) whose sentence matches every word of
  // the parameter `placeholder` ($N), in the backend's full-text index; and how to pass `text`.
  virtual std::string search_condition(const std::string& placeholder) const = 0;
  virtual std::string search_parameter(const std::string& text) const = 0;
  // The byte offset of m.sentence_text in the document text d.text, -1 when absent.
  virtual std::string sentence_offset_sql() const = 0;

  // Call from the derived destructor: commits the open transaction, if any.
  void finish() noexcept;

  // The views over `events` (docs/schema.md); `create_view` is the dialect's way to create a
  // view unless it exists ("CREATE VIEW IF NOT EXISTS", "CREATE OR REPLACE VIEW").
  static std::string views_sql(const std::string& create_view);
  // Recomputes num_mentions/num_sources/num_articles/first_mention_id of every group (used after
  // a migration) or of one group.
  static const char* recount_all_sql();
  static const char* recount_one_sql();

  // The country_days roll-up (sql_country_days.cc, docs/schema.md): its table and index, the
  // statements that fill it from `events`, and those a trigger runs to add or take out one events
  // row (`row` is NEW or OLD). A backend creates the table and its triggers together and calls
  // set_country_days_ready() once both exist; until then reads go to `events`.
  static const char* country_days_table_sql();
  static const char* country_days_fill_sql();
  static std::string country_days_add_sql(const std::string& row);
  static std::string country_days_remove_sql(const std::string& row);
  void set_country_days_ready(bool ready) { country_days_ready_ = ready; }

 private:
  PutResult store_document(const StoredDocument& doc, const std::vector<EventRecord>& events);
  // Rolls the open transaction back after the database failed with `cause`, and throws
  // StoreUnavailable counting its documents plus `in_hand` (one being stored, or none).
  [[noreturn]] void abandon_transaction(const std::string& cause, std::size_t in_hand);
  void store_mentions(std::int64_t document_id, const StoredDocument& doc,
                      const std::vector<EventRecord>& events);
  std::vector<StoredMention> read_mentions(const std::string& where, const Params& params,
                                           std::vector<std::int64_t>* event_ids);
  struct Where;
  Where where(const EventFilter& filter) const;
  // Reads answered from country_days when it can answer `filter` exactly; none otherwise.
  struct CountryDaysWhere {
    std::string sql;
    Params params;
  };
  std::optional<CountryDaysWhere> country_days_where(const EventFilter& filter) const;
  std::optional<std::vector<EventDay>> days_from_country_days(const EventFilter& filter);
  std::optional<std::int64_t> count_from_country_days(const EventFilter& filter);

  int documents_per_transaction_ = kDocumentsPerTransaction;
  bool in_transaction_ = false;
  int pending_ = 0;
  // Groups whose mentions changed in the open transaction: recounted just before it commits, so
  // a committed group's counts always match its mentions.
  std::set<std::int64_t> dirty_groups_;
  bool country_days_ready_ = false;
};

// The UTC day, YYYY-MM-DD: the ingest date of documents stored now.
std::string utc_today();

// The start of a statement, quoted, to say in an error message which one failed.
std::string sql_excerpt(const std::string& sql);

}  // namespace dyad
