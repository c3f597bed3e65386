#include "store/export.h"

#include <cstdio>

namespace dyad {

namespace {

std::string format_goldstein(double goldstein) {
  char out[16];
  std::snprintf(out, sizeof out, "%.1f", goldstein);
  return out;
}

// The event's date as outputs show it: none for an undated event, unless dated as ingested.
std::string shown_date(const EventGroup& g, bool undated_as_ingest) {
  return g.date_is_ingest && !undated_as_ingest ? std::string() : g.date;
}

std::vector<std::string> csv_row(const EventGroup& g, bool undated_as_ingest) {
  const EventRecord first = group_record(g);
  return {std::to_string(g.id),
          shown_date(g, undated_as_ingest),
          g.date_is_ingest ? "1" : "0",
          g.source_code,
          g.target_code,
          g.cameo,
          g.root,
          g.label,
          format_goldstein(g.goldstein),
          std::to_string(g.quad_class),
          std::to_string(g.num_mentions),
          std::to_string(g.num_sources),
          std::to_string(g.num_articles),
          first.url.value_or(""),
          first.sentence_text};
}

void write_csv_line(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out << ',';
    out << csv_field(fields[i]);
  }
  out << "\r\n";  // RFC 4180 line ending
}

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
          {"mentions", std::move(mentions)}};
}

const std::vector<std::string>& csv_columns() {
  static const std::vector<std::string> columns = {
      "event_id",     "date",        "date_is_ingest", "source_code", "target_code",
      "cameo",        "root",        "label",          "goldstein",   "quad_class",
      "num_mentions", "num_sources", "num_articles",   "source_url",  "evidence_sentence"};
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
                         ExportFormat format, const ExportOptions& options) {
  std::size_t left_out = 0;
  switch (format) {
    case ExportFormat::kGdelt:
      if (options.header) out << gdelt_header() << '\n';
      for (const auto& g : groups) {
        if (g.date_is_ingest && !options.undated_as_ingest) {
          ++left_out;
          continue;
        }
        const std::string added =
            g.mentions.empty() ? std::string() : gdelt_timestamp(g.mentions.front().ingest_date);
        out << gdelt_row(group_record(g), static_cast<std::uint64_t>(g.id), added,
                         {g.num_mentions, g.num_sources, g.num_articles})
            << '\n';
      }
      break;
    case ExportFormat::kJsonl:
      for (const auto& g : groups) out << to_json(g, options.undated_as_ingest).dump() << '\n';
      break;
    case ExportFormat::kCsv:
      write_csv_line(out, csv_columns());
      for (const auto& g : groups) write_csv_line(out, csv_row(g, options.undated_as_ingest));
      break;
  }
  return left_out;
}

}  // namespace dyad
