#include "store/sql_event_store.h"

#include <chrono>
#include <cstdio>

#include "store/sql_rows.h"

namespace dyad {

namespace {

using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

Param optional_text(const std::optional<std::string>& text) {
  if (text) return *text;
  return nullptr;
}

Param span_end(const std::optional<Span>& span, bool end) {
  if (!span) return nullptr;
  return static_cast<std::int64_t>(end ? span->end : span->begin);
}

Param geo_field(const std::optional<GeoRecord>& geo, std::string GeoRecord::*field) {
  if (!geo) return nullptr;
  return (*geo).*field;
}

constexpr const char* kRecount =
    "UPDATE events SET "
    "num_mentions = (SELECT COUNT(*) FROM event_mentions m WHERE m.event_id = events.id), "
    "num_articles = (SELECT COUNT(DISTINCT m.document_id) FROM event_mentions m "
    "WHERE m.event_id = events.id), "
    "num_sources = (SELECT COUNT(DISTINCT d.outlet) FROM event_mentions m "
    "JOIN documents d ON d.id = m.document_id WHERE m.event_id = events.id), "
    "first_mention_id = (SELECT MIN(m.id) FROM event_mentions m WHERE m.event_id = events.id)";

}  // namespace

std::string utc_today() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{today};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return out;
}

std::string sql_excerpt(const std::string& sql) {
  constexpr std::size_t kShown = 60;
  std::string excerpt(1, '"');
  excerpt.append(sql, 0, kShown);
  excerpt += sql.size() > kShown ? "…\"" : "\"";
  return excerpt;
}

const std::vector<std::string>& SqlEventStore::schema4_columns() {
  // Types both dialects accept (SQLite reads DOUBLE PRECISION as REAL, BIGINT as INTEGER).
  static const std::vector<std::string> columns = {
      "events ADD COLUMN plover_event TEXT NOT NULL DEFAULT ''",
      "event_mentions ADD COLUMN plover_mode TEXT NOT NULL DEFAULT ''",
      "event_mentions ADD COLUMN plover_context TEXT NOT NULL DEFAULT ''",
      "event_mentions ADD COLUMN geo_name TEXT",
      "event_mentions ADD COLUMN geo_country TEXT",
      "event_mentions ADD COLUMN geo_lat DOUBLE PRECISION",
      "event_mentions ADD COLUMN geo_lon DOUBLE PRECISION",
      "event_mentions ADD COLUMN geo_type TEXT",
      "event_mentions ADD COLUMN geo_basis TEXT",
      "event_mentions ADD COLUMN geo_feature_id BIGINT"};
  return columns;
}

const char* SqlEventStore::schema4_index_sql() {
  return "CREATE INDEX IF NOT EXISTS events_plover_date ON events(plover_event, date)";
}

const char* SqlEventStore::recount_all_sql() {
  return kRecount;
}

const char* SqlEventStore::recount_one_sql() {
  static const std::string sql = std::string(kRecount) + " WHERE id = $1";
  return sql.c_str();
}

std::string SqlEventStore::views_sql(const std::string& create_view) {
  // Roll-ups per day, so date ranges can be summed from them; means are goldstein_sum /
  // num_events over whatever range a reader picks.
  return create_view + R"sql( dyad_days AS
SELECT date, source_code, target_code, COUNT(*) AS num_events,
  SUM(num_mentions) AS num_mentions, SUM(goldstein) AS goldstein_sum,
  AVG(goldstein) AS mean_goldstein,
  SUM(CASE WHEN quad_class = 1 THEN 1 ELSE 0 END) AS verbal_cooperation,
  SUM(CASE WHEN quad_class = 2 THEN 1 ELSE 0 END) AS material_cooperation,
  SUM(CASE WHEN quad_class = 3 THEN 1 ELSE 0 END) AS verbal_conflict,
  SUM(CASE WHEN quad_class = 4 THEN 1 ELSE 0 END) AS material_conflict
FROM events GROUP BY date, source_code, target_code;
)sql" + create_view +
         R"sql( root_days AS
