// Runs a per-document function over every input, the way every dyad command does: errors and
// warnings on stderr one line each, progress on a terminal, exit code 1 if any document failed.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "store/event_store.h"

namespace dyad::cli {

struct BatchOptions {
  std::vector<std::string> inputs;
  double max_doc_mb = 8.0;
  double progress_seconds = -1;  // --progress; negative: Progress's default
  std::string date;              // --date YYYY-MM-DD for documents without one
  bool date_from_path = false;   // --date-from-path: 2019/03/14/… or 2019-03-14 in the path
};

// The date a path's folders or name give (".../2019/03/14/a.txt", ".../2019-03-14-a.html"),
// as YYYY-MM-DD; none when no valid calendar date is there.
std::optional<std::string> date_from_path(const std::string& path);

class Progress;

// Adds INPUT..., --max-doc-mb, --progress, --date and --date-from-path to a command.
void add_batch_options(CLI::App& command, BatchOptions& options);

// Calls `process` for every document (it may move from it); an exception it throws fails that
// document only. Files that are not articles are counted and the first few named on stderr at
// the end. Progress goes to `progress` when given (the caller adds its events), else to a
// progress line of its own. Returns the exit code (0, or 1 when some document failed).
int run_batch(const BatchOptions& options, const std::function<void(Document&)>& process,
              Progress* progress = nullptr);

// The Progress a command's batch reports to: sized from its inputs, at its --progress interval.
std::unique_ptr<Progress> make_progress(const BatchOptions& options);

// Leaves what `owned` holds to the end of the process instead of freeing it now: freeing a
// pipeline block by block as the command returns (TABARI's 15,855 verb patterns: ~7 ms of CPU)
// is work the process's end does at once. Sanitizer builds free it, so that their leak check
// still accounts for every other block.
template <typename T>
void keep_until_exit(std::unique_ptr<T>& owned) {
#if defined(__SANITIZE_ADDRESS__)
  owned.reset();
#else
  (void)owned.release();
#endif
}

// A file a command writes, by the option that names it ("--jsonl").
struct OutputFile {
  std::string option;
  std::string path;  // "-" (stdout) and "" (not asked for) are never checked
};

// Throws std::runtime_error when an output is also an input, the database (`db`, empty for
// none) or another output: writing it would destroy what is read. Call before opening anything.
void refuse_overwrite(const std::vector<OutputFile>& outputs,
                      const std::vector<std::string>& inputs, const std::string& db);

// The database failed and the command stopped (exit 3): its cause, and what was not stored.
void report_stopped_run(const StoreUnavailable& e);

// The one-line error for a failed document: "dyad: error: <document>: <message>" (without a
// document: "dyad: error: <message>"); line breaks
// and other control characters in either are escaped, so one error is always one line.
void report_error(const std::string& document, const std::string& message);

}  // namespace dyad::cli
