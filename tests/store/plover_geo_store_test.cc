// PLOVER and event places in the store (schema 4) on both backends: stored, read back, filtered
// and exported; and a schema-3 database migrated in place.
#include "store/store_test_support.h"

namespace dyad {
namespace {

using testing::Backend;

class PloverGeoStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { DYAD_REQUIRE_BACKEND(GetParam()); }
};

// Iran's condemnation of Azerbaijan, datelined Baku.
CodedArticle baku_article(const std::string& id) {
  return code(news_document(id, "https://news.example/" + id, "2024-03-04",
                            "Regional news\n\nBAKU, March 4 (Reuters) - Iran condemned "
                            "Azerbaijan over the military drills.\n"));
}

TEST_P(PloverGeoStoreTest, PloverAndPlaceAreStoredFilteredAndExported) {
  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  const auto article = baku_article("b1");
  ASSERT_EQ(article.records.size(), 1u);
  put(*store, article);
  store->commit();

  const auto groups = store->events({});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].plover_event, "ACCUSE");
  const EventRecord& stored = groups[0].mentions.at(0).record;
  EXPECT_EQ(stored.plover.event, "ACCUSE");
  EXPECT_EQ(stored.plover.mode, article.records[0].plover.mode);
  EXPECT_EQ(stored.plover.context, std::vector<std::string>({"military"}));
  ASSERT_TRUE(stored.geo);
  EXPECT_EQ(stored.geo->name, "Baku");
  EXPECT_EQ(stored.geo->country, "AZE");
  EXPECT_EQ(stored.geo->basis, "dateline");
  EXPECT_NEAR(stored.geo->lat, 40.3777, 1e-4);
  EXPECT_EQ(stored.geo->feature_id, article.records[0].geo->feature_id);
  EXPECT_EQ(to_json(stored), to_json(article.records[0]));  // the JSON Lines record round-trips

  EventFilter accuse;
  accuse.plover_event = "ACCUSE";
  EXPECT_EQ(store->count_events(accuse), 1);
  EventFilter assault;
  assault.plover_event = "ASSAULT";
  EXPECT_EQ(store->count_events(assault), 0);

  std::ostringstream gdelt;
  write_events(gdelt, groups, *make_output_format("gdelt"));
  const std::string row = gdelt.str();  // no header row, as GDELT's files
  std::vector<std::string> cells;
  std::istringstream in(row.substr(0, row.find('\n')));
  for (std::string cell; std::getline(in, cell, '\t');) cells.push_back(cell);
  ASSERT_GE(cells.size(), 59u);
  EXPECT_EQ(cells[51], "4");  // ActionGeo_Type: a world city
  EXPECT_EQ(cells[52], "Baku");
  EXPECT_EQ(cells[53], "AZE");
  EXPECT_EQ(cells[56], "40.3777");
}

TEST_P(PloverGeoStoreTest, Schema3DatabaseIsMigratedInPlace) {
  testing::Databases databases(GetParam());
  const std::string location = databases.create();
  {
    const auto store = open_event_store(location);
    for (const auto& article : news_articles()) put(*store, article);
  }
  // What dyad wrote before schema 4: the same tables without the PLOVER and place columns.
  std::string downgrade = "DROP INDEX IF EXISTS events_plover_date;";
  for (const auto& column : SqlEventStore::schema4_columns()) {
    const std::string table = column.substr(0, column.find(' '));
    const std::size_t name = column.find("COLUMN ") + 7;
    downgrade += "ALTER TABLE " + table + " DROP COLUMN " +
                 column.substr(name, column.find(' ', name) - name) + ";";
  }
  execute_sql(location, downgrade + "UPDATE schema_version SET version = 3;");
  {
    const auto store = open_event_store(location);
    const auto old_groups = store->events({});
    ASSERT_EQ(old_groups.size(), 5u);
    for (const auto& g : old_groups) {
      EXPECT_EQ(g.plover_event, "");  // stored before PLOVER: recoded by the next run
      EXPECT_FALSE(g.mentions.at(0).record.geo);
    }
    put(*store, baku_article("b1"));
    store->commit();
    EventFilter accuse;
    accuse.plover_event = "ACCUSE";
    // The new mention joins the old IRN → AZE 111 group of that day, which takes its type.
    const auto joined = store->events(accuse);
    ASSERT_EQ(joined.size(), 1u);
    EXPECT_EQ(joined[0].num_mentions, 5);
    const EventRecord& newest = joined[0].mentions.back().record;
    EXPECT_EQ(newest.doc_id, "b1");
    ASSERT_TRUE(newest.geo);
    EXPECT_EQ(newest.geo->name, "Baku");
    EXPECT_FALSE(joined[0].mentions.front().record.geo);
  }
  const auto reopened = open_event_store_read_only(location);  // the current schema now
  EXPECT_EQ(reopened->summary().num_mentions, 9);
}

INSTANTIATE_TEST_SUITE_P(Backends, PloverGeoStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::backend_name);

}  // namespace
}  // namespace dyad
