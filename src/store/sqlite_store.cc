#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <cctype>
#include <charconv>
#include <stdexcept>

namespace dyad {

namespace {

// Schema 1 columns first, then the ones schema 2 added: a migrated file and a new one have the
// same column order.
constexpr const char* kDocumentsTable = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  origin TEXT NOT NULL,
  url TEXT,
  title TEXT,
  date TEXT,
  credited_source TEXT,
  text TEXT NOT NULL,
  outlet TEXT NOT NULL DEFAULT '',
  content_hash TEXT,
  ingest_date TEXT NOT NULL DEFAULT '',
  data_fingerprint TEXT NOT NULL DEFAULT ''
);
)sql";

constexpr const char* kEventTables = R"sql(
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  date_is_ingest INTEGER NOT NULL,
  source_code TEXT NOT NULL,
  target_code TEXT NOT NULL,
  cameo TEXT NOT NULL,
  root TEXT NOT NULL,
  label TEXT NOT NULL,
  goldstein REAL NOT NULL,
  quad_class INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_mention_id INTEGER,
  UNIQUE (date, source_code, target_code, cameo, date_is_ingest)
);
CREATE TABLE IF NOT EXISTS event_mentions (
  id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id),
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  source_code TEXT NOT NULL, source_country TEXT, source_agent TEXT, source_text TEXT,
  source_begin INTEGER, source_end INTEGER,
  target_code TEXT NOT NULL, target_country TEXT, target_agent TEXT, target_text TEXT,
  target_begin INTEGER, target_end INTEGER,
  modality TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL,
  rule TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_mentions_event ON event_mentions(event_id);
CREATE INDEX IF NOT EXISTS event_mentions_document ON event_mentions(document_id);
DROP INDEX IF EXISTS events_dyad_date;
CREATE INDEX IF NOT EXISTS events_dyad
  ON events(source_code, target_code, date, quad_class, goldstein);
CREATE INDEX IF NOT EXISTS events_target_date ON events(target_code, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_root_date ON events(root, date);
CREATE VIRTUAL TABLE IF NOT EXISTS mention_search USING fts5(
  sentence_text, content = 'event_mentions', content_rowid = 'id',
  tokenize = 'porter unicode61');
CREATE TRIGGER IF NOT EXISTS event_mentions_search_insert AFTER INSERT ON event_mentions BEGIN
  INSERT INTO mention_search (rowid, sentence_text) VALUES (new.id, new.sentence_text);
END;
CREATE TRIGGER IF NOT EXISTS event_mentions_search_delete AFTER DELETE ON event_mentions BEGIN
  INSERT INTO mention_search (mention_search, rowid, sentence_text)
  VALUES ('delete', old.id, old.sentence_text);
END;
)sql";

// Schema 1 kept one `events` row per mention; schema 2 calls those event_mentions and groups
// them into `events`. Runs inside the migration transaction, after kEventTables.
constexpr const char* kMoveV1Mentions = R"sql(
INSERT OR IGNORE INTO events (date, date_is_ingest, source_code, target_code, cameo, root, label,
                              goldstein, quad_class)
SELECT COALESCE(v.date, d.ingest_date), v.date IS NULL, v.source_code, v.target_code, v.cameo,
       v.root, '', v.goldstein, v.quad_class
FROM events_v1 v JOIN documents d ON d.id = v.document_id ORDER BY v.id;
INSERT INTO event_mentions (id, event_id, document_id, sentence, source_code, source_country,
  source_agent, source_text, source_begin, source_end, target_code, target_country, target_agent,
  target_text, target_begin, target_end, modality, span_begin, span_end, sentence_text, rule)
SELECT v.id, e.id, v.document_id, v.sentence, v.source_code, v.source_country, v.source_agent,
       v.source_text, v.source_begin, v.source_end, v.target_code, v.target_country,
       v.target_agent, v.target_text, v.target_begin, v.target_end, v.modality, v.span_begin,
       v.span_end, v.sentence_text, v.rule
FROM events_v1 v JOIN documents d ON d.id = v.document_id
JOIN events e ON e.date = COALESCE(v.date, d.ingest_date) AND e.date_is_ingest = (v.date IS NULL)
  AND e.source_code = v.source_code AND e.target_code = v.target_code AND e.cameo = v.cameo
