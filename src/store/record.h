// EventRecord: one coded event with everything a reader of our output needs, independent of
// the pipeline's internal types (src/pipeline/records.h makes them). JSONL and GDELT TSV are
// written from it, and the store keeps it.
#pragma once

#include <chrono>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "clean/article.h"
#include "ingest/document.h"

namespace dyad {

struct ActorRecord {
  std::string code, country, agent, text;
  std::optional<Span> span;       // in the article text; none when the actor was named elsewhere
  std::optional<Span> char_span;  // the same in code points; none also when not computed
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
};

// Sets the record's code-point spans (event, source, target) from its byte spans into `text`,
// the cleaned article text they point into.
void add_char_spans(EventRecord& record, std::string_view text);

// The JSON Lines object; its field names are a contract other tools read.
nlohmann::json to_json(const EventRecord& record);

// How often an event was reported: GDELT's NumMentions, NumSources and NumArticles. A single
// mention (the `dyad code --tsv` rows) counts once for each.
struct GdeltCounts {
  std::int64_t mentions = 1, sources = 1, articles = 1;
};

// GDELT 2.0 event table (codebook V2.0, 2015): the header line (GDELT's own files have none;
// `--header` adds it) and one row: tab-separated, 61 columns in GDELT's order and types; the
// columns we cannot fill are empty. `date_added` is DATEADDED, YYYYMMDDHHMMSS in UTC: when dyad
// stored or coded the event. A record without a date gets empty date columns: callers leave
// undated events out of GDELT files unless asked for `--undated as-ingest`.
std::string gdelt_header();
std::string gdelt_row(const EventRecord& record, std::uint64_t event_id,
                      const std::string& date_added, const GdeltCounts& counts = {});

// DATEADDED for a moment (UTC, to the second), and for a YYYY-MM-DD day (its midnight).
std::string gdelt_timestamp(std::chrono::system_clock::time_point when);
std::string gdelt_timestamp(const std::string& iso_day);

}  // namespace dyad
