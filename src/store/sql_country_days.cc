// The country_days roll-up (docs/schema.md): one row per day and pair of actor-code prefixes of
// three letters, kept by triggers on `events`. Reads whose filter it can answer exactly (a date
// range, dated or undated events, three-letter actor, country, source or target codes, nothing
// else) sum its rows instead of reading every event: a busy dyad's timeline reads one row per
// day instead of one per event.
#include "store/sql_event_store.h"
#include "store/sql_rows.h"

namespace dyad {

namespace {

// The statements that add `row` (NEW or OLD inside a trigger) to its country_days row, or take
// it out again (and drop the row once it counts no event). Both dialects accept them as written.
std::string country_days_key(const std::string& row) {
  return "source_country = substr(" + row + ".source_code, 1, 3) AND target_country = substr(" +
         row + ".target_code, 1, 3) AND date = " + row + ".date AND date_is_ingest = " + row +
         ".date_is_ingest";
}

std::string quad_class_flag(const std::string& row, int quad_class) {
  return "CASE WHEN " + row + ".quad_class = " + std::to_string(quad_class) + " THEN 1 ELSE 0 END";
}

constexpr const char* kQuadClassColumns[4] = {"verbal_cooperation", "material_cooperation",
                                              "verbal_conflict", "material_conflict"};

}  // namespace

const char* SqlEventStore::country_days_table_sql() {
  // BIGINT and DOUBLE PRECISION: PostgreSQL's types, INTEGER and REAL affinity in SQLite.
  return R"sql(
CREATE TABLE IF NOT EXISTS country_days (
  source_country TEXT NOT NULL,
  target_country TEXT NOT NULL,
  date TEXT NOT NULL,
  date_is_ingest INTEGER NOT NULL,
  num_events BIGINT NOT NULL,
  verbal_cooperation BIGINT NOT NULL,
  material_cooperation BIGINT NOT NULL,
  verbal_conflict BIGINT NOT NULL,
  material_conflict BIGINT NOT NULL,
  goldstein_sum DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (source_country, target_country, date, date_is_ingest)
);
CREATE INDEX IF NOT EXISTS country_days_target ON country_days(target_country, date);
)sql";
}

const char* SqlEventStore::country_days_fill_sql() {
  return R"sql(
DELETE FROM country_days;
INSERT INTO country_days
SELECT substr(source_code, 1, 3), substr(target_code, 1, 3), date, date_is_ingest, COUNT(*),
  SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END),
  SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END),
  SUM(goldstein)
FROM events GROUP BY substr(source_code, 1, 3), substr(target_code, 1, 3), date, date_is_ingest;
)sql";
}

std::string SqlEventStore::country_days_add_sql(const std::string& row) {
  std::string values = "substr(" + row + ".source_code, 1, 3), substr(" + row +
                       ".target_code, 1, 3), " + row + ".date, " + row + ".date_is_ingest, 1";
  std::string updates = "num_events = country_days.num_events + 1";
  for (int q = 0; q < 4; ++q) {
    const std::string column = kQuadClassColumns[q];
    values += ", " + quad_class_flag(row, q + 1);
    updates += ", " + column + " = country_days." + column + " + excluded." + column;
  }
  values += ", " + row + ".goldstein";
  updates += ", goldstein_sum = country_days.goldstein_sum + excluded.goldstein_sum";
  return "INSERT INTO country_days VALUES (" + values +
         ") ON CONFLICT (source_country, target_country, date, date_is_ingest) DO UPDATE SET " +
         updates + ";\n";
}

std::string SqlEventStore::country_days_remove_sql(const std::string& row) {
  std::string updates = "num_events = num_events - 1";
  for (int q = 0; q < 4; ++q) {
    const std::string column = kQuadClassColumns[q];
    updates += ", " + column + " = " + column + " - " + quad_class_flag(row, q + 1);
  }
  updates += ", goldstein_sum = goldstein_sum - " + row + ".goldstein";
  return "UPDATE country_days SET " + updates + " WHERE " + country_days_key(row) +
         ";\nDELETE FROM country_days WHERE " + country_days_key(row) + " AND num_events <= 0;\n";
}

// The WHERE clause over country_days (alias r) for `filter`, or none when the roll-up cannot
// answer it exactly.
std::optional<SqlEventStore::CountryDaysWhere> SqlEventStore::country_days_where(
    const EventFilter& filter) const {
  if (!country_days_ready_) return std::nullopt;
  // Only what the roll-up keeps may be asked: any other condition (one added to EventFilter
  // later too) leaves `filter` unequal to its copy without them.
  EventFilter kept;
  kept.from = filter.from;
  kept.to = filter.to;
  kept.actor = filter.actor;
  kept.source = filter.source;
  kept.target = filter.target;
  kept.country = filter.country;
  kept.undated = filter.undated;
  kept.limit = filter.limit;
  kept.offset = filter.offset;
  kept.newest_first = filter.newest_first;
  if (!(filter == kept)) return std::nullopt;
  for (const auto* code : {&filter.actor, &filter.source, &filter.target, &filter.country})
    if (*code && (*code)->size() != 3) return std::nullopt;
  CountryDaysWhere w{" WHERE 1 = 1", {}};
  const auto placeholder = [&w](const std::string& value) {
    w.params.push_back(value);
    std::string name(1, '$');
    return name += std::to_string(w.params.size());
  };
  // As where() on events: a date range asks when events happened, which undated ones do not say.
  if (filter.from || filter.to || filter.undated == Undated::kExclude)
    w.sql += " AND r.date_is_ingest = 0";
  if (filter.undated == Undated::kOnly) w.sql += " AND r.date_is_ingest = 1";
  if (filter.from) w.sql += " AND r.date >= " + placeholder(*filter.from);
  if (filter.to) w.sql += " AND r.date <= " + placeholder(*filter.to);
  for (const auto* code : {&filter.actor, &filter.country})
    if (*code) {
      const std::string either = placeholder(**code);
      w.sql += " AND (r.source_country = " + either + " OR r.target_country = " + either + ")";
    }
  if (filter.source) w.sql += " AND r.source_country = " + placeholder(*filter.source);
  if (filter.target) w.sql += " AND r.target_country = " + placeholder(*filter.target);
  return w;
}

std::optional<std::vector<EventDay>> SqlEventStore::days_from_country_days(
    const EventFilter& filter) {
  const auto w = country_days_where(filter);
  if (!w) return std::nullopt;
  std::vector<EventDay> days;
  for (const auto& row :
       select("SELECT r.date, SUM(r.num_events), SUM(r.goldstein_sum), SUM(r.verbal_cooperation), "
              "SUM(r.material_cooperation), SUM(r.verbal_conflict), SUM(r.material_conflict) "
              "FROM country_days r" +
                  w->sql + " GROUP BY r.date ORDER BY r.date",
              w->params)) {
    EventDay day{text(row[0]), integer(row[1]), {}, real(row[2])};
    for (int q = 0; q < 4; ++q) day.by_quad_class[q] = integer(row[3 + q]);
    days.push_back(std::move(day));
  }
  return days;
}

std::optional<std::int64_t> SqlEventStore::count_from_country_days(const EventFilter& filter) {
  const auto w = country_days_where(filter);
  if (!w) return std::nullopt;
  return integer(select("SELECT SUM(r.num_events) FROM country_days r" + w->sql, w->params)[0][0]);
}

}  // namespace dyad
