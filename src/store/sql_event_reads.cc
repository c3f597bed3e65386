// The read side of SqlEventStore: events, dyads, days, actors and search, each one statement
// (or two: groups, then their mentions) in SQL both backends accept.
#include <limits>
#include <unordered_map>

#include "store/sql_event_store.h"
#include "store/sql_rows.h"

namespace dyad {

// A WHERE clause under construction, with the parameters its placeholders refer to.
struct SqlEventStore::Where {
  std::string sql = " WHERE 1 = 1";
  Params params;

  std::string placeholder(Param value) {
    params.push_back(std::move(value));
    std::string name(1, '$');
    name += std::to_string(params.size());
    return name;
  }
  // `column` starts with `code`. The range lets an index on the column narrow the scan (codes
  // are ASCII letters and digits: those starting with IRN sort in [IRN, IRO)); the substr test
  // keeps the match exact under any collation.
  std::string prefix_match(const std::string& column, const std::string& code) {
    const std::string exact = "CAST(" + placeholder(code) + " AS TEXT)";
    std::string match = "substr(" + column + ", 1, length(" + exact + ")) = " + exact;
    if (!code.empty() && static_cast<unsigned char>(code.back()) < 0x7F) {
      std::string above = code;
      ++above.back();
      match = column + " >= " + placeholder(code) + " AND " + column + " < " + placeholder(above) +
              " AND " + match;
    }
    return "(" + match + ")";
  }
  std::string limit(const EventFilter& filter) {
    if (!filter.limit && filter.offset == 0) return "";
    const std::int64_t rows = filter.limit.value_or(std::numeric_limits<std::int64_t>::max());
    std::string clause = " LIMIT " + placeholder(rows);
    if (filter.offset > 0) clause += " OFFSET " + placeholder(filter.offset);
    return clause;
  }
};

SqlEventStore::Where SqlEventStore::where(const EventFilter& filter) const {
  Where w;
  // A date range asks when events happened: an undated event's stored day is not that.
  if (filter.from || filter.to || filter.undated == Undated::kExclude)
    w.sql += " AND e.date_is_ingest = 0";
  if (filter.undated == Undated::kOnly) w.sql += " AND e.date_is_ingest = 1";
  if (filter.from) w.sql += " AND e.date >= " + w.placeholder(*filter.from);
  if (filter.to) w.sql += " AND e.date <= " + w.placeholder(*filter.to);
  // A country is the first three letters of CAMEO actor codes (IRN: IRN, IRNGOV, IRNMIL).
  for (const auto* code : {&filter.actor, &filter.country})
    if (*code)
      w.sql += " AND (" + w.prefix_match("e.source_code", **code) + " OR " +
               w.prefix_match("e.target_code", **code) + ")";
  if (filter.source) w.sql += " AND " + w.prefix_match("e.source_code", *filter.source);
  if (filter.target) w.sql += " AND " + w.prefix_match("e.target_code", *filter.target);
  if (filter.root) w.sql += " AND e.root = " + w.placeholder(*filter.root);
  if (filter.cameo) w.sql += " AND " + w.prefix_match("e.cameo", *filter.cameo);
  if (filter.plover_event) w.sql += " AND e.plover_event = " + w.placeholder(*filter.plover_event);
  if (filter.quad_class)
    w.sql += " AND e.quad_class = " + w.placeholder(std::int64_t{*filter.quad_class});
  if (filter.event_id) w.sql += " AND e.id = " + w.placeholder(*filter.event_id);
  // The event's place is its first mention's: one primary-key lookup per event.
  if (filter.place || filter.place_country) {
    w.sql += " AND EXISTS (SELECT 1 FROM event_mentions f WHERE f.id = e.first_mention_id";
    if (filter.place) w.sql += " AND f.geo_name = " + w.placeholder(*filter.place);
    if (filter.place_country)
      w.sql += " AND f.geo_country = " + w.placeholder(*filter.place_country);
    w.sql += ")";
  }
  std::string mention;
  if (filter.modality) mention += " AND m.modality = " + w.placeholder(*filter.modality);
  if (filter.outlet) mention += " AND d.outlet = " + w.placeholder(*filter.outlet);
  if (filter.text)
    mention += " AND " + search_condition(w.placeholder(search_parameter(*filter.text)));
  if (!mention.empty())
    w.sql +=
        " AND e.id IN (SELECT m.event_id FROM event_mentions m JOIN documents d ON d.id = "
        "m.document_id WHERE 1 = 1" +
        mention + ")";
  return w;
}

namespace {

std::vector<std::string> split_context(const std::string& field) {
  std::vector<std::string> context;
  std::size_t start = 0;
  while (start < field.size()) {
    const std::size_t comma = std::min(field.find(',', start), field.size());
    context.push_back(field.substr(start, comma - start));
    start = comma + 1;
  }
  return context;
}

ActorRecord actor_from(const std::vector<std::optional<std::string>>& row, std::size_t first) {
  ActorRecord actor{text(row[first]),     text(row[first + 1]), text(row[first + 2]),
                    text(row[first + 3]), std::nullopt,         std::nullopt};
  if (row[first + 4] && row[first + 5])
    actor.span = Span{static_cast<std::size_t>(integer(row[first + 4])),
                      static_cast<std::size_t>(integer(row[first + 5]))};
  return actor;
}

StoredMention mention_from(const std::vector<std::optional<std::string>>& row) {
  StoredMention mention;
  EventRecord& r = mention.record;
  r.doc_id = text(row[1]);
  r.sentence = static_cast<std::size_t>(integer(row[2]));
  r.date = row[3];
  r.source = actor_from(row, 4);
  r.target = actor_from(row, 10);
  r.cameo = text(row[16]);
  r.root = text(row[17]);
  r.label = text(row[18]);
  r.goldstein = real(row[19]);
  r.quad_class = static_cast<int>(integer(row[20]));
  r.modality = text(row[21]);
  r.span =
      Span{static_cast<std::size_t>(integer(row[22])), static_cast<std::size_t>(integer(row[23]))};
  r.sentence_text = text(row[24]);
  r.rule = text(row[25]);
  r.url = row[26];
  mention.outlet = text(row[27]);
  mention.title = row[28];
  if (const std::int64_t begin = integer(row[29]); row[29] && begin >= 0)
    mention.sentence_begin = static_cast<std::size_t>(begin);
  mention.ingest_date = text(row[30]);
  r.plover.event = text(row[31]);
  r.plover.mode = text(row[32]);
  r.plover.context = split_context(text(row[33]));
  if (row[34]) {
    r.geo = GeoRecord{text(row[34]), text(row[35]), real(row[36]),   real(row[37]),
                      text(row[38]), text(row[39]), integer(row[40])};
  }
  return mention;
}

EventGroup group_from(const std::vector<std::optional<std::string>>& row) {
  EventGroup g;
  g.id = integer(row[0]);
  g.date = text(row[1]);
  g.date_is_ingest = integer(row[2]) != 0;
  g.source_code = text(row[3]);
  g.target_code = text(row[4]);
  g.cameo = text(row[5]);
  g.root = text(row[6]);
  g.label = text(row[7]);
  g.goldstein = real(row[8]);
  g.quad_class = static_cast<int>(integer(row[9]));
  g.num_mentions = integer(row[10]);
  g.num_sources = integer(row[11]);
  g.num_articles = integer(row[12]);
  g.plover_event = text(row[13]);
  return g;
}

// Events per QuadClass, as columns 1..4 of a GROUP BY over events e.
constexpr const char* kQuadClassCounts =
    "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)";

double mean(double sum, std::int64_t count) {
  return count > 0 ? sum / static_cast<double>(count) : 0.0;
}

}  // namespace

std::vector<StoredMention> SqlEventStore::read_mentions(const std::string& where,
                                                        const Params& params,
                                                        std::vector<std::int64_t>* event_ids) {
  const std::string columns =
      "SELECT m.event_id, d.doc_id, m.sentence, d.date, m.source_code, m.source_country, "
      "m.source_agent, m.source_text, m.source_begin, m.source_end, m.target_code, "
      "m.target_country, m.target_agent, m.target_text, m.target_begin, m.target_end, e.cameo, "
      "e.root, e.label, e.goldstein, e.quad_class, m.modality, m.span_begin, m.span_end, "
      "m.sentence_text, m.rule, d.url, d.outlet, d.title, " +
      sentence_offset_sql() +
      ", d.ingest_date, e.plover_event, m.plover_mode, m.plover_context, m.geo_name, "
      "m.geo_country, m.geo_lat, m.geo_lon, m.geo_type, m.geo_basis, m.geo_feature_id "
      "FROM event_mentions m JOIN documents d ON d.id = m.document_id "
      "JOIN events e ON e.id = m.event_id";
  std::vector<StoredMention> mentions;
  for (const auto& row : select(columns + where, params)) {
    if (event_ids) event_ids->push_back(integer(row[0]));
    mentions.push_back(mention_from(row));
  }
  // Code-point offsets need the text the byte offsets point into: one read per document.
  std::unordered_map<std::string, std::string> texts;
  for (auto& mention : mentions) {
    auto [text_of, inserted] = texts.try_emplace(mention.record.doc_id);
    if (inserted)
      text_of->second = text(
          select("SELECT text FROM documents WHERE doc_id = $1", {mention.record.doc_id})[0][0]);
    add_char_spans(mention.record, text_of->second);
  }
  return mentions;
}

std::vector<EventGroup> SqlEventStore::events(const EventFilter& filter) {
  Where w = where(filter);
  const std::string order =
      filter.newest_first ? " ORDER BY e.date DESC, e.id DESC" : " ORDER BY e.date, e.id";
  // The page's ids first, from the filter alone: an index that covers the filter answers it
  // without reading rows (SQLite would otherwise pick an index that also yields the selected
  // columns and read every row of a busy actor).
  const std::string page = "SELECT e.id FROM events e" + w.sql + order + w.limit(filter);
  std::vector<EventGroup> groups;
  std::unordered_map<std::int64_t, std::size_t> index;
  for (const auto& row :
       select("SELECT e.id, e.date, e.date_is_ingest, e.source_code, e.target_code, e.cameo, "
              "e.root, e.label, e.goldstein, e.quad_class, e.num_mentions, e.num_sources, "
              "e.num_articles, e.plover_event FROM events e WHERE e.id IN (" +
                  page + ")" + order,
              w.params)) {
    index.emplace(integer(row[0]), groups.size());
    groups.push_back(group_from(row));
  }
  if (groups.empty()) return groups;
  std::vector<std::int64_t> event_ids;
  auto mentions = read_mentions(" WHERE m.event_id IN (" + page + ") ORDER BY m.event_id, m.id",
                                w.params, &event_ids);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (const auto it = index.find(event_ids[i]); it != index.end())
      groups[it->second].mentions.push_back(std::move(mentions[i]));
  return groups;
}

std::int64_t SqlEventStore::count_events(const EventFilter& filter) {
  if (const auto counted = count_from_country_days(filter)) return *counted;
  Where w = where(filter);
  return integer(select("SELECT COUNT(*) FROM events e" + w.sql, w.params)[0][0]);
}

std::vector<DyadSummary> SqlEventStore::dyads(const EventFilter& filter) {
  Where w = where(filter);
  std::vector<DyadSummary> dyads;
  for (const auto& row :
       select("SELECT e.source_code, e.target_code, COUNT(*), SUM(e.num_mentions), "
              "SUM(e.goldstein), " +
                  std::string(kQuadClassCounts) + " FROM events e" + w.sql +
                  " GROUP BY e.source_code, e.target_code "
                  "ORDER BY COUNT(*) DESC, SUM(e.num_mentions) DESC, e.source_code, "
                  "e.target_code" +
                  w.limit(filter),
              w.params)) {
    DyadSummary d{text(row[0]), text(row[1]), integer(row[2]), integer(row[3]), 0.0};
    d.mean_goldstein = mean(real(row[4]), d.num_events);
    for (int q = 0; q < 4; ++q) d.by_quad_class[q] = integer(row[5 + q]);
    dyads.push_back(std::move(d));
  }
  return dyads;
}

std::vector<EventDay> SqlEventStore::days(const EventFilter& filter) {
  if (auto rolled_up = days_from_country_days(filter)) return std::move(*rolled_up);
  Where w = where(filter);
  std::vector<EventDay> days;
  for (const auto& row :
       select("SELECT e.date, COUNT(*), SUM(e.goldstein), " + std::string(kQuadClassCounts) +
                  " FROM events e" + w.sql + " GROUP BY e.date ORDER BY e.date",
              w.params)) {
    EventDay day{text(row[0]), integer(row[1]), {}, real(row[2])};
    for (int q = 0; q < 4; ++q) day.by_quad_class[q] = integer(row[3 + q]);
    days.push_back(std::move(day));
  }
  return days;
}

std::vector<ActorSummary> SqlEventStore::actors(const EventFilter& filter) {
  Where w = where(filter);
  // One row per side of each event; the same placeholders serve both halves.
  const std::string sides =
      "SELECT e.source_code AS code, 1 AS as_source, e.goldstein AS goldstein FROM events e" +
      w.sql + " UNION ALL SELECT e.target_code, 0, e.goldstein FROM events e" + w.sql;
  std::vector<ActorSummary> actors;
  for (const auto& row :
       select("SELECT code, COUNT(*), SUM(as_source), SUM(goldstein) FROM (" + sides +
                  ") sides GROUP BY code ORDER BY COUNT(*) DESC, code" + w.limit(filter),
              w.params)) {
    ActorSummary a{text(row[0]), integer(row[1]), integer(row[2]), 0, 0.0};
    a.as_target = a.num_events - a.as_source;
    a.mean_goldstein = mean(real(row[3]), a.num_events);
    actors.push_back(std::move(a));
  }
  return actors;
}

std::vector<PlaceSummary> SqlEventStore::places(const EventFilter& filter) {
  Where w = where(filter);
  std::vector<PlaceSummary> places;
  for (const auto& row :
       select("SELECT p.geo_name, p.geo_country, p.geo_type, p.geo_lat, p.geo_lon, COUNT(*), "
              "SUM(e.goldstein) FROM events e JOIN event_mentions p ON p.id = e.first_mention_id" +
                  w.sql +
                  " AND p.geo_name IS NOT NULL GROUP BY p.geo_name, p.geo_country, p.geo_type, "
                  "p.geo_lat, p.geo_lon ORDER BY COUNT(*) DESC, p.geo_name, p.geo_country" +
                  w.limit(filter),
              w.params)) {
    PlaceSummary place{text(row[0]), text(row[1]),    text(row[2]), real(row[3]),
                       real(row[4]), integer(row[5]), 0.0};
    place.mean_goldstein = mean(real(row[6]), place.num_events);
    places.push_back(std::move(place));
  }
  return places;
}

StoreSummary SqlEventStore::summary() {
  StoreSummary s;
  const auto events = select(
      "SELECT COUNT(*), MIN(CASE WHEN date_is_ingest = 0 THEN date END), "
      "MAX(CASE WHEN date_is_ingest = 0 THEN date END) FROM events",
      {});
  s.num_events = integer(events[0][0]);
  s.first_date = events[0][1];
  s.last_date = events[0][2];
  s.num_mentions = integer(select("SELECT COUNT(*) FROM event_mentions", {})[0][0]);
  s.num_documents = integer(select("SELECT COUNT(*) FROM documents", {})[0][0]);
  return s;
}

std::vector<SearchHit> SqlEventStore::search(const std::string& text, std::int64_t limit) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
  std::vector<std::int64_t> event_ids;
  auto mentions = read_mentions(" WHERE " + search_condition("$1") + " ORDER BY m.id LIMIT $2",
                                {search_parameter(text), limit}, &event_ids);
  std::vector<SearchHit> hits;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    hits.push_back({event_ids[i], std::move(mentions[i])});
  return hits;
}

}  // namespace dyad
