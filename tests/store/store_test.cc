// Output formats and the SQLite store, on an article coded by the real pipeline.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <sstream>

#include "cli/pipeline.h"
#include "store/record.h"
#include "store/sqlite_store.h"
#include "support/temp_dir.h"

namespace dyad {
namespace {

struct Fixture {
  Document doc;
  cli::Coded coded;
  std::vector<EventRecord> records;
};

Fixture coded_article() {
  static const cli::Pipeline pipeline(DYAD_DATA_DIR);
  Fixture f;
  f.doc.id = "fixture-1";
  f.doc.origin = "test";
  f.doc.meta.date = "2023-09-21";
  f.doc.meta.url = "https://news.example/a";
  f.doc.text =
      "Iran Urges Calm\n\nIran's foreign minister called on Armenia and Azerbaijan to avoid "
      "renewed "
      "tensions. Azerbaijan condemned Iran for the drills.\n";
  f.coded = pipeline.run(f.doc);
  f.records =
      make_records(f.doc, f.coded.article, f.coded.sentences, f.coded.mentions, f.coded.events);
  return f;
}

std::vector<std::string> split(const std::string& line, char by) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, by)) out.push_back(field);
  if (!line.empty() && line.back() == by) out.emplace_back();
  return out;
}

TEST(EventRecords, JsonCarriesTheContractFields) {
  const auto f = coded_article();
  ASSERT_GE(f.records.size(), 3u);
  const auto json = to_json(f.records[0]);
  EXPECT_EQ(json["doc_id"], "fixture-1");
  EXPECT_EQ(json["date"], "2023-09-21");
  EXPECT_EQ(json["source"]["country"], "IRN");
  EXPECT_EQ(json["target"]["country"], "ARM");
  EXPECT_EQ(json["cameo"].get<std::string>().substr(0, 2), "02");
  EXPECT_EQ(json["root"], "02");
  EXPECT_EQ(json["quad_class"], 1);
  EXPECT_GT(json["goldstein"].get<double>(), 0.0);
  EXPECT_EQ(json["modality"], "asserted");
  EXPECT_TRUE(json["rule"].get<std::string>().starts_with("data/events/02_appeal.tsv:"));
  const auto span = json["span"];
  const std::string evidence =
      f.coded.article.text.substr(span[0], span[1].get<std::size_t>() - span[0].get<std::size_t>());
  EXPECT_TRUE(evidence.starts_with("Iran's foreign minister called on Armenia")) << evidence;
}

TEST(EventRecords, GdeltRowsHaveTheEventTableShape) {
  const auto f = coded_article();
  const auto header = split(gdelt_header(), '\t');
  ASSERT_EQ(header.size(), 61u);
  EXPECT_EQ(header[0], "GLOBALEVENTID");
  EXPECT_EQ(header[26], "EventCode");
  EXPECT_EQ(header[60], "SOURCEURL");
  std::uint64_t id = 0;
  for (const auto& record : f.records) {
    const auto row = split(gdelt_row(record, ++id), '\t');
    ASSERT_EQ(row.size(), 61u);
    EXPECT_EQ(row[0], std::to_string(id));
    EXPECT_EQ(row[1], "20230921");             // SQLDATE
    EXPECT_EQ(row[2], "202309");               // MonthYear
    EXPECT_EQ(row[3], "2023");                 // Year
    EXPECT_EQ(row[5], record.source.code);     // Actor1Code
    EXPECT_EQ(row[7], record.source.country);  // Actor1CountryCode
    EXPECT_EQ(row[15], record.target.code);    // Actor2Code
    EXPECT_EQ(row[26], record.cameo);          // EventCode
    EXPECT_EQ(row[28], record.root);           // EventRootCode
    EXPECT_EQ(row[29], std::to_string(record.quad_class));
    EXPECT_NO_THROW((void)std::stod(row[30]));  // GoldsteinScale
    EXPECT_EQ(row[60], "https://news.example/a");
  }
}

int count(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  const int n = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int(stmt, 0) : -1;
  sqlite3_finalize(stmt);
  return n;
}

TEST(SqliteStore, RerunReplacesInsteadOfDuplicating) {
  testing::TempDir dir;
  const auto file = dir.path() / "events.db";
  const auto f = coded_article();
  for (int run = 0; run < 2; ++run) {
    SqliteStore store(file);
    store.put(f.doc, f.coded.article, f.records);
    store.commit();
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(file.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM events"), static_cast<int>(f.records.size()));
  EXPECT_EQ(count(db, "SELECT version FROM schema_version"), SqliteStore::kSchemaVersion);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM events WHERE source_country = 'IRN' AND root = '02'"),
            2);
  sqlite3_close(db);
}

}  // namespace
}  // namespace dyad
