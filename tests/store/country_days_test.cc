// The country_days roll-up on both backends: its rows always equal a GROUP BY over `events`
// (stores, replacements and deletions, files from before it existed), and the reads it answers
// — days and counts — equal what `events` itself gives.
#include <map>

#include "store/store_test_support.h"

namespace dyad {
namespace {

using testing::Backend;

// One value from `sql` run on the database at `location` (the test's own connection).
std::string scalar(const std::string& location, const std::string& sql) {
  if (is_postgres_url(location)) {
    pqxx::connection connection(location);
    pqxx::nontransaction read(connection);
    return read.exec(sql)[0][0].c_str();
  }
  sqlite3* db = nullptr;
  sqlite3_open(location.c_str(), &db);
  sqlite3_stmt* stmt = nullptr;
  std::string value = "<error>";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW)
    value = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  else
    value = std::string("<error: ") + sqlite3_errmsg(db) + ">";
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

// The roll-up as the events table gives it; Goldstein sums to a thousandth.
constexpr const char* kRollUpOfEvents =
    "SELECT substr(source_code, 1, 3), substr(target_code, 1, 3), date, date_is_ingest, "
    "COUNT(*), SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END), ROUND(SUM(goldstein) * 1000) FROM events "
    "GROUP BY substr(source_code, 1, 3), substr(target_code, 1, 3), date, date_is_ingest";
constexpr const char* kStoredRollUp =
    "SELECT source_country, target_country, date, date_is_ingest, num_events, "
    "verbal_cooperation, material_cooperation, verbal_conflict, material_conflict, "
    "ROUND(goldstein_sum * 1000) FROM country_days";

// Rows in one and not the other, both ways: 0 when the stored roll-up is exact.
std::string roll_up_differences(const std::string& location) {
  return scalar(location, std::string("SELECT (SELECT COUNT(*) FROM (") + kRollUpOfEvents +
                              " EXCEPT " + kStoredRollUp + ") a) + (SELECT COUNT(*) FROM (" +
                              kStoredRollUp + " EXCEPT " + kRollUpOfEvents + ") b)");
}

// What dyad before the roll-up wrote: the same schema without country_days and its triggers.
void remove_roll_up(const std::string& location) {
  if (is_postgres_url(location))
    execute_sql(location,
                "DROP TRIGGER country_days_track ON events; DROP FUNCTION country_days_track(); "
                "DROP TABLE country_days");
  else
    execute_sql(location,
                "DROP TRIGGER country_days_insert; DROP TRIGGER country_days_delete; "
                "DROP TRIGGER country_days_update; DROP TABLE country_days");
}

// The days of `filter` summed from the events themselves (events() never reads the roll-up
// without a limit).
std::vector<EventDay> days_of_events(EventStore& store, const EventFilter& filter) {
  std::map<std::string, EventDay> days;
  for (const auto& g : store.events(filter)) {
    EventDay& day = days[g.date];
    day.date = g.date;
    ++day.num_events;
    ++day.by_quad_class[g.quad_class - 1];
    day.goldstein_sum += g.goldstein;
  }
  std::vector<EventDay> out;
  for (auto& [date, day] : days) out.push_back(day);
  return out;
}

void expect_same_days(const std::vector<EventDay>& got, const std::vector<EventDay>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].date, want[i].date);
    EXPECT_EQ(got[i].num_events, want[i].num_events) << got[i].date;
    for (int q = 0; q < 4; ++q) EXPECT_EQ(got[i].by_quad_class[q], want[i].by_quad_class[q]);
    EXPECT_NEAR(got[i].goldstein_sum, want[i].goldstein_sum, 1e-9);
  }
}

EventFilter filter_of(std::optional<std::string> actor, std::optional<std::string> source,
                      std::optional<std::string> target, std::optional<std::string> from = {},
                      std::optional<std::string> to = {}) {
  EventFilter filter;
  filter.actor = std::move(actor);
  filter.source = std::move(source);
  filter.target = std::move(target);
  filter.from = std::move(from);
  filter.to = std::move(to);
  return filter;
}

// Filters the roll-up answers: three-letter codes and date ranges.
std::vector<EventFilter> country_filters() {
  return {filter_of({}, {}, {}),
          filter_of({}, "IRN", "AZE"),
          filter_of("IRN", {}, {}),
          filter_of("SYR", {}, {}, "2024-03-05"),
          filter_of({}, "TUR", {}),
          filter_of({}, {}, "SYR", {}, "2024-03-04"),
          filter_of({}, "IRN", "ARM", "2024-03-01", "2024-03-31"),
          filter_of("XYZ", {}, {})};
}

// The same with the conditions on dates and countries issue 16 added.
std::vector<EventFilter> dated_and_country_filters() {
  std::vector<EventFilter> filters;
  for (auto undated : {Undated::kInclude, Undated::kExclude, Undated::kOnly}) {
    for (EventFilter filter : country_filters()) {
      filter.undated = undated;
      filters.push_back(filter);
    }
    EventFilter country;
    country.country = "ARM";
    country.undated = undated;
    filters.push_back(country);
  }
  return filters;
}

