// Runs a per-document function over every input, the way every dyad command does: errors and
// warnings on stderr one line each, progress on a terminal, exit code 1 if any document failed.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "store/event_store.h"

namespace dyad::cli {

struct BatchOptions {
  std::vector<std::string> inputs;
  double max_doc_mb = 8.0;
};

// Adds INPUT... and --max-doc-mb to a command.
void add_batch_options(CLI::App& command, BatchOptions& options);

// Calls `process` for every document (it may move from it); an exception it throws fails that
// document only. Returns the exit code (0, or 1 when some document failed).
int run_batch(const BatchOptions& options, const std::function<void(Document&)>& process);

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
