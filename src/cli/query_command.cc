// `dyad query --db FILE QUESTION` (dyads, timeline, events or search): questions a reader asks
// of an event database, answered as aligned tables (or JSON Lines with --json).
#include <fmt/core.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "store/event_store.h"
#include "store/export.h"
#include "util/utf8.h"

namespace dyad::cli {

namespace {

struct QueryOptions {
  std::string db;
  bool json = false;
  EventFilter filter;
  std::int64_t limit = 20;
  std::string source, target;
  std::string by = "month";
  bool both = false;
  bool undated_as_ingest = false;
  std::string text;
};

// Display width of UTF-8 text: one column per code point (continuation bytes take none).
std::size_t width(std::string_view text) {
  std::size_t columns = 0;
  for (const char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++columns;
  return columns;
}

// At most `columns` code points, with "…" when cut; line breaks become spaces.
std::string clip(std::string text, std::size_t columns) {
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (width(text) <= columns) return text;
  std::size_t kept = 0, end = 0;
  for (; end < text.size(); ++end) {
    if ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;
    if (kept++ == columns - 1) break;
  }
  return text.substr(0, end) + "…";
}

// A table printed with every column as wide as its widest cell; numbers right-aligned. Rows may
// carry detail lines, printed indented under them (evidence sentences).
class Table {
 public:
  Table(std::vector<std::string> header, std::vector<bool> numeric)
      : header_(std::move(header)), numeric_(std::move(numeric)) {}

  void add(std::vector<std::string> row, std::vector<std::string> details = {}) {
    rows_.push_back({std::move(row), std::move(details)});
  }

  void print() const {
    std::vector<std::size_t> widths;
    for (const auto& cell : header_) widths.push_back(width(cell));
    for (const auto& row : rows_)
      for (std::size_t c = 0; c < row.cells.size(); ++c)
        widths[c] = std::max(widths[c], width(row.cells[c]));
    print_row(header_, widths);
    for (const auto& row : rows_) {
      print_row(row.cells, widths);
      for (const auto& detail : row.details) fmt::print("    {}\n", detail);
    }
    if (rows_.empty()) fmt::print("(no rows)\n");
  }

 private:
  struct Row {
    std::vector<std::string> cells, details;
  };

  void print_row(const std::vector<std::string>& cells,
                 const std::vector<std::size_t>& widths) const {
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string pad(widths[c] - width(cells[c]), ' ');
      if (c > 0) line += "  ";
      line += numeric_[c] ? pad + cells[c] : cells[c] + (c + 1 < cells.size() ? pad : "");
    }
    fmt::print("{}\n", line);
  }

  std::vector<std::string> header_;
  std::vector<bool> numeric_;
  std::vector<Row> rows_;
};

std::string fixed(double value) {
  return fmt::format("{:.2f}", value);
}

// The absent side of a one-sided event (`dyad code --one-sided`) has no code: "—" in tables.
std::string shown_code(const std::string& code) {
  return code.empty() ? "—" : code;
}

std::string evidence_line(const StoredMention& m) {
  return fmt::format("{} [{}] {}: \"{}\"", m.record.doc_id, m.record.sentence, m.outlet,
                     clip(m.record.sentence_text, 100));
}

int run_dyads(EventStore& store, const QueryOptions& o) {
  EventFilter filter = o.filter;
  filter.limit = o.limit;
  const auto dyads = store.dyads(filter);
  if (o.json) {
    for (const auto& d : dyads)
      std::cout << nlohmann::json{{"source_code", d.source_code},
                                  {"target_code", d.target_code},
                                  {"num_events", d.num_events},
                                  {"num_mentions", d.num_mentions},
                                  {"mean_goldstein", d.mean_goldstein}}
                       .dump()
                << '\n';
    return kOk;
  }
  Table table({"SOURCE", "TARGET", "EVENTS", "MENTIONS", "GOLDSTEIN"},
              {false, false, true, true, true});
  for (const auto& d : dyads)
    table.add({shown_code(d.source_code), shown_code(d.target_code), std::to_string(d.num_events),
               std::to_string(d.num_mentions), fixed(d.mean_goldstein)});
  table.print();
  return kOk;
}

int run_timeline(EventStore& store, const QueryOptions& o) {
  const Period by = o.by == "day" ? Period::kDay : o.by == "week" ? Period::kWeek : Period::kMonth;
  EventFilter filter = o.filter;
  if (!o.undated_as_ingest) filter.undated = Undated::kExclude;
  const auto points = timeline(store, o.source, o.target, by, o.both, filter);
  // A timeline needs an event date: say how many undated events of the dyad it leaves out.
  std::int64_t undated = 0;
  if (!o.undated_as_ingest && !o.filter.from && !o.filter.to) {
    EventFilter only_undated = o.filter;
    only_undated.undated = Undated::kOnly;
    for (const auto& p : timeline(store, o.source, o.target, Period::kMonth, o.both, only_undated))
      undated += p.num_events;
  }
  report_undated_left_out(static_cast<std::size_t>(undated));
  static const char* kQuadNames[] = {"verbal_cooperation", "material_cooperation",
                                     "verbal_conflict", "material_conflict"};
  if (o.json) {
    for (const auto& p : points) {
      nlohmann::json line{
          {"period", p.period}, {"num_events", p.num_events}, {"mean_goldstein", p.mean_goldstein}};
      for (int q = 0; q < 4; ++q) line[kQuadNames[q]] = p.by_quad_class[q];
      std::cout << line.dump() << '\n';
    }
    return kOk;
  }
  fmt::print("{} {} {}\n", o.source, o.both ? "↔" : "→", o.target);
  Table table({"PERIOD", "EVENTS", "VERB_COOP", "MAT_COOP", "VERB_CONFL", "MAT_CONFL", "GOLDSTEIN"},
              {false, true, true, true, true, true, true});
  for (const auto& p : points)
    table.add({p.period, std::to_string(p.num_events), std::to_string(p.by_quad_class[0]),
               std::to_string(p.by_quad_class[1]), std::to_string(p.by_quad_class[2]),
               std::to_string(p.by_quad_class[3]), fixed(p.mean_goldstein)});
  table.print();
  return kOk;
}

int run_events(EventStore& store, const QueryOptions& o) {
  EventFilter filter = o.filter;
  filter.limit = o.limit;
  const auto groups = store.events(filter);
  if (o.json) {
    for (const auto& g : groups) std::cout << to_json(g).dump() << '\n';
    return kOk;
  }
  Table table({"ID", "DATE", "SOURCE", "TARGET", "CAMEO", "EVENT", "PLOVER", "GOLDSTEIN",
               "MENTIONS", "SOURCES", "ARTICLES"},
              {true, false, false, false, false, false, false, true, true, true, true});
  for (const auto& g : groups) {
    std::vector<std::string> evidence;
    for (const auto& m : g.mentions) evidence.push_back(evidence_line(m));
    table.add({std::to_string(g.id), g.date_is_ingest ? "undated" : g.date,
               shown_code(g.source_code), shown_code(g.target_code), g.cameo, clip(g.label, 40),
               g.plover_event, fixed(g.goldstein), std::to_string(g.num_mentions),
               std::to_string(g.num_sources), std::to_string(g.num_articles)},
              std::move(evidence));
  }
  table.print();
  return kOk;
}

int run_search(EventStore& store, const QueryOptions& o) {
  const auto hits = store.search(o.text, o.limit);
  if (o.json) {
    for (const auto& hit : hits) {
      nlohmann::json line = to_json(hit.mention.record);
      line["event_id"] = hit.event_id;
      line["outlet"] = hit.mention.outlet;
      std::cout << line.dump() << '\n';
    }
    return kOk;
  }
  Table table({"EVENT", "DOCUMENT", "SENT", "SOURCE", "TARGET", "CAMEO", "SENTENCE"},
              {true, false, true, false, false, false, false});
  for (const auto& hit : hits) {
    const EventRecord& r = hit.mention.record;
    table.add({std::to_string(hit.event_id), r.doc_id, std::to_string(r.sentence),
               shown_code(r.source.code), shown_code(r.target.code), r.cameo,
               clip(r.sentence_text, 100)});
  }
  table.print();
  return kOk;
}

}  // namespace

std::function<int()> add_query_command(CLI::App& app, const GlobalOptions& /*globals*/) {
  auto o = std::make_shared<QueryOptions>();
  auto* query = app.add_subcommand(
      "query",
      "Ask an event database (from `dyad code --db`) about dyads, timelines, events "
      "and evidence.");
  query->add_option("--db", o->db, "the event database (SQLite file or postgresql:// URL)")
      ->required();
  query->add_flag("--json", o->json, "JSON Lines instead of a table");
  query->require_subcommand(1);
  query->fallthrough();  // --db and --json may follow the sub-command too

  auto* dyads = query->add_subcommand("dyads", "Top dyads by event count, with mean Goldstein.");
  add_event_filter(*dyads, o->filter);
  dyads->add_option("--limit", o->limit, "rows (default 20)")->check(CLI::PositiveNumber);

  auto* timeline = query->add_subcommand(
      "timeline", "Events of A → B per period: counts per QuadClass and mean Goldstein.");
  const auto upper = [](std::string& code) {
    code = upper_ascii(code);
    return std::string();
  };
  timeline->add_option("A", o->source, "source actor code, any case (prefix: IRN matches IRNGOV)")
      ->required()
      ->transform(CLI::Validator(upper, "CODE"));
  timeline->add_option("B", o->target, "target actor code (prefix)")
      ->required()
      ->transform(CLI::Validator(upper, "CODE"));
  timeline->add_option("--by", o->by, "day, week or month (default)")
      ->check(CLI::IsMember({"day", "week", "month"}));
  timeline->add_flag("--both", o->both, "add the events of B → A");
  add_event_filter(*timeline, o->filter);
  add_undated_option(*timeline, o->undated_as_ingest);

  auto* events =
      query->add_subcommand("events", "Events with their counts and evidence sentences.");
  add_event_filter(*events, o->filter);
  events->add_option("--limit", o->limit, "events (default 20)")->check(CLI::PositiveNumber);

  auto* search = query->add_subcommand("search", "Full-text search over the evidence sentences.");
  search->add_option("TEXT", o->text, "words that must all occur (stemmed)")->required();
  search->add_option("--limit", o->limit, "mentions (default 20)")->check(CLI::PositiveNumber);

  return [o, dyads, timeline, events, search]() {
    const auto store = open_event_store(o->db, /*create_missing=*/false);
    if (dyads->parsed()) return run_dyads(*store, *o);
    if (timeline->parsed()) return run_timeline(*store, *o);
    if (events->parsed()) return run_events(*store, *o);
    if (search->parsed()) return run_search(*store, *o);
    return static_cast<int>(kUsage);
  };
}

}  // namespace dyad::cli
