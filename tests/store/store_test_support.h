// Articles coded by the real pipeline for the store tests, and checks of exported rows.
#pragma once

#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "pipeline/pipeline.h"
#include "pipeline/records.h"
#include "store/event_store.h"
#include "store/export.h"
#include "store/sql_event_store.h"
#include "store/store_backends.h"

namespace dyad {

struct CodedArticle {
  Document doc;
  Article article;
  std::vector<EventRecord> records;
};

// `one_sided`: as `dyad code --one-sided`.
inline CodedArticle code(Document doc, bool one_sided = false) {
  static const Pipeline pipeline(DYAD_DATA_DIR);
  const auto coded = pipeline.run(doc, {.one_sided = one_sided});
  auto records = make_records(doc, coded);
  return {std::move(doc), coded.article, std::move(records)};
}

inline CodedArticle coded_article() {
  Document doc;
  doc.id = "fixture-1";
  doc.origin = "test";
  doc.meta.date = "2023-09-21";
  doc.meta.url = "https://news.example/a";
  doc.text =
      "Iran Urges Calm\n\nIran's foreign minister called on Armenia and Azerbaijan to avoid "
      "renewed tensions. Azerbaijan condemned Iran for the drills.\n";
  return code(std::move(doc));
}

inline Document news_document(std::string id, std::optional<std::string> url,
                              std::optional<std::string> date, std::string text) {
  Document doc;
  doc.id = std::move(id);
  doc.origin = "/wire/" + doc.id + ".txt";
  doc.format = "txt";
  doc.meta.url = std::move(url);
  doc.meta.date = std::move(date);
  doc.text = std::move(text);
  return doc;
}

// Iran's condemnation of Azerbaijan on 2024-03-04, reported four times in three articles by two
// outlets; Turkey's praise of Syria on two days; an undated article.
inline std::vector<CodedArticle> news_articles() {
  std::vector<CodedArticle> articles;
  articles.push_back(code(news_document(
      "r1", "https://www.reuters.com/world/r1", "2024-03-04",
      "Iran condemns Azerbaijan\n\nIran condemned Azerbaijan on Monday over the border drills. "
      "Turkey praised Syria.\n")));
  articles.push_back(code(news_document("r2", "https://reuters.com/world/r2", "2024-03-04",
                                        "Border tensions\n\nIran condemned Azerbaijan after the "
                                        "exercises.\n")));
  articles.push_back(code(news_document("a1", "https://apnews.com/article/a1", "2024-03-04",
                                        "Regional news\n\nIran condemned Azerbaijan, officials "
                                        "said. Egypt met with Armenia.\n")));
  Document t1 = news_document("t1", std::nullopt, "2024-03-05",
                              "Syria news\n\nTurkey praised Syria on Tuesday.\n");
  t1.meta.source = "Anadolu Agency";
  articles.push_back(code(std::move(t1)));
  articles.push_back(code(
      news_document("u1", std::nullopt, std::nullopt, "Caucasus\n\nArmenia praised Russia.\n")));
  return articles;
}

inline EventStore::PutResult put(EventStore& store, const CodedArticle& a) {
  return store.put(make_stored_document(a.doc, a.article), a.records);
}

inline const EventGroup* find_group(const std::vector<EventGroup>& groups, const std::string& date,
                                    const std::string& source, const std::string& target,
                                    const std::string& cameo) {
  for (const auto& g : groups)
    if (g.date == date && g.source_code == source && g.target_code == target && g.cameo == cameo)
      return &g;
  return nullptr;
}

inline bool matches(const std::string& text, const char* pattern) {
  return std::regex_match(text, std::regex(pattern));
}

// Every column of a GDELT 2.0 event row, typed as GDELT documents it.
inline void expect_gdelt_row(const std::vector<std::string>& row, const EventGroup& g) {
  ASSERT_EQ(row.size(), 61u);
  EXPECT_EQ(row[0], std::to_string(g.id));          // GLOBALEVENTID
  EXPECT_TRUE(matches(row[1], R"(\d{8})"));         // SQLDATE
  EXPECT_TRUE(matches(row[2], R"(\d{6})"));         // MonthYear
  EXPECT_TRUE(matches(row[3], R"(\d{4})"));         // Year
  EXPECT_TRUE(matches(row[4], R"(\d{4}\.\d{4})"));  // FractionDate
  EXPECT_EQ(row[1], g.date.substr(0, 4) + g.date.substr(5, 2) + g.date.substr(8, 2));
  for (const std::size_t actor : {5u, 15u}) {
    EXPECT_TRUE(matches(row[actor], R"([A-Z]{3,})")) << row[actor];          // ActorNCode
    EXPECT_FALSE(row[actor + 1].empty());                                    // ActorNName
    EXPECT_TRUE(matches(row[actor + 2], R"([A-Z]{3}|)")) << row[actor + 2];  // CountryCode
  }
  EXPECT_EQ(row[5], g.source_code);
  EXPECT_EQ(row[15], g.target_code);
  EXPECT_EQ(row[25], "1");  // IsRootEvent
  EXPECT_EQ(row[26], g.cameo);
  EXPECT_TRUE(matches(row[26], R"(\d{3,4})"));
  EXPECT_TRUE(matches(row[27], R"(\d{3})"));  // EventBaseCode
  EXPECT_EQ(row[28], g.root);
  EXPECT_TRUE(matches(row[29], R"([1-4])"));  // QuadClass
  const double goldstein = std::stod(row[30]);
  EXPECT_GE(goldstein, -10.0);
  EXPECT_LE(goldstein, 10.0);
  EXPECT_EQ(row[31], std::to_string(g.num_mentions));
  EXPECT_EQ(row[32], std::to_string(g.num_sources));
  EXPECT_EQ(row[33], std::to_string(g.num_articles));
  EXPECT_TRUE(matches(row[59], R"(\d{14})"));                    // DATEADDED YYYYMMDDHHMMSS
  EXPECT_EQ(row[60], g.mentions.at(0).record.url.value_or(""));  // SOURCEURL: the first mention
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(std::move(field));
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(std::move(field));
      field.clear();
      records.push_back(std::move(record));
      record.clear();
      ++i;
    } else {
      field += c;
    }
  }
  return records;
}

