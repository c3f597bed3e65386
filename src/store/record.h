// EventRecord: one coded event with everything a reader of our output needs, independent of
// the pipeline's internal types (src/pipeline/records.h makes them). JSONL and GDELT TSV are
// written from it, and the store keeps it.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "clean/article.h"
#include "ingest/document.h"

namespace dyad {

struct ActorRecord {
  std::string code, country, agent, text;
  std::optional<Span> span;  // in the article text; none when the actor was named elsewhere
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
  Span span;
  std::string sentence_text;
  std::string rule;
  std::optional<std::string> url;
};

// The JSON Lines object; its field names are a contract other tools read.
nlohmann::json to_json(const EventRecord& record);

// How often an event was reported: GDELT's NumMentions, NumSources and NumArticles. A single
// mention (the `dyad code --tsv` rows) counts once for each.
struct GdeltCounts {
  std::int64_t mentions = 1, sources = 1, articles = 1;
};

// GDELT 2.0 event table: the header line and one row (tab-separated, 61 columns; the columns we
// cannot fill are empty, as GDELT leaves them).
std::string gdelt_header();
std::string gdelt_row(const EventRecord& record, std::uint64_t event_id,
                      const GdeltCounts& counts = {});

}  // namespace dyad
