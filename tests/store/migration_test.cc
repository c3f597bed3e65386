// SQLite schema versions: a schema-1 file (one `events` row per mention) is migrated in place,
// a file from a newer dyad is refused, and the roll-up views agree with the events table.
#include "store/sqlite_store.h"
#include "store/store_test_support.h"

namespace dyad {
namespace {

// What dyad 0.1 created (schema 1), with one article reporting the same event twice.
constexpr const char* kSchemaV1File = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE documents (id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL UNIQUE, origin TEXT NOT NULL,
  url TEXT, title TEXT, date TEXT, credited_source TEXT, text TEXT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL, date TEXT,
  source_code TEXT NOT NULL, source_country TEXT, source_agent TEXT, source_text TEXT,
  source_begin INTEGER, source_end INTEGER,
  target_code TEXT NOT NULL, target_country TEXT, target_agent TEXT, target_text TEXT,
  target_begin INTEGER, target_end INTEGER,
  cameo TEXT NOT NULL, root TEXT NOT NULL, goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  modality TEXT NOT NULL, span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  sentence_text TEXT NOT NULL, rule TEXT NOT NULL);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_dyad ON events(source_code, target_code, date);
INSERT INTO documents VALUES (1, 'r1', '/wire/r1.txt', 'https://www.reuters.com/r1', 'Iran', '2024-03-04',
  NULL, 'Iran condemns Azerbaijan. Iran condemned Azerbaijan. Turkey praised Syria.');
INSERT INTO documents VALUES (2, 'u1', '/wire/u1.txt', NULL, NULL, NULL, NULL,
  'Armenia praised Russia.');
INSERT INTO events VALUES (1, 1, 0, '2024-03-04', 'IRN', 'IRN', '', 'Iran', 0, 4, 'AZE', 'AZE', '',
  'Azerbaijan', 14, 24, '111', '11', -2.0, 3, 'asserted', 0, 24, 'Iran condemns Azerbaijan.',
  'data/events/11_disapprove.tsv:3');
INSERT INTO events VALUES (2, 1, 1, '2024-03-04', 'IRN', 'IRN', '', 'Iran', 26, 30, 'AZE', 'AZE', '',
  'Azerbaijan', 41, 51, '111', '11', -2.0, 3, 'asserted', 26, 51, 'Iran condemned Azerbaijan.',
  'data/events/11_disapprove.tsv:3');
INSERT INTO events VALUES (3, 1, 2, '2024-03-04', 'TUR', 'TUR', '', 'Turkey', 53, 59, 'SYR', 'SYR',
  '', 'Syria', 68, 73, '051', '05', 3.4, 1, 'asserted', 53, 73, 'Turkey praised Syria.',
  'data/events/05_cooperate.tsv:1');
INSERT INTO events VALUES (4, 2, 0, NULL, 'ARM', 'ARM', '', 'Armenia', 0, 7, 'RUS', 'RUS', '',
  'Russia', 16, 22, '051', '05', 3.4, 1, 'asserted', 0, 22, 'Armenia praised Russia.',
  'data/events/05_cooperate.tsv:1');
)sql";

std::string scalar(const std::filesystem::path& file, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open(file.c_str(), &db);
  sqlite3_stmt* stmt = nullptr;
  std::string value = "<error: " + std::string(sqlite3_errmsg(db)) + ">";
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  else
    value = "<error: " + std::string(sqlite3_errmsg(db)) + ">";
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

void write_sql(const std::filesystem::path& file, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

TEST(SqliteSchema, Version1FileIsMigratedInPlace) {
  testing::TempDir dir;
  const auto file = dir.path() / "v1.db";
  write_sql(file, kSchemaV1File);
  {
    SqliteStore store(file);
    const auto groups = store.events({});
    ASSERT_EQ(groups.size(), 3u);
    const EventGroup* condemn = find_group(groups, "2024-03-04", "IRN", "AZE", "111");
    ASSERT_NE(condemn, nullptr);
    EXPECT_EQ(condemn->num_mentions, 2);
    EXPECT_EQ(condemn->num_articles, 1);
    EXPECT_EQ(condemn->num_sources, 1);
    EXPECT_EQ(condemn->mentions[1].record.sentence_text, "Iran condemned Azerbaijan.");
    EXPECT_EQ(condemn->mentions[0].outlet, "reuters.com");
    const EventGroup* undated = find_group(groups, utc_today(), "ARM", "RUS", "051");
    ASSERT_NE(undated, nullptr);
    EXPECT_TRUE(undated->date_is_ingest);
    EXPECT_EQ(undated->mentions[0].outlet, "");  // no URL or credit: unknown, never the folder
    // Schema 1 kept no content hash: a re-run codes the document again instead of skipping it.
    const auto stored = store.content_hashes();
    EXPECT_EQ(stored.at("r1"), "");
    EXPECT_EQ(store.search("condemned", 5).size(), 2u);  // the full-text index was filled
  }
  EXPECT_EQ(scalar(file, "SELECT version FROM schema_version"), "4");
  EXPECT_EQ(scalar(file, "SELECT COUNT(*) FROM event_mentions"), "4");
  EXPECT_EQ(scalar(file, "SELECT SUM(num_events) FROM country_days"), "3");  // filled from events
  EXPECT_EQ(scalar(file, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_v1'"), "0");
  EXPECT_EQ(scalar(file, "PRAGMA integrity_check"), "ok");
  EXPECT_EQ(scalar(file, "SELECT COUNT(*) FROM pragma_foreign_key_check"), "0");
}

TEST(SqliteSchema, FileFromANewerDyadIsRefused) {
  testing::TempDir dir;
  const auto file = dir.path() / "future.db";
  write_sql(file,
            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
            "INSERT INTO schema_version VALUES (99);");
  try {
    SqliteStore store(file);
    FAIL() << "opened a schema-99 file";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(file.string() + ": written by a newer dyad (schema 99"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(scalar(file, "SELECT version FROM schema_version"), "99");  // left untouched
}

TEST(SqliteSchema, RollUpViewsAgreeWithTheEvents) {
  testing::TempDir dir;
  const auto file = dir.path() / "events.db";
  {
    SqliteStore store(file);
    for (const auto& article : news_articles()) put(store, article);
  }
  EXPECT_EQ(scalar(file, "SELECT SUM(num_events) FROM dyad_days"),
            scalar(file, "SELECT COUNT(*) FROM events"));
  EXPECT_EQ(scalar(file, "SELECT SUM(num_mentions) FROM root_days"),
            scalar(file, "SELECT COUNT(*) FROM event_mentions"));
  EXPECT_EQ(scalar(file,
                   "SELECT num_events || ' ' || num_mentions || ' ' || verbal_conflict FROM "
                   "dyad_days WHERE source_code = 'IRN' AND target_code = 'AZE'"),
            "1 4 1");
  EXPECT_EQ(scalar(file,
                   "SELECT num_events FROM root_days WHERE root = '05' AND "
                   "date = '2024-03-04'"),
            "1");
  // Stored counts match a recount from the mentions.
  EXPECT_EQ(scalar(file,
                   "SELECT COUNT(*) FROM events e WHERE num_mentions != (SELECT COUNT(*) FROM "
                   "event_mentions m WHERE m.event_id = e.id) OR num_sources != (SELECT "
                   "COUNT(DISTINCT d.outlet) FROM event_mentions m JOIN documents d ON d.id = "
                   "m.document_id WHERE m.event_id = e.id)"),
            "0");
}

}  // namespace
}  // namespace dyad
