#include "store/export.h"

#include <chrono>
#include <cstdio>
#include <memory>
#include <stdexcept>

namespace dyad {

namespace {

std::string format_goldstein(double goldstein) {
  char out[16];
  std::snprintf(out, sizeof out, "%.1f", goldstein);
  return out;
}

// The CSV columns that name the event in each scheme, after `target_code`.
const std::vector<std::string> kCameoCsvColumns = {"cameo", "root", "label", "goldstein",
                                                   "quad_class"};
const std::vector<std::string> kPloverCsvColumns = {"plover_event", "plover_mode",
                                                    "plover_context"};
constexpr std::size_t kCsvEventColumn = 5;  // where the CAMEO columns start

// The event's date as outputs show it: none for an undated event, unless dated as ingested.
std::string shown_date(const EventGroup& g, bool undated_as_ingest) {
  return g.date_is_ingest && !undated_as_ingest ? std::string() : g.date;
}

// A CSV row: the event's key and counts, its first mention's URL and evidence sentence. Empty
// for an event PLOVER drops under EventScheme::kPlover.
std::vector<std::string> csv_row(const EventRecord& first, std::int64_t id, bool date_is_ingest,
                                 const GdeltCounts& counts, EventScheme scheme) {
  if (scheme == EventScheme::kPlover && first.plover.event.empty()) return {};
  std::vector<std::string> row = {std::to_string(id),
                                  first.date.value_or(""),
                                  date_is_ingest ? "1" : "0",
                                  first.source.code,
                                  first.target.code,
                                  first.cameo,
                                  first.root,
                                  first.label,
                                  format_goldstein(first.goldstein),
                                  std::to_string(first.quad_class),
                                  std::to_string(counts.mentions),
                                  std::to_string(counts.sources),
                                  std::to_string(counts.articles),
                                  first.url.value_or(""),
                                  first.sentence_text};
  const std::vector<std::string> plover = {first.plover.event, first.plover.mode,
                                           plover_context_field(first.plover.context)};
  if (scheme == EventScheme::kPlover) {
    row.erase(row.begin() + kCsvEventColumn,
              row.begin() + kCsvEventColumn + static_cast<long>(kCameoCsvColumns.size()));
    row.insert(row.begin() + kCsvEventColumn, plover.begin(), plover.end());
  }
  if (scheme == EventScheme::kBoth) row.insert(row.end(), plover.begin(), plover.end());
  return row;
}

std::string csv_line(const std::vector<std::string>& fields) {
  if (fields.empty()) return "";
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csv_field(fields[i]);
  }
  return line + "\r\n";  // RFC 4180 line ending
}

GdeltCounts group_counts(const EventGroup& g) {
  return {g.num_mentions, g.num_sources, g.num_articles};
}

class JsonLinesFormat final : public OutputFormat {
 public:
  explicit JsonLinesFormat(const OutputOptions& options) : options_(options) {}
  std::string_view name() const override { return "jsonl"; }
  bool numbers_events() const override { return false; }
  std::string mention_line(const EventRecord& record, std::uint64_t) const override {
    return to_json(record).dump() + '\n';
  }
  std::string event_line(const EventGroup& group) const override {
    return to_json(group, options_.undated_as_ingest).dump() + '\n';
  }

 private:
  OutputOptions options_;
};

// A line with its ending, or nothing for an event the format leaves out.
std::string line_of(const std::string& row) {
  return row.empty() ? row : row + '\n';
}

// GDELT rows need an event date: undated events are left out unless dated as ingested; under
// the PLOVER scheme, events PLOVER drops are left out too.
class GdeltFormat final : public OutputFormat {
 public:
  explicit GdeltFormat(const OutputOptions& options)
      : options_(options),
        date_added_(gdelt_timestamp(std::chrono::system_clock::now())),
        ingest_day_(date_added_.substr(0, 4) + "-" + date_added_.substr(4, 2) + "-" +
                    date_added_.substr(6, 2)) {}
  std::string_view name() const override { return "gdelt"; }
  std::string header() const override {
    return options_.header ? gdelt_header(options_.scheme) + '\n' : std::string();
  }
  // DATEADDED of a coded mention: when this run started.
  std::string mention_line(const EventRecord& record, std::uint64_t event_id) const override {
    if (record.date) return line_of(gdelt_row(record, event_id, date_added_, {}, options_.scheme));
    if (!options_.undated_as_ingest) return {};
    EventRecord dated = record;
    dated.date = ingest_day_;
    return line_of(gdelt_row(dated, event_id, date_added_, {}, options_.scheme));
  }
  // DATEADDED of a stored event: the day its first mention was stored.
  std::string event_line(const EventGroup& g) const override {
    if (g.date_is_ingest && !options_.undated_as_ingest) return {};
    const std::string added =
        g.mentions.empty() ? std::string() : gdelt_timestamp(g.mentions.front().ingest_date);
    return line_of(gdelt_row(group_record(g), static_cast<std::uint64_t>(g.id), added,
                             group_counts(g), options_.scheme));
  }

