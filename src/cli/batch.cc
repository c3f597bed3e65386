#include "cli/batch.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress.h"
#include "store/event_store.h"
#include "util/paths.h"
#include "util/utf8.h"

namespace dyad::cli {

void add_batch_options(CLI::App& command, BatchOptions& options) {
  command
      .add_option("INPUT", options.inputs,
                  "files or directories (recursive): .txt .html .htm .jsonl[.gz] .warc[.gz]")
      ->required();
  command
      .add_option("--max-doc-mb", options.max_doc_mb,
                  "refuse documents larger than this many MB (default 8)")
      ->check(CLI::PositiveNumber);
}

void refuse_overwrite(const std::vector<OutputFile>& outputs,
                      const std::vector<std::string>& inputs, const std::string& db) {
  auto is_file = [](const std::string& path) { return !path.empty() && path != "-"; };
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const auto& [option, path] = outputs[i];
    if (!is_file(path)) continue;
    const std::string named = option + " " + path;
    for (const auto& input : inputs)
      if (same_file(path, input))
        throw std::runtime_error(named + " is also an input; refusing to overwrite it");
    if (!db.empty() && !is_postgres_url(db) && same_file(path, db))
      throw std::runtime_error(named + " is also the database; refusing to overwrite it");
    for (std::size_t j = 0; j < i; ++j)
      if (is_file(outputs[j].path) && same_file(path, outputs[j].path))
        throw std::runtime_error(named + " is also " + outputs[j].option + "; name two files");
  }
}

void report_stopped_run(const StoreUnavailable& e) {
  report_error("", e.what());
  if (e.rolled_back() == 0) return;  // a reader, or nothing was in flight
  std::cerr << "dyad: stopped: " << e.rolled_back() << " document"
            << (e.rolled_back() == 1 ? " " : "s ")
            << "handed to the database since its last commit "
            << (e.rolled_back() == 1 ? "was" : "were")
            << " rolled back, and later documents were not stored; documents committed before "
               "are intact: run the same command again to store the rest\n";
}

void report_error(const std::string& document, const std::string& message) {
  std::string line = message;
  for (char& c : line)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  std::cerr << "dyad: error: " << (document.empty() ? "" : printable_name(document) + ": ")
            << printable_name(line) << '\n';
}

int run_batch(const BatchOptions& options, const std::function<void(Document&)>& process) {
  IngestOptions ingest_options;
  ingest_options.max_document_bytes = static_cast<std::size_t>(options.max_doc_mb * (1 << 20));
  std::size_t failed = 0;
  Progress progress;
  IngestCallbacks callbacks;
  auto report = [&](const std::string& document, const std::string& message) {
    progress.finish();
    ++failed;
    report_error(document, message);
  };
  callbacks.on_error = [&](IngestError&& error) { report(error.document, error.message); };
  callbacks.on_document = [&](Document&& doc) {
    for (const auto& warning : doc.warnings)
      std::cerr << "dyad: warning: " << doc.origin << ": " << warning << '\n';
    const std::size_t bytes = doc.text.size();
    const std::string origin = doc.origin;
    try {
      process(doc);
    } catch (const StoreUnavailable&) {
      throw;  // the run cannot go on: the command says so once
    } catch (const std::exception& e) {
      report(origin, e.what());
    }
    progress.add(1, bytes);
  };
  std::vector<std::filesystem::path> inputs(options.inputs.begin(), options.inputs.end());
  ingest(inputs, ingest_options, callbacks);
  progress.finish();
  std::cout.flush();
  return failed > 0 ? kSomeFailed : kOk;
}

}  // namespace dyad::cli
