// EventStore: the event database behind `dyad code --db`, `dyad export` and `dyad query` — one
// interface over an SQLite file and a PostgreSQL database. Schema and semantics: docs/schema.md.
//
// Mentions (one per coded event in an article) are grouped into events the way GDELT does: the
// same date, source code, target code and CAMEO code are one event, counted by mentions, distinct
// outlets (sources) and distinct articles.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "clean/article.h"
#include "ingest/document.h"
#include "store/record.h"

namespace dyad {

// A document as the store keeps it (everything but its events).
struct StoredDocument {
  std::string doc_id;
  std::string origin;
  std::optional<std::string> url, title, date, credited_source;
  std::string outlet;        // document_outlet(): who published it, for num_sources
  std::string content_hash;  // content_hash(): decides whether a re-run must re-code it
  std::string text;          // the cleaned article text every stored offset points into
  std::string ingest_date;   // YYYY-MM-DD (UTC) of the run that stored it; set by the store
  // The pipeline's data fingerprint when it was coded (Pipeline::fingerprint()): a re-run with
  // other dictionaries, rules or model recodes it. Empty when stored before schema 3.
  std::string data_fingerprint;
};

// FNV-1a 64 (16 hex digits) over the raw document text and the metadata that feeds coding
// (title, date, URL, source): a change to any of them means the stored events may be stale.
std::string content_hash(const Document& doc);

// The outlet for counting distinct sources: the URL host (lower case, without "www."), else the
// credited source, else the site named in the metadata (JSONL `source`, the page's site name);
// empty when none is known. Never the folder the file was read from: a folder says how the
// user sorted files, not who published them.
std::string document_outlet(const Document& doc, const std::optional<std::string>& credited_source);

StoredDocument make_stored_document(const Document& doc, const Article& article,
                                    const std::string& data_fingerprint = "");

// One mention of an event, as stored: the coded record plus where its document came from.
struct StoredMention {
  EventRecord record;  // record.date is the article date (none when unknown)
  std::string outlet;
  std::string ingest_date;           // YYYY-MM-DD: when its document was stored (GDELT's DATEADDED)
  std::optional<std::string> title;  // the article's title
  // Where the evidence sentence starts in the article text (record.span's frame): puts the span
  // inside record.sentence_text. None when the sentence is not found in the stored text.
  std::optional<std::size_t> sentence_begin;
};

// An event: the dedup group of every mention with the same key.
struct EventGroup {
  std::int64_t id = 0;
  // YYYY-MM-DD: the article date, or for an undated event (no article date known) the day dyad
  // stored it, flagged by date_is_ingest. Outputs show undated events with no date unless asked
  // for `--undated as-ingest` (docs/schema.md, "Undated events").
  std::string date;
  bool date_is_ingest = false;
  std::string source_code, target_code, cameo, root, label;
  double goldstein = 0.0;
  int quad_class = 0;
  std::int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  std::string plover_event;  // the PLOVER type of `cameo`; empty for CAMEO 01/02 and old rows
  std::vector<StoredMention> mentions;  // in storage order: the first is the first seen
};

// Which events a read includes by whether their article had a date.
enum class Undated { kInclude, kExclude, kOnly };

// Restricts reads; every field is optional and they all hold at once. Dates are inclusive
// YYYY-MM-DD and match dated events only (an undated event did not happen on the day dyad stored
// it); actor codes and CAMEO codes match as prefixes (IRN matches IRNGOV, 04 matches 042).
struct EventFilter {
  std::optional<std::string> from, to;
  std::optional<std::string> actor;           // on the source or the target
  std::optional<std::string> source, target;  // on that side only
  // 3-letter country: an actor of it on either side, whatever its agent (IRN: IRN, IRNGOV,
  // IRNMIL), i.e. the first three letters of the event's source or target code.
  std::optional<std::string> country;
  std::optional<std::string> root;          // two-digit CAMEO root
  std::optional<std::string> cameo;         // CAMEO code prefix
  std::optional<std::string> plover_event;  // PLOVER event type (ASSAULT), exact
  std::optional<int> quad_class;            // 1..4
  std::optional<std::int64_t> event_id;
  // Where the event happened: its place (its first mention's, as GDELT's ActionGeo), by the
  // gazetteer name and the place's 3-letter country, each exact.
  std::optional<std::string> place, place_country;
  // Conditions on the mentions: an event matches when one of its mentions meets all of them.
  std::optional<std::string> modality;  // asserted, future, hypothetical, alleged
  std::optional<std::string> outlet;    // documents.outlet
  std::optional<std::string> text;      // every word in the evidence sentence (full-text index)
  std::optional<std::int64_t> limit;
  std::int64_t offset = 0;    // events to skip (pagination)
  bool newest_first = false;  // events(): by date descending instead of ascending
  Undated undated = Undated::kInclude;

