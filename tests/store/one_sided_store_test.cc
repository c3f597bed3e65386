// One-sided events (`dyad code --one-sided`) through the store on both backends: the absent side
// is stored with an empty code and no span, deduplicated like any event, read back, filtered and
// exported (GDELT's Actor2 columns empty, as GDELT leaves them).
#include "store/store_test_support.h"

namespace dyad {
namespace {

using testing::Backend;

class OneSidedStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { DYAD_REQUIRE_BACKEND(GetParam()); }
};

CodedArticle protest_article(const std::string& id) {
  return code(news_document(id, "https://news.example/" + id, "2024-05-06",
                            "Protest news\n\nThousands of Armenian students demonstrated in "
                            "Yerevan on Monday.\n"),
              /*one_sided=*/true);
}

std::vector<std::string> cells_of(const std::string& line) {
  std::vector<std::string> cells;
  std::istringstream in(line);
  for (std::string cell; std::getline(in, cell, '\t');) cells.push_back(cell);
  return cells;
}

TEST_P(OneSidedStoreTest, AbsentSideIsStoredDeduplicatedAndExported) {
  const auto article = protest_article("p1");
  ASSERT_EQ(article.records.size(), 1u);
  const EventRecord& coded = article.records[0];
  EXPECT_EQ(coded.source.code, "ARMEDU");
  EXPECT_EQ(coded.target.code, "");
  EXPECT_FALSE(coded.target.span);
  EXPECT_EQ(coded.plover.event, "PROTEST");
  const nlohmann::json line = to_json(coded);
  EXPECT_EQ(line["target"]["code"], "");  // the JSON Lines fields stay, empty
  EXPECT_TRUE(line["target"]["span"].is_null());

  testing::Databases databases(GetParam());
  const auto store = open_event_store(databases.create());
  put(*store, article);
  put(*store, protest_article("p2"));  // the same protest reported again: one event
  store->commit();
  const auto groups = store->events({});
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].source_code, "ARMEDU");
  EXPECT_EQ(groups[0].target_code, "");
  EXPECT_EQ(groups[0].num_mentions, 2);
  const EventRecord& stored = groups[0].mentions.at(0).record;
  EXPECT_EQ(to_json(stored), to_json(coded));  // the record round-trips

  EventFilter armenia;
  armenia.country = "ARM";
  EXPECT_EQ(store->count_events(armenia), 1);
  EXPECT_EQ(store->dyads({}).at(0).target_code, "");

  std::ostringstream gdelt;
  write_events(gdelt, groups, *make_output_format("gdelt"));
  const auto cells = cells_of(gdelt.str().substr(0, gdelt.str().find('\n')));
  ASSERT_EQ(cells.size(), 61u);
  EXPECT_EQ(cells[5], "ARMEDU");  // Actor1Code
  for (std::size_t actor2 = 15; actor2 < 25; ++actor2) EXPECT_EQ(cells[actor2], "") << actor2;
  EXPECT_EQ(cells[26], "141");

  std::ostringstream csv;
  write_events(csv, groups, *make_output_format("csv"));
  EXPECT_NE(csv.str().find(",ARMEDU,,141,"), std::string::npos) << csv.str();  // target empty
}

INSTANTIATE_TEST_SUITE_P(Backends, OneSidedStoreTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::backend_name);

}  // namespace
}  // namespace dyad
