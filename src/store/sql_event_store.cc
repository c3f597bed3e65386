#include "store/sql_event_store.h"

#include <chrono>
#include <cstdio>
#include <unordered_map>

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

std::int64_t integer(const std::optional<std::string>& field) {
  return field ? std::stoll(*field) : 0;
}

double real(const std::optional<std::string>& field) {
  return field ? std::stod(*field) : 0.0;
}

std::string text(const std::optional<std::string>& field) {
  return field.value_or("");
}

// A WHERE clause under construction, with the parameters its placeholders refer to.
struct Where {
  std::string sql = " WHERE 1 = 1";
  std::vector<Param> params;

  std::string placeholder(Param value) {
    params.push_back(std::move(value));
    std::string name(1, '$');
    name += std::to_string(params.size());
    return name;
  }
  // `column` starts with the code: CAMEO actor codes are built of 3-letter prefixes.
  std::string prefix_match(const std::string& column, const std::string& placeholder) {
    const std::string code = "CAST(" + placeholder + " AS TEXT)";
    return "substr(" + column + ", 1, length(" + code + ")) = " + code;
  }
  void add_either_side(const std::string& code_prefix) {
    const std::string code = placeholder(code_prefix);
    sql += " AND (" + prefix_match("e.source_code", code) + " OR " +
           prefix_match("e.target_code", code) + ")";
  }
  void add_filter(const EventFilter& filter) {
    // A date range asks when events happened: an undated event's stored day is not that.
    if (filter.from || filter.to || filter.undated == Undated::kExclude)
      sql += " AND e.date_is_ingest = 0";
    if (filter.undated == Undated::kOnly) sql += " AND e.date_is_ingest = 1";
    if (filter.from) sql += " AND e.date >= " + placeholder(*filter.from);
    if (filter.to) sql += " AND e.date <= " + placeholder(*filter.to);
    if (filter.actor) add_either_side(*filter.actor);
    if (filter.country) add_either_side(*filter.country);
    if (filter.root) sql += " AND e.root = " + placeholder(*filter.root);
  }
  std::string limit(const EventFilter& filter) {
    return filter.limit ? " LIMIT " + placeholder(*filter.limit) : "";
  }
};

constexpr const char* kMentionColumns =
    "SELECT m.event_id, d.doc_id, m.sentence, d.date, m.source_code, m.source_country, "
    "m.source_agent, m.source_text, m.source_begin, m.source_end, m.target_code, "
    "m.target_country, m.target_agent, m.target_text, m.target_begin, m.target_end, e.cameo, "
    "e.root, e.label, e.goldstein, e.quad_class, m.modality, m.span_begin, m.span_end, "
    "m.sentence_text, m.rule, d.url, d.outlet, d.ingest_date "
    "FROM event_mentions m JOIN documents d ON d.id = m.document_id "
    "JOIN events e ON e.id = m.event_id";

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
  mention.ingest_date = text(row[28]);
  return mention;
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
  const auto existing =
      select("SELECT id, content_hash, data_fingerprint FROM documents WHERE doc_id = $1",
             {doc.doc_id});
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
        "goldstein, quad_class) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
        "ON CONFLICT (date, source_code, target_code, cameo, date_is_ingest) "
        "DO UPDATE SET label = excluded.label RETURNING id",
        {date, date_is_ingest, e.source.code, e.target.code, e.cameo, e.root, e.label, e.goldstein,
         static_cast<std::int64_t>(e.quad_class)})[0][0]);
    dirty_groups_.insert(group);
    execute(
        "INSERT INTO event_mentions (event_id, document_id, sentence, source_code, "
        "source_country, source_agent, source_text, source_begin, source_end, target_code, "
        "target_country, target_agent, target_text, target_begin, target_end, modality, "
        "span_begin, span_end, sentence_text, rule) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
        "$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
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
         e.rule});
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

