// `dyad validate SUITE [--dictionaries DIR|PROJECT]`: the peers' validation suites, scored.
#include <fmt/core.h>

#include <iostream>

#include "cli/commands.h"
#include "pipeline/pipeline.h"
#include "pipeline/validate.h"
#include "util/paths.h"
#include "util/tsv.h"

namespace dyad::cli {

namespace {

struct ValidateOptions {
  std::string suite;
  std::size_t show = 50;
  bool quiet = false;
};

std::string events_text(const std::vector<ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& e : events)
    out += (out.empty() ? "" : ", ") + e.source + "→" + e.target + " " + e.code;
  return out;
}

// The peers' published figures on `suite` (data/validation/peers.tsv), as a table to print
// under dyad's own line.
std::string peer_figures(const std::filesystem::path& data, const std::string& suite_file) {
  const std::string suite =
      std::filesystem::path(suite_file).extension() == ".xml" ? "petrarch" : "tabari";
  const auto file = data / "validation" / "peers.tsv";
  std::string table;
  read_tsv(file, data_display_name(data, file), 7, 7,
           [&](const std::vector<std::string_view>& f, const RowLocation&) {
             if (f[0] != suite) return;
             table += fmt::format("  {:<30} {:>8} {:>9} {:>6}  {}  ({})\n", f[1], f[2],
                                  f[3].empty() ? "-" : f[3], f[4].empty() ? "-" : f[4], f[5], f[6]);
           });
  return table;
}

}  // namespace

std::function<int()> add_validate_command(CLI::App& app, const GlobalOptions& globals) {
  auto options = std::make_shared<ValidateOptions>();
  auto* command = app.add_subcommand(
      "validate",
      "Run a TABARI (.text) or PETRARCH (.xml) validation suite with its dictionaries (the global "
      "--dictionaries, else those the suite names, else Validate.project beside it) and print "
      "records passed, event precision and recall, records per second, and every failure.");
  command->add_option("SUITE", options->suite, "Validate.text or PETR.UnitTest.records.xml")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("--show", options->show, "failures to list (default 50)");
  command->add_flag("--quiet", options->quiet, "only the summary");
  return [options, &globals]() {
    const ValidationSuite suite = read_validation_suite(options->suite);
    const ForeignDictionaryFiles files =
        suite_dictionaries(suite, options->suite, globals.dictionaries);
    const auto load_started = std::chrono::steady_clock::now();
    ForeignDictionaries dictionaries = load_foreign_dictionaries(files);
    const double load_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load_started)
            .count();
    for (const auto& problem : dictionaries.problems)
      std::cerr << "dyad: warning: " << problem.location << ": " << problem.message
                << " (line skipped)\n";
    const std::size_t discard_phrases = dictionaries.discards.size();  // before the move below
    const Pipeline pipeline(find_data_dir(globals.data_dir), std::move(dictionaries.lexicon),
                            std::move(dictionaries.patterns), std::move(dictionaries.discards),
                            all_files(files));
    const SuiteScore score = score_suite(suite, pipeline);
    if (!options->quiet) {
      std::size_t shown = 0;
      for (const auto& failure : score.failures) {
        if (shown++ >= options->show) break;
        fmt::print("FAIL {}: {}\n  expected: {}\n  produced: {}\n", failure.record->id,
                   failure.record->text.substr(0, 160), events_text(failure.record->expected),
                   events_text(failure.produced));
      }
    }
    fmt::print(
        "suite {}: records passed {} / {} ({:.1f}%), event precision {:.3f}, recall {:.3f}, "
        "{:.0f} records/s; dictionaries: {} actor phrases, {} agent phrases, {} verb patterns, {} "
        "discard phrases, {} lines skipped, loaded in {:.0f} ms\n",
        options->suite, score.passed, score.records, 100.0 * score.pass_rate(), score.precision(),
        score.recall(), score.records_per_second(), dictionaries.actor_phrases,
        dictionaries.agent_phrases, dictionaries.verb_patterns, discard_phrases,
        dictionaries.problems.size(), load_ms);
    const auto data = find_data_dir(globals.data_dir);
    fmt::print("beside the peers on this suite:\n  {:<30} {:>8} {:>9} {:>6}  speed\n", "coder",
               "passed", "precision", "recall");
    fmt::print("  {:<30} {:>7.1f}% {:>9.3f} {:>6.3f}  {:.0f} records/s (this run)\n", "dyad",
               100.0 * score.pass_rate(), score.precision(), score.recall(),
               score.records_per_second());
    fmt::print("{}", peer_figures(data, options->suite));
    return kOk;
  };
}

}  // namespace dyad::cli
