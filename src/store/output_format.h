// Output formats behind one interface, chosen by name (as udpipe's output_format is): JSON Lines,
// GDELT 2.0 event TSV and CSV. `dyad code` writes one line per coded mention; `dyad export`
// one line per deduplicated event of the store. The event database itself is the fourth output
// of `dyad code` (src/pipeline/sinks.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_store.h"
#include "store/record.h"

namespace dyad {

struct OutputOptions {
  bool header = false;             // GDELT: a header row (GDELT's own files have none)
  bool undated_as_ingest = false;  // undated events dated by the day dyad stored or coded them
  EventScheme scheme = EventScheme::kCameo;  // GDELT and CSV: CAMEO's codes, PLOVER's or both
};

// Undated events (their article had no date) keep an empty date in JSON Lines and CSV; GDELT
// rows need an event date, so the GDELT format leaves them out (an empty line) unless
// `undated_as_ingest` (docs/schema.md, "Undated events").
class OutputFormat {
 public:
  virtual ~OutputFormat() = default;
  virtual std::string_view name() const = 0;
  // Written once before the first line (the column names); empty when the format has none.
  virtual std::string header() const { return {}; }
  // Whether mention lines carry the event id (GDELT's GLOBALEVENTID, the CSV event_id), so that
  // they must be made in output order; lines that do not can be made on any thread.
  virtual bool numbers_events() const { return true; }
  // One coded mention, with its line ending: it counts once for mentions, sources and articles.
  // Empty when the format leaves it out.
  virtual std::string mention_line(const EventRecord& record, std::uint64_t event_id) const = 0;
  // One event of the store with every mention's counts, with its line ending; empty when the
  // format leaves it out.
  virtual std::string event_line(const EventGroup& group) const = 0;
};

// "jsonl", "gdelt" or "csv"; throws std::invalid_argument listing the names for another.
std::unique_ptr<OutputFormat> make_output_format(std::string_view name,
                                                 const OutputOptions& options = {});
const std::vector<std::string>& output_format_names();

}  // namespace dyad