inline void expect_csv_row(const std::vector<std::string>& row, const EventGroup& g) {
  ASSERT_EQ(row.size(), csv_columns().size());
  EXPECT_EQ(row[0], std::to_string(g.id));
  // Undated: no date, flagged (docs/schema.md, "Undated events").
  EXPECT_TRUE(matches(row[1], g.date_is_ingest ? "" : R"(\d{4}-\d{2}-\d{2})")) << row[1];
  EXPECT_EQ(row[2], g.date_is_ingest ? "1" : "0");
  EXPECT_EQ(row[3], g.source_code);
  EXPECT_EQ(row[4], g.target_code);
  EXPECT_TRUE(matches(row[5], R"(\d{3,4})"));
  EXPECT_TRUE(matches(row[6], R"(\d{2})"));
  EXPECT_NO_THROW((void)std::stod(row[8]));
  EXPECT_TRUE(matches(row[9], R"([1-4])"));
  for (const std::size_t count : {10u, 11u, 12u}) EXPECT_TRUE(matches(row[count], R"([1-9]\d*)"));
  EXPECT_EQ(row[14], g.mentions.at(0).record.sentence_text);
}

// Runs `sql` on the database at `location` with the test's own connection (to stage a database
// as an older dyad or another tool would have left it).
inline void execute_sql(const std::string& location, const std::string& sql) {
  if (is_postgres_url(location)) {
    pqxx::connection connection(location);
    pqxx::nontransaction(connection).exec(sql);
    return;
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(location.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

}  // namespace dyad
