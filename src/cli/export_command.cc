// `dyad export --db FILE --format FORMAT` (gdelt, jsonl or csv): the deduplicated events of an
// event database as GDELT 2.0 event rows, JSON Lines (each event with its mentions) or CSV.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/batch.h"
#include "cli/commands.h"
#include "store/event_store.h"
#include "store/export.h"
#include "util/utf8.h"

namespace dyad::cli {

namespace {

struct ExportCommandOptions {
  std::string db;
  std::string format = "gdelt";
  std::string output = "-";
  std::string scheme = "cameo";
  EventFilter filter;
  OutputOptions write;
};

CLI::Validator upper_case_code(std::size_t exact_length) {
  return CLI::Validator(
      [exact_length](std::string& code) {
        code = upper_ascii(code);
        if (code.empty() ||
            !std::all_of(code.begin(), code.end(), [](unsigned char c) { return std::isalnum(c); }))
          return "not a CAMEO code: " + code;
        if (exact_length > 0 && code.size() != exact_length)
          return "not a 3-letter country code: " + code;
        return std::string();
      },
      exact_length > 0 ? "CTY" : "CODE");
}

}  // namespace

void add_event_filter(CLI::App& command, EventFilter& filter, bool dates_only) {
  command.add_option("--from", filter.from, "first event date, YYYY-MM-DD (dated events only)")
      ->check(iso_date_validator());
  command.add_option("--to", filter.to, "last event date, YYYY-MM-DD (inclusive)")
      ->check(iso_date_validator());
  if (dates_only) return;
  command
      .add_option("--actor", filter.actor,
                  "events with this actor on either side (a code prefix, any case: irngov "
                  "matches IRNGOV and IRNGOVxxx)")
      ->transform(upper_case_code(0));
  command
      .add_option("--country", filter.country,
                  "events with an actor of this country on either side, whatever its agent "
                  "(IRN: IRN, IRNGOV, IRNMIL)")
      ->transform(upper_case_code(3));
  command
      .add_option("--plover", filter.plover_event,
                  "PLOVER event type, any case, e.g. assault (data/plover, docs/dictionaries.md)")
      ->transform([](const std::string& type) { return upper_ascii(type); });
  command.add_option("--root", filter.root, "two-digit CAMEO root, e.g. 11")
      ->check([](const std::string& root) {
        return root.size() == 2 && std::isdigit(static_cast<unsigned char>(root[0])) &&
                       std::isdigit(static_cast<unsigned char>(root[1]))
                   ? std::string()
                   : "not a two-digit CAMEO root: " + root;
      });
}

void add_undated_option(CLI::App& command, bool& as_ingest) {
  command
      .add_option_function<std::string>(
          "--undated", [&as_ingest](const std::string& value) { as_ingest = value == "as-ingest"; },
          "events whose article had no date: 'omit' (default) leaves them out of GDELT rows and "
          "timelines, saying how many; 'as-ingest' dates them by the day dyad stored them, as "
          "GDELT's DATEADDED would")
      ->check(CLI::IsMember({"omit", "as-ingest"}));
}

CLI::Validator iso_date_validator() {
  return CLI::Validator(
      [](std::string& text) {
        return is_iso_date(text) ? std::string() : "not a YYYY-MM-DD date: " + text;
      },
      "DATE");
}

void add_scheme_option(CLI::App& command, std::string& scheme) {
  command
      .add_option("--scheme", scheme,
                  "event codes of the GDELT and CSV outputs: cameo (default), plover (PLOVER's "
                  "event, mode and context in place of CAMEO's; statements and appeals, which "
                  "PLOVER drops, are left out) or both (PLOVER's columns added at the end)")
      ->check(CLI::IsMember({"cameo", "plover", "both"}));
}

void add_one_sided_option(CLI::App& command, bool& one_sided) {
  command.add_flag(
      "--one-sided", one_sided,
      "also code events with one side absent, as CAMEO and GDELT allow and PLOVER asks for: "
      "an act that needs no target (\"students demonstrated\", \"the minister resigned\") "
      "and a passive without an agent actor (\"a journalist was arrested\"); the absent "
      "side has an empty code (docs/schema.md)");
}

void report_undated_left_out(std::size_t events) {
  if (events == 0) return;
  std::cerr << "dyad: left out " << events
            << " undated events (their articles carry no date; --undated as-ingest dates them by "
               "the day dyad stored them)\n";
}

std::function<int()> add_export_command(CLI::App& app, const GlobalOptions& /*globals*/) {
  auto options = std::make_shared<ExportCommandOptions>();
  auto* command = app.add_subcommand(
      "export",
      "Write the deduplicated events of a `dyad code --db` database (SQLite file or "
      "postgresql:// URL) as GDELT 2.0 event rows, JSON Lines with every mention, or CSV.");
  command->add_option("--db", options->db, "the event database")->required();
  command->add_option("--format", options->format, "gdelt (default), jsonl or csv")
      ->check(CLI::IsMember(output_format_names()));
  add_event_filter(*command, options->filter);
  add_undated_option(*command, options->write.undated_as_ingest);
  command->add_flag("--header", options->write.header,
                    "start GDELT output with a header row (GDELT's own files have none)");
  command->add_option("-o,--output", options->output, "write to FILE ('-' = stdout, default)");
  add_scheme_option(*command, options->scheme);
  return [options]() {
    refuse_overwrite({{"--output", options->output}}, {}, options->db);
    const auto store = open_event_store(options->db, /*create_missing=*/false);
    const auto groups = store->events(options->filter);
    options->write.scheme = event_scheme(options->scheme);
    const auto format = make_output_format(options->format, options->write);
    std::ofstream file;
    if (options->output != "-") {
      file.open(options->output, std::ios::binary | std::ios::trunc);
      if (!file) throw std::runtime_error(options->output + ": cannot write");
    }
    std::ostream& out = file.is_open() ? file : std::cout;
    const std::size_t left_out = write_events(out, groups, *format);
    out.flush();
    if (!out) throw std::runtime_error(options->output + ": write failed");
    std::cerr << "dyad: exported " << groups.size() - left_out << " events from "
              << store->location() << '\n';
    report_undated_left_out(left_out);
    return kOk;
  };
}

}  // namespace dyad::cli
