// Event groups out of the store in any output format (`dyad export`), and the pieces the formats
// share.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "store/event_store.h"
#include "store/output_format.h"

namespace dyad {

// The record an event's GDELT row is written from: its first mention (actors, SOURCEURL), dated
// with the event's date.
EventRecord group_record(const EventGroup& group);

// One JSON object per event: its key and counts, and every mention with its evidence. An
// undated event has "date": null (with date_is_ingest true) unless `undated_as_ingest`.
nlohmann::json to_json(const EventGroup& group, bool undated_as_ingest = false);
// The same object without "mentions": the event's key, CAMEO fields and counts.
nlohmann::json group_fields_json(const EventGroup& group, bool undated_as_ingest = false);

// The CSV columns, in order: the event's CAMEO columns (cameo, root, label, goldstein,
// quad_class), PLOVER's in their place (plover_event, plover_mode, plover_context), or both
// (PLOVER's at the end).
std::vector<std::string> csv_columns(EventScheme scheme = EventScheme::kCameo);

// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled.
std::string csv_field(std::string_view text);

// Writes the format's header and one line per event. Returns how many events the format left
// out (GDELT rows of undated events, unless dated as ingested: OutputOptions).
std::size_t write_events(std::ostream& out, const std::vector<EventGroup>& groups,
                         const OutputFormat& format);

}  // namespace dyad
