// The dyad sub-commands. Each registers itself on the CLI11 app and runs when chosen.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace dyad {
struct EventFilter;
}

namespace dyad::cli {

// Options every command shares.
struct GlobalOptions {
  std::string data_dir;      // --data
  std::string dictionaries;  // --dictionaries: TABARI/PETRARCH dictionaries instead of ours
};

// Exit codes: 0 ok, 1 some documents failed, 2 usage error (CLI11 parse errors), 3 the run
// stopped part-way because its database failed (a re-run completes it).
enum ExitCode { kOk = 0, kSomeFailed = 1, kUsage = 2, kStopped = 3 };

// Adds `clean` to `app`; the returned function runs it after parsing.
std::function<int()> add_clean_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_actors_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_code_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_explain_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_validate_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_export_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_query_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_codes_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_train_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_parse_command(CLI::App& app, const GlobalOptions& globals);
std::function<int()> add_serve_command(CLI::App& app, const GlobalOptions& globals);
// Checks a YYYY-MM-DD option value (export and query --from/--to, --date).
CLI::Validator iso_date_validator();
// --scheme cameo|plover|both (dyad code, dyad export).
void add_scheme_option(CLI::App& command, std::string& scheme);
// --one-sided (dyad code, dyad explain): events with one side absent too. Sets `one_sided`.
void add_one_sided_option(CLI::App& command, bool& one_sided);

// --from/--to, and unless `dates_only` --actor, --country and --root: the filters export and
// every query share. Actor and country codes are matched whatever their case.
void add_event_filter(CLI::App& command, EventFilter& filter, bool dates_only = false);

// --undated as-ingest: what outputs that need an event date (GDELT rows, timelines) do with
// events whose article had none. Sets `as_ingest`.
void add_undated_option(CLI::App& command, bool& as_ingest);
// "dyad: left out N undated events (…)" on stderr, when N > 0.
void report_undated_left_out(std::size_t events);

}  // namespace dyad::cli