// The news articles, then r1 replaced by another story on another day (its groups lose a
// mention; Turkey's praise of Syria on 2024-03-04 loses its only one and is deleted).
std::unique_ptr<EventStore> stored_news(const std::string& location) {
  auto store = open_event_store(location);
  for (const auto& article : news_articles()) put(*store, article);
  store->commit();
  put(*store, code(news_document("r1", "https://www.reuters.com/world/r1", "2024-03-06",
                                 "Iran talks\n\nIran praised Armenia on Wednesday.\n")));
  store->commit();
  return store;
}

class CountryDaysTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override { DYAD_REQUIRE_BACKEND(GetParam()); }
};

TEST_P(CountryDaysTest, RollUpEqualsTheEventsAfterStoresAndReplacements) {
  testing::Databases databases(GetParam());
  const std::string location = databases.create();
  const auto store = stored_news(location);
  EXPECT_EQ(scalar(location,
                   "SELECT COUNT(*) FROM events WHERE date = '2024-03-04' AND source_code = "
                   "'TUR'"),
            "0");  // the replacement deleted a group: the delete trigger ran
  EXPECT_EQ(scalar(location, "SELECT COUNT(*) FROM country_days WHERE date = '2024-03-06'"), "1");
  EXPECT_EQ(roll_up_differences(location), "0");
}

TEST_P(CountryDaysTest, ReadsItAnswersEqualTheEvents) {
  testing::Databases databases(GetParam());
  const auto store = stored_news(databases.create());
  for (const auto& filter : dated_and_country_filters()) {
    SCOPED_TRACE(filter.actor.value_or("") + " " + filter.source.value_or("") + " → " +
                 filter.target.value_or("") + " " + filter.from.value_or("") + ".." +
                 filter.to.value_or("") + " country " + filter.country.value_or("") + " undated " +
                 std::to_string(static_cast<int>(filter.undated)));
    const auto events = store->events(filter);
    expect_same_days(store->days(filter), days_of_events(*store, filter));
    EXPECT_EQ(store->count_events(filter), static_cast<std::int64_t>(events.size()));
  }
}

TEST_P(CountryDaysTest, ReadsWithThreeLetterCodesComeFromTheRollUpOthersFromTheEvents) {
  testing::Databases databases(GetParam());
  const std::string location = databases.create();
  const auto store = stored_news(location);
  const EventFilter dyad = filter_of({}, "IRN", "AZE");
  ASSERT_EQ(store->count_events(dyad), 1);
  // A roll-up row altered behind the store's back shows where each read comes from.
  execute_sql(location,
              "UPDATE country_days SET num_events = num_events + 100 WHERE source_country = 'IRN' "
              "AND target_country = 'AZE'");
  EXPECT_EQ(store->count_events(dyad), 101);
  EXPECT_EQ(store->days(dyad).at(0).num_events, 101);
  EventFilter with_root = dyad;
  with_root.root = "11";  // not kept in the roll-up
  EXPECT_EQ(store->count_events(with_root), 1);
  EXPECT_EQ(store->count_events(filter_of({}, "IRNGOV", "AZE")), 0);  // not three letters
  EXPECT_EQ(store->days(filter_of({}, "IR", "AZE")).at(0).num_events, 1);
}

TEST_P(CountryDaysTest, DatabaseFromBeforeTheRollUpIsReadAndThenGivenIt) {
  testing::Databases databases(GetParam());
  const std::string location = databases.create();
  stored_news(location);
  remove_roll_up(location);
  const EventFilter dyad = filter_of({}, "IRN", "AZE");
  {
    // A reader writes nothing: it reads the events.
    const auto reader = open_event_store_read_only(location);
    EXPECT_EQ(reader->count_events(dyad), 1);
    expect_same_days(reader->days(filter_of("IRN", {}, {})),
                     days_of_events(*reader, filter_of("IRN", {}, {})));
  }
  EXPECT_EQ(
      scalar(location, is_postgres_url(location)
                           ? "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'country_days' "
                             "AND schemaname = current_schema()"
                           : "SELECT COUNT(*) FROM sqlite_master WHERE name = 'country_days'"),
      "0");
  // The next writer adds it, filled from the events, and keeps it up to date from then on.
  const auto writer = open_event_store(location);
  EXPECT_EQ(roll_up_differences(location), "0");
  put(*writer, code(news_document("e2", std::nullopt, "2024-03-07",
                                  "Talks\n\nIran condemned Azerbaijan on Thursday.\n")));
  writer->commit();
  EXPECT_EQ(roll_up_differences(location), "0");
  EXPECT_EQ(writer->count_events(dyad), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, CountryDaysTest,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         testing::backend_name);

}  // namespace
}  // namespace dyad
