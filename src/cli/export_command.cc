// `dyad export --db FILE --format gdelt|jsonl|csv`: the deduplicated events of an event database
// as GDELT 2.0 event rows, JSON Lines (each event with its mentions) or CSV.
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/batch.h"
#include "cli/commands.h"
#include "store/event_store.h"
#include "store/export.h"

namespace dyad::cli {

namespace {

struct ExportOptions {
  std::string db;
  std::string format = "gdelt";
  std::string output = "-";
  std::string scheme = "cameo";
  EventFilter filter;
};

}  // namespace

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

std::function<int()> add_export_command(CLI::App& app, const GlobalOptions& /*globals*/) {
  auto options = std::make_shared<ExportOptions>();
  auto* command = app.add_subcommand(
      "export",
      "Write the deduplicated events of a `dyad code --db` database (SQLite file or "
      "postgresql:// URL) as GDELT 2.0 event rows, JSON Lines with every mention, or CSV.");
  command->add_option("--db", options->db, "the event database")->required();
  command->add_option("--format", options->format, "gdelt (default), jsonl or csv")
      ->check(CLI::IsMember(output_format_names()));
  command->add_option("--from", options->filter.from, "first event date, YYYY-MM-DD")
      ->check(iso_date_validator());
  command->add_option("--to", options->filter.to, "last event date, YYYY-MM-DD (inclusive)")
      ->check(iso_date_validator());
  command->add_option("-o,--output", options->output, "write to FILE ('-' = stdout, default)");
  add_scheme_option(*command, options->scheme);
  return [options]() {
    refuse_overwrite({{"--output", options->output}}, {}, options->db);
    const auto store = open_event_store(options->db, /*create_missing=*/false);
    const auto groups = store->events(options->filter);
    const auto format = make_output_format(options->format, event_scheme(options->scheme));
    std::ofstream file;
    if (options->output != "-") {
      file.open(options->output, std::ios::binary | std::ios::trunc);
      if (!file) throw std::runtime_error(options->output + ": cannot write");
    }
    std::ostream& out = file.is_open() ? file : std::cout;
    write_events(out, groups, *format);
    out.flush();
    if (!out) throw std::runtime_error(options->output + ": write failed");
    std::cerr << "dyad: exported " << groups.size() << " events from " << store->location() << '\n';
    return kOk;
  };
}

}  // namespace dyad::cli
