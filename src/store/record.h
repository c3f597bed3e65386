// EventRecord: one coded event with everything a reader of our output needs, independent of
// the pipeline's internal types (src/pipeline/records.h makes them). JSONL and GDELT TSV are
// written from it, and the store keeps it.
#pragma once

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/article.h"
#include "ingest/document.h"

namespace dyad {

struct ActorRecord {
  std::string code, country, agent, text;
  std::optional<Span> span;       // in the article text; none when the actor was named elsewhere
  std::optional<Span> char_span;  // the same in code points; none also when not computed
};

// The event in PLOVER (src/plover/plover.h): type, mode and context; an empty event for CAMEO
// codes PLOVER drops (01 statements, 02 appeals).
struct PloverRecord {
  std::string event, mode;
  std::vector<std::string> context;
};

// Where the event happened (src/geo/places.h): a gazetteer entry and why it was chosen.
struct GeoRecord {
  std::string name;     // as the gazetteer spells it: "Baku", "Azerbaijan"
  std::string country;  // CAMEO country code: "AZE"
  double lat = 0.0, lon = 0.0;
  std::string type;   // country, region, capital, city
  std::string basis;  // locative (a place phrase attached to the event's predicate), dateline
  std::int64_t feature_id = 0;  // GeoNames id; 0 for countries and regions
};

struct EventRecord {
  std::string doc_id;
  std::size_t sentence = 0;
  std::optional<std::string> date;  // the article date, YYYY-MM-DD
  ActorRecord source, target;
  std::string cameo, root;
  std::string label;  // the CAMEO code's description
  double goldstein = 0.0;
  int quad_class = 0;
  std::string modality;
  Span span;  // UTF-8 byte offsets into the cleaned article text
  // The same in code points (what Python's and R's string indices count): add_char_spans(), by
  // make_records and by the store when it reads mentions back.
  std::optional<Span> char_span;
  std::string sentence_text;
  std::string rule;
  std::optional<std::string> url;
  PloverRecord plover;
  std::optional<GeoRecord> geo;  // none: neither a locative nor a dateline names a known place
};

// Sets the record's code-point spans (event, source, target) from its byte spans into `text`,
// the cleaned article text they point into.
void add_char_spans(EventRecord& record, std::string_view text);

// The JSON Lines object; its field names are a contract other tools read.
nlohmann::json to_json(const EventRecord& record);
// {"event", "mode", "context"}: null event and mode when there are none, context an array.
nlohmann::json to_json(const PloverRecord& plover);
// {"name", "country", "lat", "lon", "type", "basis"}, or null.
nlohmann::json to_json(const std::optional<GeoRecord>& geo);

// How often an event was reported: GDELT's NumMentions, NumSources and NumArticles. A single
// mention (the `dyad code --tsv` rows) counts once for each.
struct GdeltCounts {
  std::int64_t mentions = 1, sources = 1, articles = 1;
};

// Which event codes the GDELT-shaped and CSV outputs carry (`--scheme`): CAMEO's (the default),
// PLOVER's in their place (events PLOVER drops, CAMEO 01 and 02, are left out), or both.
enum class EventScheme { kCameo, kPlover, kBoth };
// "cameo", "plover", "both"; throws std::invalid_argument for another name.
EventScheme event_scheme(std::string_view name);

// PLOVER's quad categories (the PLOVER README): 1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict; 0 for an unknown event type.
int plover_quad_class(std::string_view event);
// A PLOVER context as one field: "military,economic".
std::string plover_context_field(const std::vector<std::string>& context);

// GDELT 2.0 event table (codebook V2.0, 2015): the header line (GDELT's own files have none;
// `--header` adds it) and one row: tab-separated, 61 columns in GDELT's order and types; the
// columns we cannot fill are empty; ActionGeo_* hold the event's place. `date_added` is
// DATEADDED, YYYYMMDDHHMMSS in UTC: when dyad stored or coded the event. A record without a date
// gets empty date columns: callers leave undated events out of GDELT files unless asked for
// `--undated as-ingest`. Scheme kPlover puts PLOVER's event, mode and context in EventCode,
// EventBaseCode and EventRootCode (named PloverEvent, PloverMode, PloverContext), its quad
// category in QuadClass and leaves GoldsteinScale (a CAMEO scale) empty; kBoth keeps CAMEO's
// columns and adds those three at the end. gdelt_row() is empty for an event PLOVER drops under
// kPlover.
std::string gdelt_header(EventScheme scheme = EventScheme::kCameo);
std::string gdelt_row(const EventRecord& record, std::uint64_t event_id,
                      const std::string& date_added, const GdeltCounts& counts = {},
                      EventScheme scheme = EventScheme::kCameo);

// DATEADDED for a moment (UTC, to the second), and for a YYYY-MM-DD day (its midnight).
std::string gdelt_timestamp(std::chrono::system_clock::time_point when);
std::string gdelt_timestamp(const std::string& iso_day);

}  // namespace dyad
