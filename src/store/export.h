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

// The record an event's GDELT row is written from: its first mention (actors, SOURCEURL), dated
// with the event's date.
EventRecord group_record(const EventGroup& group);

// One JSON object per event: its key and counts, and every mention with its evidence.
nlohmann::json to_json(const EventGroup& group);
// The same object without "mentions": the event's key, CAMEO fields and counts.
nlohmann::json group_fields_json(const EventGroup& group);

// The CSV columns, in order.
const std::vector<std::string>& csv_columns();

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csv_field(std::string_view text);

// Writes the header (GDELT, CSV) and one line per event.
void write_events(std::ostream& out, const std::vector<EventGroup>& groups, ExportFormat format);

}  // namespace dyad