SELECT date, root, COUNT(*) AS num_events, SUM(num_mentions) AS num_mentions,
  SUM(goldstein) AS goldstein_sum, AVG(goldstein) AS mean_goldstein
FROM events GROUP BY date, root;
)sql";
}

void SqlEventStore::finish() noexcept {
  try {
    commit();
  } catch (...) {
    // A failed final commit leaves the last batch out; earlier batches are already durable.
  }
}

EventStore::PutResult SqlEventStore::put(const StoredDocument& doc,
                                         const std::vector<EventRecord>& events) {
  PutResult result = PutResult::kUnchanged;
  try {
    if (!in_transaction_) {
      begin_transaction();
      in_transaction_ = true;
    }
    result = store_document(doc, events);
  } catch (const StoreUnavailable& e) {
    abandon_transaction(e.what(), 1);
  }
  if (result != PutResult::kUnchanged && ++pending_ >= documents_per_transaction_) commit();
  return result;
}

EventStore::PutResult SqlEventStore::store_document(const StoredDocument& doc,
                                                    const std::vector<EventRecord>& events) {
  const auto existing = select(
      "SELECT id, content_hash, data_fingerprint FROM documents WHERE doc_id = $1", {doc.doc_id});
  if (!existing.empty() && existing[0][1] == doc.content_hash &&
      existing[0][2] == doc.data_fingerprint)
    return PutResult::kUnchanged;
  // A document is all-or-nothing inside the batch: a failure rolls back to here only.
  execute_script("SAVEPOINT dyad_document");
  try {
    StoredDocument stored = doc;
    stored.ingest_date = utc_today();
    const Params fields = {stored.doc_id,
                           stored.origin,
                           optional_text(stored.url),
                           optional_text(stored.title),
                           optional_text(stored.date),
                           optional_text(stored.credited_source),
                           stored.outlet,
                           stored.content_hash,
                           stored.ingest_date,
                           stored.text,
                           stored.data_fingerprint};
    std::int64_t document_id = 0;
    if (existing.empty()) {
      document_id = integer(select(
          "INSERT INTO documents (doc_id, origin, url, title, date, credited_source, outlet, "
          "content_hash, ingest_date, text, data_fingerprint) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
          fields)[0][0]);
    } else {
      document_id = integer(existing[0][0]);
      for (const auto& row :
           select("SELECT DISTINCT event_id FROM event_mentions WHERE document_id = $1",
                  {document_id}))
        dirty_groups_.insert(integer(row[0]));
      execute("DELETE FROM event_mentions WHERE document_id = $1", {document_id});
      Params update = fields;
      update[0] = document_id;
      execute(
          "UPDATE documents SET origin = $2, url = $3, title = $4, date = $5, "
          "credited_source = $6, outlet = $7, content_hash = $8, ingest_date = $9, text = $10, "
          "data_fingerprint = $11 WHERE id = $1",
          update);
    }
    store_mentions(document_id, stored, events);
    execute_script("RELEASE SAVEPOINT dyad_document");
  } catch (const StoreUnavailable&) {
    throw;
  } catch (const std::exception& e) {
    try {
      execute_script("ROLLBACK TO SAVEPOINT dyad_document");
      execute_script("RELEASE SAVEPOINT dyad_document");
    } catch (const std::exception&) {
      // The database ended the whole transaction itself (SQLite does on a full disk): the
      // document's error is the real cause, and the documents before it are gone too.
      throw StoreUnavailable(e.what());
    }
    throw;
  }
  return existing.empty() ? PutResult::kStored : PutResult::kReplaced;
}

void SqlEventStore::abandon_transaction(const std::string& cause, std::size_t in_hand) {
  const std::size_t rolled_back = static_cast<std::size_t>(pending_) + in_hand;
  in_transaction_ = false;
  pending_ = 0;
  dirty_groups_.clear();
  rollback_transaction();
  throw StoreUnavailable(cause, rolled_back);
}