ORDER BY v.id;
DROP TABLE events_v1;
)sql";

// Our SQL writes parameters as $1, $2 (shared with PostgreSQL); SQLite numbers them ?1, ?2.
std::string sqlite_placeholders(std::string sql) {
  for (std::size_t i = 0; i + 1 < sql.size(); ++i)
    if (sql[i] == '$' && std::isdigit(static_cast<unsigned char>(sql[i + 1]))) sql[i] = '?';
  return sql;
}

// Resets a statement however the step loop ends, so the next use starts clean.
class StatementReset {
 public:
  explicit StatementReset(sqlite3_stmt* stmt) : stmt_(stmt) {}
  ~StatementReset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  StatementReset(const StatementReset&) = delete;
  StatementReset& operator=(const StatementReset&) = delete;

 private:
  sqlite3_stmt* stmt_;
};

}  // namespace

SqliteStore::SqliteStore(const std::filesystem::path& file, bool read_only) : file_(file.string()) {
  open_connection(read_only);
  try {
    set_busy_wait(kDefaultBusyWait);
    execute_script("PRAGMA foreign_keys=ON");
    int found = 0;
    try {
      found = schema_version();
    } catch (const std::runtime_error&) {
      const int code = sqlite3_errcode(db_) & 0xFF;
      if (!read_only || (code != SQLITE_CANTOPEN && code != SQLITE_READONLY)) throw;
      // A WAL file needs its -shm beside it, which a reader cannot create in a folder it may
      // not write. Without one, no writer has the file open: it can be read as it stands.
      close_connection();
      open_connection(read_only, /*immutable=*/true);
      found = schema_version();
    }
    check_not_newer(found);
    if (found == kSchemaVersion) set_country_days_ready(has_country_days());
    if (found == kSchemaVersion && read_only) return;  // without country_days: reads events
    if (read_only) {  // an older schema is migrated first: a reader's one write
      close_connection();
      open_connection(false);
      set_busy_wait(kDefaultBusyWait);
    }
    execute_script("PRAGMA journal_mode=WAL");
    execute_script("PRAGMA synchronous=NORMAL");  // WAL + NORMAL: a killed process loses nothing
    execute_script("PRAGMA foreign_keys=ON");
    // No write lock taken when nothing is missing: another writer may hold it.
    if (found == kSchemaVersion && has_country_days()) return;
    execute_script("BEGIN IMMEDIATE");
    try {
      found = schema_version();  // another process may have created it meanwhile
      check_not_newer(found);
      if (found == 1) migrate_from_v1();
      if (found == 1 || found == 2) migrate_from_v2();
      create_schema();
      if (found < kSchemaVersion) add_schema4_columns();  // not when only country_days is missing
      if (found == 0)
        execute("INSERT INTO schema_version VALUES ($1)", {std::int64_t{kSchemaVersion}});
      execute_script("COMMIT");
    } catch (...) {
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      throw;
    }
  } catch (...) {
    close_connection();
    throw;
  }
}

void SqliteStore::open_connection(bool read_only, bool immutable) {
  const int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  std::string name = file_;
  if (immutable) {
    name = "file:";
    for (const char c : file_) {
      if (c == '?' || c == '#' || c == '%') {
        static constexpr char kHex[] = "0123456789ABCDEF";
        name += '%';
        name += kHex[static_cast<unsigned char>(c) >> 4];
        name += kHex[static_cast<unsigned char>(c) & 0xF];
      } else {
        name += c;
      }
    }
    name += "?immutable=1";
  }
  if (sqlite3_open_v2(name.c_str(), &db_, flags | (immutable ? SQLITE_OPEN_URI : 0), nullptr) !=
      SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error(file_ + ": " + message);
  }
}

void SqliteStore::close_connection() {
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  statements_.clear();
  sqlite3_close(db_);
  db_ = nullptr;
}

void SqliteStore::check_not_newer(int found) const {
  if (found > kSchemaVersion)
    throw std::runtime_error(file_ + ": written by a newer dyad (schema " + std::to_string(found) +
                             "; this dyad reads up to " + std::to_string(kSchemaVersion) + ")");
}

SqliteStore::~SqliteStore() {
  finish();
  close_connection();
}

