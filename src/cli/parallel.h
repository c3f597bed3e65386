// Parallel document processing with ordered output: documents are read in batches, processed
// by N threads, and emitted in input order, so output is the same whatever the thread count.
// With more than one thread, reading the next batch overlaps with processing the current one.
#pragma once

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "store/event_store.h"

namespace dyad::cli {

// One batch of documents and, once its workers are joined, their results.
template <typename Result>
struct Batch {
  std::vector<Document> documents;
  std::vector<std::optional<Result>> results;
  std::vector<std::string> failures;
  std::vector<std::thread> workers;
  std::atomic<std::size_t> next{0};

  void start(unsigned threads, const std::function<Result(const Document&)>& process) {
    results.assign(documents.size(), std::nullopt);
    failures.assign(documents.size(), std::string());
    for (unsigned t = 0; t < std::min<std::size_t>(threads, documents.size()); ++t)
      workers.emplace_back([this, &process] {
        for (std::size_t i; (i = next.fetch_add(1)) < documents.size();) {
          try {
            results[i] = process(documents[i]);
          } catch (const std::exception& e) {
            failures[i] = e.what();
          }
        }
      });
  }

  void join() {
    for (auto& worker : workers) worker.join();
    workers.clear();
  }
  ~Batch() { join(); }  // a run stopped by an exception still waits for its workers
};

template <typename Result>
int run_parallel(const BatchOptions& options, unsigned threads,
                 const std::function<Result(const Document&)>& process,
                 const std::function<void(const Document&, Result&)>& emit,
                 Progress* progress = nullptr) {
  constexpr std::size_t kBatch = 256;  // bounds memory: at most two batches in flight
  int failed_documents = 0;
  // Emits each document once: a document whose emit fails is reported as failed, and only an
  // unusable store (StoreUnavailable) stops the run.
  auto emit_all = [&](Batch<Result>& batch) {
    for (std::size_t i = 0; i < batch.documents.size(); ++i) {
      if (!batch.results[i]) {
        ++failed_documents;
        report_error(batch.documents[i].origin, batch.failures[i]);
        continue;
      }
      try {
        emit(batch.documents[i], *batch.results[i]);
      } catch (const StoreUnavailable&) {
        throw;
      } catch (const std::exception& e) {
        ++failed_documents;
        report_error(batch.documents[i].origin, e.what());
      }
    }
  };
  if (threads <= 1) {  // everything inline: no thread start-up, no hand-over
    const int code = run_batch(
        options,
        [&](Document& doc) {
          std::optional<Result> result;
          std::string failure;
          try {
            result = process(doc);
          } catch (const std::exception& e) {
            failure = e.what();
          }
          if (result) {
            emit(doc, *result);
          } else {
            ++failed_documents;
            report_error(doc.origin, failure);
          }
        },
        progress);
    return failed_documents > 0 ? kSomeFailed : code;
  }
  auto filling = std::make_unique<Batch<Result>>();
  std::unique_ptr<Batch<Result>> in_flight;
  auto hand_over = [&] {
    if (in_flight) {
      in_flight->join();
      emit_all(*in_flight);
    }
    in_flight = std::move(filling);
    in_flight->start(threads, process);
    filling = std::make_unique<Batch<Result>>();
  };
  const int code = run_batch(
      options,
      [&](Document& doc) {
        filling->documents.push_back(std::move(doc));
        if (filling->documents.size() >= kBatch) hand_over();
      },
      progress);
  hand_over();
  in_flight->join();
  emit_all(*in_flight);
  return failed_documents > 0 ? kSomeFailed : code;
}

}  // namespace dyad::cli
