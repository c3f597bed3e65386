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
  virtual std::string mention_line(const EventRecord& record, std::uint64_t event_id) const = 0;
  // One event of the store with every mention's counts, with its line ending.
  virtual std::string event_line(const EventGroup& group) const = 0;
};

// "jsonl", "gdelt" or "csv"; throws std::invalid_argument listing the names for another.
// `scheme` picks the event codes of gdelt and csv (JSON Lines always carries both).
std::unique_ptr<OutputFormat> make_output_format(std::string_view name,
                                                 EventScheme scheme = EventScheme::kCameo);
const std::vector<std::string>& output_format_names();

}  // namespace dyad