namespace {

// Errors of the database itself rather than of one document's data: nothing more can be stored.
bool database_failed(int code) {
  switch (code & 0xFF) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
      return true;
    default:
      return false;
  }
}

}  // namespace

void SqliteStore::throw_error(const std::string& message) const {
  if (database_failed(sqlite3_extended_errcode(db_))) throw StoreUnavailable(message);
  throw std::runtime_error(message);
}

void SqliteStore::fail(const std::string& what) const {
  throw_error(file_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

void SqliteStore::set_busy_wait(double seconds) {
  sqlite3_busy_timeout(db_, static_cast<int>(seconds * 1000));
}

int SqliteStore::schema_version() {
  const auto table = select(
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", {});
  if (table[0][0] == "0") return 0;
  const auto rows = select("SELECT version FROM schema_version", {});
  if (rows.empty() || !rows[0][0]) return 0;
  const std::string& text = *rows[0][0];
  int version = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (error != std::errc() || end != text.data() + text.size() || version < 1)
    throw std::runtime_error(file_ + ": schema_version holds '" + text +
                             "', not a dyad schema number; not a dyad database?");
  return version;
}

void SqliteStore::open_read_only() {
  const int found = schema_version();
  if (found == 0) throw std::runtime_error(file_ + ": not a dyad event database");
  if (found != kSchemaVersion)
    throw std::runtime_error(
        file_ + ": schema " + std::to_string(found) + ", this dyad reads " +
        std::to_string(kSchemaVersion) +
        (found < kSchemaVersion ? " (run `dyad query --db FILE dyads` once to migrate it)" : ""));
}

void SqliteStore::create_schema() {
  execute_script(kDocumentsTable);
  execute_script(kEventTables);
  execute_script(views_sql("CREATE VIEW IF NOT EXISTS"));
  add_country_days();
}

bool SqliteStore::has_country_days() {
  return select(
             "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('country_days', "
             "'country_days_insert', 'country_days_delete', 'country_days_update')",
             {})[0][0] == "4";
}

// Not a schema version of its own: files of schema 3 written by an older dyad get the roll-up on
// their next writable open, and older dyads that write to a file with it keep it up to date
// through the triggers. Filled from `events` whenever the triggers were not all there.
void SqliteStore::add_country_days() {
  const bool tracked = has_country_days();
  execute_script(country_days_table_sql());
  execute_script("CREATE TRIGGER IF NOT EXISTS country_days_insert AFTER INSERT ON events BEGIN\n" +
                 country_days_add_sql("new") +
                 "END;\n"
                 "CREATE TRIGGER IF NOT EXISTS country_days_delete AFTER DELETE ON events BEGIN\n" +
                 country_days_remove_sql("old") +
                 "END;\n"
                 "CREATE TRIGGER IF NOT EXISTS country_days_update AFTER UPDATE OF date, "
                 "date_is_ingest, source_code, target_code, quad_class, goldstein ON events "
                 "BEGIN\n" +
                 country_days_remove_sql("old") + country_days_add_sql("new") + "END;\n");
  if (!tracked) execute_script(country_days_fill_sql());
  set_country_days_ready(true);
}

// Schema 3 records the data fingerprint each document was coded under; documents stored before
// have none, so the next run recodes them.
void SqliteStore::migrate_from_v2() {
  execute_script("ALTER TABLE documents ADD COLUMN data_fingerprint TEXT NOT NULL DEFAULT ''");
  execute("UPDATE schema_version SET version = $1", {std::int64_t{kSchemaVersion}});
}

// Schema 4 records each event's PLOVER coding and place. Rows stored before get empty PLOVER
// fields and no place; their documents were coded under another data fingerprint (dyad's
// data/plover and data/geo did not exist), so the next `dyad code` run recodes them.
void SqliteStore::add_schema4_columns() {
  for (const auto& column : schema4_columns()) execute_script("ALTER TABLE " + column);
  execute_script(schema4_index_sql());
  execute("UPDATE schema_version SET version = $1", {std::int64_t{kSchemaVersion}});
}

void SqliteStore::migrate_from_v1() {
  execute_script(
      "ALTER TABLE documents ADD COLUMN outlet TEXT NOT NULL DEFAULT '';"
      "ALTER TABLE documents ADD COLUMN content_hash TEXT;"
      "ALTER TABLE documents ADD COLUMN ingest_date TEXT NOT NULL DEFAULT '';"
      "DROP INDEX IF EXISTS events_document;"
      "DROP INDEX IF EXISTS events_dyad;"
      "ALTER TABLE events RENAME TO events_v1;");
  // Schema 1 kept no hash (the next run re-codes every document) nor ingest date (the day of the
  // migration stands in for it); the outlet follows from what it kept.
  const std::string today = utc_today();
  for (const auto& row : select("SELECT id, origin, url, credited_source FROM documents", {})) {
    Document doc;
    doc.origin = row[1].value_or("");
    doc.meta.url = row[2];
    execute("UPDATE documents SET outlet = $1, ingest_date = $2 WHERE id = $3",
            {document_outlet(doc, row[3]), today, std::stoll(*row[0])});
  }
  execute_script(kEventTables);
  execute_script(kMoveV1Mentions);
  execute_script(recount_all_sql());
  execute("UPDATE schema_version SET version = $1", {std::int64_t{kSchemaVersion}});
}

sqlite3_stmt* SqliteStore::prepared(const std::string& sql, const Params& params) {
  auto [it, added] = statements_.try_emplace(sql, nullptr);
  if (added) {
    const std::string text = sqlite_placeholders(sql);
    if (sqlite3_prepare_v2(db_, text.c_str(), -1, &it->second, nullptr) != SQLITE_OK) {
      statements_.erase(it);
      fail("cannot prepare " + sql_excerpt(sql));
    }
  }
  sqlite3_stmt* stmt = it->second;
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    std::visit(
        [&](const auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, std::nullptr_t>)
            sqlite3_bind_null(stmt, index);
          else if constexpr (std::is_same_v<T, std::int64_t>)
            sqlite3_bind_int64(stmt, index, value);
          else if constexpr (std::is_same_v<T, double>)
            sqlite3_bind_double(stmt, index, value);
          else
            sqlite3_bind_text(stmt, index, value.data(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        },
        params[i]);
  }
  return stmt;
}

void SqliteStore::execute(const std::string& sql, const Params& params) {
  select(sql, params);
}

void SqliteStore::execute_script(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const std::string message = error ? error : sqlite3_errmsg(db_);
    sqlite3_free(error);
    throw_error(file_ + ": " + message);
  }
}

std::vector<SqliteStore::Row> SqliteStore::select(const std::string& sql, const Params& params) {
  sqlite3_stmt* stmt = prepared(sql, params);
  StatementReset reset(stmt);
  std::vector<Row> rows;
  for (;;) {
    const int rc = sqlite3_step(stmt);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) fail(sql_excerpt(sql));
    Row row(static_cast<std::size_t>(sqlite3_column_count(stmt)));
    for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
      if (sqlite3_column_type(stmt, c) == SQLITE_NULL) continue;
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
      row[static_cast<std::size_t>(c)].emplace(text, sqlite3_column_bytes(stmt, c));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

void SqliteStore::begin_transaction() {
  execute_script("BEGIN IMMEDIATE");
}

void SqliteStore::commit_transaction() {
  execute_script("COMMIT");
}

void SqliteStore::rollback_transaction() {
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

std::string SqliteStore::search_condition(const std::string& placeholder) const {
  return "m.id IN (SELECT rowid FROM mention_search WHERE mention_search MATCH " + placeholder +
         ")";
}

std::string SqliteStore::sentence_offset_sql() const {
  // As blobs, instr counts bytes, the unit of every stored offset.
  return "instr(CAST(d.text AS BLOB), CAST(m.sentence_text AS BLOB)) - 1";
}

std::string SqliteStore::search_parameter(const std::string& text) const {
  // Every word as a quoted FTS5 string: user text is never read as query syntax (AND, NEAR, *),
  // and juxtaposed strings must all match.
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!query.empty()) query += ' ';
    query += '"';
    for (const char c : word) query += c == '"' ? std::string("\"\"") : std::string(1, c);
    query += '"';
    word.clear();
  };
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)))
      flush();
    else
      word += c;
  }
  flush();
  return query;
}

}  // namespace dyad
