#include "cli/batch.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/progress.h"

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

void report_error(const std::string& document, const std::string& message) {
  std::cerr << "dyad: error: " << document << ": " << message << '\n';
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