 private:
  OutputOptions options_;
  std::string date_added_, ingest_day_;
};

class CsvFormat final : public OutputFormat {
 public:
  explicit CsvFormat(const OutputOptions& options) : options_(options) {}
  std::string_view name() const override { return "csv"; }
  std::string header() const override { return csv_line(csv_columns(options_.scheme)); }
  std::string mention_line(const EventRecord& record, std::uint64_t event_id) const override {
    return csv_line(
        csv_row(record, static_cast<std::int64_t>(event_id), false, {}, options_.scheme));
  }
  std::string event_line(const EventGroup& g) const override {
    EventRecord first = group_record(g);
    first.date = shown_date(g, options_.undated_as_ingest);
    return csv_line(csv_row(first, g.id, g.date_is_ingest, group_counts(g), options_.scheme));
  }

 private:
  OutputOptions options_;
};

}  // namespace

EventRecord group_record(const EventGroup& group) {
  EventRecord record;
  if (!group.mentions.empty()) record = group.mentions.front().record;
  record.date = group.date;
  record.source.code = group.source_code;
  record.target.code = group.target_code;
  record.cameo = group.cameo;
  record.root = group.root;
  record.label = group.label;
  record.goldstein = group.goldstein;
  record.quad_class = group.quad_class;
  return record;
}

nlohmann::json to_json(const EventGroup& g, bool undated_as_ingest) {
  nlohmann::json mentions = nlohmann::json::array();
  for (const auto& mention : g.mentions) {
    nlohmann::json m = to_json(mention.record);
    m["url"] = mention.record.url ? nlohmann::json(*mention.record.url) : nlohmann::json(nullptr);
    m["outlet"] = mention.outlet;
    mentions.push_back(std::move(m));
  }
  nlohmann::json event = group_fields_json(g, undated_as_ingest);
  event["mentions"] = std::move(mentions);
  return event;
}

nlohmann::json group_fields_json(const EventGroup& g, bool undated_as_ingest) {
  return {{"id", g.id},
          {"date", g.date_is_ingest && !undated_as_ingest ? nlohmann::json(nullptr)
                                                          : nlohmann::json(g.date)},
          {"date_is_ingest", g.date_is_ingest},
          {"source_code", g.source_code},
          {"target_code", g.target_code},
          {"cameo", g.cameo},
          {"root", g.root},
          {"label", g.label},
          {"goldstein", g.goldstein},
          {"quad_class", g.quad_class},
          {"num_mentions", g.num_mentions},
          {"num_sources", g.num_sources},
          {"num_articles", g.num_articles},
          {"plover_event",
           g.plover_event.empty() ? nlohmann::json(nullptr) : nlohmann::json(g.plover_event)}};
}

std::vector<std::string> csv_columns(EventScheme scheme) {
  std::vector<std::string> columns = {"event_id", "date", "date_is_ingest", "source_code",
                                      "target_code"};
  const auto& event = scheme == EventScheme::kPlover ? kPloverCsvColumns : kCameoCsvColumns;
  columns.insert(columns.end(), event.begin(), event.end());
  for (const char* column :
       {"num_mentions", "num_sources", "num_articles", "source_url", "evidence_sentence"})
    columns.push_back(column);
  if (scheme == EventScheme::kBoth)
    columns.insert(columns.end(), kPloverCsvColumns.begin(), kPloverCsvColumns.end());
  return columns;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::size_t write_events(std::ostream& out, const std::vector<EventGroup>& groups,
                         const OutputFormat& format) {
  std::size_t left_out = 0;
  out << format.header();
  for (const auto& g : groups) {
    const std::string line = format.event_line(g);
    if (line.empty()) ++left_out;
    out << line;
  }
  return left_out;
}

const std::vector<std::string>& output_format_names() {
  static const std::vector<std::string> names = {"jsonl", "gdelt", "csv"};
  return names;
}

std::unique_ptr<OutputFormat> make_output_format(std::string_view name,
                                                 const OutputOptions& options) {
  if (name == "jsonl") return std::make_unique<JsonLinesFormat>(options);
  if (name == "gdelt") return std::make_unique<GdeltFormat>(options);
  if (name == "csv") return std::make_unique<CsvFormat>(options);
  throw std::invalid_argument("unknown output format '" + std::string(name) +
                              "' (known: jsonl, gdelt, csv)");
}

}  // namespace dyad