  bool operator==(const EventFilter&) const = default;
};

struct DyadSummary {
  std::string source_code, target_code;
  std::int64_t num_events = 0, num_mentions = 0;
  double mean_goldstein = 0.0;
  std::int64_t by_quad_class[4] = {0, 0, 0, 0};  // QuadClass 1..4
};

// Events on one day, by QuadClass.
struct EventDay {
  std::string date;
  std::int64_t num_events = 0;
  std::int64_t by_quad_class[4] = {0, 0, 0, 0};  // QuadClass 1..4
  double goldstein_sum = 0.0;
};

// One actor code over the matching events, as source and as target.
struct ActorSummary {
  std::string code;
  std::int64_t num_events = 0, as_source = 0, as_target = 0;
  double mean_goldstein = 0.0;
};

// Events by where they happened (their first mention's place, as GDELT's ActionGeo).
struct PlaceSummary {
  std::string name, country, type;  // as GeoRecord: type is country, region, capital or city
  double lat = 0.0, lon = 0.0;
  std::int64_t num_events = 0;
  double mean_goldstein = 0.0;
};

// What a database holds.
struct StoreSummary {
  std::int64_t num_events = 0, num_mentions = 0, num_documents = 0;
  std::optional<std::string> first_date, last_date;  // of dated events
};

struct SearchHit {
  std::int64_t event_id = 0;
  StoredMention mention;
};

// The database itself failed — disk full, an I/O error, locked by another writer past the wait,
// the connection lost — so nothing more can be stored in this run. The open transaction was
// rolled back; documents committed before it are intact, and a re-run stores the rest.
class StoreUnavailable : public std::runtime_error {
 public:
  explicit StoreUnavailable(const std::string& message, std::size_t rolled_back = 0)
      : std::runtime_error(message), rolled_back_(rolled_back) {}
  // Documents that put() had accepted in the rolled-back transaction, and the one it was storing.
  std::size_t rolled_back() const { return rolled_back_; }

 private:
  std::size_t rolled_back_;
};

class EventStore {
 public:
  enum class PutResult { kStored, kReplaced, kUnchanged };

  virtual ~EventStore() = default;

  // Where the store lives, for messages: the file, or the URL without its password.
  virtual const std::string& location() const = 0;

  // Stores a document and its events. A document already stored with the same content hash and
  // data fingerprint is left alone (kUnchanged); otherwise its mentions are replaced (kReplaced).
  // Writes are grouped into transactions of many documents; each document is all-or-nothing, and
  // the event counts are brought up to date in the same transaction, so a crash loses whole
  // documents only. Throws StoreUnavailable when the database fails (then put() and commit() may
  // not be called again), std::runtime_error when only this document could not be stored.
  virtual PutResult put(const StoredDocument& doc, const std::vector<EventRecord>& events) = 0;
  // Ends the current transaction. Throws StoreUnavailable when that fails.
  virtual void commit() = 0;
  // How long a write waits for another writer to release the database before the run stops.
  static constexpr double kDefaultBusyWait = 60.0;
  virtual void set_busy_wait(double seconds) = 0;
  // Documents per transaction (default 500): fewer lose less work to a crash, more write faster.
  virtual void set_documents_per_transaction(int documents) = 0;

  // doc_id → content hash of every stored document: lets a re-run skip unchanged documents
  // before coding them.
  virtual std::unordered_map<std::string, std::string> content_hashes() = 0;
  // doc_id → data fingerprint of every stored document (empty for documents stored before
  // schema 3).
  virtual std::unordered_map<std::string, std::string> data_fingerprints() = 0;
  // Every document (with its text), ordered by doc_id.
  virtual std::vector<StoredDocument> documents() = 0;
  // Events with their mentions, ordered by date then id (or the reverse: newest_first), from
  // filter.offset on, at most filter.limit.
  virtual std::vector<EventGroup> events(const EventFilter& filter) = 0;
  // How many events match (limit and offset aside).
  virtual std::int64_t count_events(const EventFilter& filter) = 0;
  // Dyads by event count (then mentions), with the mean Goldstein score of their events.
  virtual std::vector<DyadSummary> dyads(const EventFilter& filter) = 0;
  // The matching events per day, ordered by date.
  virtual std::vector<EventDay> days(const EventFilter& filter) = 0;
  // Actor codes by the number of matching events they take part in (at most filter.limit).
  virtual std::vector<ActorSummary> actors(const EventFilter& filter) = 0;
  // The places of the matching events that have one, by event count then name (at most
  // filter.limit).
  virtual std::vector<PlaceSummary> places(const EventFilter& filter) = 0;
  virtual StoreSummary summary() = 0;
  // Mentions whose evidence sentence contains every word of `text` (full-text index).
  virtual std::vector<SearchHit> search(const std::string& text, std::int64_t limit) = 0;
};

// Opens `location`: a postgresql:// (or postgres://) URL, else an SQLite file, created when
// missing unless `create_missing` is false (readers: a typo must not yield an empty database;
// an SQLite file is then opened read-only).
// Creates or migrates the schema. Throws std::runtime_error naming the location.
std::unique_ptr<EventStore> open_event_store(const std::string& location,
                                             bool create_missing = true);
// Opens an existing database of the current schema for reading only: nothing it does can write
// (`dyad serve`). Each read sees what writers have committed by then.
std::unique_ptr<EventStore> open_event_store_read_only(const std::string& location);

// A valid YYYY-MM-DD calendar date.
bool is_iso_date(const std::string& text);

bool is_postgres_url(const std::string& location);

// Timeline of one dyad: counts per QuadClass and mean Goldstein per day, ISO week or month.
enum class Period { kDay, kWeek, kMonth };
struct TimelinePoint {
  std::string period;                 // 2024-03-05, 2024-W10, 2024-03
  std::string first_date, last_date;  // of the events in the period: its events' date range
  std::int64_t num_events = 0;
  std::int64_t by_quad_class[4] = {0, 0, 0, 0};
  double mean_goldstein = 0.0;
};
// `both` adds the events of target → source.
std::vector<TimelinePoint> timeline(EventStore& store, const std::string& source,
                                    const std::string& target, Period by, bool both,
                                    const EventFilter& filter);
// The events `filter` selects, per period.
std::vector<TimelinePoint> timeline(EventStore& store, const EventFilter& filter, Period by);

// "2024-03-05" → "2024-W10" (ISO 8601 week); throws std::invalid_argument on a malformed date.
std::string iso_week(const std::string& date);

}  // namespace dyad
