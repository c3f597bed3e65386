// Event groups out of the store as GDELT 2.0 event rows, JSON Lines or CSV (`dyad export`).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_store.h"

namespace dyad {

enum class ExportFormat { kGdelt, kJsonl, kCsv };

struct ExportOptions {
  bool header = false;             // GDELT: a header row (GDELT's own files have none)
  bool undated_as_ingest = false;  // undated events dated by the day dyad stored them
};

// The record an event's GDELT row is written from: its first mention (actors, SOURCEURL), dated
// with the event's date.
EventRecord group_record(const EventGroup& group);

// One JSON object per event: its key and counts, and every mention with its evidence. An
// undated event has "date": null (with date_is_ingest true) unless `undated_as_ingest`.
nlohmann::json to_json(const EventGroup& group, bool undated_as_ingest = false);

// The CSV columns, in order.
const std::vector<std::string>& csv_columns();

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csv_field(std::string_view text);

// Writes the header (CSV; GDELT when asked) and one line per event. Undated events keep an empty
// date in JSON Lines and CSV; GDELT files leave them out (GDELT rows need an event date) unless
// `undated_as_ingest`. Returns how many were left out.
std::size_t write_events(std::ostream& out, const std::vector<EventGroup>& groups,
                         ExportFormat format, const ExportOptions& options = {});

}  // namespace dyad