void SqlEventStore::store_mentions(std::int64_t document_id, const StoredDocument& doc,
                                   const std::vector<EventRecord>& events) {
  for (const auto& e : events) {
    const std::string date = e.date.value_or(doc.ingest_date);
    const std::int64_t date_is_ingest = e.date ? 0 : 1;
    const std::int64_t group = integer(select(
        "INSERT INTO events (date, date_is_ingest, source_code, target_code, cameo, root, label, "
        "goldstein, quad_class, plover_event) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
        "ON CONFLICT (date, source_code, target_code, cameo, date_is_ingest) "
        "DO UPDATE SET label = excluded.label, plover_event = excluded.plover_event RETURNING id",
        {date, date_is_ingest, e.source.code, e.target.code, e.cameo, e.root, e.label, e.goldstein,
         static_cast<std::int64_t>(e.quad_class), e.plover.event})[0][0]);
    dirty_groups_.insert(group);
    execute(
        "INSERT INTO event_mentions (event_id, document_id, sentence, source_code, "
        "source_country, source_agent, source_text, source_begin, source_end, target_code, "
        "target_country, target_agent, target_text, target_begin, target_end, modality, "
        "span_begin, span_end, sentence_text, rule, plover_mode, plover_context, geo_name, "
        "geo_country, geo_lat, geo_lon, geo_type, geo_basis, geo_feature_id) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, "
        "$22, $23, $24, $25, $26, $27, $28, $29)",
        {group,
         document_id,
         static_cast<std::int64_t>(e.sentence),
         e.source.code,
         e.source.country,
         e.source.agent,
         e.source.text,
         span_end(e.source.span, false),
         span_end(e.source.span, true),
         e.target.code,
         e.target.country,
         e.target.agent,
         e.target.text,
         span_end(e.target.span, false),
         span_end(e.target.span, true),
         e.modality,
         static_cast<std::int64_t>(e.span.begin),
         static_cast<std::int64_t>(e.span.end),
         e.sentence_text,
         e.rule,
         e.plover.mode,
         plover_context_field(e.plover.context),
         geo_field(e.geo, &GeoRecord::name),
         geo_field(e.geo, &GeoRecord::country),
         e.geo ? Param(e.geo->lat) : Param(nullptr),
         e.geo ? Param(e.geo->lon) : Param(nullptr),
         geo_field(e.geo, &GeoRecord::type),
         geo_field(e.geo, &GeoRecord::basis),
         e.geo && e.geo->feature_id ? Param(e.geo->feature_id) : Param(nullptr)});
  }
}

void SqlEventStore::commit() {
  if (!in_transaction_) return;
  try {
    for (const std::int64_t group : dirty_groups_) {
      execute(recount_one_sql(), {group});
      execute("DELETE FROM events WHERE id = $1 AND num_mentions = 0", {group});
    }
    commit_transaction();
  } catch (const std::exception& e) {
    abandon_transaction(e.what(), 0);
  }
  in_transaction_ = false;
  pending_ = 0;
  dirty_groups_.clear();
}

std::unordered_map<std::string, std::string> SqlEventStore::content_hashes() {
  std::unordered_map<std::string, std::string> hashes;
  for (const auto& row : select("SELECT doc_id, content_hash FROM documents", {}))
    hashes.emplace(text(row[0]), text(row[1]));
  return hashes;
}

std::unordered_map<std::string, std::string> SqlEventStore::data_fingerprints() {
  std::unordered_map<std::string, std::string> fingerprints;
  for (const auto& row : select("SELECT doc_id, data_fingerprint FROM documents", {}))
    fingerprints.emplace(text(row[0]), text(row[1]));
  return fingerprints;
}

std::vector<StoredDocument> SqlEventStore::documents() {
  std::vector<StoredDocument> documents;
  for (const auto& row :
       select("SELECT doc_id, origin, url, title, date, credited_source, outlet, content_hash, "
              "ingest_date, text, data_fingerprint FROM documents ORDER BY doc_id",
              {})) {
    documents.push_back({text(row[0]), text(row[1]), row[2], row[3], row[4], row[5], text(row[6]),
                         text(row[7]), text(row[9]), text(row[8]), text(row[10])});
  }
  return documents;
}

}  // namespace dyad