std::vector<StoredMention> SqlEventStore::read_mentions(const std::string& where,
                                                        const Params& params,
                                                        std::vector<std::int64_t>* event_ids) {
  std::vector<StoredMention> mentions;
  for (const auto& row : select(std::string(kMentionColumns) + where, params)) {
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
  Where where;
  where.add_filter(filter);
  const std::string selected = where.sql + " ORDER BY e.date, e.id" + where.limit(filter);
  std::vector<EventGroup> groups;
  std::unordered_map<std::int64_t, std::size_t> index;
  for (const auto& row :
       select("SELECT e.id, e.date, e.date_is_ingest, e.source_code, e.target_code, e.cameo, "
              "e.root, e.label, e.goldstein, e.quad_class, e.num_mentions, e.num_sources, "
              "e.num_articles FROM events e" +
                  selected,
              where.params)) {
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
    index.emplace(g.id, groups.size());
    groups.push_back(std::move(g));
  }
  std::vector<std::int64_t> event_ids;
  auto mentions = read_mentions(
      " WHERE m.event_id IN (SELECT e.id FROM events e" + selected + ") ORDER BY m.event_id, m.id",
      where.params, &event_ids);
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (const auto it = index.find(event_ids[i]); it != index.end())
      groups[it->second].mentions.push_back(std::move(mentions[i]));
  return groups;
}

std::int64_t SqlEventStore::count_events(const EventFilter& filter) {
  Where where;
  where.add_filter(filter);
  return integer(select("SELECT COUNT(*) FROM events e" + where.sql, where.params)[0][0]);
}

std::vector<DyadSummary> SqlEventStore::dyads(const EventFilter& filter) {
  Where where;
  where.add_filter(filter);
  std::vector<DyadSummary> dyads;
  for (const auto& row :
       select("SELECT e.source_code, e.target_code, COUNT(*), SUM(e.num_mentions), "
              "SUM(e.goldstein) FROM events e" +
                  where.sql +
                  " GROUP BY e.source_code, e.target_code "
                  "ORDER BY COUNT(*) DESC, SUM(e.num_mentions) DESC, e.source_code, "
                  "e.target_code" +
                  where.limit(filter),
              where.params)) {
    DyadSummary d{text(row[0]), text(row[1]), integer(row[2]), integer(row[3]), 0.0};
    d.mean_goldstein = d.num_events > 0 ? real(row[4]) / static_cast<double>(d.num_events) : 0.0;
    dyads.push_back(std::move(d));
  }
  return dyads;
}

std::vector<DyadDay> SqlEventStore::dyad_days(const std::string& source, const std::string& target,
                                              const EventFilter& filter) {
  Where where;
  where.sql += " AND " + where.prefix_match("e.source_code", where.placeholder(source));
  where.sql += " AND " + where.prefix_match("e.target_code", where.placeholder(target));
  where.add_filter(filter);
  std::vector<DyadDay> days;
  for (const auto& row :
       select("SELECT e.date, e.source_code, e.target_code, COUNT(*), "
              "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), SUM(e.goldstein) "
              "FROM events e" +
                  where.sql +
                  " GROUP BY e.date, e.source_code, e.target_code "
                  "ORDER BY e.date, e.source_code, e.target_code",
              where.params)) {
    DyadDay day{text(row[0]), text(row[1]), text(row[2]), integer(row[3]), {}, real(row[8])};
    for (int q = 0; q < 4; ++q) day.by_quad_class[q] = integer(row[4 + q]);
    days.push_back(std::move(day));
  }
  return days;
}

std::vector<SearchHit> SqlEventStore::search(const std::string& text, std::int64_t limit) {
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) return {};
  std::vector<std::int64_t> event_ids;
  auto mentions = read_mentions(" WHERE " + search_condition() + " ORDER BY m.id LIMIT $2",
                                {search_parameter(text), limit}, &event_ids);
  std::vector<SearchHit> hits;
  for (std::size_t i = 0; i < mentions.size(); ++i)
    hits.push_back({event_ids[i], std::move(mentions[i])});
  return hits;
}

}  // namespace dyad
