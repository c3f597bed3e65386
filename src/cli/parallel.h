// Parallel document processing with ordered output: documents are read in batches, processed
// by N threads, and emitted in input order, so output is the same whatever the thread count.
#pragma once

#include <algorithm>
#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"

namespace dyad::cli {

template <typename Result>
int run_parallel(const BatchOptions& options, unsigned threads,
                 const std::function<Result(const Document&)>& process,
                 const std::function<void(const Document&, Result&)>& emit) {
  constexpr std::size_t kBatch = 256;  // bounds memory: at most this many documents in flight
  std::vector<Document> pending;
  std::vector<std::optional<Result>> results;
  std::vector<std::string> failures;
  int failed_documents = 0;
  auto flush = [&] {
    results.assign(pending.size(), std::nullopt);
    failures.assign(pending.size(), std::string());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
      for (std::size_t i; (i = next.fetch_add(1)) < pending.size();) {
        try {
          results[i] = process(pending[i]);
        } catch (const std::exception& e) {
          failures[i] = e.what();
        }
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min<std::size_t>(threads, pending.size()); ++t)
      pool.emplace_back(worker);
    worker();
    for (auto& thread : pool) thread.join();
    for (std::size_t i = 0; i < pending.size(); ++i) {
      if (results[i]) {
        emit(pending[i], *results[i]);
      } else {
        ++failed_documents;
        report_error(pending[i].origin, failures[i]);
      }
    }
    pending.clear();
  };
  const int code = run_batch(options, [&](Document& doc) {
    pending.push_back(std::move(doc));
    if (pending.size() >= kBatch) flush();
  });
  flush();
  return failed_documents > 0 ? kSomeFailed : code;
}

}  // namespace dyad::cli
