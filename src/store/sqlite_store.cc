#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <stdexcept>

namespace dyad {

namespace {

constexpr int kDocumentsPerTransaction = 500;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  url TEXT,
  title TEXT,
  date TEXT,
  credited_source TEXT,
  text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  date TEXT,
  source_code TEXT NOT NULL, source_country TEXT, source_agent TEXT, source_text TEXT,
  source_begin INTEGER, source_end INTEGER,
  target_code TEXT NOT NULL, target_country TEXT, target_agent TEXT, target_text TEXT,
  target_begin INTEGER, target_end INTEGER,
  cameo TEXT NOT NULL, root TEXT NOT NULL, goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  modality TEXT NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_code, target_code, date);
)sql";

void bind_text(sqlite3_stmt* stmt, int index, const std::string& text) {
  sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void bind_optional(sqlite3_stmt* stmt, int index, const std::optional<std::string>& text) {
  if (text)
    bind_text(stmt, index, *text);
  else
    sqlite3_bind_null(stmt, index);
}

void bind_span(sqlite3_stmt* stmt, int index, const std::optional<Span>& span) {
  if (span) {
    sqlite3_bind_int64(stmt, index, static_cast<sqlite3_int64>(span->begin));
    sqlite3_bind_int64(stmt, index + 1, static_cast<sqlite3_int64>(span->end));
  } else {
    sqlite3_bind_null(stmt, index);
    sqlite3_bind_null(stmt, index + 1);
  }
}

}  // namespace

SqliteStore::SqliteStore(const std::filesystem::path& file) {
  if (sqlite3_open(file.c_str(), &db_) != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error(file.string() + ": " + message);
  }
  sqlite3_busy_timeout(db_, 5000);
  exec("PRAGMA journal_mode=WAL");
  exec("PRAGMA synchronous=NORMAL");
  exec("PRAGMA foreign_keys=ON");
  exec(kSchema);
  sqlite3_stmt* version = prepare("SELECT version FROM schema_version");
  const bool has_version = sqlite3_step(version) == SQLITE_ROW;
  const int found = has_version ? sqlite3_column_int(version, 0) : 0;
  sqlite3_finalize(version);
  if (!has_version)
    exec(("INSERT INTO schema_version VALUES (" + std::to_string(kSchemaVersion) + ")").c_str());
  else if (found > kSchemaVersion)
    throw std::runtime_error(file.string() + ": written by a newer dyad (schema " +
                             std::to_string(found) + ")");
  delete_events_ = prepare(
      "DELETE FROM events WHERE document_id = (SELECT id FROM documents WHERE doc_id = ?1)");
  upsert_document_ = prepare(
      "INSERT INTO documents (doc_id, origin, url, title, date, credited_source, text) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(doc_id) DO UPDATE SET origin = ?2, url = "
      "?3, "
      "title = ?4, date = ?5, credited_source = ?6, text = ?7 RETURNING id");
  insert_event_ = prepare(
      "INSERT INTO events (document_id, sentence, date, source_code, source_country, source_agent, "
      "source_text, source_begin, source_end, target_code, target_country, target_agent, "
      "target_text, target_begin, target_end, cameo, root, goldstein, quad_class, modality, "
      "span_begin, span_end, sentence_text, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
      "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)");
}

SqliteStore::~SqliteStore() {
  try {
    commit();
  } catch (...) {
    // A failed final commit leaves the last batch out; earlier batches are already durable.
  }
  sqlite3_finalize(delete_events_);
  sqlite3_finalize(upsert_document_);
  sqlite3_finalize(insert_event_);
  sqlite3_close(db_);
}

void SqliteStore::exec(const char* sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error("sqlite: " + message);
  }
}

sqlite3_stmt* SqliteStore::prepare(const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return stmt;
}

void SqliteStore::put(const Document& doc, const Article& article,
                      const std::vector<EventRecord>& events) {
  if (!in_transaction_) {
    exec("BEGIN");
    in_transaction_ = true;
  }
  auto run = [&](sqlite3_stmt* stmt) {
    const int rc = sqlite3_step(stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
      throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db_));
  };
  bind_text(delete_events_, 1, doc.id);
  run(delete_events_);
  sqlite3_reset(delete_events_);

  bind_text(upsert_document_, 1, doc.id);
  bind_text(upsert_document_, 2, doc.origin);
  bind_optional(upsert_document_, 3, doc.meta.url);
  bind_optional(upsert_document_, 4, article.title);
  bind_optional(upsert_document_, 5, article.date);
  bind_optional(upsert_document_, 6, article.credited_source);
  bind_text(upsert_document_, 7, article.text);
  run(upsert_document_);
  const sqlite3_int64 document_id = sqlite3_column_int64(upsert_document_, 0);
  sqlite3_reset(upsert_document_);

  for (const auto& e : events) {
    sqlite3_stmt* s = insert_event_;
    sqlite3_bind_int64(s, 1, document_id);
    sqlite3_bind_int64(s, 2, static_cast<sqlite3_int64>(e.sentence));
    bind_optional(s, 3, e.date);
    int column = 4;
    for (const ActorRecord* actor : {&e.source, &e.target}) {
      bind_text(s, column++, actor->code);
      bind_text(s, column++, actor->country);
      bind_text(s, column++, actor->agent);
      bind_text(s, column++, actor->text);
      bind_span(s, column, actor->span);
      column += 2;
    }
    bind_text(s, 16, e.cameo);
    bind_text(s, 17, e.root);
    sqlite3_bind_double(s, 18, e.goldstein);
    sqlite3_bind_int(s, 19, e.quad_class);
    bind_text(s, 20, e.modality);
    bind_span(s, 21, e.span);
    bind_text(s, 23, e.sentence_text);
    bind_text(s, 24, e.rule);
    run(s);
    sqlite3_reset(s);
  }
  if (++pending_ >= kDocumentsPerTransaction) commit();
}

void SqliteStore::commit() {
  if (!in_transaction_) return;
  exec("COMMIT");
  in_transaction_ = false;
  pending_ = 0;
}

}  // namespace dyad
